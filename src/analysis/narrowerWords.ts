import { NARROWER_WORDS, SENSE_SYNONYMS } from "./lexicon.ts";
import { directedFormMap, relatedFormMap } from "./relatedWords.ts";

/**
 * Narrower words on matching forms (see src/analysis/lexicon/narrower.ts): whether a sentence's word
 * says a yes/no question's broader word ("fined" for "penalized", "murder" for "killings"), or
 * shares a common sense with it ("equalled" for "matched"). One way for the narrower pairs: the
 * broader word in a sentence never says the narrower asked ("penalized" does not say "fined").
 * Built when an engine is made, as the related words are (a few hundred forms, a few ms).
 */
let broader: Map<string, Set<string>> | undefined;
let sameSense: Map<string, Set<string>> | undefined;

const NONE: ReadonlySet<string> = new Set();

/** Builds the lookups, if not yet built: done when an engine is made, so no question waits for them. */
export function loadNarrowerWords(): void {
  broader ??= directedFormMap(NARROWER_WORDS);
  sameSense ??= relatedFormMap(SENSE_SYNONYMS);
}

/**
 * Whether a sentence's form is narrower than the asked form ("fine" for "penalize"). Only an
 * affirmed narrower word says the broader one: "was not fined" does not deny "penalized" (he may
 * have been jailed), so callers read it only where it is not negated.
 */
export function isNarrower(askedForm: string, sentenceForm: string): boolean {
  return ((broader ??= directedFormMap(NARROWER_WORDS)).get(sentenceForm) ?? NONE).has(askedForm);
}

/** Whether two forms share a common sense ("equal" and "match"): said either way, affirmed or negated. */
export function sharesSense(askedForm: string, sentenceForm: string): boolean {
  return ((sameSense ??= relatedFormMap(SENSE_SYNONYMS)).get(sentenceForm) ?? NONE).has(askedForm);
}
