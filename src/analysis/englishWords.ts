import { editDistance } from "./editDistance.ts";
import { inLexicon, isIrregularEnglish } from "./partsOfSpeech.ts";
import { ALIGNMENT_SYNONYMS, OPPOSITES, RELATED_WORDS } from "./lexicon.ts";

/**
 * Whether a word is one the engine's own word lists hold (related words, synonyms, opposites):
 * an English word, so a typo of an article's word only when one letter is astray ("loose" for
 * "lose"), never when more are ("allowed" is no misspelt "alleged"). Built once, on first use,
 * from lists already in memory.
 */
let known: Set<string> | undefined;

function isListedWord(word: string): boolean {
  known ??= new Set([...RELATED_WORDS.flat(), ...ALIGNMENT_SYNONYMS.flat(), ...OPPOSITES.flat(2)].filter((w) => !w.includes(" ")));
  return known.has(word);
}

/**
 * Whether a question's word may be read as the article's word typo correction proposes: any
 * unlisted word may ("pompoe" → "pompeo"), an English word (listed, or in the tagger's lexicon
 * when the article's word is too) only one letter astray ("rise" for "raise"), since two changes
 * turn one real word into another ("allowed" → "alleged", "letter" → "later").
 */
export function mayCorrect(word: string, fix: string): boolean {
  if (isIrregularEnglish(word)) return false;
  // A word of the tagger's lexicon is held only against another such word: a real word does not become another ("letter" is no "later").
  return !(isListedWord(word) || (inLexicon(word) && inLexicon(fix))) || editDistance(word, fix, 1, true) <= 1;
}
