import type { IndexedSentence } from "../../index/knowledgeIndex.ts";
import { canonical, words } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { holdsRelated } from "../answerSupport.ts";

// How well a statement's own words line up with what a question says was said ("What did X say
// about T?", "Who said C?"): each word of T or C counts by how rare it is in the articles the
// statements come from, so the word that tells one statement from another ("recovery", "edge")
// outweighs one every sentence of the story holds ("Haiti", "U.S."). A word the articles never
// use weighs most: nobody there said it, and a statement missing it is further from the question.

/** A word and how much it tells statements apart. */
export interface WeightedTerm {
  word: string;
  weight: number;
}

/**
 * Whether a text holds a word: the same canonical term (synonym groups included), or a word
 * sharing its first letters ("recovers" and "recovery", "shelling" and "shells").
 */
export function holdsWord(word: string, raw: readonly string[], terms: Set<string>): boolean {
  if (terms.has(canonical(word))) return true;
  // Short words share their first letters with too many others ("us" and "use").
  if (word.length < STEM_LETTERS) return false;
  const stem = word.slice(0, STEM_LETTERS);
  return raw.some((x) => x.startsWith(stem));
}

/** Letters two words of five or more must share to be one stem ("recov-ers", "recov-ery"). */
const STEM_LETTERS = 5;

/** Weights of the words by rarity among the sentences of `pool` (inverse sentence frequency, smoothed). */
export function weighTerms(list: string[], pool: IndexedSentence[]): WeightedTerm[] {
  // A sentence's indexed terms, not its text read again: this runs over whole articles per question.
  const texts = pool.map((s) => ({ raw: s.terms, terms: new Set(s.terms) }));
  return [...new Set(list)].map((word) => {
    const df = texts.filter((t) => holdsWord(word, t.raw, t.terms)).length;
    return { word, weight: Math.log(1 + pool.length / (1 + df)) };
  });
}

/**
 * The sentences whose words set the weights: the articles the candidates come from, or, past
 * `limit` sentences (a much-quoted speaker in a large archive), the candidates themselves.
 */
export function weighingPool(candidates: IndexedSentence[], sentencesOf: (doc: string) => IndexedSentence[], limit: number): IndexedSentence[] {
  const docs = [...new Set(candidates.map((s) => s.doc))];
  const all: IndexedSentence[] = [];
  for (const d of docs) {
    all.push(...sentencesOf(d));
    if (all.length > limit) return candidates;
  }
  return all;
}

/** Share of the weighted words a text holds (0 to 1; 1 when there are none). */
export function alignment(terms: WeightedTerm[], text: string): number {
  const total = terms.reduce((n, t) => n + t.weight, 0);
  if (total === 0) return 1;
  const raw = words(text);
  const have = new Set(raw.map(canonical));
  // A word said in another word of its meaning ("hazard" for "danger") counts for a little less.
  return terms.reduce((n, t) => n + (holdsWord(t.word, raw, have) ? t.weight : holdsRelated(canonical(t.word), have) ? t.weight * tuning.related.coverage : 0), 0) / total;
}
