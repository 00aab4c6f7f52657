import { ABBREVIATIONS } from "./lexicon.ts";

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
 * "Sept.") does not end a sentence, and a quotation that runs over several sentences stays
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
  for (const seg of segmenter.segment(paragraph)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const text = seg.segment.trim();
    if (!text) continue;
    const start = seg.index + lead;
    pieces.push({ text, start, end: start + text.length });
  }

  const merged: SentenceSpan[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let cur = pieces[i]!;
    while (i + 1 < pieces.length && shouldJoin(cur, pieces[i + 1]!, paragraph)) {
      const next = pieces[++i]!;
      cur = { start: cur.start, end: next.end, text: paragraph.slice(cur.start, next.end) };
    }
    merged.push(cur);
  }
  return merged;
}

function shouldJoin(cur: SentenceSpan, next: SentenceSpan, paragraph: string): boolean {
  if (endsWithAbbreviation(cur.text) && !/^["“‘]/.test(next.text)) {
    // "Gen. Kenneth ...", "Sept. 11": the next piece continues the sentence. A capital
    // after "U.S." can still start a new sentence, but news rarely ends one on "U.S."
    return true;
  }
  if (insideQuotation(paragraph.slice(0, cur.end)) && quotationClosesIn(paragraph.slice(cur.end))) return true;
  // A piece that is only an attribution tail ("he said.") belongs to the quote before it.
  if (/^[a-z]/.test(next.text) && /["”]\s*$/.test(cur.text)) return true;
  return false;
}

function endsWithAbbreviation(text: string): boolean {
  const m = /(?:^|[\s(“"])([A-Za-z][A-Za-z.]*)\.$/.exec(text);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // Single capital letters are initials ("John F. Kennedy").
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

/** True when an opening double quote before `end` is still open. */
function insideQuotation(text: string): boolean {
  let open = false;
  for (const ch of text) {
    if (ch === "“") open = true;
    else if (ch === "”") open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

function quotationClosesIn(rest: string): boolean {
  return /[”"]/.test(rest);
}
