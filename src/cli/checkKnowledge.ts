// `npm run check:knowledge [-- DIR]`: validates every knowledge file; exits non-zero on any problem.
import { formatProblem, loadKnowledgeDir } from "../knowledge/loadKnowledge.ts";
import { bundledKnowledge } from "../live/loadEngine.ts";
import { exitWithConfigError, parseKnowledgeLimits } from "../config.ts";

const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? bundledKnowledge;
const limits = parseKnowledgeLimits(process.env);
if (!limits.ok) exitWithConfigError(limits.message);
const { articles, problems } = loadKnowledgeDir(dir, { maxFileBytes: limits.maxFileBytes });
for (const a of articles) process.stdout.write(`ok   ${a.id}.md — “${a.title}” (${a.published}, ${a.paragraphs.length} paragraphs)\n`);
for (const p of problems) process.stdout.write(`FAIL ${formatProblem(p)}\n`);
process.stdout.write(`${articles.length} valid, ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${dir}\n`);
process.exitCode = problems.length > 0 || articles.length === 0 ? 1 : 0;
