// `npm run bench:pauses`: how long the event loop is blocked at once while changed knowledge is
// analysed and the index rebuilt, as figures (not a timed test). Prints, for an archive of N
// synthetic articles plus one article holding a 200 KB paragraph:
//   1. analysing that article on a worker (the main thread only reads the results back);
//   2. rebuilding the whole index in slices (`KnowledgeIndex.build`): the longest single step;
//   3. a live reload through the knowledge store that adds that article.
// Each phase reports the longest pause seen by perf_hooks.monitorEventLoopDelay and by a 1 ms
// timer (the longest gap between its ticks). These are wall times: on a machine shared with
// other busy processes they include the time the scheduler gave to others. Goal (issue 9): no
// pause over 50 ms.
// usage: npm run bench:pauses [-- --articles N]   (default 2,000)
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { analyseArticles } from "../src/analysis/analyseArticles.ts";
import { analyseArticle, type AnalysedArticle } from "../src/analysis/analyseArticle.ts";
import { KnowledgeIndex } from "../src/index/knowledgeIndex.ts";
import { KnowledgeStore } from "../src/live/knowledgeStore.ts";
import { parseArticleFile } from "../src/knowledge/parseArticle.ts";
import { writeArchive } from "./generateArchive.ts";

const { values } = parseArgs({ options: { articles: { type: "string" } } });
const n = Number(values.articles ?? 2000);
const print = (s: string) => process.stdout.write(`${s}\n`);
const ms = (x: number) => `${x.toFixed(1)} ms`;

const BIG = `---\ntitle: One long paragraph\npublished: 2021-04-01\nsource: Wire\n---\n\n${"The minister said “we will stay.” Officials said 300 troops left on Monday. ".repeat(2800)}\n`;

/** Runs `work` while watching the event loop; returns its result, its time and the longest pause. */
async function watched<T>(work: () => Promise<T>): Promise<{ value: T; took: number; histogramMax: number; gapMax: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let last = performance.now();
  let gapMax = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    gapMax = Math.max(gapMax, now - last);
    last = now;
  }, 1);
  histogram.enable();
  const start = performance.now();
  const value = await work();
  const took = performance.now() - start;
  histogram.disable();
  clearInterval(ticker);
  return { value, took, histogramMax: histogram.max / 1e6, gapMax };
}

const line = (label: string, r: { took: number; histogramMax: number; gapMax: number }) =>
  print(`   ${label.padEnd(48)} ${ms(r.took).padStart(10)}; longest pause ${ms(r.histogramMax)} (event-loop delay), ${ms(r.gapMax)} (between 1 ms ticks)`);

const dir = join(process.cwd(), ".cache", "bench", `pauses-${n}`);
rmSync(dir, { recursive: true, force: true });
writeArchive(dir, n);
print(`Event-loop pauses with ${n.toLocaleString("en")} synthetic articles + one 200 KB paragraph (goal: none over 50 ms)`);

const big = (parseArticleFile("long.md", BIG) as { article: Parameters<typeof analyseArticle>[0] }).article;
const analysedBig = await watched(() => analyseArticles([big]));
line("1. analyse the 200 KB article (worker)", analysedBig);

const { store } = await KnowledgeStore.open(dir, { logger: { info() {}, warn() {} } });
const all: AnalysedArticle[] = [...(store as unknown as { files: Map<string, { analysed: AnalysedArticle }> }).files.values()].map((f) => f.analysed);
all.push(analysedBig.value[0]!);

// The longest single step of the sliced build: that is what blocks the loop, whatever the slice
// length. Wall time includes whatever else the machine runs (on a shared machine, often most of
// it); CPU time (this process: no worker runs now, so the main thread and the garbage
// collector's helpers) is the work of the step itself.
const index = new KnowledgeIndex([], false);
const steps = (index as unknown as { steps(a: AnalysedArticle[]): Generator<string> }).steps(all);
const stepTimes: Array<{ wall: number; cpu: number; label: string }> = [];
for (;;) {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = steps.next();
  if (r.done) break;
  const used = process.cpuUsage(c);
  stepTimes.push({ wall: performance.now() - t, cpu: (used.user + used.system) / 1000, label: r.value });
}
const top = (key: "wall" | "cpu") => [...stepTimes].sort((x, y) => y[key] - x[key]).slice(0, 3).map((x) => `${ms(x[key])} (ending at “${x.label}”)`).join(", ");
print(`   2. index build: ${stepTimes.length.toLocaleString("en")} steps; longest by wall time ${top("wall")}`);
print(`      longest by CPU time ${top("cpu")}`);
// Until the timeline, built in slices after the index answers, is done too.
line("   the same build in slices (KnowledgeIndex.build)", await watched(async () => (await KnowledgeIndex.build(all)).indexed()));

writeFileSync(join(dir, "zz-long.md"), BIG);
line("3. live reload adding the 200 KB article", await watched(() => store.reload()));
rmSync(dir, { recursive: true, force: true });
