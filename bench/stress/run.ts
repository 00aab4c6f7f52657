// `npm run stress`: the probes that found the hardening problems, as figures (not a timed test).
//   1. fuzzed batch lines: how many got an internal error, the slowest line;
//   2. a hostile knowledge folder: each bad file named, the good ones loaded, the longest pause
//      of the event loop while loading and while a live reload takes a 200 KB paragraph;
//   3. long and odd words on a large synthetic vocabulary: the slowest question.
// Options: --lines N (default 100000), --words N (default 35000), --only fuzz|folder|words.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { answerLine } from "../../src/cli/runBatch.ts";
import { bundledKnowledge } from "../../src/live/loadEngine.ts";
import { createEngine, createEngineFromAnalysed } from "../../src/engine/createEngine.ts";
import { ConversationStore } from "../../src/engine/conversations.ts";
import { formatProblem, loadKnowledgeDir } from "../../src/knowledge/loadKnowledge.ts";
import { KnowledgeStore } from "../../src/live/knowledgeStore.ts";
import { DEFAULT_MAX_FILE_BYTES } from "../../src/knowledge/readKnowledgeFile.ts";
import { hostileLine, hostileQuestion, seeded } from "./fuzzLines.ts";
import { makeHostileFolder } from "./hostileFolder.ts";
import { inventedWords, vocabularyArticles } from "./syntheticVocabulary.ts";

const { values } = parseArgs({ options: { lines: { type: "string" }, words: { type: "string" }, only: { type: "string" } } });
const lines = Number(values.lines ?? 100_000);
const vocabularySize = Number(values.words ?? 35_000);
const print = (s: string) => process.stdout.write(`${s}\n`);
const ms = (x: number) => `${x.toFixed(1)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;
}

function fuzz(): void {
  print(`\n1. Fuzzed batch lines (${lines.toLocaleString("en")}), on the bundled knowledge`);
  const { articles } = loadKnowledgeDir(bundledKnowledge);
  const engine = createEngine(articles);
  const store = new ConversationStore();
  const random = seeded(1);
  let internal = 0;
  let errors = 0;
  let answered = 0;
  const times: number[] = [];
  /** The slowest lines, timed again afterwards: a pause of the machine is not the line's cost. */
  let slowest: Array<{ took: number; line: string; i: number }> = [];
  const started = performance.now();
  for (let i = 0; i < lines; i++) {
    const line = hostileLine(random, i);
    const t = performance.now();
    const reply = answerLine(line, engine, store) as { error?: string; answered?: boolean };
    const took = performance.now() - t;
    times.push(took);
    if (slowest.length < 5 || took > slowest.at(-1)!.took) slowest = [...slowest, { took, line, i }].sort((a, b) => b.took - a.took).slice(0, 5);
    if (reply.error?.startsWith("internal error")) {
      internal++;
      if (internal <= 5) print(`   internal error on line ${i}: ${reply.error}`);
    } else if (reply.error) errors++;
    else if (reply.answered) answered++;
  }
  times.sort((a, b) => a - b);
  print(`   ${lines.toLocaleString("en")} lines in ${((performance.now() - started) / 1000).toFixed(1)} s: ${internal} internal errors, ${errors} clear errors (bad input), ${answered} answered, the rest declined`);
  print(`   per line: median ${ms(percentile(times, 0.5))}, p99 ${ms(percentile(times, 0.99))}, max ${ms(times.at(-1) ?? 0)}; over 50 ms: ${times.filter((t) => t > 50).length}`);
  for (const { took, line, i } of slowest) {
    const again = Math.min(...[0, 1, 2].map(() => {
      const t = performance.now();
      answerLine(line, engine, new ConversationStore());
      return performance.now() - t;
    }));
    print(`   slow line ${i}: ${ms(took)}, timed again (best of 3, fresh conversation) ${ms(again)}: ${JSON.stringify(line.slice(0, 100))}${line.length > 100 ? ` … (${line.length} chars)` : ""}`);
  }
}

async function folder(): Promise<void> {
  print(`\n2. A hostile knowledge folder (size cap ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024} MB)`);
  const hostile = makeHostileFolder(DEFAULT_MAX_FILE_BYTES);
  let t = performance.now();
  const { articles, problems } = loadKnowledgeDir(hostile.dir);
  print(`   loaded in ${ms(performance.now() - t)}: ${articles.length} articles (${articles.map((a) => a.id).join(", ")})`);
  for (const p of problems) print(`   refused ${formatProblem(p)}`);
  const named = new Set(problems.map((p) => p.file));
  const missed = Object.keys(hostile.bad).filter((f) => !named.has(f));
  print(`   every bad file named: ${missed.length === 0 ? "yes" : `NO, not named: ${missed.join(", ")}`}; every good file loaded: ${hostile.good.every((f) => articles.some((a) => `${a.id}.md` === f)) ? "yes" : "NO"}`);

  const lag = monitorEventLoopDelay({ resolution: 5 });
  const quiet = { info() {}, warn() {} };
  lag.enable();
  t = performance.now();
  const { store } = await KnowledgeStore.open(hostile.dir, { logger: quiet });
  lag.disable();
  print(`   live store opened in ${ms(performance.now() - t)}; longest event-loop pause ${ms(lag.max / 1e6)}`);

  // Live reload churn: a new file with one 200 KB paragraph, and a changed one, while the store serves.
  writeFileSync(join(hostile.dir, "churn-long.md"), `---\ntitle: Churn\npublished: 2021-04-01\nsource: Wire\n---\n\n${"The minister said “we will stay.” Officials said 300 troops left on Monday. ".repeat(2800)}\n`);
  writeFileSync(join(hostile.dir, "good.md"), `---\ntitle: Troops stay\npublished: 2021-03-01\nsource: Wire\n---\n\nThere are 2,000 troops in the country now.\n`);
  lag.reset();
  lag.enable();
  t = performance.now();
  const report = await store.reload();
  lag.disable();
  print(`   reload with a 200 KB paragraph: ${ms(performance.now() - t)} (added ${report.added.join(", ") || "none"}, changed ${report.changed.join(", ") || "none"}); longest event-loop pause ${ms(lag.max / 1e6)}`);
  t = performance.now();
  const answer = store.engine().ask("How many troops are in the country?");
  print(`   then answered in ${ms(performance.now() - t)}: ${answer.text.split("\n")[0]}`);
}

function longWords(): void {
  print(`\n3. Long and odd words on a synthetic vocabulary of ${vocabularySize.toLocaleString("en")} words`);
  let t = performance.now();
  const engine = createEngineFromAnalysed(vocabularyArticles(vocabularySize).map(analyseArticle));
  print(`   built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const known = inventedWords(20);
  const random = seeded(3);
  const questions: Array<[string, string]> = [
    ["31-letter word", `What did ${"b".repeat(31)} say?`],
    ["500-letter word", `What did ${"x".repeat(500)} say?`],
    ["2,000-letter word", "z".repeat(2000)],
    ["200 unknown words", Array.from({ length: 200 }, (_, i) => `qwrtzp${i.toString(36)}`).join(" ").slice(0, 2000)],
    ["typos of known words", known.map((w) => `${w}x`).join(" ")],
    ["prototype names", "constructor __proto__ toString hasOwnProperty valueOf"],
    ["a real question", `How many troops did ${known[5]} ${known[6]} say?`],
    ...Array.from({ length: 40 }, (_, i): [string, string] => [`fuzzed ${i + 1}`, hostileQuestion(random)]),
  ];
  const times: number[] = [];
  for (const [label, q] of questions) {
    engine.ask(q); // warm
    // Best of three: a question's work is the same each time, a pause of a shared machine is not.
    let took = Infinity;
    for (let run = 0; run < 3; run++) {
      t = performance.now();
      engine.ask(q);
      took = Math.min(took, performance.now() - t);
    }
    times.push(took);
    if (!label.startsWith("fuzzed")) print(`   ${label.padEnd(22)} ${ms(took)}`);
  }
  times.sort((a, b) => a - b);
  print(`   all ${questions.length} questions: median ${ms(percentile(times, 0.5))}, max ${ms(times.at(-1)!)}; over 50 ms: ${times.filter((x) => x > 50).length}`);
}

if (!values.only || values.only === "fuzz") fuzz();
if (!values.only || values.only === "folder") await folder();
if (!values.only || values.only === "words") longWords();
