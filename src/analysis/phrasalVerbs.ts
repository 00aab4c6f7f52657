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

/** A phrasal verb's pattern and the word it is read as. */
export type PhrasalRewrite = readonly [pattern: RegExp, word: string];

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
  return [new RegExp(`\\b(?:${forms.join("|")})\\s+${rest.join("\\s+")}\\b${after}`, "g"), pastForm(verb)];
}

/** The hand-written rewrites (they carry their own exceptions), and one pattern that finds any of them. */
const HANDWRITTEN: ReadonlyArray<PhrasalRewrite> = PHRASAL_VERBS;
const ANY_HANDWRITTEN = new RegExp(PHRASAL_VERBS.map(([re]) => re.source).join("|"));

/**
 * The table's rewrites by the two words they start with ("went" → "up" → the "go up" rewrite):
 * a sentence's words are looked up pair by pair, so most sentences cost a few map lookups, not a
 * scan of one long pattern (which made reading every sentence a fifth slower).
 */
const BY_PAIR = new Map<string, Map<string, PhrasalRewrite[]>>();
for (const meaning of PHRASAL_VERB_MEANINGS) {
  const rewrite = phrasalRewrite(meaning);
  const second = meaning[0].split(" ")[1]!;
  for (const form of verbForms(meaning[0].split(" ")[0]!)) {
    let seconds = BY_PAIR.get(form);
    if (!seconds) BY_PAIR.set(form, (seconds = new Map()));
    seconds.set(second, [...(seconds.get(second) ?? []), rewrite]);
  }
}

/** Lowercase text with the hand-written phrasal verbs read as their one word. */
export function rewriteHandwritten(text: string): string {
  if (!ANY_HANDWRITTEN.test(text)) return text;
  let out = text;
  for (const [pattern, word] of HANDWRITTEN) out = out.replace(pattern, word);
  return out;
}

/** The table's rewrites whose first two words stand together among a text's words, or null when none does. */
export function tableRewritesFor(tokens: readonly string[]): PhrasalRewrite[] | null {
  let found: PhrasalRewrite[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const hits = BY_PAIR.get(tokens[i]!)?.get(tokens[i + 1]!);
    if (hits) for (const h of hits) if (!found?.includes(h)) (found ??= []).push(h);
  }
  return found;
}
