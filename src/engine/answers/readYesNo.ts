// Reading a yes/no question: the statement it asks about, as words and names each marked core
// (subject, verb, object) or circumstance ("in the exchange of fire"), and what kind of claim it is.
import { BECOME_VERBS, UNSPECIFIC_COUNTED, CONVEYING_QUESTION_VERBS, CONVEYING_VERBS, FORMER_WORDS, NEAR_MISS_WORDS, NOW_WORDS, RESTRICTION_WORDS, STOPWORDS, UNIVERSAL_WORDS, UNREALISED_VERBS, YES_NO_FILLERS } from "../../analysis/lexicon.ts";
import { words } from "../../analysis/text.ts";
import type { KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";
import type { Query } from "../understandQuestion.ts";
import { formOf, normalise } from "./alignStatement.ts";
import { readThreshold, type Threshold } from "./compareThreshold.ts";

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
  /** "people" beside a threshold's number ("more than 100 people"): what the figure counts, which a sentence may leave unwritten ("killing 107"). */
  unit?: boolean;
  /** A word of what the question asks someone said ("forced" of "Does the Church say she was forced?"). */
  reported?: boolean;
  /** The form of the asked noun this word stands right before ("esports" of "esports event"): a sentence saying "the event" may leave it to the sentence before. */
  modifies?: string;
}

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
  /** It asks about a plan, promise or advice itself ("Did she promise to resign?"), which a sentence then may answer. */
  intended: boolean;
  /** It asks whether something holds now ("Is she still a member?"): "former member" answers no. */
  now: boolean;
  /** It asks what is to come ("Will the pier reopen?"): "will reopen" may answer it, "could reopen" not. */
  future: boolean;
  /** The date the question names ("in April", "in 2018"), read out of its words: a sentence dated otherwise does not answer it. */
  period: { from: string; to: string } | null;
  /** It sets a threshold for a figure ("more than 100 people"): the sentence's figure decides. */
  threshold: Threshold | null;
}

const AUXILIARY = /^(and|so|but|did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|shall|may|might|must|not|(did|does|do|is|was|were|are|has|have|had|wo|would|could|should|ca)n|t)$/;
/** Prepositions that open the circumstances of a statement: when, where, after what. */
const CIRCUMSTANCE = new Set("in at on during since from before after near within throughout when while".split(" "));
const MODALS = new Set("can could may might would will should shall possibly perhaps likely".split(" "));
const SAYING = /^(say|said|says|tell|told|state|stated|mention|mentioned|comment|commented|claim|claimed|announce|announced)$/;

/** Reads a yes/no question: the names and words of the statement it asks about. */
export function readYesNo(q: Query, index?: KnowledgeIndex): Reading {
  // The corrected text has split "re-elected": one word, as normalise makes it in a sentence.
  const threshold = readThreshold(q.text);
  const tokens = words(normalise(q.text)).flatMap((w, i, all) => (w === "re" && all[i + 1] ? [] : all[i - 1] === "re" ? [`re${w}`] : [w]));
  let copula = false;
  const present = PRESENT.test(tokens[0] ?? "");
  const future = /^(will|shall|won)$/.test(tokens[0] ?? "") || /\bgoing to\b/.test(q.text);
  // "Could the harbour reopen?" asks a possibility, which "could reopen" answers.
  const possible = /^(can|could|may|might)$/.test(tokens[0] ?? "");
  while (tokens.length && AUXILIARY.test(tokens[0]!)) copula = COPULA.test(tokens.shift()!);
  const units: Array<{ words: string[]; entity: KnownEntity | null }> = q.entities.map((e) => ({ words: words(e.wording), entity: e.entity }));
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
  const asked: Asked[] = [];
  /** Where each asked word starts and ends among the tokens. */
  const spans: Array<[number, number]> = [];
  const used = new Set<number>();
  let circumstance = false;
  let open = possible;
  let saying = false;
  let universal = false;
  let restricting = false;
  let approximate = false;
  let intended = false;
  let preposition: string | undefined;
  // "Was USI the only school to …?": the noun after "the" says what the subject is, which a
  // sentence about the subject need not repeat ("USI was not alone in …").
  let predicate = -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (CIRCUMSTANCE.has(w)) (circumstance = true), (preposition = w);
    if (MODALS.has(w)) open = true;
    if (SAYING.test(w)) saying = true;
    if (UNIVERSAL_WORDS.has(w)) universal = true;
    if (RESTRICTION_WORDS.has(w)) restricting = true;
    if (NEAR_MISS_WORDS.has(w)) approximate = true;
    if (UNREALISED_VERBS.has(w) && tokens[i + 1] === "to") intended = true;
    if (used.has(i)) continue;
    const unit = units.find((u) => u.words.length && tokens.slice(i, i + u.words.length).join(" ") === u.words.join(" "));
    if (unit) {
      for (let k = 0; k < unit.words.length; k++) used.add(i + k);
      const content = unit.words.filter((x) => !STOPWORDS.has(x));
      const first = content[0];
      const shortForm = content.length > 1 && first ? new RegExp(`\\b[Tt]he ${first.charAt(0).toUpperCase()}${first.slice(1)}\\b`) : undefined;
      asked.push({ forms: content.map(formOf), raw: content, name: true, entity: unit.entity, core: !circumstance, shortForm, preposition: circumstance ? preposition : undefined });
      spans[asked.length - 1] = [i, i + unit.words.length];
      if (copula && i === 0) predicate = predicateAfter(tokens, unit.words.length);
      continue;
    }
    if (i === predicate) {
      asked.push({ forms: [formOf(w)], raw: [w], name: false, entity: null, core: true, preposition: PREDICATE });
      spans[asked.length - 1] = [i, i + 1];
      continue;
    }
    // Only the question's own words are left out: "give" and "timeline" are what "Did Trump give a timeline?" asks about.
    // "most of the troops" asks a share the sentence must tell.
    const share = w === "most" && tokens[i + 1] === "of";
    if ((STOPWORDS.has(w) && w !== "only" && !share) || YES_NO_FILLERS.has(w) || w === "t" || threshold?.words.has(w)) continue;
    // "Did the company go bankrupt?" asks whether it is bankrupt; "go to Paris", "go through" keep their verb.
    if (BECOME_VERBS.has(w) && tokens[i + 1] && !STOPWORDS.has(tokens[i + 1]!)) continue;
    // What someone said is told without "said" as often as with it; "not mentioned" still answers no.
    if (SAYING.test(w)) {
      asked.push({ forms: [formOf(w)], raw: [w], name: false, entity: null, core: !circumstance, optional: true });
      spans[asked.length - 1] = [i, i + 1];
      continue;
    }
    // "take her to a specialist": any verb that takes someone somewhere says it ("sent her to").
    const forms = CONVEYING_QUESTION_VERBS.has(w) && tokens.slice(i + 1, i + 1 + CONVEYED_WORDS).includes("to") ? CONVEYING_VERBS.map(formOf) : [formOf(w)];
    const beside = (UNSPECIFIC_COUNTED.has(w) && threshold?.unit.includes(formOf(w))) || undefined;
    asked.push({ forms, raw: [w], name: false, entity: null, core: !circumstance, preposition: circumstance ? preposition : undefined, unit: beside });
    spans[asked.length - 1] = [i, i + 1];
  }
  // "the esports event": a word right before an asked noun modifies it.
  for (let k = 0; k + 1 < asked.length; k++) {
    const head = asked[k + 1]!;
    if (spans[k]![1] === spans[k + 1]![0] && !head.name && !head.optional && head.core === asked[k]!.core) asked[k]!.modifies = head.forms[0];
  }
  // The predicate noun weighs as a circumstance only when the question says more than it
  // ("the only school to get a donation"): "Is Kim a doctor?" asks nothing else.
  const described = asked.find((a) => a.preposition === PREDICATE);
  if (described && asked.filter((a) => a.core && !a.name && !a.optional && a !== described).length >= 2) described.core = false;
  const verb = asked.findIndex((a) => a.optional);
  if (verb >= 0) for (const a of asked.slice(verb + 1)) a.reported = true;
  const now = (present || tokens.some((w) => NOW_WORDS.has(w))) && !tokens.some((w) => FORMER_WORDS.has(w));
  return { asked, open, saying, universal, restricting, approximate, intended, now, future, threshold, period: q.period };
}

const COPULA = /^(is|was|were|are)$/;
/** A question that opens with a present-tense verb asks about now ("Is she a member?"). */
const PRESENT = /^(is|are|does|do|has|have|isn|aren|doesn|don|hasn|haven)$/;
/** How many words may stand between "take" and its "to" ("take the sick boy to"). */
const CONVEYED_WORDS = 5;
/** Marks the predicate noun among the asked words. */
export const PREDICATE = "(predicate)";

/** Where the predicate noun stands after the subject: "the (only|first) school" → the noun's index, or -1. */
function predicateAfter(tokens: string[], from: number): number {
  let i = from;
  if (!/^(the|a|an)$/.test(tokens[i] ?? "")) return -1;
  i++;
  while (i < tokens.length && (RESTRICTION_WORDS.has(tokens[i]!) || /^(first|last|same)$/.test(tokens[i]!))) i++;
  const noun = tokens[i];
  return noun && !STOPWORDS.has(noun) && !CIRCUMSTANCE.has(noun) ? i : -1;
}

