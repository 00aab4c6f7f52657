// Reading a yes/no question: the statement it asks about, as words and names each marked core
// (subject, verb, object) or circumstance ("in the exchange of fire"), and what kind of claim it is.
import { EMBEDDED_QUESTION_WORDS, TELLING_VERBS, STATE_PARTICLES, ADMISSION_VERBS, BELIEF_VERBS, DENIAL_VERBS, BECOME_VERBS, UNSPECIFIC_COUNTED, CONVEYING_QUESTION_VERBS, CONVEYING_VERBS, FORMER_WORDS, LIGHT_VERB_PARAPHRASES, ROUTE_WORDS, NEAR_MISS_WORDS, NOW_WORDS, PREVENTION_VERBS, RESTRICTION_WORDS, STOPWORDS, SUPERLATIVES, UNIVERSAL_WORDS, UNREALISED_VERBS, YES_NO_FILLERS } from "../../analysis/lexicon.ts";
import { words } from "../../analysis/text.ts";
import type { KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";
import type { Query } from "../understandQuestion.ts";
import { formOf, normalise } from "./alignStatement.ts";
import { readThreshold, type Threshold } from "./compareThreshold.ts";
import { readFigure, type AskedFigure } from "./otherFigure.ts";
import { readContest, type ContestAsk } from "./contestRoles.ts";
import { type Asked, CIRCUMSTANCE, markCircumstancePredicate, markFinalPredicate, markModifiers, markNegated, markReported, PREDICATE, weighPredicate } from "./markAskedWords.ts";

export { PREDICATE, type Asked };

export interface Reading {
  asked: Asked[];
  /** The question itself is open ("could", "might"): a hedged sentence may answer it. */
  open: boolean;
  /** It asks whether someone said something. */
  saying: boolean;
  /** It asks about all of something ("all salt"). */
  universal: boolean;
  /** It asks whether something is restricted itself ("the only school"). */
  restricting: boolean;
  /** It asks whether something came close itself ("nearly finished"): "almost" in a sentence is then no denial. */
  approximate: boolean;
  /** It asks about a belief or a report itself ("Did the teacher think it was a bomb?"): a mistaken one answers it. */
  believing: boolean;
  /** It asks about a plan, promise, advice or denial itself ("Did she promise to resign?", "Did he deny it?"), which a sentence then may answer. */
  intended: boolean;
  /** It asks whether something holds now ("Is she still a member?"): "former member" answers no. */
  now: boolean;
  /** It asks what is to come ("Will the pier reopen?"): "will reopen" may answer it, "could reopen" not. */
  future: boolean;
  /** It asks whether something has already happened ("Has the pier reopened?", "Did it reopen?"): "will reopen next year" says not yet. */
  done: boolean;
  /** It asks whether it happened before ("Had they won the cup before?"): "for the first time" says it had not. */
  prior: boolean;
  /** It asks what kind of thing a named subject is ("Is Kim an Irish poet?"): "Kim, a Welsh poet" answers no. */
  classifying: boolean;
  /** The date the question names ("in April", "in 2018"), read out of its words: a sentence dated otherwise does not answer it. */
  period: { from: string; to: string } | null;
  /** It sets a threshold for a figure ("more than 100 people"): the sentence's figure decides. */
  threshold: Threshold | null;
  /** It names a plain figure ("Was it 0-2 at half time?", "eight players"): another value of its kind in the run answers no. */
  figure: AskedFigure | null;
  /** It asks who won or lost a contest ("Did Spain beat the Czech Republic?"): the clause's roles decide. */
  contest: ContestAsk | null;
  /** The forms of what a comparison sets the subject against ("sun" of "Is the star smaller than the Sun?"), or null. */
  compared: string[] | null;
}

const AUXILIARY = /^(and|so|but|did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|shall|may|might|must|not|(did|does|do|is|was|were|are|has|have|had|wo|would|could|should|ca)n|t)$/;
const MODALS = new Set("can could may might would will should shall possibly perhaps likely".split(" "));
const SAYING = /^(say|said|says|tell|told|state|stated|mention|mentioned|comment|commented|claim|claimed|announce|announced)$/;

/** Reads a yes/no question: the names and words of the statement it asks about. */
export function readYesNo(q: Query, index?: KnowledgeIndex): Reading {
  const threshold = readThreshold(q.text);
  const tokens = questionTokens(q.text);
  const present = PRESENT.test(tokens[0] ?? "");
  // "Is the base in Chad closed?", "Has the number in Estonia grown?": the last word is the predicate.
  const predicative = STATIVE.test(tokens[0] ?? "");
  const future = /^(will|shall|won)$/.test(tokens[0] ?? "") || /\bgoing to\b/.test(q.text);
  const done = /^(did|has|have|had)$/.test(tokens[0] ?? "") && !future;
  const prior = q.words.some((w) => /^(before|previously|beforehand|already)$/.test(w));
  // "Could the harbour reopen?" asks a possibility, which "could reopen" answers.
  const possible = /^(can|could|may|might)$/.test(tokens[0] ?? "");
  const copula = dropAuxiliaries(tokens);
  const units = namedUnits(q, tokens, index);
  const cues = readCues(tokens, possible);
  const figure = threshold ? null : readFigure(q.raw, q.entities.map((e) => e.wording));
  const { asked, spans, classifying } = readAskedWords(tokens, units, { copula, predicative, threshold });
  if (figure) markFigure(asked, figure);
  // "Did dock fees at Vell increase?": after "did" the last word, past a circumstance, is the question's own verb.
  markFinalPredicate(asked, spans, tokens.length, predicative || /^(do|does|did)\b/i.test(q.text.trim()));
  markNegated(asked, spans, tokens);
  markCircumstancePredicate(asked, spans, tokens, copula);
  markModifiers(asked, spans);
  weighPredicate(asked);
  markReported(asked);
  const now = (present || tokens.some((w) => NOW_WORDS.has(w))) && !tokens.some((w) => FORMER_WORDS.has(w));
  return { asked, ...cues, now, future, done, prior, threshold, figure, contest: readContest(asked), period: q.period, classifying, compared: threshold ? null : comparedWith(tokens) };
}

/** Marks the words the question writes its figure with, and "people" beside it, which a sentence may leave unwritten. */
function markFigure(asked: Asked[], figure: AskedFigure): void {
  for (const a of asked) {
    if (a.name) continue;
    if (a.raw.every((w) => figure.words.has(w))) a.figure = true;
    else if (a.raw.length === 1 && UNSPECIFIC_COUNTED.has(a.raw[0]!) && figure.unit.includes(a.forms[0]!)) a.unit = true;
  }
}

/** The content words after "than" ("the river Osk" of "longer than the river Osk"), as forms; null for none or a figure. */
function comparedWith(tokens: string[]): string[] | null {
  const than = tokens.indexOf("than");
  const after = than < 0 ? [] : tokens.slice(than + 1).filter((w) => !STOPWORDS.has(w));
  return after.length === 0 || after.some((w) => /\d/.test(w)) ? null : after.map(formOf);
}

/** The question's words; the corrected text has split "re-elected": one word, as normalise makes it in a sentence. */
function questionTokens(text: string): string[] {
  return words(normalise(text)).flatMap((w, i, all) => (w === "re" && all[i + 1] ? [] : all[i - 1] === "re" ? [`re${w}`] : [w]));
}

/** Drops the leading auxiliaries ("did", "is not") from the tokens; whether the last one was a copula. */
function dropAuxiliaries(tokens: string[]): boolean {
  let copula = false;
  while (tokens.length && AUXILIARY.test(tokens[0]!)) copula = COPULA.test(tokens.shift()!);
  return copula;
}

/** A name the question writes, as words, with the entity it is if known. */
interface NamedUnit {
  words: string[];
  entity: KnownEntity | null;
}

/** The names the question writes: its entities, a pronoun for the previous answer's person (put in the tokens), and other capitalised phrases. */
function namedUnits(q: Query, tokens: string[], index?: KnowledgeIndex): NamedUnit[] {
  const units: NamedUnit[] = q.entities.map((e) => ({ words: words(e.wording), entity: e.entity }));
  // "Did he say that?" after an answer about someone: "he" is that someone.
  const previous = q.entities.length === 0 && q.previous?.entity ? index?.entities.get(q.previous.entity) : undefined;
  const pronoun = previous ? tokens.findIndex((w) => /^(he|she|him|her|they|them)$/.test(w)) : -1;
  if (previous && pronoun >= 0) {
    tokens[pronoun] = previous.id.split(/\s+/).at(-1)!;
    units.push({ words: [tokens[pronoun]!], entity: previous });
  }
  // Capitalised phrases the question names that are no known entity ("the British one", "the South").
  const body = q.raw.replace(/^\s*\S+/, "");
  for (const m of body.matchAll(/\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}'’.-]*)*/gu)) {
    const w = words(m[0]);
    if (w.length && !units.some((u) => w.every((x) => u.words.includes(x)))) units.push({ words: w, entity: null });
  }
  return units;
}

type Cues = Pick<Reading, "open" | "saying" | "universal" | "restricting" | "approximate" | "intended" | "believing">;

/** What kind of claim the question's words make: open, about saying, universal, restricting, approximate, intended, believing. */
function readCues(tokens: string[], possible: boolean): Cues {
  const cues: Cues = { open: possible, saying: false, universal: false, restricting: false, approximate: false, intended: false, believing: false };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (MODALS.has(w)) cues.open = true;
    if (SAYING.test(w)) cues.saying = true;
    if (BELIEF_VERBS.has(w)) cues.believing = true;
    if (UNIVERSAL_WORDS.has(w)) cues.universal = true;
    if (RESTRICTION_WORDS.has(w)) cues.restricting = true;
    if (NEAR_MISS_WORDS.has(w)) cues.approximate = true;
    if ((UNREALISED_VERBS.has(w) && tokens[i + 1] === "to") || DENIAL_VERBS.has(w) || ADMISSION_VERBS.has(w) || PREVENTION_VERBS.has(w)) cues.intended = true;
  }
  return cues;
}

/** The asked words and, for each, where it starts and ends among the tokens. */
interface AskedWords {
  asked: Asked[];
  spans: Array<[number, number]>;
  /** "Is Kim an Irish poet?": the question asks what kind of thing a named subject is. */
  classifying: boolean;
}

/** Reads the statement's names and words, each marked core or circumstance. */
function readAskedWords(tokens: string[], units: NamedUnit[], opts: { copula: boolean; predicative: boolean; threshold: Threshold | null }): AskedWords {
  const { copula, predicative, threshold } = opts;
  const asked: Asked[] = [];
  const spans: Array<[number, number]> = [];
  const used = new Set<number>();
  let circumstance = false;
  let preposition: string | undefined;
  // "Was USI the only school to …?": the noun after "the" says what the subject is, which a
  // sentence about the subject need not repeat ("USI was not alone in …").
  let predicate = -1;
  const push = (a: Asked, from: number, to: number): void => {
    asked.push(a);
    spans[asked.length - 1] = [from, to];
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (CIRCUMSTANCE.has(w)) (circumstance = true), (preposition = w);
    if (used.has(i)) continue;
    const unit = units.find((u) => u.words.length && tokens.slice(i, i + u.words.length).join(" ") === u.words.join(" "));
    if (unit) {
      for (let k = 0; k < unit.words.length; k++) used.add(i + k);
      push(askedName(unit, circumstance, preposition), i, i + unit.words.length);
      if (copula && i === 0) predicate = predicateAfter(tokens, unit.words.length);
      continue;
    }
    if (i === predicate) {
      push({ forms: [formOf(w)], raw: [w], name: false, entity: null, core: true, preposition: PREDICATE }, i, i + 1);
      continue;
    }
    if (!isAskedWord(tokens, i, predicative, threshold)) continue;
    // What someone said is told without "said" as often as with it; "not mentioned" still answers no.
    if (SAYING.test(w)) {
      // "say what killed her": the telling is asked, by any verb that tells ("no cause of death disclosed" keeps it back).
      const telling = EMBEDDED_QUESTION_WORDS.has(tokens[i + 1] ?? "");
      const forms = telling ? [...new Set([formOf(w), ...TELLING_VERBS.map(formOf)])] : [formOf(w)];
      push({ forms, raw: [w], name: false, entity: null, core: !circumstance, optional: true, ...(telling ? { telling } : {}) }, i, i + 1);
      continue;
    }
    const forms = sayingForms(tokens, i);
    const beside = (UNSPECIFIC_COUNTED.has(w) && threshold?.unit.includes(formOf(w))) || undefined;
    push({ forms, raw: [w], name: false, entity: null, core: !circumstance, preposition: circumstance ? preposition : undefined, unit: beside }, i, i + 1);
  }
  return { asked, spans, classifying: predicate >= 0 };
}

/** The forms a sentence may say the question's word with: its own, or the verbs that tell what a verb of taking or a light verb asks. */
function sayingForms(tokens: string[], i: number): string[] {
  const w = tokens[i]!;
  // "take her to a specialist": any verb that takes someone somewhere says it ("sent her to").
  if (CONVEYING_QUESTION_VERBS.has(w) && tokens.slice(i + 1, i + 1 + CONVEYED_WORDS).includes("to")) return CONVEYING_VERBS.map(formOf);
  // "use live fire": "involves live-fire exercises" says it; "Was it used?" is not read so.
  const row = LIGHT_VERB_PARAPHRASES.find((r) => r.verbs.has(w) && writtenAs(r.where, tokens, i));
  return row ? [formOf(w), ...row.said.map(formOf)] : [formOf(w)];
}

/** Whether the verb at i stands as a light verb's row needs: before its object, before its route, or after "what". */
function writtenAs(where: "object" | "route" | "what", tokens: string[], i: number): boolean {
  if (where === "route") return ROUTE_WORDS.has(tokens[i + 1] ?? "");
  if (where === "what") return tokens[i - 1] === "what";
  const object = DETERMINER.test(tokens[i + 1] ?? "") ? tokens[i + 2] : tokens[i + 1];
  return object !== undefined && !STOPWORDS.has(object);
}

/** Words that open a noun phrase before its noun ("hold a vote", "use their weapons"). */
const DETERMINER = /^(the|a|an|any|its|their|his|her|this|that|these|those|some)$/;

/** A name the question writes, as an asked word; a name of several words may be written short ("the South"). */
function askedName(unit: NamedUnit, circumstance: boolean, preposition: string | undefined): Asked {
  const content = unit.words.filter((x) => !STOPWORDS.has(x));
  const first = content[0];
  const shortForm = content.length > 1 && first ? new RegExp(`\\b[Tt]he ${first.charAt(0).toUpperCase()}${first.slice(1)}\\b`) : undefined;
  return { forms: content.map(formOf), raw: content, name: true, entity: unit.entity, core: !circumstance, shortForm, preposition: circumstance ? preposition : undefined };
}

/** Whether the token at i is a word the statement asks about, not one of the question's own words. */
function isAskedWord(tokens: string[], i: number, predicative: boolean, threshold: Threshold | null): boolean {
  const w = tokens[i]!;
  // Only the question's own words are left out: "give" and "timeline" are what "Did Trump give a timeline?" asks about.
  // "most of the troops", "most citizens" ask a share the sentence must tell ("only a quarter of citizens" is no answer); "Is the strike over?" asks "over".
  const share = w === "most" && tokens[i + 1] !== undefined && (tokens[i + 1] === "of" || !STOPWORDS.has(tokens[i + 1]!));
  const state = predicative && i === tokens.length - 1 && STATE_PARTICLES.has(w);
  if ((STOPWORDS.has(w) && w !== "only" && !share && !state) || YES_NO_FILLERS.has(w) || w === "t" || threshold?.words.has(w)) return false;
  // "Did the company go bankrupt?" asks whether it is bankrupt; "go to Paris", "go through" keep their verb.
  return !(BECOME_VERBS.has(w) && tokens[i + 1] && !STOPWORDS.has(tokens[i + 1]!));
}

export const COPULA = /^(is|was|were|are)$/;
/** A question opening with "is" or "has" asks a state, told by its last word ("… closed?", "… grown?"). */
const STATIVE = /^(is|was|were|are|has|have|had|isn|wasn|weren|aren|hasn|haven|hadn)$/;
/** A question that opens with a present-tense verb asks about now ("Is she a member?"). */
const PRESENT = /^(is|are|does|do|has|have|isn|aren|doesn|don|hasn|haven)$/;
/** How many words may stand between "take" and its "to" ("take the sick boy to"). */
const CONVEYED_WORDS = 5;

/** Where the predicate noun stands after the subject: "the (only|first) school" → the noun's index, or -1. */
function predicateAfter(tokens: string[], from: number): number {
  let i = from;
  if (!/^(the|a|an)$/.test(tokens[i] ?? "")) return -1;
  i++;
  // "the largest exporter": the superlative is what is asked of the subject, the noun what it is.
  while (i < tokens.length && (RESTRICTION_WORDS.has(tokens[i]!) || SUPERLATIVES.has(tokens[i]!) || /^(first|last|same)$/.test(tokens[i]!))) i++;
  const noun = tokens[i];
  return noun && !STOPWORDS.has(noun) && !CIRCUMSTANCE.has(noun) ? i : -1;
}

