// The live knowledge: the current Engine, rebuilt from the knowledge folder when files change.
// Surfaces call `engine()` once per question and keep that Engine for the whole answer, so a
// reload that swaps in a new Engine meanwhile never shows them a half-built index: the new
// one is built completely off to the side and only then replaces the reference.
import { readdir } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import type { AnalysedArticle } from "../analysis/analyseArticle.ts";
import { analyseArticles, prestartWorkers } from "../analysis/analyseArticles.ts";
import type { Article, Engine } from "../engine/types.ts";
import { buildEngineFromAnalysed } from "../engine/createEngine.ts";
import { AnalysisCache } from "./analysisCache.ts";
import { nextTurn } from "../index/knowledgeIndex.ts";
import { parseArticleFile, type KnowledgeProblem } from "../knowledge/parseArticle.ts";
import { formatProblem, NoKnowledgeError } from "../knowledge/loadKnowledge.ts";
import { readKnowledgeFile, realFolder } from "../knowledge/readKnowledgeFile.ts";
import { log } from "../log.ts";
import { tuning } from "../tuning.ts";

export type { ReloadReport, ReloadResult, StoreLogger, StoreOptions } from "./storeTypes.ts";
import type { ReloadReport, ReloadResult, StoreLogger, StoreOptions } from "./storeTypes.ts";

/** A valid article read for the first time (or changed): analysed with the others after reading. */
interface FreshFile {
  name: string;
  hash: string;
  article: Article;
}

/**
 * The last good version of one file, analysed. Kept across reloads, so a reload analyses only
 * the files that changed. `hash` keys the file's name and bytes when it was last read.
 */
interface FileState {
  hash: string;
  analysed: AnalysedArticle;
}

/** Reading and validating files yields to the event loop this often, so a gateway heartbeat or an interaction never waits long. */
const YIELD_AFTER_MS = 10;

export class KnowledgeStore {
  // Set by `open` before the store is handed out, so callers never see it unset.
  private current!: Engine;
  private files = new Map<string, FileState>();
  /** Hashes of files last seen invalid, so an unchanged bad file is not re-reported on every event. */
  private badHashes = new Map<string, string>();
  /** Size and time of files seen changing, and since when they have looked so (settling). */
  private observed = new Map<string, { size: number; mtimeMs: number; since: number }>();
  private loaded = false;
  private running: Promise<ReloadReport> | null = null;
  private queued: Promise<ReloadReport> | null = null;
  private readonly reloadListeners: Array<(result: ReloadResult) => void> = [];

  private constructor(
    readonly dir: string,
    private readonly logger: StoreLogger,
    private readonly build: (analysed: AnalysedArticle[]) => Engine | Promise<Engine>,
    private readonly cache: AnalysisCache | null,
    private readonly maxFileBytes: number | undefined,
    /** How long a changed file must stay unchanged before it is taken (see StoreOptions). */
    readonly settleMs: number,
  ) {}

  /**
   * Loads `dir` and builds the first Engine. Fails, listing every problem, when no file is
   * valid: a bot with nothing to answer from should not start.
   */
  static async open(dir: string, options: StoreOptions = {}): Promise<{ store: KnowledgeStore; report: ReloadReport }> {
    const build = options.build ?? buildEngineFromAnalysed;
    const store = new KnowledgeStore(dir, options.logger ?? log, build, options.cache ?? null, options.maxFileBytes, options.settleMs ?? 0);
    const report = await store.reload();
    if (report.articles === 0) {
      throw new NoKnowledgeError([`No valid article in ${dir}.`, ...report.problems.map(formatProblem)].join("\n"));
    }
    return { store, report };
  }

  /** The Engine to answer one question with. Keep it for the whole answer; call again for the next. */
  engine(): Engine {
    return this.current;
  }

  /**
   * Re-reads the folder and swaps in a new Engine if anything changed. Calls made while a
   * reload runs are folded into one more reload after it, so a burst of file events costs at
   * most two rebuilds and the last one always sees the final state of the folder.
   */
  reload(): Promise<ReloadReport> {
    if (!this.running) {
      this.running = this.reloadOnce()
        .then(
          (report) => {
            this.notify({ ok: true, report });
            return report;
          },
          (error: unknown) => {
            this.notify({ ok: false, error });
            throw error;
          },
        )
        .finally(() => {
          this.running = null;
        });
      return this.running;
    }
    this.queued ??= this.running.then(
      () => {
        this.queued = null;
        return this.reload();
      },
      () => {
        this.queued = null;
        return this.reload();
      },
    );
    return this.queued;
  }

  /** Call `listener` after every reload, whoever started it (the watcher, /reload): for metrics. */
  onReload(listener: (result: ReloadResult) => void): void {
    this.reloadListeners.push(listener);
  }

  private notify(result: ReloadResult): void {
    for (const listener of this.reloadListeners) listener(result);
  }

  private async reloadOnce(): Promise<ReloadReport> {
    const report: ReloadReport = {
      added: [], changed: [], removed: [], keptLastGood: [], rejected: [], deferred: [], problems: [], articles: 0, rebuilt: false,
    };
    const firstLoad = !this.loaded;
    // Each step below starts on a turn of its own, so no two of them add up to one long pause
    // while the bot answers (listing and sorting 10,000 names, the last reads and a small
    // analysis, the first slice of the index build).
    const names = await this.listArticles();
    await nextTurn();
    const next = new Map<string, FileState>();
    /** Valid files not analysed yet: analysed together below, on every core when there are many. */
    const fresh: FreshFile[] = [];
    await this.readFiles(names, firstLoad, report, next, fresh);
    await nextTurn();
    // After the first load the bot is answering: analysis must not hold its event loop.
    const analysed = await analyseArticles(fresh.map((f) => f.article), { background: !firstLoad });
    await nextTurn();
    fresh.forEach((f, i) => next.set(f.name, { hash: f.hash, analysed: analysed[i]! }));
    for (const name of this.files.keys()) if (!next.has(name)) report.removed.push(name);
    for (const name of this.badHashes.keys()) if (!names.includes(name)) this.badHashes.delete(name);
    for (const name of this.observed.keys()) if (!report.deferred.includes(name)) this.observed.delete(name);
    this.loaded = true;

    const changed = report.added.length + report.changed.length + report.removed.length > 0;
    if (changed) {
      if (next.size === 0 && this.files.size > 0) {
        // An emptied folder is far more likely a mistake (or a half-finished move) than an
        // intent to answer nothing: keep answering from what we had.
        this.logger.warn({ dir: this.dir }, "no valid article left in the knowledge folder; keeping the previous knowledge");
        report.articles = this.files.size;
        return report;
      }
      // Build first, swap after: until this assignment, every caller still gets the old Engine.
      // If building fails, the old Engine and file states stay, so the next reload retries.
      // In the folder's (sorted) order, whichever files came from the cache.
      const engine = await this.build(names.flatMap((name) => next.get(name)?.analysed ?? []));
      // A first load answers as soon as the engine can, its timeline finished in slices just
      // after (questions wait for it, see Engine.indexed). A reload swaps in a finished engine:
      // the bot answers from the old one meanwhile, and no question should build anything.
      if (!firstLoad) await engine.indexed();
      this.current = engine;
      report.rebuilt = true;
      // Only now, with the new engine answering: the cache is for the next start, not this one.
      this.cache?.setMany(fresh.map((f, i) => [f.hash, analysed[i]!]));
    }
    this.files = next;
    report.articles = next.size;
    if (changed || report.problems.length > 0) this.logReload(report);
    return report;
  }

  /** The folder's Markdown files, sorted. */
  private async listArticles(): Promise<string[]> {
    let listed: string[];
    try {
      listed = await readdir(this.dir);
    } catch (error) {
      // At start, a missing or unreadable folder is a setting to fix: one clear line, no stack.
      if (!this.loaded) throw new NoKnowledgeError(`The knowledge folder ${this.dir} cannot be read: ${(error as Error).message}. Set KNOWLEDGE_DIR to a folder of articles.`);
      throw error;
    }
    return listed.filter((name) => name.toLowerCase().endsWith(".md")).sort();
  }

  /** Reads every file: unchanged ones keep their state, new valid ones go to `fresh`, bad ones are reported. */
  private async readFiles(names: string[], firstLoad: boolean, report: ReloadReport, next: Map<string, FileState>, fresh: FreshFile[]): Promise<void> {
    const realDir = realFolder(this.dir);
    let lastYield = performance.now();
    for (const name of names) {
      // Small files read synchronously are ~5x faster than through the thread pool, and
      // yielding every few milliseconds keeps the event loop responsive anyway.
      if (performance.now() - lastYield > YIELD_AFTER_MS) {
        await nextTurn();
        lastYield = performance.now();
      }
      const read = readKnowledgeFile(this.dir, realDir, name, { maxFileBytes: this.maxFileBytes });
      if ("gone" in read) continue; // removed between readdir and read: the next event reports it
      const previous = this.files.get(name);
      const hash = "problem" in read ? `refused:${read.problem.message}` : AnalysisCache.key(name, read.bytes);
      if (previous?.hash === hash) {
        next.set(name, previous);
        continue;
      }
      if ("bytes" in read && !firstLoad && !this.settled(name, read)) {
        if (previous) next.set(name, previous);
        report.deferred.push(name);
        continue;
      }
      this.observed.delete(name);
      // Only valid files are cached, so a cached analysis needs no validation again.
      const cached = "bytes" in read ? this.cache?.get(hash) : undefined;
      const parsed = "problem" in read ? { problems: [read.problem] } : cached ? { article: cached.article } : parseArticleFile(name, read.bytes);
      if ("article" in parsed) {
        if (cached) next.set(name, { hash, analysed: cached });
        else fresh.push({ name, hash, article: parsed.article });
        // A first load with this much to analyse will use every core: the workers start now,
        // while the rest of the files are read, rather than after.
        if (firstLoad && fresh.length === tuning.load.parallelFrom) prestartWorkers();
        this.badHashes.delete(name);
        (previous ? report.changed : report.added).push(name);
        continue;
      }
      this.reject(name, hash, parsed.problems, previous, report, next);
    }
  }

  /** A bad file: its last good version keeps answering, and each new fault is logged once. */
  private reject(name: string, hash: string, problems: KnowledgeProblem[], previous: FileState | undefined, report: ReloadReport, next: Map<string, FileState>): void {
    report.problems.push(...problems);
    if (previous) {
      next.set(name, previous);
      report.keptLastGood.push(name);
    } else {
      report.rejected.push(name);
    }
    if (this.badHashes.get(name) === hash) return;
    this.badHashes.set(name, hash);
    for (const problem of problems) {
      this.logger.warn({ file: problem.file, line: problem.line, keptLastGood: Boolean(previous) }, `knowledge file rejected: ${problem.message}`);
    }
  }

  private logReload(report: ReloadReport): void {
    this.logger.info(
      {
        added: report.added.length, changed: report.changed.length, removed: report.removed.length,
        keptLastGood: report.keptLastGood.length, rejected: report.rejected.length, deferred: report.deferred.length, articles: report.articles,
      },
      "knowledge reloaded",
    );
  }

  /** Whether a new or changed file has stopped changing: unchanged for `settleMs` by its time stamp, or since first seen so. */
  private settled(name: string, read: { size: number; mtimeMs: number }): boolean {
    if (this.settleMs <= 0) return true;
    const now = Date.now();
    if (now - read.mtimeMs >= this.settleMs) return true;
    const seen = this.observed.get(name);
    if (seen && seen.size === read.size && seen.mtimeMs === read.mtimeMs) return now - seen.since >= this.settleMs;
    this.observed.set(name, { size: read.size, mtimeMs: read.mtimeMs, since: now });
    return false;
  }
}
