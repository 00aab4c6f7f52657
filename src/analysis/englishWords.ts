import { ALIGNMENT_SYNONYMS, OPPOSITES, RELATED_WORDS } from "./lexicon.ts";

/**
 * Whether a word is one the engine's own word lists hold (related words, synonyms, opposites):
 * an English word, never a typo of an article's word ("allowed" is not a misspelt "alleged").
 * Built once, on first use, from lists already in memory.
 */
let known: Set<string> | undefined;

export function isListedWord(word: string): boolean {
  known ??= new Set([...RELATED_WORDS.flat(), ...ALIGNMENT_SYNONYMS.flat(), ...OPPOSITES.flat(2)].filter((w) => !w.includes(" ")));
  return known.has(word);
}
