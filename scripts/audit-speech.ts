// Question-free audit of who-said-what, for articles nobody wrote questions on: for each article of
// DIR, the sentences with quotation marks or a verb of saying that got no statement (MISS), every
// statement with its speaker (STMT, with --all), and people never quoted whose sentences quote or
// report something (UNQUOTED, with --people). A report, not a test.
// usage: npx tsx scripts/audit-speech.ts DIR [--all] [--people]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticleFile } from "../src/knowledge/parseArticle.ts";
import { analyseArticle } from "../src/analysis/analyseArticle.ts";

const SAY = /["“”]|\b(said|says|say|told|tells|added|stated|according to|explained|noted|commented|announced|claimed|argued|warned|insisted|remarked|wrote|writes|tweeted)\b/i;
const dir = process.argv[2];
if (!dir) throw new Error("usage: npx tsx scripts/audit-speech.ts DIR [--all] [--people]");
const all = process.argv.includes("--all");
const people = process.argv.includes("--people");
for (const f of readdirSync(dir).filter((n) => n.endsWith(".md")).sort()) {
  const parsed = parseArticleFile(f, readFileSync(join(dir, f), "utf8"));
  if (!("article" in parsed)) {
    console.log(`SKIPPED ${f}`);
    continue;
  }
  const a = analyseArticle(parsed.article);
  console.log(`\n=== ${f}`);
  for (const s of a.sentences) {
    if (s.statements.length === 0 && SAY.test(s.text)) console.log(`MISS p${s.paragraph}: ${s.text.slice(0, 260)}`);
    if (all) for (const st of s.statements) console.log(`STMT p${s.paragraph} [${st.speaker} ${st.via} ${st.verb}]: ${s.text.slice(0, 200)}`);
  }
  if (!people) continue;
  const speakers = new Set(a.sentences.flatMap((s) => s.statements.map((st) => st.speaker)));
  for (const e of a.entities) {
    if (e.kind !== "person" || speakers.has(e.id)) continue;
    for (const s of a.sentences) if (s.entities.includes(e.id) && SAY.test(s.text)) console.log(`UNQUOTED ${e.name} p${s.paragraph}: ${s.text.slice(0, 220)}`);
  }
}
