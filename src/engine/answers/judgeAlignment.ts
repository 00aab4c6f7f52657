// The verdict of a run that says the statement: whether it affirms, denies or leaves open what a
// yes/no question asks, read from the words it matched (negated, opposite, hedged, restricted…).
import { MONTHS, STOPWORDS, WEEKDAYS } from "../../analysis/lexicon.ts";
import type { IndexedSentence } from "../../index/knowledgeIndex.ts";
import { opposite, sameForm, type Clause } from "./alignStatement.ts";
import { judgeThreshold } from "./compareThreshold.ts";
import type { Match } from "./matchAsked.ts";
import { PREDICATE, type Asked, type Reading } from "./readYesNo.ts";

/** Why a run answers no when it tells as still to come what the question asks has happened. */
export const YET_TO_COME = "told as yet to come";

/** Words that make an event its first of a kind: "for the first time", "the first time", "first-ever", "never before". */
const FIRST_TIME = /\b(?:(?:for )?the first time|first[- ]ever|never before)\b/i;

/** What a run says of the statement, why, and the match that denies it if one does. */
export interface Judgement {
  verdict: "yes" | "no" | "open";
  /** Why the verdict is what it is ("negated at no", "hedged"), for the trace. */
  why: string;
  denied: Match | undefined;
}

/**
 * Judges a run whose words say the statement: "yes", "no" (negated, opposite, restricted) or "open"
 * (hedged, unrealised, another date); null when a threshold finds no figure to decide it.
 */
export function judgeAlignment(reading: Reading, sentences: IndexedSentence[], clauses: Clause[], matches: Match[], missed: Asked[], missedCircumstance: boolean): Judgement | null {
  const tokenAt = (m: Match) => clauses[m.clause]!.tokens[m.token]!;
  // "almost complete" denies "finished", unless the question asks whether it nearly was.
  // "former Scientologist" denies "is she still a Scientologist?".
  // "became unable to move" answers "Did she become unable to move?": a negation the question asks too affirms.
  // "mistakenly thought it was a bomb" denies the bomb, and answers "Did the teacher think it was one?" yes.
  const negated = (m: Match) => tokenAt(m).negated && !(tokenAt(m).mistaken && reading.believing);
  // "the second largest economy" denies "the largest", unless the question asks the second.
  const outranked = (m: Match) => tokenAt(m).ranked !== undefined && !reading.asked.some((a) => a.raw.includes(tokenAt(m).ranked!));
  const negation = matches.find((m) => negated(m) !== (m.negatedAsked ?? false) || outranked(m) || (tokenAt(m).nearMiss && !reading.approximate) || (tokenAt(m).former && reading.now));
  const flip = matches.find((m) => m.opposite);
  // "will rebuild" answers "Will they rebuild?", never "Did they?"; "could reopen" answers only "Could it?".
  const hedged = !reading.open && matches.some((m) => clauses[m.clause]!.hedged || tokenAt(m).hedged === "possible" || (tokenAt(m).hedged === "future" && !reading.future));
  // "will open next year" answers "Has the bridge opened?" no: as the article tells it, not yet. Only a plain future, no maybe.
  const yetToCome = hedged && reading.done && !reading.open && !reading.saying && !reading.believing && !reading.intended && !matches.some((m) => clauses[m.clause]!.hedged || tokenAt(m).hedged === "possible" || tokenAt(m).negated) && matches.some((m) => tokenAt(m).hedged === "future");
  // "set to take place" answers "Will it take place?", never "Did it?".
  const unrealised = !reading.open && !reading.intended && !negation && matches.some((m) => tokenAt(m).unrealised && !(tokenAt(m).unrealised === "scheduled" && reading.future));
  // "only 10 per cent of salt" denies "all salt"; "had only seen it in photos" leaves "in person" unsaid.
  const restriction = reading.restricting ? undefined : matches.find((m) => clauses[m.clause]!.restricted);
  // "two of the five hostages" denies "all the hostages" as "only" does.
  const narrower = reading.universal ? restriction ?? matches.find((m) => clauses[m.clause]!.partial) : undefined;
  // "had only seen it before in film" denies "in person": the restriction fills the slot the question asks about with something else.
  const otherwise = restriction && !reading.universal && missed.some((a) => a.preposition && a.preposition !== PREDICATE && fillsOtherwise(clauses[restriction.clause]!, a)) ? restriction : undefined;
  const unsaid = restriction && !reading.universal && missedCircumstance && !otherwise;
  // "Did the storm hit in April?" against "hit the coast in March": another date or name in the asked slot.
  const elsewhere = otherDate(reading, sentences) || missed.some((a) => a.preposition && a.preposition !== PREDICATE && isSpecific(a.raw[0]!, a.name) && matches.some((m) => fillsOtherwise(clauses[m.clause]!, a, true)));
  // "The mayor cancelled her speech at the fair" says nothing of "Did the fair go ahead?": the opposite has another object.
  // Another place the run says the opposite may have no other object ("pulled its sponsorship, and withdrew from the parade").
  const plainFlip = flip && objectElsewhere(reading, clauses[flip.clause]!, flip.token) ? otherOpposite(reading, clauses, flip) : flip;
  const strayFlip = flip !== undefined && plainFlip === undefined;
  const denied = negation ?? plainFlip ?? flip ?? narrower ?? otherwise;
  // "It was the first time the team had won the cup" answers "Had they won it before?" no.
  const firstTime = reading.prior && !negation && sentences.some((s) => FIRST_TIME.test(s.text));
  // "Was she born in Tarn?" of "born in Vell": what happens to someone once has one date and one place; another denies it.
  // The slot must hold another of the same kind: "born in 1950" says nothing of "born in Vellmouth?".
  const otherOfKind = otherDate(reading, sentences) || missed.some((a) => a.preposition && a.preposition !== PREDICATE && matches.some((m) => fillsOtherwise(clauses[m.clause]!, a, true, a.name ? "name" : "date")));
  const once = otherOfKind && !negation && !flip && !hedged && !unrealised && reading.asked.some((a) => a.raw.some((w) => HAPPENS_ONCE.has(w)));
  const said = (yetToCome && !flip && !elsewhere && !unsaid) || firstTime || once ? "no" : (negation && flip) || strayFlip || hedged || unrealised || unsaid || elsewhere ? "open" : denied ? "no" : "yes";
  // "more than 100 people": the figure decides what the words affirm. A negated figure is read as
  // its bound turned over ("none rising more than six feet" is at most six feet); a plain one is left unsaid.
  const negatedFigure = said === "no" && negation !== undefined && !flip && !narrower && !otherwise;
  const passes = reading.threshold ? judgeThreshold(reading.threshold, sentences, reading.asked.filter((a) => !a.name && !a.unit).flatMap((a) => a.forms), negatedFigure) : undefined;
  if (passes === null) return null;
  const verdict = passes === undefined || said === "open" ? said : said === "no" && !negatedFigure ? "open" : passes;
  const tokenOf = (m: Match) => tokenAt(m).raw;
  const why =
    negation && flip ? `negated (${tokenOf(negation)}) and opposite (${tokenOf(flip)})`
    : strayFlip ? `opposite (${tokenOf(flip!)}) of something not asked`
    : firstTime ? "a first time, so never before"
    : yetToCome && said === "no" ? YET_TO_COME
    : hedged ? "hedged"
    : once ? "another date or place of what happens once"
    : elsewhere ? "another date or name where the question has one"
    : unrealised ? UNREALISED
    : unsaid ? "restricted, circumstance unsaid"
    : negation ? `negated at ${tokenOf(negation)}`
    : flip ? `opposite: ${tokenOf(flip)}`
    : passes ? `figure against the threshold: ${passes}`
    : narrower ? "restricted against all"
    : otherwise ? "restricted to another circumstance"
    : "affirmed";
  return { verdict, why, denied };
}

/** Verbs of what happens to someone or something once, at one date and in one place: being born, dying, being founded. */
const HAPPENS_ONCE = new Set("born die died dies founded found establish established incorporated".split(" "));

/**
 * Whether the word after an opposite (past "the", "her" and the like) is a content word the question
 * does not ask: the opposite then tells of that ("cancelled her speech"), not of what is asked.
 */
function objectElsewhere(reading: Reading, clause: Clause, at: number): boolean {
  let k = at + 1;
  while (k < clause.tokens.length && DETERMINERS.has(clause.tokens[k]!.raw)) k++;
  const next = clause.tokens[k];
  if (!next || k === at + 1 || STOPWORDS.has(next.raw) || /\d/.test(next.raw)) return false;
  return !reading.asked.some((a) => a.forms.some((f) => sameForm(f, next.form)));
}

/** Another place the run says the flipped word's opposite, with no other object after it. */
function otherOpposite(reading: Reading, clauses: Clause[], flip: Match): Match | undefined {
  const forms = flip.forms ?? [];
  for (let c = 0; c < clauses.length; c++) {
    const tokens = clauses[c]!.tokens;
    for (let t = 0; t < tokens.length; t++) {
      if ((c === flip.clause && t === flip.token) || !forms.some((f) => opposite(f, tokens[t]!.form))) continue;
      if (!objectElsewhere(reading, clauses[c]!, t)) return { ...flip, clause: c, token: t };
    }
  }
  return undefined;
}

/** Words that open a noun phrase before its noun: an opposite followed by one has an object. */
const DETERMINERS = new Set("a an the his her its their our my your this that these those".split(" "));

/** Why an alignment is open when what it tells was advised, planned or promised, not done. */
export const UNREALISED = "unrealised: advised, planned or promised";

/**
 * Whether a clause has the circumstance's preposition followed by another content word ("in film"
 * for "in person"); with `specific`, by another date, number or name ("in March" for "in April").
 */
function fillsOtherwise(clause: Clause, a: Asked, specific = false, kind?: "name" | "date"): boolean {
  const t = clause.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i]!.raw !== a.preposition) continue;
    const next = t.slice(i + 1).find((x) => !STOPWORDS.has(x.raw));
    if (!next || a.forms.includes(next.form)) continue;
    const name = capitalised(clause.text, next.raw);
    // With a kind, only another of it: a name for a name asked, a date or number for a date.
    const ofKind = kind === "name" ? name && !/\d/.test(next.raw) : kind === "date" ? !name || MONTHS.includes(next.raw) : true;
    if ((!specific || isSpecific(next.raw, name)) && ofKind) return true;
  }
  return false;
}

/** Whether the question names a date and the run gives dates, none of them it ("in 2019" for "in 2018"). */
function otherDate(reading: Reading, sentences: IndexedSentence[]): boolean {
  const p = reading.period;
  const dates = p ? sentences.flatMap((s) => s.dates) : [];
  return dates.length > 0 && !dates.some((d) => d.from <= p!.to && p!.from <= d.to);
}

/** A date, number or name: a word that one value of a slot has and another has not. */
function isSpecific(word: string, name: boolean): boolean {
  return name || /\d/.test(word) || MONTHS.includes(word) || WEEKDAYS.includes(word);
}

/** Whether a clause writes a word capitalised, as a name (not where it opens the clause). */
export function capitalised(text: string, word: string): boolean {
  return new RegExp(`(?<!^\\s*)\\b${word.charAt(0).toUpperCase()}${word.slice(1)}\\b`).test(text);
}

