// Analysed articles kept on disk, so a restart does not analyse again what it analysed before.
// Analysis is most of the cost of loading (≈ 9 of 12 s at 10,000 articles) and depends only on
// the file (its name gives the article id) and the code that analyses it, so an entry is keyed
// by a hash of both and is never stale. Best effort: an unreadable entry is a miss, a failed
// write is ignored, and the knowledge files stay the only source of truth.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";

import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnalysedArticle } from "../analysis/analyseArticle.ts";
import { tuning } from "../tuning.ts";

/** Background cache writes run in slices of this many milliseconds, as a rebuild does. */
const SLICE_MS = tuning.load.sliceMs;

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Where the bot keeps its cache by default: `.cache/analysis` in the project (git-ignored). */
export const defaultAnalysisCacheDir = join(projectRoot, ".cache", "analysis");

/**
 * A hash of the code that turns a file into an analysed article: every source file under
 * src/ and the locked dependencies. Coarse on purpose (any code change starts a new cache),
 * because a cache that outlives a change in the analysis would give wrong answers silently.
 */
function codeVersion(): string {
  const hash = createHash("sha1");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) hash.update(relative(projectRoot, path)).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  walk(join(projectRoot, "src"));
  try {
    hash.update(readFileSync(join(projectRoot, "package-lock.json")));
  } catch {
    // No lock file (an unusual checkout): the sources alone still key the cache.
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The JSON of an analysed article, written sentence by sentence with the event loop free every
 * `SLICE_MS`: a 200 KB paragraph gives thousands of sentences and about 3 MB of JSON, which
 * `JSON.stringify` would write in one go. Reads back (JSON.parse) as the same object.
 */
export async function toJson(analysed: AnalysedArticle): Promise<string> {
  const sentences: string[] = [];
  let started = performance.now();
  for (const s of analysed.sentences) {
    sentences.push(JSON.stringify(s));
    if (performance.now() - started > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      started = performance.now();
    }
  }
  const { article, entities, vocabulary } = analysed;
  return `{"article":${JSON.stringify(article)},"sentences":[${sentences.join(",")}],"entities":${JSON.stringify(entities)},"vocabulary":${JSON.stringify(vocabulary)}}`;
}

export class AnalysisCache {
  private readonly dir: string;
  private pending = new Set<Promise<void>>();
  /**
   * The keys of the entries on disk, listed once when the cache is opened (and added to as this
   * process writes): a miss costs no failed read. A first load after a code change misses every
   * file, and 10,000 failed reads, each a thrown error, held the main thread 0.1 s while the
   * workers waited for their share. An entry another process writes later is a miss here (it is
   * analysed again, as without a cache).
   */
  private readonly known = new Set<string>();

  /**
   * Opens the cache under `root`, removing entries written by other versions of the code.
   * `version` pins the code version (the benchmark does, so edits made while it runs don't
   * empty its cache); by default it is computed from the sources.
   */
  constructor(root: string = defaultAnalysisCacheDir, version: string = codeVersion()) {
    this.dir = join(root, version);
    mkdirSync(this.dir, { recursive: true });
    for (const old of readdirSync(root)) if (old !== version) rmSync(join(root, old), { recursive: true, force: true });
    for (const name of readdirSync(this.dir)) if (name.endsWith(".json")) this.known.add(name.slice(0, -".json".length));
  }

  /** The key of one knowledge file: its name (the article id) and its bytes. */
  static key(fileName: string, bytes: Uint8Array): string {
    return createHash("sha1").update(fileName).update("\0").update(bytes).digest("hex");
  }

  get(key: string): AnalysedArticle | null {
    if (!this.known.has(key)) return null;
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), "utf8")) as AnalysedArticle;
    } catch {
      return null;
    }
  }

  /**
   * Written in the background, to a temporary name first, so a reader never sees half an entry.
   * Serialised a slice at a time (see `toJson`), so one huge article never holds the event loop.
   */
  set(key: string, analysed: AnalysedArticle): void {
    const path = join(this.dir, `${key}.json`);
    const temp = `${path}.${process.pid}.tmp`;
    const write = toJson(analysed)
      .then((json) => writeFile(temp, json))
      .then(() => rename(temp, path))
      .then(() => void this.known.add(key))
      .catch(() => rmSync(temp, { force: true }))
      .finally(() => this.pending.delete(write));
    this.pending.add(write);
  }

  /**
   * Writes many entries in the background, a slice at a time, so that serialising them never
   * holds the event loop long (10,000 analyses take about a second to serialise).
   */
  setMany(entries: Array<[key: string, analysed: AnalysedArticle]>): void {
    const all: Promise<void> = (async () => {
      let started = performance.now();
      for (const [key, analysed] of entries) {
        this.set(key, analysed);
        if (performance.now() - started > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          started = performance.now();
        }
      }
    })().finally(() => this.pending.delete(all));
    this.pending.add(all);
  }

  /** Resolves when every entry written so far is on disk (tests and the benchmark wait for it). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
