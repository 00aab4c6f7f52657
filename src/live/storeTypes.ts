// The types of the live knowledge store's options and reports (knowledgeStore.ts).
import type { AnalysedArticle } from "../analysis/analyseArticle.ts";
import type { Engine } from "../engine/types.ts";
import type { KnowledgeProblem } from "../knowledge/parseArticle.ts";
import type { AnalysisCache } from "./analysisCache.ts";

/** What one reload changed, by file name. */
export interface ReloadReport {
  added: string[];
  changed: string[];
  removed: string[];
  /** Files that now fail validation; their previous good version stays in use. */
  keptLastGood: string[];
  /** New files that fail validation and had no good version: not loaded. */
  rejected: string[];
  /** Files changed so recently they may still be being written: taken once they stay unchanged for the settle interval. */
  deferred: string[];
  problems: KnowledgeProblem[];
  /** Articles the engine answers from after the reload. */
  articles: number;
  /** False when nothing changed, so the engine was not rebuilt. */
  rebuilt: boolean;
}

/** How a (re)load ended: its report, or the error that stopped it (the previous knowledge stays). */
export type ReloadResult = { ok: true; report: ReloadReport } | { ok: false; error: unknown };

/** The part of the logger the store uses (pino's logger fits; tests pass a recorder). */
export interface StoreLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface StoreOptions {
  logger?: StoreLogger;
  /** How to build an Engine; the engine's own factory unless a test or the bench swaps it. */
  build?: (analysed: AnalysedArticle[]) => Engine | Promise<Engine>;
  /** Analysed articles kept on disk across restarts; none by default (the bot passes one). */
  cache?: AnalysisCache | null;
  /** Files over this size are refused (default: DEFAULT_MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /**
   * After the first load, a new or changed file is taken only once its size and modification
   * time have stayed the same this long, so a file still being written is never served half
   * done. 0 (the default) takes files as they are; the bot passes `tuning.load.settleMs`.
   */
  settleMs?: number;
}
