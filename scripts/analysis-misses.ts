// Question-free counts of what the analysis may have missed in a folder of articles, for a
// hold-out nobody may read: sentences with a date cue (a month, a weekday, a year) and no date,
// by the cue's kind; sentences with a quotation or a verb of saying and no statement, by form.
// Prints counts only, never a sentence. A report, not a test: a change that lowers the counts on
// articles nobody reads has found a form those articles use (twenty-third round: the unseen
// articles' date misses went 16 -> 10 with the year-before-a-noun rule).
// usage: npx tsx scripts/analysis-misses.ts DIR...
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyseArticle } from "../src/analysis/analyseArticle.ts";
import { parseArticleFile } from "../src/knowledge/parseArticle.ts";

const DATE_CUES: Array<[string, RegExp]> = [
  ["month", /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/],
  ["weekday", /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/],
  ["relative day", /\b(yesterday|today|tomorrow|last week|next week)\b/],
  ["year after a preposition", /\b(in|since|by|of|from)\s+(19|20)\d\d\b/],
  ["year after a determiner", /\b(the|a|an|its|their|his|her)\s+(19|20)\d\d\b/],
  ["year after a possessive", /['’]s\s+(19|20)\d\d\b/],
  ["other year", /\b(19|20)\d\d\b/],
];
const SPEECH_FORMS: Array<[string, RegExp]> = [
  ["according to", /\baccording to\b/i],
  ["verb then a name", /\b(said|says|added|stated|told)\s+(?:the\s+)?\p{Lu}/u],
  ["verb then a phrase", /[,”"]\s*(said|says|added|stated)\s+(?:the|a|an)?\s*\p{Ll}/u],
  ["'saying'", /\bsaying\b/i],
  ["a quotation", /[“"][^”"]{20,}[”"]/],
  ["a verb of saying", /\b(said|says|say|told|tells|added|stated|announced|claimed|warned|explained|noted|argued|reported|confirmed)\b/i],
];
const SAYS = /["“”]|\b(said|says|say|told|tells|added|stated|according to|explained|noted|commented|announced|claimed|argued|warned|insisted|remarked|wrote|writes|tweeted)\b/i;

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error("usage: npx tsx scripts/analysis-misses.ts DIR...");
const dates: Record<string, number> = {};
const speech: Record<string, number> = {};
let sentences = 0;
let statements = 0;
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".md")).sort()) {
    const parsed = parseArticleFile(f, readFileSync(join(dir, f)));
    if (!("article" in parsed)) continue;
    for (const s of analyseArticle(parsed.article).sentences) {
      sentences++;
      statements += s.statements.length;
      const date = s.dates.length ? undefined : DATE_CUES.find(([, re]) => re.test(s.text));
      if (date) dates[date[0]] = (dates[date[0]] ?? 0) + 1;
      const form = s.statements.length || !SAYS.test(s.text) ? undefined : (SPEECH_FORMS.find(([, re]) => re.test(s.text)) ?? ["other", /./]);
      if (form) speech[form[0]] = (speech[form[0]] ?? 0) + 1;
    }
  }
}
const total = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
console.log(`${sentences} sentences, ${statements} statements`);
console.log(`date cue, no date: ${total(dates)}`, dates);
console.log(`quotation or verb of saying, no statement: ${total(speech)}`, speech);
