// The bot's knowledge in one call: a KnowledgeStore over the folder, its analyses cached on
// disk across restarts, and a watcher that reloads it when files change.
import { log } from "../log.ts";
import { tuning } from "../tuning.ts";
import { AnalysisCache, defaultAnalysisCacheDir } from "./analysisCache.ts";
import { KnowledgeStore, type ReloadReport, type StoreLogger } from "./knowledgeStore.ts";
import { watchKnowledge, type WatchOptions } from "./watchKnowledge.ts";

export interface LiveKnowledge {
  store: KnowledgeStore;
  /** What the first load found (problems were logged already). */
  report: ReloadReport;
  /** Stop watching the folder. */
  close(): void;
}

export interface LiveKnowledgeOptions {
  /** Where analyses are cached across restarts; null for none. Default: `.cache/analysis`. */
  cacheDir?: string | null;
  watch?: WatchOptions;
  /** Files over this size are refused; default DEFAULT_MAX_FILE_BYTES. */
  maxFileBytes?: number;
  /** A changed file is taken once unchanged this long; default `tuning.load.settleMs`. */
  settleMs?: number;
  /** Where the store, the watcher and this function log; the root logger by default (tests pass a recorder). */
  logger?: StoreLogger & { error(obj: object, msg: string): void };
}

/** Fails, listing every problem, when the folder has no valid article. */
export async function openLiveKnowledge(dir: string, options: LiveKnowledgeOptions = {}): Promise<LiveKnowledge> {
  const cacheDir = options.cacheDir === undefined ? defaultAnalysisCacheDir : options.cacheDir;
  const logger = options.logger ?? log;
  let cache: AnalysisCache | null = null;
  try {
    if (cacheDir !== null) cache = new AnalysisCache(cacheDir);
  } catch (error) {
    // A read-only deployment still runs, only without the faster restart.
    logger.warn({ err: error }, "no analysis cache: .cache is not writable");
  }
  const { store, report } = await KnowledgeStore.open(dir, {
    cache,
    logger,
    settleMs: options.settleMs ?? tuning.load.settleMs,
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  const watcher = watchKnowledge(store, { logger, ...options.watch });
  logger.info({ dir, articles: report.articles }, "knowledge loaded; watching for changes");
  return { store, report, close: () => watcher.close() };
}
