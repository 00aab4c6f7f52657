// How a phrase stands in its sentence, for the general answerer (answerFactoid.ts): the noun
// asked about next to it, a cue before it ("by X", "according to X", "in X"), the question's
// words in its stretch of the sentence, a name that only qualifies the next one, and what kind
// of thing the words around it say it is.

import { canonical } from "../../analysis/text.ts";
import { relatedForms } from "../../analysis/relatedWords.ts";
import { EXAMPLE_CUES, KIND_NOUN_FAMILIES, LOCATIVE_PREPOSITIONS, MONTHS, MOTION_VERBS, ORGANISATION_DESCRIPTIONS, PERSON_DESCRIPTIONS, ROLE_HEADS, WEEKDAYS } from "../../analysis/lexicon.ts";
import { PLACE_HEADS, PLACE_NAMES } from "../../analysis/places.ts";
import { tuning } from "../../tuning.ts";
import { PUNCT, textOf, type Span, type Token } from "./answerSpans.ts";
import { singular, type ExpectedAnswer } from "./expectedAnswer.ts";

const w = tuning.factoid;
const LOCATIVE = LOCATIVE_PREPOSITIONS;

/** Whether a name stands before a describing noun and another name: "US" in "US team Cloud9". */
export function qualifiesNextName(tokens: Token[], span: Span): boolean {
  const noun = tokens[span.to];
  const next = tokens[span.to + 1];
  return !!noun && !!next && /^\p{Ll}/u.test(noun.text) && DESCRIBING_NOUNS.has(noun.lower) && /^\p{Lu}/u.test(next.text);
}

/** Nouns that describe a person, an organisation or a kind of thing before its name ("team Cloud9", "author Jane Doe"). */
const DESCRIBING_NOUNS = new Set([...ROLE_HEADS, ...PERSON_DESCRIPTIONS, ...ORGANISATION_DESCRIPTIONS, ...KIND_NOUN_FAMILIES.flat()]);

/** The stretch of the sentence between commas, semicolons or brackets around a span. */
function segmentOf(tokens: Token[], span: Span): [number, number] {
  let a = span.from;
  while (a > 0 && !SEGMENT_END.test(tokens[a - 1]!.text)) a--;
  let b = span.to;
  while (b < tokens.length && !SEGMENT_END.test(tokens[b]!.text)) b++;
  return [a, b];
}
const SEGMENT_END = /^[,;()]$/;

/** The question's words in the span's stretch of the sentence, outside it: how many, and the nearest's distance (10 when none). */
export function segmentAlignment(tokens: Token[], aligned: boolean[], span: Span): { anchors: number; distance: number } {
  const [a, b] = segmentOf(tokens, span);
  let anchors = 0;
  let distance = 10;
  for (let i = a; i < b; i++) {
    if (!aligned[i] || (i >= span.from && i < span.to)) continue;
    anchors++;
    distance = Math.min(distance, i < span.from ? span.from - i : i - span.to + 1);
  }
  return { anchors, distance };
}

/**
 * A name with an "of" phrase the question already gives is the name before it: "Which Duran
 * Duran musician …?" is answered by "Nick Rhodes", not "Nick Rhodes of Duran Duran".
 */
export function withoutAskedTail(text: string, tokens: Token[], span: Span, termOf: string[][], questionTerms: Set<string>): Span {
  for (let k = span.from + 1; k < span.to - 1; k++) {
    if (tokens[k]!.lower !== "of") continue;
    const tail = termOf.slice(k + 1, span.to).flat();
    if (tail.length > 0 && tail.every((t) => questionTerms.has(t))) return { ...span, to: k, text: textOf(text, tokens, span.from, k) };
  }
  return span;
}

/**
 * "Which country did Alberto Laso represent?" of "Alberto Laso of Spain": a name whose part
 * before "of" is the question's own names the rest, which may answer. Null when the part before
 * "of" is not wholly the question's, or nothing of the question's is left after it.
 */
export function askedNameTail(text: string, tokens: Token[], span: Span, termOf: string[][], questionTerms: Set<string>): Span | null {
  for (let k = span.from + 1; k < span.to - 1; k++) {
    if (tokens[k]!.lower !== "of") continue;
    const head = termOf.slice(span.from, k).flat();
    const from = tokens[k + 1]!.lower === "the" ? k + 2 : k + 1;
    const tail = termOf.slice(from, span.to).flat();
    // Half the words before "of" will do: a surname the question spells otherwise ("Laso") is still the same person.
    const asked = head.filter((t) => questionTerms.has(t)).length;
    if (from >= span.to || asked === 0 || asked * 2 < head.length || tail.some((t) => questionTerms.has(t))) return null;
    const name = textOf(text, tokens, from, span.to);
    return { text: name, from, to: span.to, kind: PLACE_NAMES.has(name.toLowerCase()) ? "place" : "name", source: "asked-of" };
  }
  return null;
}

/** Dates and times are answers to "when", never to who / what / where. */
export const TIME_WORDS = new Set(
  [...MONTHS, ...WEEKDAYS, "yesterday", "today", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day", "decade", "century"].map(canonical),
);

/** Where the word before a phrase stands, looking past "the town of" / "the city of". */
function indexBefore(tokens: Token[], span: Span): number {
  let i = span.from - 1;
  if (tokens[i]?.lower === "of" && PLACE_HEADS.has(tokens[i - 1]?.lower ?? "")) i -= tokens[i - 2]?.lower === "the" ? 3 : 2;
  if (tokens[i]?.lower === "the") i--;
  return i;
}

/** The word before a phrase, looking past "the town of" / "the city of". */
function wordBefore(tokens: Token[], span: Span): string {
  return tokens[indexBefore(tokens, span)]?.lower ?? "";
}

const MOTION = new RegExp(`^(?:${MOTION_VERBS.join("|")})$`);
/** Words before "to" that may be a verb of moving: "sent the troops to X". */
const MOTION_REACH = 4;

/**
 * Whether the phrase stands after a preposition of place, as a where-answer must: "to X" only after
 * a verb of moving ("flew to X", never "according to X" or "made it clear to X").
 */
function placedAfterPreposition(tokens: Token[], span: Span): boolean {
  const at = indexBefore(tokens, span);
  const before = tokens[at]?.lower ?? "";
  if (!LOCATIVE.has(before)) return false;
  if (before === "to" && !tokens.slice(Math.max(0, at - MOTION_REACH), at).some((t) => MOTION.test(t.lower))) return false;
  return true;
}

/** A name's kind as the sentence shows it: "in Christchurch" is a place, "by X" an agent. */
export function refineKind(span: Span, tokens: Token[], expected: ExpectedAnswer): Span["kind"] {
  if (expected.type !== "place" || (span.kind !== "name" && span.kind !== "phrase")) return span.kind;
  return placedAfterPreposition(tokens, span) ? "place" : span.kind;
}

/** The noun the question asks about ("which news agency") in or right next to the phrase. */
export function headMatch(head: string, tokens: Token[], span: Span): number {
  // "Prize-winner" holds "prize": the parts of a hyphenated word count too.
  const kin = kindOf(head);
  const is = (t: Token | undefined) => !!t && t.lower.split("-").some((p) => isAskedNoun(head, p) || kin.has(singular(p)));
  for (let i = span.from; i < span.to; i++) if (is(tokens[i])) return 1;
  // "the ancient gods, such as Zeus, Hera …", "religions like Wicca": examples of the noun asked about.
  const cue = exampleCueBefore(tokens, span.from);
  if (cue >= 0) for (let i = cue - 1; i >= Math.max(0, cue - 3); i--) if (is(tokens[i])) return 1;
  // Before the phrase, in its own part of the sentence: right before a name, the noun is its
  // title ("musician Nick Rhodes"); a noun across a comma or a semicolon describes another phrase.
  for (let i = span.from - 1; i >= Math.max(0, span.from - 3); i--) {
    // "the album, No Need to Argue,": a name in apposition right after the noun is named by it.
    if (i === span.from - 1 && tokens[i]!.text === "," && span.kind !== "phrase" && is(tokens[i - 1])) return 1;
    if (PUNCT.test(tokens[i]!.text)) break;
    // "the island nation of the Seychelles": the noun's "of" names it as much as a title does.
    if (is(tokens[i])) return span.kind !== "phrase" && (i === span.from - 1 || namesByOf(tokens, i + 1, span.from)) ? 1 : w.headNearby;
  }
  if (span.kind !== "phrase" && namedByOpeningNoun(tokens, span, is)) return 1;
  // After it: "Nick Rhodes, the musician"; not past a semicolon or a second comma.
  for (let i = span.to; i < Math.min(tokens.length, span.to + 3); i++) {
    if (PUNCT.test(tokens[i]!.text) && (i > span.to || tokens[i]!.text !== ",")) break;
    if (is(tokens[i])) return w.headNearby;
  }
  return 0;
}

/** Whether the tokens from `from` to `to` are only "of" or "of the": "nation | of the | Seychelles". */
function namesByOf(tokens: Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to).map((t) => t.lower).join(" ");
  return between === "of" || between === "of the";
}

/**
 * "The organization I founded ten years ago, Orphans International Worldwide, has …": a name set
 * off by commas after a part of the sentence that opens with the noun asked about is that noun's
 * name. The name must close its apposition (a comma or the sentence's end), so "The company
 * grew, Ann Roe said" names no company.
 */
function namedByOpeningNoun(tokens: Token[], span: Span, is: (t: Token | undefined) => boolean): boolean {
  if (tokens[span.from - 1]?.text !== ",") return false;
  const after = tokens[span.to]?.text;
  if (after !== undefined && after !== "," && after !== ".") return false;
  let start = span.from - 1;
  while (start > 0 && !PUNCT.test(tokens[start - 1]!.text)) start--;
  const opening = tokens.slice(start, span.from - 1);
  if (opening.length < 2 || !DETERMINERS.has(opening[0]!.lower)) return false;
  return opening.slice(1, 3).some((t) => is(t));
}

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "our", "my", "their", "his", "her", "its"]);

/** Where "such as", "like", "including" … stands right before a phrase (past a comma), or -1. */
function exampleCueBefore(tokens: Token[], from: number): number {
  const one = tokens[from - 1]?.lower ?? "";
  const two = `${tokens[from - 2]?.lower ?? ""} ${one}`;
  const at = two === "such as" ? from - 2 : EXAMPLE_CUES.has(one) ? from - 1 : -1;
  if (at < 0) return -1;
  return tokens[at - 1]?.text === "," ? at - 1 : at;
}

const FAMILY_OF = new Map<string, Set<string>>();
for (const group of KIND_NOUN_FAMILIES) for (const noun of group) FAMILY_OF.set(noun, new Set([...(FAMILY_OF.get(noun) ?? []), ...group]));

/**
 * Whether a word of the sentence is the noun asked about, in its own or a related word
 * ("portion" for "which part", "segment" for "which section"): the answer names it its own way.
 */
export function isAskedNoun(head: string, word: string): boolean {
  if (word === head || word === `${head}s`) return true;
  const form = canonical(word);
  const asked = canonical(head);
  return form === asked || relatedForms(asked).has(form);
}

/** The nouns that name the same kind of thing as the question's noun ("channel": television, network…). */
function kindOf(head: string): Set<string> {
  return FAMILY_OF.get(head) ?? new Set();
}

/** Words that introduce an answer of the kind asked: "by X" for who did it, "according to X" for a source. */
export function cueBonus(expected: ExpectedAnswer, tokens: Token[], span: Span): number {
  const before = wordBefore(tokens, span);
  const before2 = tokens[span.from - 2]?.lower ?? "";
  if ((expected.type === "agent" || expected.type === "person" || expected.type === "organisation") && before === "by") return w.byAgent;
  if ((expected.type === "agent" || expected.type === "organisation") && before === "to" && before2 === "according") return w.according;
  if (expected.type === "place" && placedAfterPreposition(tokens, span)) return w.locative;
  return 0;
}

/** Marks that end the stretch a phrase's apposition may fill. */
const APPOSITION_END = /^[;:.()!?“”"]$/;
/** Lowercase words an apposed name may carry before it: its description ("retired attorney", "fashion designer"). */
const DESCRIPTION_WORD = /^\p{Ll}[\p{L}-]*$/u;

/**
 * "credited to two people, retired attorney Ann Roe of Leeds and fashion designer Bo Lind": the
 * names in apposition after a phrase that names people by what they are say who they are. The
 * stretch after the comma, up to the end of its last name, when it holds only names, their
 * descriptions and "and"; otherwise null.
 */
export function appositiveNames(text: string, tokens: Token[], span: Span, names: Span[]): Span | null {
  if (tokens[span.to]?.text !== ",") return null;
  const from = span.to + 1;
  let end = -1;
  let k = from;
  while (k < tokens.length && !APPOSITION_END.test(tokens[k]!.text)) {
    const name = names.find((n) => n.from === k);
    if (name) {
      end = name.to;
      k = name.to;
      continue;
    }
    const t = tokens[k]!;
    if (t.text === "," || t.lower === "and") {
      k++;
      continue;
    }
    // Lowercase words only as a name's description, right before it: "…, Varga said" ends the names.
    let d = k;
    while (d < tokens.length && d - k < 3 && DESCRIPTION_WORD.test(tokens[d]!.text)) d++;
    if (d > k && names.some((n) => n.from === d)) {
      k = d;
      continue;
    }
    break;
  }
  // Nothing but names may follow the last one: "two people, Ann Roe and Bo Lind, who …" ends there too.
  if (end < 0 || !(k >= tokens.length || APPOSITION_END.test(tokens[k]!.text) || tokens[k - 1]?.text === ",")) return null;
  return { text: textOf(text, tokens, from, end), from, to: end, kind: "person", source: "apposed" };
}
