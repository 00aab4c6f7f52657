// The words of the knowledge, as written and by meaning: whether a question word is known,
// belongs to a known word family, or is a typo of a known word.
import { editDistance } from "../analysis/editDistance.ts";
import { canonical } from "../analysis/text.ts";
import { tuning } from "../tuning.ts";
import { TypoVocabulary } from "./typoCandidates.ts";

export class Vocabulary {
  /** Raw lowercase words of the knowledge. */
  private readonly rawWords = new Set<string>();
  /** Canonical terms of the knowledge's sentences. */
  private readonly terms = new Set<string>();
  /** The raw words again by first letter, for typo correction. */
  private readonly byLetter = new Map<string, TypoVocabulary>();
  private termPrefixes: Set<string> | null = null;

  addWords(words: Iterable<string>): void {
    for (const w of words) this.rawWords.add(w);
  }

  addTerms(terms: Iterable<string>): void {
    for (const t of terms) this.terms.add(t);
  }

  /** Once every word is added: the typo-correction lists. */
  *build(): Generator<string> {
    const byLetter = new Map<string, string[]>();
    for (const w of this.rawWords) {
      if (w.length < tuning.vocabulary.minLength || /\d/.test(w)) continue;
      const list = byLetter.get(w[0]!) ?? [];
      list.push(w);
      byLetter.set(w[0]!, list);
    }
    for (const [letter, list] of byLetter) {
      yield "typo vocabulary";
      this.byLetter.set(letter, new TypoVocabulary(list, tuning.vocabulary.typoThreshold));
    }
  }

  /** Whether the knowledge uses this word, as written or by meaning. */
  knows(word: string): boolean {
    const c = canonical(word);
    return this.rawWords.has(word) || this.terms.has(c) || this.rawWords.has(c);
  }

  /**
   * Whether the knowledge has a word of the same family: "provoked" when an article says
   * "provocation" (their first five letters, as `coverage` matches them). Such a word is no typo.
   */
  knowsFamily(word: string): boolean {
    const c = canonical(word);
    if (c.length < 5) return false;
    if (!this.termPrefixes) this.termPrefixes = new Set([...this.terms].filter((t) => t.length >= 5).map((t) => t.slice(0, 5)));
    return this.termPrefixes.has(c.slice(0, 5));
  }

  /** The knowledge word a misspelt word most likely means, or null. */
  correct(word: string): string | null {
    // A word longer than any plausible word is no typo: correcting it would cost a scan of the
    // vocabulary per letter (a 2,000-letter word took 1.5 s on a 35,000-word archive).
    if (word.length < tuning.vocabulary.minLength || word.length > tuning.vocabulary.maxLength || this.knows(word)) return null;
    // Two letters swapped ("sryia", "pompoe") is the commonest typo, and Bitap scores it as two
    // edits; try the swaps first, then fuse.js for everything else.
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (this.rawWords.has(swapped)) return swapped;
    }
    const fix = this.byLetter.get(word[0]!)?.best(word) ?? null;
    // Fuzzy search finds a word inside a longer one ("grow" in "ground"): a typo drops or adds a
    // letter or two, so a much longer or shorter word is another word, not the one meant.
    const slack = Math.max(1, Math.floor(word.length * tuning.vocabulary.maxLengthChange));
    if (!fix || Math.abs(fix.length - word.length) > slack) return null;
    // Bitap's score is no edit count: "people" came back as "problem" (three edits in six
    // letters). A typo is a letter or two astray, a share of the word's length.
    const limit = Math.max(1, Math.floor(word.length * tuning.vocabulary.maxEditShare));
    return editDistance(word, fix, limit, true) <= limit ? fix : null;
  }
}
