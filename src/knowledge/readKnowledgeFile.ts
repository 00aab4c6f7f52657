// Reading one knowledge file, refusing what is not an article a curator put there: anything but
// a regular file (a FIFO would block forever, /dev/zero never ends), a symlink that leads out of
// the knowledge folder, and a file over the size cap. Each refusal names the file and why.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { KnowledgeProblem } from "./parseArticle.ts";

/** Default cap on one knowledge file: a long news article is 10-50 KB, so 4 MB is generous. */
export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface ReadOptions {
  /** Files larger than this are refused, not read. */
  maxFileBytes?: number;
}

export type ReadResult =
  | { bytes: Buffer; size: number; mtimeMs: number }
  | { problem: KnowledgeProblem }
  /** Removed between listing the folder and reading it. */
  | { gone: true };

/** The folder's own real path, computed once per load so symlink targets can be checked against it. */
export function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/**
 * Reads `name` in `dir` (whose real path is `realDir`), or says why it was refused. Never
 * blocks on a special file and never reads more than the cap (plus one byte to notice a file
 * that grew past it while being read).
 */
export function readKnowledgeFile(dir: string, realDir: string, name: string, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const refuse = (message: string): ReadResult => ({ problem: { file: name, line: null, message } });
  const path = join(dir, name);
  let stats: Stats;
  try {
    stats = lstatSync(path);
    if (stats.isSymbolicLink()) {
      const target = realpathSync(path);
      const inside = relative(realDir, target);
      if (inside.startsWith("..") || isAbsolute(inside)) {
        return refuse("not loaded: it is a symbolic link to a file outside the knowledge folder; copy the file into the folder instead");
      }
      stats = statSync(target);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT" && !existsQuietly(path)) return { gone: true };
    return refuse(`cannot read the file: ${(err as Error).message}`);
  }
  if (!stats.isFile()) return refuse(`not loaded: it is not a regular file (${kindOf(stats)}); a knowledge file must be a plain text file`);
  if (stats.size > maxBytes) return refuse(`not loaded: the file is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit for one article (KNOWLEDGE_MAX_FILE_MB)`);

  let fd: number;
  try {
    // Non-blocking: if a FIFO is swapped in after the check above, opening it still returns at once.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return refuse(`cannot read the file: ${(err as Error).message}`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return refuse(`not loaded: it is not a regular file (${kindOf(opened)}); a knowledge file must be a plain text file`);
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return refuse(`not loaded: the file is over the ${formatBytes(maxBytes)} limit for one article (KNOWLEDGE_MAX_FILE_MB)`);
    return { bytes: buffer.subarray(0, length), size: opened.size, mtimeMs: opened.mtimeMs };
  } catch (err) {
    return refuse(`cannot read the file: ${(err as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** Whether the name itself is still there (a dangling symlink is, and is worth reporting). */
function existsQuietly(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a plain file";
}

function formatBytes(n: number): string {
  return `${Math.ceil(n / 1024).toLocaleString("en")} KB`;
}
