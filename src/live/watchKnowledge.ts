// Watches the knowledge folder and reloads the store when files change, without a restart.
// Editors and copies produce bursts of events (write, rename, chmod, several writes for one
// save), so events are debounced: one reload once the folder has been quiet for a moment.
import { watch, type FSWatcher } from "node:fs";
import type { KnowledgeStore, ReloadReport } from "./knowledgeStore.ts";
import { log } from "../log.ts";

/** Added to the store's settle interval before looking again at files still being written. */
const SETTLE_MARGIN_MS = 50;

export interface WatchOptions {
  /** Quiet time before reloading. 300 ms covers an editor's save and a `cp` of many files. */
  debounceMs?: number;
  /** Called after each reload that ran because of file events (tests and logs use it). */
  onReload?: (report: ReloadReport) => void;
  logger?: { error(obj: object, msg: string): void };
}

export interface KnowledgeWatcher {
  close(): void;
}

export function watchKnowledge(store: KnowledgeStore, options: WatchOptions = {}): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const logger = options.logger ?? log;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const reload = (): void => {
    timer = null;
    store.reload().then(
      (report) => {
        if (closed) return;
        // Files still being written: look again once they may have settled, even if no event comes.
        if (report.deferred.length > 0 && !timer) timer = setTimeout(reload, store.settleMs + SETTLE_MARGIN_MS);
        options.onReload?.(report);
      },
      // A failed rebuild leaves the previous Engine answering; the next change retries.
      (error: unknown) => logger.error({ err: error, dir: store.dir }, "knowledge reload failed"),
    );
  };

  // Non-recursive: the knowledge folder is flat (one article per file), and recursive
  // watching is not supported on every platform Node 20 runs on.
  const watcher: FSWatcher = watch(store.dir, { persistent: false }, (_event, fileName) => {
    if (closed || (fileName !== null && !fileName.endsWith(".md"))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
  });
  watcher.on("error", (error) => logger.error({ err: error, dir: store.dir }, "watching the knowledge folder failed"));

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
