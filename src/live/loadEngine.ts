import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildEngine } from "../engine/createEngine.ts";
import type { Engine } from "../engine/types.ts";
import { formatProblem, loadKnowledgeDir, NoKnowledgeError } from "../knowledge/loadKnowledge.ts";
import { log } from "../log.ts";
import { parseKnowledgeLimits } from "../config.ts";

/** The bundled knowledge folder, beside `src/`. */
export const bundledKnowledge = resolve(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "knowledge"));

export { NoKnowledgeError };

/**
 * Loads a knowledge folder and builds the engine. Bad files are logged (file, line, what was
 * expected) and skipped; no valid article at all is an error listing every problem.
 */
export async function loadEngine(dir: string = process.env.KNOWLEDGE_DIR || bundledKnowledge): Promise<Engine> {
  if (!existsSync(dir)) throw new NoKnowledgeError(`the knowledge folder ${dir} does not exist`);
  const limits = parseKnowledgeLimits(process.env);
  if (!limits.ok) throw new NoKnowledgeError(limits.message);
  const { articles, problems } = loadKnowledgeDir(dir, { maxFileBytes: limits.maxFileBytes });
  for (const p of problems) log.warn({ file: p.file, line: p.line }, `skipped: ${formatProblem(p)}`);
  if (articles.length === 0) {
    throw new NoKnowledgeError(`no valid article in ${dir}:\n${problems.map(formatProblem).join("\n") || "(no .md files)"}`);
  }
  return buildEngine(articles);
}
