// Question-free audit of "Who is X?", for articles nobody wrote questions on: for every person the
// analysis finds in each article of DIR, the engine (one article at a time, through `Engine.ask`
// as the batch mode calls it) is asked "Who is <name>?" — and "Who is <surname>?" when the article
// also names them by surname alone — and one line is printed: name, short answer, cited sentence.
// With --diff OLD (an earlier run's output), only the lines that changed are printed. A report, not a test.
// usage: npx tsx scripts/audit-describe.ts DIR [DIR …] [--skip FILE,FILE] [--diff OLD]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticleFile } from "../src/knowledge/parseArticle.ts";
import { analyseArticle } from "../src/analysis/analyseArticle.ts";
import { createEngineFromAnalysed } from "../src/engine/createEngine.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const diffFile = option("--diff");
const skip = new Set((option("--skip") ?? "").split(",").filter(Boolean));
if (args.length === 0) throw new Error("usage: npx tsx scripts/audit-describe.ts DIR [DIR …] [--skip FILE,FILE] [--diff OLD]");

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const lines: string[] = [];
for (const dir of args) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".md") && !skip.has(n)).sort()) {
    const parsed = parseArticleFile(f, readFileSync(join(dir, f), "utf8"));
    if (!("article" in parsed)) {
      lines.push(`SKIPPED ${f}`);
      continue;
    }
    const analysed = analyseArticle(parsed.article);
    const engine = createEngineFromAnalysed([analysed]);
    const text = analysed.sentences.map((s) => s.text).join(" ");
    for (const e of analysed.entities) {
      if (e.kind !== "person") continue;
      const asked = [e.name];
      // A surname the article also writes alone ("Brady said") is asked as a reader would ask it.
      const surname = e.name.split(/\s+/).at(-1)!;
      if (surname !== e.name && new RegExp(`(?<!${e.name.split(/\s+/).at(-2)!.replace(/[^\p{L}]/gu, ".")}\\s)\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(text)) asked.push(surname);
      for (const name of asked) {
        const answer = engine.ask(`Who is ${name}?`);
        const cited = answer.citations[0]?.sentence ?? "";
        lines.push(`${f.slice(0, 40)} | ${name} | ${answer.answered ? (answer.short ?? "<no short>") : "<declined>"} | ${short(cited, 140)}`);
      }
    }
  }
}

if (diffFile) {
  const old = new Set(readFileSync(diffFile, "utf8").split("\n"));
  const now = new Set(lines);
  for (const l of old) if (l && !now.has(l)) console.log(`- ${l}`);
  for (const l of lines) if (!old.has(l)) console.log(`+ ${l}`);
} else {
  for (const l of lines) console.log(l);
}
