import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from "./lexicon.ts";

/** A sentence's place in its paragraph: verbatim text and character offsets. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Splits a paragraph into sentences, keeping the text verbatim.
 *
 * Built on the runtime's own Unicode sentence segmenter, corrected for what news needs and
 * it gets wrong (measured in RESEARCH.md): a period after an abbreviation ("U.S.", "Gen.",
 * "Sept.") does not end a sentence — unless the abbreviation names a place or a time and the
 * next word only opens sentences ("… in Washington D.C. The team …") — and a quotation that runs over several sentences stays
 * one unit with its attribution — when the quotation closes inside the paragraph. An
 * unclosed quotation (news leaves a quote open when it runs into the next paragraph) does
 * not swallow the rest of the paragraph.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  // No end punctuation followed by more text: the paragraph is one sentence (no segmenter needed).
  if (!/[.!?][”"’')\]]*\s+\S/.test(paragraph)) {
    const text = paragraph.trim();
    const start = paragraph.indexOf(text);
    return text ? [{ text, start, end: start + text.length }] : [];
  }
  const pieces: SentenceSpan[] = [];
  for (const seg of segments(paragraph)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const text = seg.segment.trim();
    if (!text) continue;
    const start = seg.index + lead;
    pieces.push({ text, start, end: start + text.length });
  }

  // Linear in the paragraph: where quotation marks stand is read once, and a merged sentence's
  // text is cut once, not rebuilt at every piece it swallows.
  const quotes = quotationState(paragraph);
  const merged: SentenceSpan[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const start = pieces[i]!.start;
    let end = pieces[i]!.end;
    while (i + 1 < pieces.length && shouldJoin(paragraph, start, end, pieces[i + 1]!, quotes)) end = pieces[++i]!.end;
    merged.push(end === pieces[i]!.end && start === pieces[i]!.start ? pieces[i]! : { start, end, text: paragraph.slice(start, end) });
  }
  return merged;
}

/** Paragraphs up to this long are segmented whole; all real news paragraphs are far shorter. */
const SEGMENT_WINDOW = 4000;
/** A window's segments ending this close to its end are read again in the next window, with what follows them. */
const SEGMENT_MARGIN = 500;

/**
 * The runtime segmenter's sentences of a paragraph. Its iteration slows down with the length of
 * the text (a 200 KB paragraph took 8 s), so a long paragraph is segmented in windows: each
 * window keeps the sentences that end well before its end and the next starts where they stop.
 */
function* segments(paragraph: string): Generator<{ segment: string; index: number }> {
  if (paragraph.length <= SEGMENT_WINDOW) {
    yield* segmenter.segment(paragraph);
    return;
  }
  let offset = 0;
  while (offset < paragraph.length) {
    const end = Math.min(paragraph.length, offset + SEGMENT_WINDOW);
    const last = end === paragraph.length;
    let next = offset;
    for (const seg of segmenter.segment(paragraph.slice(offset, end))) {
      const segEnd = offset + seg.index + seg.segment.length;
      // A sentence longer than the window is cut at the window's end (it is too long to analyse anyway).
      if (!last && segEnd > end - SEGMENT_MARGIN && next > offset) break;
      yield { segment: seg.segment, index: offset + seg.index };
      next = segEnd;
      if (!last && segEnd > end - SEGMENT_MARGIN) break;
    }
    offset = next;
  }
}

/** Whether a double quotation is open just before each offset, and where the last closing mark stands. */
interface QuotationState {
  openBefore: Uint8Array;
  lastClose: number;
}

function quotationState(paragraph: string): QuotationState {
  const openBefore = new Uint8Array(paragraph.length + 1);
  let open = false;
  let lastClose = -1;
  for (let i = 0; i < paragraph.length; i++) {
    openBefore[i] = open ? 1 : 0;
    const ch = paragraph[i];
    if (ch === "“") open = true;
    else if (ch === "”") open = false;
    else if (ch === '"') open = !open;
    if (ch === "”" || ch === '"') lastClose = i;
  }
  openBefore[paragraph.length] = open ? 1 : 0;
  return { openBefore, lastClose };
}

/** Whether the sentence piece [start, end) of the paragraph runs on into `next`. */
function shouldJoin(paragraph: string, start: number, end: number, next: SentenceSpan, quotes: QuotationState): boolean {
  const abbreviation = abbreviationEnding(paragraph, start, end);
  if (abbreviation !== null && !/^["“‘]/.test(next.text)) {
    // "Gen. Kenneth ...", "Sept. 11": the next piece continues the sentence. An abbreviation
    // that names a place or a time can end one ("… in Washington D.C. The team …"): a word that
    // only opens sentences after it says so.
    const opener = /^[A-Z][a-z]*/.exec(next.text)?.[0].toLowerCase();
    return !(SENTENCE_FINAL_ABBREVIATIONS.has(abbreviation) && opener !== undefined && SENTENCE_OPENERS.has(opener));
  }
  // Inside an open quotation that a later mark closes, the quotation stays one unit.
  if (quotes.openBefore[end] === 1 && quotes.lastClose >= end) return true;
  // A piece that is only an attribution tail ("he said.") belongs to the quote before it.
  const last = paragraph[end - 1];
  if (/^[a-z]/.test(next.text) && (last === '"' || last === "”")) return true;
  return false;
}

/** A-Z, a-z or ".", by character code: this loop runs over the last word of every sentence. */
function isLetterOrPeriod(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/**
 * The abbreviation whose period ends the text [start, end) (lowercase, without its last period),
 * or null: the letters and periods that end it, standing after a space, bracket or quotation
 * mark or at its start. Read backwards from the end, so a long run of letters costs its length once.
 */
function abbreviationEnding(paragraph: string, start: number, end: number): string | null {
  if (end - start < 2 || paragraph[end - 1] !== ".") return null;
  let from = end - 1;
  while (from > start && isLetterOrPeriod(paragraph.charCodeAt(from - 1))) from--;
  if (!/[A-Za-z]/.test(paragraph[from]!) || from >= end - 1) return null;
  if (from > start && !/[\s(“"]/.test(paragraph[from - 1]!)) return null;
  const word = paragraph.slice(from, end - 1).toLowerCase();
  // Single capital letters are initials ("John F. Kennedy").
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word) ? word : null;
}
