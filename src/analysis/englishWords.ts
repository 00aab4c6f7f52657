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
 * unlisted word may ("pompoe" → "pompeo"); a listed word only one letter astray, and never into
 * another real word but a name (`fixNames`: the articles name something by the fix). Measured on the suites' questions, a real word one letter from another of the
 * article's was nearly always meant as written (it became "nearly" for "nearby", "coast" for
 * "cost", "seven" for "seen", "will" for "well"); two changes turn one into another more often
 * still ("allowed" → "alleged").
 */
export function mayCorrect(word: string, fix: string, fixNames: () => boolean = () => false): boolean {
  if (isIrregularEnglish(word)) return false;
  // A real word does not become another, even one letter astray: the question means the word it
  // wrote ("nearby" is no "nearly", "cost" no "coast", "seen" no "seven"). It may become a name of
  // the articles one letter away: the lexicon holds other spellings of names ("irak" for Iraq).
  if (inLexicon(word) && inLexicon(fix)) return editDistance(word, fix, 1, true) <= 1 && fixNames();
  return !isListedWord(word) || editDistance(word, fix, 1, true) <= 1;
}
