import { QUESTION_WORDS, STOPWORDS } from "./lexicon.ts";

/**
 * A question or function word typed with two neighbouring letters swapped ("mcuh" → "much",
 * "hwo" → "how"), or null. The vocabulary's typo correction only knows the articles' words,
 * and these words matter most for reading what a question asks.
 */
export function swappedLetters(word: string): string | null {
  if (word.length < 3 || STOPWORDS.has(word) || QUESTION_WORDS.has(word)) return null;
  for (let i = 0; i + 1 < word.length; i++) {
    const fixed = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (QUESTION_WORDS.has(fixed) || (STOPWORDS.has(fixed) && fixed.length >= 4)) return fixed;
  }
  return null;
}
