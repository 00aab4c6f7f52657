import { IRREGULAR_PAST, RELATED_WORDS } from "./lexicon.ts";
import { canonical } from "./text.ts";

/**
 * Related words on matching forms: "a question's word may stand for an article's word", a soft
 * relation meant for partial weight (see src/analysis/lexicon/related.ts for where the pairs come
 * from). Symmetric, not transitive, and a form is never related to itself.
 *
 * The lookup is built once, when an engine is made (or on first use): each word of a pair is mapped through `canonical`, so
 * "dangers", "hazardous" and "hazards" find each other through the base forms "danger" and
 * "hazard"; pairs whose two words already share a matching form add nothing and are left out.
 * Size (measured with process.memoryUsage around the first call): about 2,500 forms with a set
 * each, some 3,600 links counted both ways, about 0.5 MB of heap; built in about 20 ms on first
 * use, most of it `canonical` of the ~2,800 words (which also fills canonical's word cache).
 */
let related: Map<string, Set<string>> | undefined;

const NONE: ReadonlySet<string> = new Set();

/** Builds the lookup, if not yet built (10-20 ms): done when an engine is made, so no question waits for it. */
export function loadRelatedWords(): void {
  related ??= relatedFormMap(RELATED_WORDS);
}

/** Matching forms related to one matching form (what `canonical` returns); empty when none. */
export function relatedForms(form: string): ReadonlySet<string> {
  return (related ??= relatedFormMap(RELATED_WORDS)).get(form) ?? NONE;
}

/** Whether two matching forms are related (symmetric; false for a form and itself). */
export function areRelated(a: string, b: string): boolean {
  return relatedForms(a).has(b);
}

/** The lookup for a list of word pairs: each matching form to the matching forms related to it. */
export function relatedFormMap(pairs: ReadonlyArray<readonly [string, string]>): Map<string, Set<string>> {
  return formLinks(pairs, true);
}

/** The lookup for a list of [from, to] pairs read one way only: each matching form of a first word to those of its second. */
export function directedFormMap(pairs: ReadonlyArray<readonly [string, string]>): Map<string, Set<string>> {
  return formLinks(pairs, false);
}

function formLinks(pairs: ReadonlyArray<readonly [string, string]>, bothWays: boolean): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    let set = map.get(from);
    if (!set) map.set(from, (set = new Set()));
    set.add(to);
  };
  for (const [a, b] of pairs) {
    // A past form that is also a word of its own ("found" is "find"'s past) would carry the
    // pair to the other verb's matching form: such a word is left out.
    if (isPastOfAnotherVerb(a) || isPastOfAnotherVerb(b)) continue;
    const formsA = matchingForms(a);
    const formsB = matchingForms(b);
    if (formsA.some((f) => formsB.includes(f))) continue;
    for (const fa of formsA) {
      for (const fb of formsB) {
        link(fa, fb);
        if (bothWays) link(fb, fa);
      }
    }
  }
  return map;
}

/**
 * The matching forms a word's inflections take. One, but for verbs in "-eed" the stemmer splits:
 * "succeed" and "succeeds" give "succe", "succeeded" and "succeeding" give "succeed".
 */
function matchingForms(word: string): string[] {
  const base = canonical(word);
  if (!word.endsWith("eed")) return [base];
  const past = canonical(`${word}ed`);
  return past === base ? [base] : [base, past];
}

function isPastOfAnotherVerb(word: string): boolean {
  const verb = Object.hasOwn(IRREGULAR_PAST, word) ? IRREGULAR_PAST[word] : undefined;
  return verb !== undefined && verb !== word;
}
