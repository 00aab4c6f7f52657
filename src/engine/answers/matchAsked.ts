// Where a sentence says a word a yes/no question asks: the word, one of its forms, a related word, its opposite,
// or a name by its entity; and whether a clause says a noun as one named before ("the ban").
import type { IndexedSentence } from "../../index/knowledgeIndex.ts";
import { CLAUSE_RELATIVE_PRONOUNS } from "../../analysis/lexicon.ts";
import { areRelated } from "../../analysis/relatedWords.ts";
import { isNarrower, sharesSense } from "../../analysis/narrowerWords.ts";
import { canonical } from "../../analysis/text.ts";
import { hasOpposite, opposite, sameForm, type Clause, type ClauseToken } from "./alignStatement.ts";
import type { Asked } from "./markAskedWords.ts";

/** Where an asked word stands in a run's clauses (clause -1: said without a word of it, as a name's entity), and whether as its opposite. */
export interface Match {
  clause: number;
  token: number;
  opposite: boolean;
  /** The question asks the word negated ("unable to move"): the sentence's negation then affirms. */
  negatedAsked?: boolean;
  /** A word (not a name) the sentence may say more than once: it may be read where the other asked words stand. */
  movable?: boolean;
  /** The forms of the asked word matched, and of the asked word it stands before, to look for its opposite before that word in another clause. */
  forms?: string[];
  precedes?: string;
}

/** Where a sentence says one of a word's forms (most words have one; "take … to" has every verb that takes someone somewhere). */
export function matchWords(forms: string[], clauses: Clause[], optional: boolean, asked: (form: string) => boolean = () => false): Match | null {
  let found: Match | null = null;
  for (const form of forms) {
    const m = matchWord(form, clauses, optional, asked);
    if (m && !m.opposite) return m;
    found ??= m;
  }
  return found;
}

/**
 * Where a sentence says a word: the first place it is told as done, else the first place at all,
 * else its opposite. An optional word (the verb of saying) is matched where it is not negated
 * when it is anywhere: only a sentence that says it solely negated ("not mentioned") denies with it.
 */
function matchWord(form: string, clauses: Clause[], optional: boolean, asked: (form: string) => boolean): Match | null {
  let flipped: Match | null = null;
  let planned: Match | null = null;
  let related: Match | null = null;
  const flips = hasOpposite(form);
  for (let c = 0; c < clauses.length; c++) {
    const tokens = clauses[c]!.tokens;
    for (let t = 0; t < tokens.length; t++) {
      if (sameForm(tokens[t]!.form, form)) {
        if (!tokens[t]!.unrealised && !(optional && tokens[t]!.negated)) return { clause: c, token: t, opposite: false };
        planned ??= { clause: c, token: t, opposite: false };
      } else if (!related && !tokens[t]!.unrealised && !(optional && tokens[t]!.negated) && tellsRelated(form, tokens[t]!) && !describesAnother(clauses, c, t, asked)) {
        related = { clause: c, token: t, opposite: false };
      }
      if (!flipped && ((flips && opposite(form, tokens[t]!.form)) || tokens[t]!.unprefixed === form)) flipped = { clause: c, token: t, opposite: true };
    }
  }
  // The word itself, even only planned, before a word of its meaning ("hazard" for "danger", "fined" for "penalized"), before its opposite.
  return planned ?? related ?? flipped;
}

/**
 * Whether a sentence's word tells the asked one through a word of its meaning: a related word
 * ("hazard" for "danger"), one sharing a common sense ("equalled" for "matched"), or a narrower word
 * where it is affirmed ("fined" for "penalized"; "not fined" leaves "penalized" unsaid). The word's
 * own spelling is tried too, where a synonym group gave it another matching form ("observed" reads
 * "watch").
 */
function tellsRelated(form: string, token: ClauseToken): boolean {
  if (areRelated(form, token.form)) return true;
  const own = canonical(token.raw);
  if (sharesSense(form, token.form) || sharesSense(form, own)) return true;
  return !token.negated && !token.nearMiss && (isNarrower(form, token.form) || isNarrower(form, own));
}

/**
 * Whether the word at (c, t) stands in a relative clause about a noun the question does not ask
 * ("deployed devices, which make noise painful to the ear"): a word only related to the asked one
 * there describes that other thing, not the statement ("Was anyone hurt?"). The noun is the word
 * right before the pronoun, or the last word of the clause before when the pronoun opens its clause.
 */
function describesAnother(clauses: Clause[], c: number, t: number, asked: (form: string) => boolean): boolean {
  const tokens = clauses[c]!.tokens;
  for (let p = t - 1; p >= 0; p--) {
    if (!CLAUSE_RELATIVE_PRONOUNS.has(tokens[p]!.raw)) continue;
    const noun = p > 0 ? tokens[p - 1] : clauses[c - 1]?.tokens.at(-1);
    return noun === undefined || !asked(noun.form);
  }
  return false;
}

/**
 * A name is said when the sentence names its entity (by surname or coreference), holds all its
 * words, or uses the short form news writes with the article ("the South" for "South Korea").
 */
export function matchName(a: Asked, clauses: Array<Clause & { sentence: IndexedSentence }>): Match | null {
  const locate = (pred: (c: Clause & { sentence: IndexedSentence }) => number): Match | null => {
    for (let c = 0; c < clauses.length; c++) {
      const t = pred(clauses[c]!);
      if (t >= 0) return { clause: c, token: t, opposite: false };
    }
    return null;
  };
  const all = locate((c) => (a.forms.length && a.forms.every((f) => c.tokens.some((t) => t.form === f)) ? c.tokens.findIndex((t) => t.form === a.forms[0]) : -1));
  if (all) return all;
  const entityIn = (s: IndexedSentence) => (a.entity && s.entities.includes(a.entity.id)) || (a.raw.length === 1 && s.entities.some((id) => nameWords(id).includes(a.raw[0]!)));
  const named = locate((c) => (entityIn(c.sentence) ? c.tokens.findIndex((t) => a.raw.includes(t.raw)) : -1));
  if (named) return named;
  if (clauses.some((c) => entityIn(c.sentence))) return { clause: -1, token: -1, opposite: false };
  if (a.shortForm) {
    const first = a.raw[0]!;
    return locate((c) => (a.shortForm!.test(c.text) ? c.tokens.findIndex((t) => t.raw === first) : -1));
  }
  return null;
}

const nameWordCache = new Map<string, string[]>();

/** The words of an entity's name ("ahmed mohamed" → ahmed, mohamed), so "Ahmed" finds the sentence naming Mohamed. */
function nameWords(id: string): string[] {
  let known = nameWordCache.get(id);
  if (!known) {
    known = id.split(/[\s-]+/);
    if (nameWordCache.size >= 50_000) nameWordCache.clear();
    nameWordCache.set(id, known);
  }
  return known;
}

/** Whether a clause says the noun as one named before: "the" (or "this", "that") right before it. */
export function saysDefinite(c: Clause, noun: string): boolean {
  return c.tokens.some((t, i) => i > 0 && sameForm(t.form, noun) && /^(the|this|that)$/.test(c.tokens[i - 1]!.raw));
}
