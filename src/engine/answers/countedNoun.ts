// What a count question counts, matched to what a number in a sentence counts: its own noun, a
// narrower noun of the same kind, the people of a group or of an event, what a sum of money is
// for. Read by the count answerer.
import type { Quantity } from "../../analysis/extractQuantities.ts";
import { COUNTED_KINDS, EVENT_PEOPLE_NOUNS, EVENT_WORDS, NAMED_KINDS, PERSON_NOUNS, PLACE_ALIASES } from "../../analysis/lexicon.ts";
import { canonical } from "../../analysis/text.ts";
import { areRelated } from "../../analysis/relatedWords.ts";
import type { IndexedSentence } from "../../index/knowledgeIndex.ts";
import { tuning } from "../../tuning.ts";
import type { Query } from "../understandQuestion.ts";
import { clauseTerms, measureOf, moneyFor, shareTerms, verbBeside } from "./numberInSentence.ts";

export const EVENTS = new Set([...EVENT_WORDS].map(canonical));
export const PERSONS = new Set([...PERSON_NOUNS].map(canonical));
const PEOPLE = new Set(["people", "persons", "individuals"].map(canonical));
/** Counted nouns by canonical form, each with the canonical forms of the narrower nouns that answer it. */
const KINDS = new Map(Object.entries(COUNTED_KINDS).map(([kind, members]) => [canonical(kind), new Set(members.map(canonical))]));
/** Counted nouns a list of names answers: people, countries, teams … */
export const NAMED = new Set([...NAMED_KINDS].map(canonical));
/** Nouns that count the people of a group whatever they are: "members", "people". */
const GROUP_MEMBERS = new Set(["members", "people", "persons", "individuals"].map(canonical));
export const VICTIMS = new Set([...EVENT_PEOPLE_NOUNS].map(canonical));
/** What makes victims or casualties: being killed or hurt, not arrested or evacuated. */
export const HARMS = new Set(["killed", "injured", "dead", "missing"].map(canonical));
/** Countries and blocs the lexicon knows, by canonical form: a figure for one is never the answer for another. */
export const PLACES = new Set(Object.values(PLACE_ALIASES).map(canonical));

/** The term is a general noun whose narrower kind is the other: "monkey" and "macaque". */
export function ofKind(general: string, narrow: string): boolean {
  return KINDS.get(general)?.has(narrow) ?? false;
}

/**
 * How well the number counts what the question counts: the words of its noun that are counted
 * (a qualifier found elsewhere in the sentence for less, a name the question does not give
 * taken off), 1 for a match by kind, people or event, or null when it counts something else.
 */
export function countedMatch(q: Query, counted: Set<string>, s: IndexedSentence, quantity: Quantity, percentForCount: boolean): number | null {
  // The noun must be the number's own; a word that qualifies it ("US" troops) may stand elsewhere in the sentence, for less.
  // A share answers "how many X" only as a share of X ("four in 10 Americans", "a third of the crops").
  const share = percentForCount ? shareTerms(s.text, quantity) : [];
  let unitMatch = percentForCount ? [...counted].filter((t) => share.includes(t)).length : quantity.unitTerms.filter((t) => counted.has(t)).length;
  if (unitMatch && !percentForCount) unitMatch += [...counted].filter((t) => !quantity.unitTerms.includes(t) && s.terms.includes(t)).length * tuning.count.qualifierElsewhere;
  // "two Syrian teams" counts some of the teams: a name qualifying the noun that the question does not ask for.
  if (unitMatch && unaskedName(quantity, q)) unitMatch -= tuning.count.unaskedQualifier;
  // "900 German troops" never answers how many US troops.
  if ([...counted].some((t) => PLACES.has(t)) && quantity.unitTerms.some((t) => PLACES.has(t) && !counted.has(t))) return null;
  // "How many vessels …" is answered by a noun of the same meaning ("12 ships"), for a little less.
  if (!unitMatch && !percentForCount && quantity.unitTerms.some((u) => [...counted].some((t) => areRelated(t, u)))) unitMatch = tuning.related.coverage;
  // "How many troops …" is answered by a narrower noun of that kind ("3,500 Marines and sailors").
  if (!unitMatch && quantity.unitTerms.some((u) => [...counted].some((t) => KINDS.get(t)?.has(u)))) unitMatch = 1;
  // "How many girls are on the team?" is answered by "the six-member team, … entirely of girls": a number of members or
  // people, in a sentence that names the people asked for.
  // Not when another number of the sentence counts them itself ("12 people, including three children").
  const countedElsewhere = s.quantities.some((o) => o.start !== quantity.start && o.unitTerms.some((t) => counted.has(t)));
  if (!unitMatch && !countedElsewhere && quantity.unitTerms.some((u) => GROUP_MEMBERS.has(u)) && [...counted].some((t) => PERSONS.has(t) && s.terms.includes(t))) unitMatch = 1;
  // "How many people …" is answered by any noun naming people ("about 240 residents").
  if (!unitMatch && [...counted].some((t) => PEOPLE.has(t)) && (quantity.unitTerms.some((t) => PERSONS.has(t)) || ofNationality(quantity.unit))) unitMatch = 1;
  // "How many people died?" is answered by a bare number beside the question's verb: "killing 107", "39 were rescued".
  if (!unitMatch && [...counted].some((t) => PEOPLE.has(t)) && quantity.unitTerms.length === 0 && verbBeside(s.text, quantity, q.words)) unitMatch = 1;
  // "How much aid was pledged?": a sum of money counts what it is for ("$2 million in emergency aid").
  if (!unitMatch && quantity.measure === "money" && moneyFor(s.text, quantity).some((t) => counted.has(t))) unitMatch = 1;
  // "How much snow fell?": a measure in its units counts what it is of ("30 centimetres of snow").
  if (!unitMatch && measureOf(s.text, quantity).some((t) => counted.has(t))) unitMatch = 1;
  // "How many deaths / victims were there?" is answered by the people an event befell: "killing 12 people", "85 were injured".
  if (!unitMatch && befell(counted, s.text, quantity)) unitMatch = 1;
  // "How many people died?" is answered by the lives an event took: "the floods have taken 44 lives".
  if (!unitMatch && livesTaken(s.text, quantity) && [...counted].some((t) => PEOPLE.has(t) || EVENTS.has(t) || VICTIMS.has(t))) unitMatch = 1;
  return unitMatch === 0 ? null : unitMatch;
}

/**
 * "two sons and one daughter" for "how many children": the number joined to this one by "and"
 * that counts another narrower kind of what is asked, so the answer gives both parts.
 */
export function otherPart(s: IndexedSentence, x: Quantity, counted: Set<string>): Quantity | undefined {
  const ofAsked = (y: Quantity) => y.unitTerms.some((u) => [...counted].some((t) => ofKind(t, u)));
  if (!ofAsked(x)) return undefined;
  const joined = (a: Quantity, b: Quantity) => b.start > a.end && /^\s*,?\s+and\s+$/.test(s.text.slice(a.start + a.phrase.length, b.start));
  return s.quantities.find((o) => o !== x && o.measure === x.measure && ofAsked(o) && (joined(x, o) || joined(o, x)));
}

/** A people by their nation, written as a capitalised plural: "30 Palestinians", "12 Iraqis", "four Afghans". */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ians|ans|is)$/u;
function ofNationality(unit: string): boolean {
  const head = unit.split(/\s+/).at(-1) ?? "";
  return NATIONALITY.test(head) || (/s$/.test(head) && head.toLowerCase() in PLACE_ALIASES);
}

/** The number's noun carries a capitalised qualifier ("Syrian", "German") that the question does not give. */
function unaskedName(quantity: Quantity, q: Query): boolean {
  const asked = new Set(q.words.map(canonical));
  return quantity.unit.split(/\s+/).slice(0, -1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !asked.has(canonical(w.toLowerCase())));
}


/**
 * The number counts the people an event befell, and the question counts them by the event
 * ("deaths": killed, died) or as its victims ("casualties", "victims": killed or hurt). Only a
 * number of people or a bare one: "killing 12 cattle" gives no deaths.
 */
export function befell(counted: Set<string>, text: string, quantity: Quantity): boolean {
  if (quantity.unitTerms.length && !quantity.unitTerms.some((t) => PERSONS.has(t))) return false;
  const clause = new Set([...clauseTerms(text, quantity.start), ...quantity.unitTerms]);
  return [...counted].some((t) => (EVENTS.has(t) && clause.has(t)) || (VICTIMS.has(t) && [...HARMS].some((h) => clause.has(h))));
}

/** "… claimed / took / cost 44 lives": lives an event took are the people it killed. */
const TOOK_LIVES = /\b(?:claim|claims|claimed|claiming|take|takes|took|taken|taking|cost|costs|costing)\s+(?:(?:the|a|an|at least|more than|over|nearly|about|some|around)\s+)*$/i;
export function livesTaken(text: string, quantity: Quantity): boolean {
  return /^lives\b/i.test(quantity.unit) && TOOK_LIVES.test(text.slice(Math.max(0, quantity.start - 40), quantity.start));
}
