// The naive approach the engine must beat: one fuse.js index over every sentence, scanned in
// full on each query. Options as RESEARCH.md found best for multi-word questions with plain
// Fuse (`ignoreLocation`, so a match may sit anywhere in a sentence).
import Fuse from "fuse.js";
import type { Article } from "../src/engine/types.ts";

interface Row {
  doc: string;
  text: string;
}

/** A deliberately simple splitter: the baseline only needs sentence-sized records. */
function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?][”"]?)\s+(?=[“"A-Z0-9])/).filter((s) => s.trim() !== "");
}

export function buildNaive(articles: Article[]): { search(question: string): string | null; sentences: number } {
  const rows: Row[] = articles.flatMap((a) => a.paragraphs.flatMap((p) => splitSentences(p).map((text) => ({ doc: a.id, text }))));
  const fuse = new Fuse(rows, { keys: ["text"], ignoreLocation: true, includeScore: true });
  return {
    sentences: rows.length,
    search: (question) => fuse.search(question, { limit: 5 })[0]?.item.text ?? null,
  };
}
