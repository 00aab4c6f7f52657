import { QUESTION_WORDS, STOPWORDS } from "./lexicon.ts";

/**
 * A question or function word typed with two neighbouring letters swapped ("mcuh" → "much",
 * "hwo" → "how"), or null. The vocabulary's typo correction only knows the articles' words,
 * and these words matter most for reading what a question asks.
 */
/** Swapping two letters keeps a word's length: no word longer than these can become one of them. */
const LONGEST = Math.max(...[...QUESTION_WORDS, ...STOPWORDS].map((w) => w.length));

export function swappedLetters(word: string): string | null {
  // Bounded work: the loop below costs the square of the length (a 2,000-letter "word" is pasted text).
  if (word.length < 3 || word.length > LONGEST || STOPWORDS.has(word) || QUESTION_WORDS.has(word)) return null;
  for (let i = 0; i + 1 < word.length; i++) {
    const fixed = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (QUESTION_WORDS.has(fixed) || (STOPWORDS.has(fixed) && fixed.length >= 4)) return fixed;
  }
  return null;
}
