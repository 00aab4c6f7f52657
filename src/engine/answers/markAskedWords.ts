// Marks on the words a yes/no question asks (readYesNo.ts): which are core and which a
// circumstance, which are negated, modify another, or were reported as said.
import { IRREGULAR_PAST, NOT_NEGATIONS, QUESTION_NEGATIONS } from "../../analysis/lexicon.ts";
import { formOf, hasOpposite } from "./alignStatement.ts";
import type { KnownEntity } from "../../index/knowledgeIndex.ts";

/** What a yes/no question asks: its words and names, each as important as where it stands. */
export interface Asked {
  /** Forms of the words; a name has several ("sergey", "brin"). */
  forms: string[];
  /** The words as the question wrote them (lowercase). */
  raw: string[];
  /** A name: a capitalised phrase or an entity the question names. */
  name: boolean;
  entity: KnownEntity | null;
  /** Part of the statement itself (subject, verb, object), or of its circumstances ("in the exchange of fire"). */
  core: boolean;
  /** For a name of several words, the short form news writes with the article: "the South" for "South Korea". */
  shortForm?: RegExp;
  /** For a word of the circumstances, the preposition that opened them ("in" of "in person"). */
  preposition?: string;
  /** A word a sentence need not say, but whose negation there answers no: the verb of saying ("not mentioned on the site"). */
  optional?: boolean;
  /** The verb of saying opens a question of its own ("say what killed her", "reveal who"): what is asked is the telling, which the run must say (or report). */
  telling?: boolean;
  /** "people" beside a threshold's number ("more than 100 people"): what the figure counts, which a sentence may leave unwritten ("killing 107"). */
  unit?: boolean;
  /** A word the question writes its figure with ("0", "2" of "0-2"): the run's figure of that kind decides it. */
  figure?: boolean;
  /** A word of what the question asks someone said ("forced" of "Does the Church say she was forced?"). */
  reported?: boolean;
  /** The form of the asked noun this word stands right before ("esports" of "esports event"): a sentence saying "the event" may leave it to the sentence before. */
  modifies?: string;
  /** The question itself negates it ("move" of "Did she become unable to move?"): a sentence must negate it too to answer yes. */
  negated?: boolean;
  /** The form of the asked word or name this word stands right before ("team" of "the Afghan team"): a sentence writing another name there ("the European team") tells of another. */
  precedes?: string;
}

/** Marks the predicate noun among the asked words. */
export const PREDICATE = "(predicate)";
/** Prepositions that open the circumstances of a statement: when, where, after what. */
export const CIRCUMSTANCE = new Set("in at on during since from before after near within throughout when while".split(" "));
/** A past participle by its ending ("closed", "grown", "taken"). */
export const PARTICIPLE = /(ed|en|wn)$/;
/** Circumstances that are clauses of their own ("when the crane fell"): their last word is their verb, not the question's. */
export const CLAUSE_OPENERS = new Set(["when", "while"]);
/** A participle or a word with an opposite that ends the question after a circumstance is what it asks, not where. */
export function markFinalPredicate(asked: Asked[], spans: Array<[number, number]>, length: number, predicative: boolean): void {
  const last = asked.at(-1);
  if (predicative && last && !last.name && !last.core && !CLAUSE_OPENERS.has(last.preposition ?? "") && spans[asked.length - 1]![1] === length && isPredicate(last.raw[0]!, last.forms[0]!)) {
    last.core = true;
    last.preposition = undefined;
  }
}

/**
 * "Did she become unable to move her legs?": the negation the question asks about is no word a
 * sentence must say, but the words after it are asked negated ("became unable to move her legs"
 * says yes, "moved her legs" no). Two negations undo each other.
 */
export function markNegated(asked: Asked[], spans: Array<[number, number]>, tokens: string[]): void {
  const at: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const rest = tokens.slice(i).join(" ");
    // "a few", "nothing but" negate nothing.
    const neutral = NOT_NEGATIONS.find((p) => rest === p || rest.startsWith(`${p} `));
    if (neutral) {
      i += neutral.split(" ").length - 1;
      continue;
    }
    const n = QUESTION_NEGATIONS.find((p) => rest === p || rest.startsWith(`${p} `));
    if (n) at.push([i, i + n.split(" ").length]), (i += n.split(" ").length - 1);
  }
  if (at.length === 0) return;
  for (let k = asked.length - 1; k >= 0; k--) {
    const [from] = spans[k]!;
    if (at.some(([s, e]) => from >= s && from < e)) {
      asked.splice(k, 1), spans.splice(k, 1);
      continue;
    }
    if (at.filter(([s]) => s < from).length % 2 === 1) asked[k]!.negated = true;
  }
}

/**
 * "Are the parents from Sydney?", "Did the fire happen at night?": a statement that tells of its
 * subject nothing but where or when (a copula or a verb of happening, and no word of the statement
 * after) asks that first circumstance, which a sentence must then say: "the parents were advised"
 * is no answer.
 */
export function markCircumstancePredicate(asked: Asked[], spans: Array<[number, number]>, tokens: string[], copula: boolean): void {
  const first = asked.findIndex((a) => !a.core && a.preposition !== undefined && a.preposition !== PREDICATE);
  const opener = asked[first]?.preposition;
  if (!opener || CLAUSE_OPENERS.has(opener)) return;
  const before = asked.slice(0, first).filter((a) => a.core);
  const happening = before.some((a) => a.forms.includes(HAPPEN));
  // "Was anybody killed in …?" tells a state before it ("killed"), "Are there casualties at …?" that something is.
  const subjectOnly = copula && tokens[0] !== "there" && !asked.slice(first).some((a) => a.core) && !before.some((a) => !a.name && isPredicate(a.raw[0]!, a.forms[0]!));
  if (!happening && !subjectOnly) return;
  for (let k = first; k < asked.length && !asked[k]!.core && asked[k]!.preposition === opener; k++) {
    // Only the first phrase: "at the mosque in 2015" asks where; the year stays a circumstance.
    if (k > first && tokens.slice(spans[k - 1]![1], spans[k]![0]).some((w) => CIRCUMSTANCE.has(w))) break;
    asked[k]!.core = true;
  }
}

/** A word that tells a state after a copula: a participle ("closed", "taken") or a word with an opposite ("open"). */
export function isPredicate(raw: string, form: string): boolean {
  return PARTICIPLE.test(raw) || Object.hasOwn(IRREGULAR_PAST, raw) || RN_PARTICIPLES.has(raw) || hasOpposite(form);
}

/** Participles the ending test misses, being no past tense of their own: "Was he born in …?" asks where, after a state. */
const RN_PARTICIPLES = new Set(["born", "sworn", "torn", "worn"]);

/** The form of "happen" and its synonyms ("occurred", "took place"). */
const HAPPEN = formOf("happen");

/** "the esports event": a word right before an asked noun modifies it; "the Afghan team": one before a name stands before it. */
export function markModifiers(asked: Asked[], spans: Array<[number, number]>): void {
  for (let k = 0; k + 1 < asked.length; k++) {
    const head = asked[k + 1]!;
    if (spans[k]![1] !== spans[k + 1]![0] || head.optional || head.core !== asked[k]!.core) continue;
    asked[k]!.precedes = head.forms[0];
    if (!head.name) asked[k]!.modifies = head.forms[0];
  }
}

/** The words after the verb of saying are what the question asks someone said. */
export function markReported(asked: Asked[]): void {
  const verb = asked.findIndex((a) => a.optional);
  if (verb >= 0) for (const a of asked.slice(verb + 1)) a.reported = true;
}

/**
 * The predicate noun weighs as a circumstance only when the question says more than it
 * ("the only school to get a donation"): "Is Kim a doctor?" asks nothing else.
 */
export function weighPredicate(asked: Asked[]): void {
  const described = asked.find((a) => a.preposition === PREDICATE);
  if (described && asked.filter((a) => a.core && !a.name && !a.optional && a !== described).length >= 2) described.core = false;
}

