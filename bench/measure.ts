// Measures one archive in a fresh process, so heap and RSS belong to that archive alone.
// usage: node --expose-gc --import tsx bench/measure.ts DIR NAIVE_QUESTIONS
// Prints one JSON line (Measurement) on stdout.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import type { AnalysedArticle } from "../src/analysis/analyseArticle.ts";
import { buildEngineFromAnalysed } from "../src/engine/createEngine.ts";
import type { Article } from "../src/engine/types.ts";
import { AnalysisCache } from "../src/live/analysisCache.ts";
import { KnowledgeStore } from "../src/live/knowledgeStore.ts";
import { benchQuestions } from "./questions.ts";
import { buildNaive } from "./naive.ts";
import { generateArticle } from "./generateArchive.ts";

export interface Measurement {
  articles: number;
  sentences: number;
  loadMs: number;
  indexMs: number;
  /** Building the parts of the index left for after it answers (the timeline), in slices after `indexMs`. */
  laterMs: number;
  /** Load and index again, with every analysis in the on-disk cache (a restart), until the bot answers. */
  cacheLoadMs: number;
  /** The same restart until its timeline is built too (see laterMs). */
  cacheIndexedMs: number;
  heapMB: number;
  rssMB: number;
  firstAnswerMs: number;
  questions: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  maxQuestion: string;
  /** The other Engine calls the Discord commands make (timeline, troops...), slowest. */
  otherMaxMs: number;
  otherMaxCall: string;
  naiveQuestions: number;
  naiveBuildMs: number;
  naiveP50Ms: number;
  /** Engine p50 over exactly the questions the naive index was timed on. */
  engineP50SameMs: number;
  /** A live update: one article added to the folder, then store.reload(). */
  reloadMs: number;
  /** The longest the event loop was blocked during that reload. */
  reloadBlockMs: number;
}

const [dir, naiveArg] = process.argv.slice(2);
if (!dir) throw new Error("usage: measure.ts DIR [NAIVE_QUESTIONS]");

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const median = (xs: number[]): number => quantile([...xs].sort((a, b) => a - b), 0.5);

function time<T>(f: () => T): [T, number] {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
}

// Loaded the way the bot loads: through the knowledge store, cold (an empty analysis cache).
// Index time is the engine factory's share; load is the rest (reading, hashing, validating
// and analysing the files).
let indexMs = 0;
let articles: Article[] = [];
// The bot's own factory: it builds in slices, leaving the event loop free between them.
const build = async (analysed: AnalysedArticle[]) => {
  articles = analysed.map((a) => a.article);
  const start = performance.now();
  const built = await buildEngineFromAnalysed(analysed);
  indexMs = performance.now() - start;
  return built;
};
const quiet = { info() {}, warn() {} };
const cacheRoot = mkdtempSync(join(tmpdir(), "bench-cache-"));
// The code version is pinned: an edit of src/ while the benchmark runs must not empty the cache.
const cache = new AnalysisCache(cacheRoot, "bench");
const openStart = performance.now();
const { store, report } = await KnowledgeStore.open(dir, { logger: quiet, build, cache });
const loadMs = performance.now() - openStart - indexMs;
if (report.problems.length > 0) throw new Error(`archive has problems: ${JSON.stringify(report.problems.slice(0, 3))}`);
const engine = store.engine();
// Questions are timed on the finished index: the bot's surfaces wait for it (Engine.indexed)
// rather than build the rest inside an answer.
const laterStart = performance.now();
await engine.indexed();
const laterMs = performance.now() - laterStart;
const articleCount = articles.length;
gc();
const memory = process.memoryUsage();
const sentences = engine.articles().reduce((n, a) => n + a.sentences, 0);

const questions = benchQuestions();
const [, firstAnswerMs] = time(() => engine.ask(questions[0]!));
const timings = questions.map((q) => time(() => engine.ask(q))[1]);
const sorted = [...timings].sort((a, b) => a - b);
const slowest = timings.indexOf(sorted.at(-1)!);

// Each synchronous call blocks the event loop for its whole duration: the slowest one is
// how long a gateway heartbeat could be kept waiting.
const speaker = engine.speakers("", 1)[0]?.name ?? "nobody";
const others: [string, () => unknown][] = [
  ["timeline()", () => engine.timeline()],
  ["timeline(country)", () => engine.timeline("Syria")],
  ["troops()", () => engine.troops()],
  ["troops(place)", () => engine.troops("Mali")],
  [`quotes(${speaker})`, () => engine.quotes(speaker)],
  ["whoSaid(phrase)", () => engine.whoSaid("the mission is far from over")],
  ["speakers(prefix)", () => engine.speakers("kow", 25)],
  ["articles()", () => engine.articles()],
];
const otherTimes = others.map(([name, call]) => [name, time(call)[1]] as const).sort((a, b) => b[1] - a[1]);

// The naive scan takes up to seconds a question at 10,000 articles, so it is timed on an evenly
// spread sample of the questions; the engine's median is recomputed on the same sample.
const stride = Math.max(1, Math.ceil(questions.length / Number(naiveArg ?? questions.length)));
const sampled = questions.map((_, i) => i).filter((i) => i % stride === 0);
const naiveSet = sampled.map((i) => questions[i]!);
const naiveCount = naiveSet.length;
// The naive index (fuse.js over every sentence) lives only inside this function: the live
// update below is measured on the bot's own heap, which holds no such index to mark.
function timeNaive(): { naiveBuildMs: number; naiveTimes: number[] } {
  const [naive, naiveBuildMs] = time(() => buildNaive(articles));
  return { naiveBuildMs, naiveTimes: naiveSet.map((q) => time(() => naive.search(q))[1]) };
}
const { naiveBuildMs, naiveTimes } = timeNaive();

// A live update: what adding one article costs, and how long it holds the event loop (the
// gateway's heartbeats and every other interaction wait that long).
// Steady state first: the first load's cache writes, which run in the background, are done.
await cache.flush();
const extra = generateArticle(1_000_000);
writeFileSync(join(dir, extra.fileName), extra.text);
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const reloadStart = performance.now();
await store.reload();
const reloadMs = performance.now() - reloadStart;
await new Promise((resolve) => setTimeout(resolve, 20)); // let the histogram see the blocked tick end
delay.disable();
rmSync(join(dir, extra.fileName));

// A restart: the same folder, every analysis now in the on-disk cache.
await cache.flush();
const cacheStart = performance.now();
const restarted = await KnowledgeStore.open(dir, { logger: quiet, cache: new AnalysisCache(cacheRoot, "bench") });
const cacheLoadMs = performance.now() - cacheStart;
await restarted.store.engine().indexed();
const cacheIndexedMs = performance.now() - cacheStart;
rmSync(cacheRoot, { recursive: true, force: true });

const result: Measurement = {
  articles: articleCount,
  sentences,
  loadMs,
  indexMs,
  laterMs,
  cacheLoadMs,
  cacheIndexedMs,
  heapMB: memory.heapUsed / 2 ** 20,
  rssMB: memory.rss / 2 ** 20,
  firstAnswerMs,
  questions: questions.length,
  p50Ms: quantile(sorted, 0.5),
  p99Ms: quantile(sorted, 0.99),
  maxMs: sorted.at(-1)!,
  maxQuestion: questions[slowest]!,
  otherMaxMs: otherTimes[0]![1],
  otherMaxCall: otherTimes[0]![0],
  naiveQuestions: naiveCount,
  naiveBuildMs,
  naiveP50Ms: median(naiveTimes),
  engineP50SameMs: median(sampled.map((i) => timings[i]!)),
  reloadMs,
  reloadBlockMs: delay.max / 1e6,
};
process.stdout.write(JSON.stringify(result) + "\n");
