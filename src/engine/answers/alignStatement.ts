import { ownEntry } from "../../analysis/ownEntry.ts";
import {
  ABILITY_HEDGES,
  ALIGNMENT_SYNONYMS,
  BELIEF_VERBS,
  CONDITION_WORDS,
  DENIAL_VERBS,
  FORMER_WORDS,
  FUTURE_WORDS,
  HEDGE_PHRASES,
  HEDGE_WORDS,
  RESTRICTION_WORDS,
  IRREGULAR_PAST,
  LATER_ORDINALS,
  MISTAKE_WORDS,
  NEAR_MISS_WORDS,
  LATIN_NEGATING_PREFIX,
  NEGATED_ADJECTIVE_ENDING,
  NEGATING_PREFIX,
  NEGATION_PHRASES,
  NEGATION_WORDS,
  NEGATIVE_OBJECTS,
  NOT_NEGATIONS,
  NOT_PREFIX_NEGATIONS,
  NUMBER_WORDS,
  OPPOSITES,
  PART_WORDS,
  PREVENTION_VERBS,
  SCHEDULED_VERBS,
  STOPWORDS,
  SUPERLATIVES,
  UNREALISED_VERBS,
} from "../../analysis/lexicon.ts";
import { canonical, foldTypography, words } from "../../analysis/text.ts";
import type { IndexedSentence } from "../../index/knowledgeIndex.ts";

// How a sentence lines up with a statement a question asks about ("Did the South shoot back?"),
// word by word, clause by clause, and whether the clause that says it negates it.

/** One word of a clause: its matching form, whether a negation stands before it in its clause. */
export interface ClauseToken {
  raw: string;
  form: string;
  negated: boolean;
  /** Said to have come close only ("almost complete", "nearly died"). */
  nearMiss: boolean;
  /** After a verb whose "to …" is not done ("promised to rebuild", "was advised to send"), or is only fixed to come ("set to take place"). */
  unrealised: false | "intended" | "scheduled";
  /** The form of the word its prefix makes opposite ("uncrowded" → the form of "crowded"). */
  unprefixed?: string;
  /** Said to hold no longer ("former Scientologist"). */
  former: boolean;
  /** A superlative after a later place in a series ("second" of "the second largest"): it is not the most. */
  ranked?: string;
  /** Negated only as what a mistaken belief held ("it resembled a bomb" after "mistakenly thought"): the believing itself is told. */
  mistaken?: boolean;
  /** After a hedge in its clause: possible or owed ("may strike"), or to come ("will rebuild"); not said to be so. */
  hedged: "possible" | "future" | null;
}

export interface Clause {
  tokens: ClauseToken[];
  /** The clause is a condition ("if", "unless"): it leaves all it says open. */
  hedged: boolean;
  /** The clause restricts what it says ("only 10 per cent"). */
  restricted: boolean;
  /** The clause counts out part of something ("two of the five hostages"). */
  partial: boolean;
  /** Text of the clause as written, for finding names ("the South"). */
  text: string;
}

/** A clause of a run of sentences, with the sentence it belongs to. */
export type RunClause = Clause & { sentence: IndexedSentence };

const PHRASES: Array<{ re: RegExp; head: string }> = [];
const SINGLE = new Map<string, string>();
for (const group of ALIGNMENT_SYNONYMS) {
  const head = group[0]!;
  for (const w of group) {
    if (w.includes(" ")) PHRASES.push({ re: new RegExp(`\\b${w}\\b`, "gi"), head });
    else SINGLE.set(w, head);
  }
}
// Longer phrases first, so "returned fire" is read before any shorter phrase inside it.
PHRASES.sort((a, b) => b.re.source.length - a.re.source.length);

/** Text with contractions spelt out and multi-word synonyms made one word; capitals kept ("U.S." is not "us"). */
export function normalise(text: string): string {
  let t = foldTypography(text)
    // "re-elected" is one word ("reelected"), not "re" and "elected".
    .replace(/\bre-(?=[a-z])/gi, "re")
    .replace(/\bwon't\b/gi, "will not")
    .replace(/\bcan't\b|\bcannot\b/gi, "can not")
    .replace(/n't\b/gi, " not");
  for (const p of PHRASES) t = t.replace(p.re, p.head);
  return t;
}

/** The form two words share when they mean the same: irregular verbs, synonyms, then the canonical form. */
export function formOf(word: string): string {
  // A number word is itself: the stemmer makes "one" the "on" of "on Monday".
  if (Object.hasOwn(NUMBER_WORDS, word)) return word;
  const w = ownEntry(IRREGULAR_PAST, word) ?? word;
  return canonical(SINGLE.get(w) ?? w);
}

const OPPOSITE_FORMS = OPPOSITES.map(([one, other]) => [new Set(one.map(formOf)), new Set(other.map(formOf))] as const);

/** Whether two forms say opposite things ("grow" against "decrease", "include" against "exclude"). */
export function opposite(a: string, b: string): boolean {
  return OPPOSITE_FORMS.some(([one, other]) => (one.has(a) && other.has(b)) || (other.has(a) && one.has(b)));
}

/** Whether a form has an opposite at all (most words have none, and need not be compared for one). */
export function hasOpposite(a: string): boolean {
  return OPPOSITE_FORMS.some(([one, other]) => one.has(a) || other.has(a));
}

/** Whether two forms match: the same, or (for words) the same first five letters ("requirement", "requiring"). */
export function sameForm(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  // A follower is not the belief: "scientologist" is not "scientology", "journalist" not "journalism".
  if (DOER.test(a) !== DOER.test(b)) return false;
  for (let i = 0; i < 5; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return !/\d/.test(a);
}

// Not "yet": "not yet peer-reviewed" is one clause, and ", yet" breaks at its comma.
/** The form of a person who follows or practises something ("scientologist", "journalists"). */
const DOER = /ists?$/;

const CLAUSE_BREAK = /[,;:()\u2013\u2014"“”]|\s-\s|\b(?:but|although|though|whereas|while|whilst)\b/i;

const clauseCache = new Map<string, Clause[]>();

/** The clauses of a sentence, each with its words and where negations stand (remembered: sentences recur across questions). */
export function clausesOf(text: string): Clause[] {
  let known = clauseCache.get(text);
  if (!known) {
    known = readClauses(text);
    if (clauseCache.size >= 20_000) clauseCache.clear();
    clauseCache.set(text, known);
  }
  return known;
}

function readClauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const part of normalise(text).split(CLAUSE_BREAK)) {
    const raw = words(part);
    if (raw.length === 0) continue;
    const tokens: ClauseToken[] = [];
    let negated = false;
    let hedged = false;
    let hedging: ClauseToken["hedged"] = null;
    let restricted = false;
    let unrealised: ClauseToken["unrealised"] = false;
    // How many words ahead "almost" / "nearly" still reaches, and "former".
    let nearMiss = 0;
    let former = 0;
    // After "mistakenly", until its verb: a verb of believing opens what the mistake denies.
    let mistake = false;
    let mistaken = false;
    for (let i = 0; i < raw.length; i++) {
      const rest = raw.slice(i).join(" ");
      const neutral = NOT_NEGATIONS.find((p) => rest === p || rest.startsWith(`${p} `));
      const negation = NEGATION_PHRASES.find((p) => rest === p || rest.startsWith(`${p} `));
      const phrase = neutral ?? negation;
      if (phrase) {
        if (negation && !neutral) negated = true;
        const n = phrase.split(" ").length;
        for (let k = 0; k < n; k++) tokens.push({ raw: raw[i + k]!, form: formOf(raw[i + k]!), negated, nearMiss: false, unrealised, former: false, hedged: hedging });
        i += n - 1;
        nearMiss = 0;
        continue;
      }
      const w = raw[i]!;
      // "allegedly aided the rebels and were wounded", "was not charged and was released": a verb
      // coordinated with its own finite auxiliary is said for itself, out of the reach of the
      // hedge, negation or plan before it ("was not arrested and charged" shares its negation).
      if (w === "and" && FINITE_AUXILIARIES.has(raw[i + 1] ?? "") && tokens.length > 0) (negated = false), (hedging = null), (unrealised = false), (mistaken = false);
      if (HEDGE_PHRASES.some((p) => rest.startsWith(`${p} `))) hedging = "possible";
      if (NEGATION_WORDS.has(w)) (negated = true), (mistaken = false);
      if (CONDITION_WORDS.has(w)) hedged = true;
      // "neither side could score", "could not reach": a negated ability denies, it does not hedge.
      if (HEDGE_WORDS.has(w) && !(ABILITY_HEDGES.has(w) && (negated || raw[i + 1] === "not"))) hedging = hedging === "possible" || !FUTURE_WORDS.has(w) ? "possible" : "future";
      if (RESTRICTION_WORDS.has(w)) restricted = true;
      const near = nearMiss > 0 && !isNumber(w);
      const ranked = SUPERLATIVES.has(w) && LATER_ORDINALS.includes(raw[i - 1] ?? "") ? raw[i - 1] : undefined;
      tokens.push({ raw: w, form: formOf(w), negated, nearMiss: near, unrealised, unprefixed: unprefixed(w), former: former > 0, hedged: hedging, ...(mistaken ? { mistaken } : {}), ...(ranked ? { ranked } : {}) });
      if (mistake && BELIEF_VERBS.has(w) && !negated) (negated = true), (mistaken = true);
      if (!STOPWORDS.has(w)) mistake = MISTAKE_WORDS.has(w);
      // "former Australian diplomat": the two words after it.
      former = FORMER_WORDS.has(w) ? FORMER_REACH : Math.max(0, former - 1);
      // "almost completely destroyed": an adverb passes the near miss on to its word.
      nearMiss = NEAR_MISS_WORDS.has(w) ? 1 : near && w.endsWith("ly") ? 1 : 0;
      if ((UNREALISED_VERBS.has(w) && raw[i + 1] === "to") || DENIAL_VERBS.has(w) || PREVENTION_VERBS.has(w)) unrealised = laterUnrealised(unrealised, w);
      // "found none": the verb right before a negative object is denied.
      if (NEGATIVE_OBJECTS.has(w) && tokens.length > 1) tokens[tokens.length - 2]!.negated = true;
    }
    const partial = raw.some((w, i) => raw[i + 1] === "of" && (PART_WORDS.has(w) || isNumber(w)));
    out.push({ tokens, hedged, restricted, partial, text: part });
  }
  return out;
}

/** What a clause's words after a verb of planning are: once intended ("promised to"), intended; else fixed to come when the verb schedules ("set to"). */
function laterUnrealised(now: ClauseToken["unrealised"], verb: string): ClauseToken["unrealised"] {
  return now !== "intended" && SCHEDULED_VERBS.has(verb) ? "scheduled" : "intended";
}

/** Auxiliaries that carry their own tense: after "and", they open a verb phrase of its own. */
const FINITE_AUXILIARIES = new Set("was were is are has have had did does do".split(" "));

/** How many words after "former" it reaches ("former Australian diplomat"). */
const FORMER_REACH = 2;

function isNumber(w: string): boolean {
  return /\d/.test(w) || Object.hasOwn(NUMBER_WORDS, w);
}

/** The form of the word an "un-" word negates ("unharmed" → harm), or an "il-", "im-", "in-", "ir-" adjective ("illegal" → legal), when it is one. */
function unprefixed(w: string): string | undefined {
  if (w.startsWith(NEGATING_PREFIX)) {
    if (w.length < NEGATING_PREFIX.length + 4 || NOT_PREFIX_NEGATIONS.has(w)) return undefined;
    return formOf(w.slice(NEGATING_PREFIX.length));
  }
  const prefix = LATIN_NEGATING_PREFIX.exec(w)?.[0];
  const rest = prefix ? w.slice(prefix.length) : "";
  return rest.length >= LATIN_NEGATED_LENGTH && NEGATED_ADJECTIVE_ENDING.test(rest) ? formOf(rest) : undefined;
}

/** The shortest adjective an "il-", "im-", "in-", "ir-" word is read as negating ("legal", "valid"; not "sane" of "insane", too close to other words). */
const LATIN_NEGATED_LENGTH = 5;
