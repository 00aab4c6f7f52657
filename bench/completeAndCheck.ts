// `npm run bench:complete [-- N]`: autocomplete and "Check against the articles" on a synthetic
// archive of N articles (default 10,000, the project's generator): the one-time build of the
// autocomplete candidates, then every keystroke of a few typed prefixes per option (each a
// synchronous call, so its time is how long it blocks the event loop), then message checks.
// A script that prints numbers, not a test.
import { performance } from "node:perf_hooks";
import { buildEngine } from "../src/engine/createEngine.ts";
import type { Article, CompletionField } from "../src/engine/types.ts";
import { parseArticleFile } from "../src/knowledge/parseArticle.ts";
import { COUNTRIES, PEOPLE, generateArticle } from "./generateArchive.ts";

const n = Number(process.argv[2] ?? 10_000);
const articles: Article[] = [];
for (let i = 0; i < n; i++) {
  const { fileName, text } = generateArticle(i);
  const parsed = parseArticleFile(fileName, Buffer.from(text));
  if ("article" in parsed) articles.push(parsed.article);
}
const engine = await buildEngine(articles);

const time = (f: () => unknown): number => {
  const start = performance.now();
  f();
  return performance.now() - start;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** Every prefix of each word as it is typed: "w", "wh", "wha", … */
const keystrokes = (text: string): string[] => Array.from({ length: text.length + 1 }, (_, i) => text.slice(0, i));
const [, person] = PEOPLE[0]!;
const country = COUNTRIES[0]!;
const typing: Record<CompletionField, string[]> = {
  question: [`what did ${person.split(" ").at(-1)!.toLowerCase()}`, "how many troops", `timeline ${country.toLowerCase()}`],
  place: [country.toLowerCase(), "zz"],
  about: [person.toLowerCase(), country.toLowerCase()],
  phrase: ["the mission is", "we will"],
  topic: ["tr", "sec"],
};

console.log(`${n.toLocaleString("en-US")} articles, ${engine.articles().reduce((s, a) => s + a.sentences, 0).toLocaleString("en-US")} sentences`);
console.log(`first autocomplete (builds the candidates): ${ms(time(() => engine.complete("question", "")))}`);
console.log("| option | keystrokes | p50 | p99 | slowest (typed) | choices at the end |");
console.log("|---|---|---|---|---|---|");
for (const [field, texts] of Object.entries(typing) as [CompletionField, string[]][]) {
  const times: number[] = [];
  let slowest = "";
  let last: string[] = [];
  for (const text of texts) {
    for (const typed of keystrokes(text)) {
      times.push(time(() => (last = engine.complete(field, typed, { speaker: person }))));
      if (times.at(-1)! >= Math.max(...times)) slowest = typed;
    }
  }
  console.log(`| ${field} | ${times.length} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.99))} | ${ms(Math.max(...times))} ("${slowest}") | ${last.length} |`);
}

const messagesToCheck = [
  `There are 10,000 foreign troops in ${country}.`,
  `${person} said the mission is far from over.`,
  `The talks began on March 3. ${person} met officials in ${country}; about 2,000 troops will leave.`,
  "lol nice",
];
const checks = messagesToCheck.map((m) => time(() => engine.checkMessage(m)));
console.log(`\ncheck a message: p50 ${ms(quantile(checks, 0.5))}, slowest ${ms(Math.max(...checks))} (${messagesToCheck.length} messages)`);
