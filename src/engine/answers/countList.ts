// A count told as a list: "Farmers in the valley grow wheat, barley, oats and potatoes" answers
// "How many crops do the farmers grow?" with four. Read by the count answerer when no number
// counts what is asked.
import { DIGIT_WORDS, STOPWORDS, TEEN_WORDS } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";

/** A list of three or more items in a sentence, where it stands and what it holds. */
export interface CountedList {
  start: number;
  end: number;
  /** The items as written: "wheat", "barley", "oats", "potatoes". */
  items: string[];
  /** The list verbatim: "wheat, barley, oats and potatoes". */
  text: string;
}

const WORD = String.raw`[\p{L}][\p{L}'’-]*`;
const ITEM = String.raw`${WORD}(?:\s+${WORD}){0,2}`;
/** Items joined by commas, the last by "and" (with or without the serial comma). */
const LIST = new RegExp(String.raw`(${ITEM}(?:,\s+${ITEM}){1,})(,?\s+and\s+)(${ITEM})`, "gu");
/** "crops such as wheat, rice and maize" names some of them, not how many there are. */
const SOME_OF = /\b(?:such as|including|like|among them|e\.g\.|for example|notably|especially)\s*$/i;

/**
 * The lists of a sentence. The first item takes as many words as the longest item after it, so
 * "grow wheat, barley, oats and potatoes" lists "wheat", not "grow wheat". A list that only
 * gives examples ("such as …") is none.
 */
export function findLists(sentence: string): CountedList[] {
  const out: CountedList[] = [];
  for (const m of sentence.matchAll(LIST)) {
    const parts = m[1]!.split(/,\s+/);
    const width = Math.max(...parts.slice(1).map((p) => p.split(/\s+/).length));
    const first = parts[0]!.split(/\s+/).slice(-width).join(" ");
    // "North Korea, South Korea and Japan met": a list of names ends at the last name.
    const capitals = parts.slice(1).every((p) => /^\p{Lu}/u.test(p));
    const tail = m[3]!.split(/\s+/).slice(0, width);
    const cut = capitals ? tail.findIndex((w) => !/^\p{Lu}/u.test(w)) : -1;
    const last = (cut > 0 ? tail.slice(0, cut) : tail).join(" ");
    const items = [first, ...parts.slice(1), last];
    if (items.some((i) => i.split(/\s+/).some((w) => STOPWORDS.has(w.toLowerCase())))) continue;
    const start = m.index! + parts[0]!.length - first.length;
    const end = m.index! + m[1]!.length + m[2]!.length + last.length;
    if (SOME_OF.test(sentence.slice(0, start))) continue;
    out.push({ start, end, items, text: sentence.slice(start, end) });
  }
  return out;
}

/**
 * The list that answers a count question in this sentence: after every word of the question
 * the sentence holds (its subject and verb tell what is listed), holding none of them itself.
 */
export function listAnswering(sentence: string, asked: string[]): CountedList | null {
  const tokens = [...sentence.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ at: m.index!, term: canonical(m[0].toLowerCase()) }));
  for (const list of findLists(sentence)) {
    const before = new Set(tokens.filter((t) => t.at < list.start).map((t) => t.term));
    const inside = new Set(words(list.text).map(canonical));
    if (asked.every((t) => before.has(t)) && !asked.some((t) => inside.has(t))) return list;
  }
  return null;
}

/** "four", "twelve", or the digits from twenty on. */
export function countWord(n: number): string {
  return ["zero", ...DIGIT_WORDS, ...TEEN_WORDS][n] ?? String(n);
}
