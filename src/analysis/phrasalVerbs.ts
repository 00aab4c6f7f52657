// Phrasal verbs as patterns: the hand-written PHRASAL_VERBS, then PHRASAL_VERB_MEANINGS with every
// form of their first verb ("go up", "goes up", "went up", "gone up", "going up" all read "rose").
import { IRREGULAR_PAST, PHRASAL_VERB_MEANINGS, PHRASAL_VERBS, UNCHANGED_PAST_VERBS, type PhrasalMeaning } from "./lexicon.ts";

const VOWEL = "aeiou";

/** One syllable ending consonant-vowel-consonant doubles its last letter: "step" → "stepped", "run" → "running". */
function doublesLast(verb: string): boolean {
  const [a, b, c] = verb.slice(-3);
  const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && c !== undefined && !VOWEL.includes(a!) && VOWEL.includes(b!) && !"aeiouwxy".includes(c);
}

/**
 * Irregular past and participle forms of a verb, as IRREGULAR_PAST lists them (past first), with
 * the regular past when only a participle is irregular ("showed", "shown").
 */
function pastForms(verb: string): string[] {
  if (UNCHANGED_PAST_VERBS.has(verb)) return [verb];
  const irregular = Object.keys(IRREGULAR_PAST).filter((form) => IRREGULAR_PAST[form] === verb);
  const onlyParticiple = irregular.length === 1 && /(?:en|wn)$/.test(irregular[0]!);
  return onlyParticiple || irregular.length === 0 ? [regularPast(verb), ...irregular] : irregular;
}

/** The regular past: "rejected", "closed", "intensified", "stopped". */
function regularPast(verb: string): string {
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (doublesLast(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/** The past tense of a verb: "rise" → "rose", "set" → "set", "close" → "closed". */
export function pastForm(verb: string): string {
  return pastForms(verb)[0]!;
}

/** Every form of a verb: base, third person, past, participle and -ing ("go", "goes", "went", "gone", "going"). */
export function verbForms(verb: string): string[] {
  const third = /(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const ing = verb.endsWith("ie")
    ? `${verb.slice(0, -2)}ying`
    : /[^eoy]e$/.test(verb)
      ? `${verb.slice(0, -1)}ing`
      : doublesLast(verb)
        ? `${verb}${verb.slice(-1)}ing`
        : `${verb}ing`;
  return [...new Set([verb, third, ...pastForms(verb), ing])];
}

const alternation = (words: string) => words.trim().split(/\s+/).join("|");

/**
 * A phrasal verb's pattern, the word it is read as, and a piece of text any match contains (its
 * second word), so a sentence without that text is passed by without a scan.
 */
export type PhrasalRewrite = readonly [pattern: RegExp, word: string, needs?: string];

/** The pattern and the word it is read as, for one phrasal verb of PHRASAL_VERB_MEANINGS. */
export function phrasalRewrite([phrase, verb, context]: PhrasalMeaning): PhrasalRewrite {
  const [first, ...rest] = phrase.split(" ");
  const skipped = new Set(context?.notForms?.split(" "));
  const forms = verbForms(first!).filter((f) => !skipped.has(f));
  const after = context?.notBefore
    ? `(?!\\s+(?:${alternation(context.notBefore)})\\b)`
    : context?.onlyBefore
      ? `(?=\\s+${context.onlyBefore.trim().split(/\s+/).join("\\s+")}\\b)`
      : "";
  return [new RegExp(`\\b(?:${forms.join("|")})\\s+${rest.join("\\s+")}\\b${after}`, "g"), pastForm(verb), rest[0]];
}

/** Every phrasal-verb rewrite, the hand-written ones first (they carry their own exceptions). */
export const PHRASAL_REWRITES: ReadonlyArray<PhrasalRewrite> = [...PHRASAL_VERBS, ...PHRASAL_VERB_MEANINGS.map(phrasalRewrite)];

/**
 * One pattern that finds any phrasal verb a rewrite could read, so most sentences are passed by
 * after one scan. The table's verbs are one alternation of first words then second words (a few
 * pairs it finds are in no entry, which only costs the full check); a pattern per entry made
 * the scan a third slower.
 */
export const ANY_PHRASAL = new RegExp(
  [
    ...PHRASAL_VERBS.map(([re]) => re.source),
    `\\b(?:${[...new Set(PHRASAL_VERB_MEANINGS.flatMap(([phrase]) => verbForms(phrase.split(" ")[0]!)))].join("|")})\\s+(?:${[...new Set(PHRASAL_VERB_MEANINGS.map(([phrase]) => phrase.split(" ")[1]!))].join("|")})\\b`,
  ].join("|"),
);
