// Tiny knowledge folders in temp dirs for the store, watcher and /reload tests.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A valid article file's text. */
export function articleText(title: string, published = "2024-03-01", body = `${title} happened on Monday, officials said.`): string {
  return `---\ntitle: ${title}\npublished: ${published}\nsource: Test Wire\n---\n\n${body}\n`;
}

/** An article whose `published` is no date: fails validation on line 3. */
export const badArticleText = "---\ntitle: Broken\npublished: last Tuesday\nsource: Test Wire\n---\n\nSome text.\n";

export interface TempKnowledge {
  dir: string;
  write(name: string, text: string): void;
  remove(name: string): void;
  cleanup(): void;
}

export function tempKnowledge(files: Record<string, string> = {}): TempKnowledge {
  const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
  const folder: TempKnowledge = {
    dir,
    write: (name, text) => writeFileSync(join(dir, name), text),
    remove: (name) => rmSync(join(dir, name)),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  for (const [name, text] of Object.entries(files)) folder.write(name, text);
  return folder;
}

/** A logger that records what it was told, to assert that problems are logged with file and line. */
export function recordingLogger() {
  const warnings: { obj: Record<string, unknown>; msg: string }[] = [];
  const infos: { obj: Record<string, unknown>; msg: string }[] = [];
  const errors: { obj: Record<string, unknown>; msg: string }[] = [];
  return {
    warnings,
    infos,
    errors,
    error: (obj: object, msg: string) => void errors.push({ obj: obj as Record<string, unknown>, msg }),
    warn: (obj: object, msg: string) => void warnings.push({ obj: obj as Record<string, unknown>, msg }),
    info: (obj: object, msg: string) => void infos.push({ obj: obj as Record<string, unknown>, msg }),
  };
}
