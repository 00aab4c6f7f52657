// The pieces speech attribution reads a sentence into: word tokens (a number's comma kept inside
// it) and the spans inside quotation marks, titles among them told apart from speech.
import { NAMING_VERBS } from "./lexicon.ts";
import type { Token } from "./speechTypes.ts";

// "5,000" is one token: the comma of a number is no clause boundary ("The union, which represents 5,000 nurses, warned").
const SPEECH_TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}’'.-]|,(?=\d{3}\b))*|[“”"]|[,;:]/gu;
/** The words, quotation marks and clause punctuation of a sentence, with their offsets. */
export function tokenize(text: string): Token[] {
  // An exec loop, not [...matchAll].map: no intermediate array of match objects (a hot path of loading).
  const out: Token[] = [];
  SPEECH_TOKEN.lastIndex = 0;
  for (let m = SPEECH_TOKEN.exec(text); m; m = SPEECH_TOKEN.exec(text)) {
    const t = m[0];
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.endsWith(".") ? lower.slice(0, -1) : lower, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** Spans of text inside double quotation marks (an unclosed one runs to the end). */
export function quoteSpans(text: string): Array<{ start: number; end: number; text: string }> {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“" || (ch === '"' && open < 0)) open = i;
    else if ((ch === "”" || ch === '"') && open >= 0) {
      spans.push({ start: open, end: i + 1, text: text.slice(open + 1, i).replace(/[,.]$/, "").trim() });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length, text: text.slice(open + 1).trim() });
  return spans.filter((s) => s.text.length > 0);
}

const TITLE_SMALL_WORDS = new Set(["of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "or"]);
/**
 * A quotation that is a title: two to ten words, each capitalised (or a number, or a small word
 * inside), with no comma or full stop closing it inside the marks ("“Never again,” she said" is speech).
 */
export function isQuotedTitle(sentence: string, q: { start: number; end: number; text: string }): boolean {
  // "a robot named “Better Idea of Afghan Girls,”": what is named so is a name, whatever its marks.
  if (NAMING_VERBS.has(lastLetters(sentence.slice(0, q.start)).toLowerCase())) return true;
  if (/[,.!?;:]\s*[”"]?$/.test(sentence.slice(q.start + 1, q.end))) return false;
  const ws = q.text.split(/\s+/);
  if (ws.length < 2 || ws.length > 10 || !/^[\p{Lu}\d]/u.test(ws[0]!)) return false;
  return ws.every((w, i) => /^[\p{Lu}\d[(]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

const LETTER = /^\p{L}$/u;

/**
 * The run of letters a text ends with, spaces after it aside ("" when it ends otherwise). Read
 * backwards from the end: an end-anchored regex (`/(\p{L}+)\s*$/u`) is tried at every position of
 * the text, and this runs on the text before every quotation.
 */
export function lastLetters(text: string): string {
  const end = text.trimEnd().length;
  let start = end;
  while (start > 0) {
    // A letter outside the Basic Multilingual Plane is two UTF-16 units.
    const unit = text.charCodeAt(start - 1);
    const width = unit >= 0xdc00 && unit <= 0xdfff && start >= 2 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, end);
}

export type Quote = ReturnType<typeof quoteSpans>[number];

/** How many words a text has. */
export const wordsIn = (t: string) => t.split(/\s+/).filter(Boolean).length;

/**
 * Where the clause holding a position opens: right after the last of `breaks` before it (quotation
 * marks, colons and semicolons; commas too when asked), or at the sentence's start.
 */
export function clauseStart(sentence: string, at: number, commas = false): number {
  const breaks = commas ? /[“”":;,]/g : /[“”":;]/g;
  return Math.max(0, ...[...sentence.slice(0, at).matchAll(breaks)].map((m) => m.index! + 1));
}
