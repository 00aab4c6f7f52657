import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "../domain/article.ts";
import { tuning } from "../tuning.ts";
import { analyseArticle, type AnalysedArticle } from "./analyseArticle.ts";
import { ResultReader } from "./workerResults.ts";

/**
 * Analyses many articles on every core when there are enough to be worth it: analysis is most
 * of the time spent loading an archive and each article is independent (10,000 articles: about
 * 10 s on one core, 7 s on two). The main thread analyses its own share while workers do
 * theirs, except in the `background` (a live reload while the bot answers), where workers do
 * everything. If a worker fails to start, its share is analysed here instead.
 */
export async function analyseArticles(articles: Article[], options: { background?: boolean } = {}): Promise<AnalysedArticle[]> {
  const threads = Math.min(availableParallelism(), tuning.load.maxThreads);
  // Workers started ahead are taken by this analysis or stopped by it.
  const prestarted = waiting.splice(0);
  try {
    return await analyseOn(articles, threads, prestarted, options);
  } finally {
    for (const worker of prestarted) if (!taken.has(worker)) void worker.terminate();
  }
}

/** Workers started by `prestartWorkers`, booted or booting, not given a share yet. */
const waiting: Worker[] = [];
/** Prestarted workers given a share (and stopped by `analyseInWorker` when done). */
const taken = new WeakSet<Worker>();

/**
 * Starts the workers a large first load will analyse on, before the files are read: a worker
 * spends its first few hundred milliseconds loading the analysis code, which then overlaps the
 * main thread's reading instead of delaying the worker's share. The next `analyseArticles`
 * uses them, or stops them if it has too little to analyse.
 */
export function prestartWorkers(): void {
  const count = Math.min(availableParallelism(), tuning.load.maxThreads) - 1;
  while (waiting.length < count) {
    const worker = new Worker(bootUrl, { workerData: null });
    // Waiting for its share must never keep the process alive.
    worker.unref();
    // A worker that fails before it is used is dropped; its share is then started afresh.
    const drop = () => {
      const i = waiting.indexOf(worker);
      if (i >= 0) waiting.splice(i, 1);
    };
    worker.once("error", drop);
    worker.once("exit", drop);
    waiting.push(worker);
  }
}

/** How many prestarted workers wait for a share (for tests). */
export function waitingWorkers(): number {
  return waiting.length;
}

async function analyseOn(articles: Article[], threads: number, prestarted: Worker[], options: { background?: boolean }): Promise<AnalysedArticle[]> {
  const inWorker = (chunk: Article[]) => analyseInWorker(chunk, prestarted.shift());
  if (articles.length < tuning.load.parallelFrom) {
    // Few articles but much text (one huge file, a bulk copy): analysed on a worker, so the
    // main thread keeps answering and sending heartbeats meanwhile, whatever the text costs.
    if (textLength(articles) >= tuning.load.workerFromChars) return inWorker(articles).catch(() => articles.map(analyseArticle));
    return articles.map(analyseArticle);
  }
  if (options.background) {
    // While the bot answers (a live reload), the main thread analyses nothing itself: its share
    // would hold the event loop for seconds. Every share goes to a worker.
    const size = Math.ceil(articles.length / threads);
    const chunks = Array.from({ length: threads }, (_, i) => articles.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
    return (await Promise.all(chunks.map((chunk) => inWorker(chunk).catch(() => chunk.map(analyseArticle))))).flat();
  }
  if (threads < 2) return articles.map(analyseArticle);
  // The main thread takes a little more than an equal share: it reads the workers' results back
  // after its own (see `tuning.load.mainThreadExtraShare`).
  const own = articles.slice(0, Math.ceil(articles.length * (1 / threads + tuning.load.mainThreadExtraShare)));
  const rest = articles.slice(own.length);
  const size = Math.ceil(rest.length / (threads - 1));
  const others = Array.from({ length: threads - 1 }, (_, i) => rest.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
  const pending = others.map((chunk) => inWorker(chunk).catch(() => chunk.map(analyseArticle)));
  const mine = own.map(analyseArticle);
  return [mine, ...(await Promise.all(pending))].flat();
}

function textLength(articles: Article[]): number {
  let n = 0;
  for (const a of articles) for (const p of a.paragraphs) n += p.length;
  return n;
}

const bootUrl = new URL("./analyseWorkerBoot.mjs", import.meta.url);

/** Analyses `chunk` on `ready` (a prestarted worker) or on a worker started now. */
function analyseInWorker(chunk: Article[], ready: Worker | undefined): Promise<AnalysedArticle[]> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    if (ready) {
      worker = ready;
      taken.add(worker);
      worker.ref();
      worker.postMessage(chunk);
    } else {
      worker = new Worker(bootUrl, { workerData: chunk });
    }
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
      void worker.terminate();
    };
    const reader = new ResultReader(
      chunk,
      (done) => {
        if (settled) return;
        settled = true;
        if (done.length !== chunk.length) reject(new Error(`an analysis worker returned ${done.length} of ${chunk.length} articles`));
        else resolve(done);
        void worker.terminate();
      },
      fail,
    );
    // Messages are only queued here; the reader parses them in slices (see workerResults.ts).
    worker.on("message", (message: string | null) => reader.receive(message));
    worker.once("error", fail);
    worker.once("exit", (code) => {
      // Exiting after its last message is normal: the reader may still be reading.
      if (!reader.sentAll) fail(new Error(`analysis worker exited with code ${code}`));
    });
  });
}
