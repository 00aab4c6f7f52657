// Tests the number answerer (answerCount.ts) applies to one figure: whose age it is, whether it
// restates or is part of another figure, whether its sentence dates it to another time, and
// whether the statement it stands in holds the question's words.

import type { Quantity } from "../../analysis/extractQuantities.ts";
import { canonical, words } from "../../analysis/text.ts";
import { STOPWORDS } from "../../analysis/lexicon.ts";
import { countedHead, crowdLabelBefore, unitAfter } from "../../analysis/numberPatterns.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { coverage, THIRD_PERSON } from "../answerSupport.ts";
import { questionNames } from "../checkGrounding.ts";
import type { Query } from "../understandQuestion.ts";
import { ofKind } from "./countedNoun.ts";
import { relatedForms } from "../../analysis/relatedWords.ts";
import { clauseSpan, statementTerms } from "./numberInSentence.ts";

/** The question writes this word (the first of a wording) with a capital, and not only because it starts the question. */
export function writtenWithCapital(wording: string, raw: string): boolean {
  const first = wording.split(" ")[0]!;
  const tokens = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
  // A question typed all in lowercase ("how old is thomas sam") writes no name with a capital: every name it matched counts.
  if (!tokens.slice(1).some((t) => /^\p{Lu}/u.test(t))) return wording.includes(" ");
  return tokens.some((t, i) => i > 0 && t.toLowerCase() === first && /^\p{Lu}/u.test(t));
}

/**
 * "How old is the mayor?" names no one: the age must be of what the question asks about, told
 * by the noun the age describes ("a 14-year-old girl") or the words just before it ("Mayor Ann
 * Reed, 61,", "the boy, aged 9"), so the mayor's age never answers how old the bridge is.
 */
export function ownerAsked(about: string[], sentence: string, quantity: Quantity): boolean {
  if (about.length === 0) return true;
  const near = words(sentence.slice(0, quantity.start)).slice(-6);
  // "The star is … far, but it is about 300 million years old": a pronoun before the number stands for the sentence's subject.
  const subject = near.some((x) => SUBJECT_PRONOUNS.has(x)) ? words(sentence.slice(0, quantity.start)).slice(0, 4) : [];
  // "46-year-old Dolores Keane": an age written before a name is that name's.
  const named = /old$/i.test(quantity.text) ? words(sentence.slice(quantity.end)).slice(0, 4) : [];
  const owner = new Set([...quantity.unitTerms, ...[...near, ...subject, ...named].map(canonical)]);
  return about.some((t) => owner.has(t));
}

/** A capitalised phrase that opens a sentence with a time or a place, not a name: "On Monday", "In Paris". */
const OPENING_PHRASE = /^(?:On|In|At|By|For|After|Before|During|Since|Last|This|Earlier|Later)\s/;
const SUBJECT_PRONOUNS = new Set(["it", "he", "she", "they"]);

/**
 * "Thomas Sam, 42, and his wife Manju Sam, 36,": an age in apposition is the age of the name
 * right before it, so "How old is Manju Sam?" is not answered with 42. True when the question
 * names no person, or the age stands after no name.
 */
export function ageOfAsked(q: Query, about: string[], sentence: string, quantity: Quantity): boolean {
  const people = q.entities.filter((e) => e.entity.kind === "person");
  // Not an opening phrase's ("On Monday, 46-year-old …").
  const comma = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*),\s*$/u.exec(sentence.slice(Math.max(0, quantity.start - 80), quantity.start));
  const before = comma && !OPENING_PHRASE.test(comma[1]!) ? comma : null;
  // "How old was Gloria?" where the analysis made no person of her: the age must still be hers,
  // not the age in apposition to someone else ("Thomas Sam, 42").
  if (people.length === 0) {
    const asked = questionNames(q.raw).map((n) => n.toLowerCase());
    if (asked.length === 0) return ownerAsked(about, sentence, quantity);
    return !before || asked.some((n) => before[1]!.toLowerCase().split(/\s+/).includes(n) || before[1]!.toLowerCase() === n);
  }
  if (!before) return true;
  const name = before[1]!.toLowerCase();
  return people.some((e) => name === e.entity.name.toLowerCase() || e.entity.aliases.some((x) => x.toLowerCase() === name) || name === e.wording.toLowerCase() || name.endsWith(` ${e.wording.toLowerCase()}`) && e.wording.includes(" "));
}

/**
 * The sentence dates what it tells to another time than the period asked: by its dates, or by
 * a year written as a word of a name ("the 1991 Hajj"), which the date reader leaves alone.
 */
export function datedElsewhen(s: IndexedSentence, period: { from: string; to: string }): boolean {
  if (s.dates.length) return !s.dates.some((d) => d.from <= period.to && d.to >= period.from);
  const years = [...s.text.matchAll(/(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,])/g)].map((m) => m[1]!);
  return years.length > 0 && !years.some((y) => y >= period.from.slice(0, 4) && y <= period.to.slice(0, 4));
}

/** "that number", "the figure", "this estimate": a bare number that restates the number before. */
const RESTATED = /\b(?:that|this|the)\s+(?:number|figure|total|tally|estimate|count)\b[^,;.]*$/i;

/** "a population of 800", "its population is about 12,000", "home to some 2,000": a bare number that counts the people living there. */
const INHABITANTS = new RegExp(String.raw`\b(?:(?:population|populace)\s+(?:(?:of|is|was|stands at|stood at|totals|totalled|totaled|reached)\s+)?|home to\s+)(?:(?:about|around|nearly|almost|some|roughly|over|more than|just over|just under)\s+)?$`, "i");

/** "approximately 20 of the 25 employees", "20 of its staff": the whole a bare number is a part of. */
const PART_OF = /^\s+of\s+(?:the|its|their|his|her|these|those)\s+(?:[\d,.]+\s+)?/i;
/** "600 dead (100 of which are civilians)": what the part is said to be. */
const PART_WHICH = /^\s+(?:of|among)\s+(?:which|whom|them)\s+(?:are|were|was|is|have been|had been)\s+/i;

/**
 * What a count counts when its own noun does not say: a bare number the sentence says restates
 * the one before ("The church estimates that number is closer to 40,000" after "about 100,000
 * Greeks worship …") counts what that one counted; a part counts the noun of the whole it is
 * taken from ("approximately 20 of the 25 employees") or the noun it is said to be ("100 of
 * which are civilians"); a bare number a population is given as ("a population of 800") counts
 * people; a number a crowd label gives ("Attendance: 78,011 Referee: …") counts
 * the people present, whatever word follows it.
 */
export function referredNoun(s: IndexedSentence, quantity: Quantity, index: KnowledgeIndex): Quantity {
  if (quantity.measure !== "count") return quantity;
  const noun = (unit: string): Quantity => ({ ...quantity, unit, unitTerms: words(unit).filter((w) => !STOPWORDS.has(w)).map(canonical) });
  if (crowdLabelBefore(s.text.slice(0, quantity.start))) return noun("people");
  if (quantity.unitTerms.length) return quantity;
  if (INHABITANTS.test(s.text.slice(0, quantity.start))) return noun("people");
  const after = s.text.slice(quantity.end);
  const part = PART_OF.exec(after) ?? PART_WHICH.exec(after);
  const whole = part ? unitAfter(" " + after.slice(part[0].length)) : "";
  if (whole && countedHead(whole)) return noun(whole);
  if (!RESTATED.test(s.text.slice(0, quantity.start))) return quantity;
  const before = index.sentences[s.id - 1];
  const earlier = before && before.doc === s.doc ? before.quantities.find((x) => x.measure === "count" && x.unitTerms.length) : undefined;
  return earlier ? { ...quantity, unit: earlier.unit, unitTerms: earlier.unitTerms } : quantity;
}

/** A number after "including" that counts part of what an earlier number of the sentence counts. */
export function partOfWhole(s: IndexedSentence, quantity: Quantity): boolean {
  return s.quantities.some((whole) => whole.end <= quantity.start && whole.unit === quantity.unit && whole.measure === quantity.measure && /\b(?:including|among them|of whom|of which)\b/i.test(s.text.slice(whole.end, quantity.start)));
}

/**
 * "shut down two of the nine engines": for the part ("two") or the whole ("nine") of a partitive
 * of one noun, the words written right before the part, which tell what was done to it; null for
 * a number of no partitive.
 */
export function partitiveRole(s: IndexedSentence, quantity: Quantity): { role: "part" | "whole"; actOnPart: string[] } | null {
  // "20 of the 25 employees … were taken into custody": the predicate after the whole's phrase tells it too.
  const acts = (part: Quantity, whole: Quantity) => [...words(s.text.slice(0, part.start)).slice(-PART_ACT_WORDS), ...words(PREDICATE_AFTER.exec(s.text.slice(whole.end).split(/[,;.]/)[0]!)?.[1] ?? "")].map(canonical);
  for (const other of s.quantities) {
    if (other === quantity || other.unit !== quantity.unit || other.measure !== quantity.measure) continue;
    if (quantity.end <= other.start && PART_BEFORE_WHOLE.test(s.text.slice(quantity.end, other.start))) return { role: "part", actOnPart: acts(quantity, other) };
    if (other.end <= quantity.start && PART_BEFORE_WHOLE.test(s.text.slice(other.end, quantity.start))) return { role: "whole", actOnPart: acts(other, quantity) };
  }
  return null;
}
/** How many words before a part tell what was done to it ("the crew then shut down| two of …"). */
const PART_ACT_WORDS = 3;
/** The passive or perfect predicate of a clause: "… employees for the paper |were| taken into custody". */
const PREDICATE_AFTER = /\b(?:were|was|are|is|have been|has been|had been)\s+(.+)$/i;
/** What stands between a part and its whole: "two| of the |nine engines". */
const PART_BEFORE_WHOLE = /^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+$/i;

/** Share of the terms in the sentence, a general noun ("monkeys") also found by a narrower one of its kind ("macaques"). */
export function kindCoverage(terms: string[], s: IndexedSentence): number {
  const unique = [...new Set(terms)];
  if (unique.length === 0) return 1;
  // Each word counts whole when said or said by a narrower noun, in part through a related word.
  return unique.reduce((sum, t) => sum + (s.terms.some((x) => ofKind(t, x)) ? 1 : coverage([t], s)), 0) / unique.length;
}

/** A span in the sentence's opening phrase: "After nearly half an hour, …", "Within 48 hours, …". */
export function openingSpan(text: string, quantity: Quantity): boolean {
  return quantity.measure === "duration" && /^\s*(?:after|within|for|in|over|during|following)\s+(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(0, quantity.start)) && /^[^,;.]{0,20},/.test(text.slice(quantity.end));
}


/** The statement the number stands in, or its own noun, holds a word of the question. */
export function ownStatement(strong: string[], text: string, quantity: Quantity): boolean {
  // "A girl was swept away; she was found two hours later": a pronoun carries the statement before it.
  const statement = THIRD_PERSON.test(text.slice(clauseSpan(text, quantity.start, /;|,?\s+(?:and|but|while|whereas)\s+/g).from, quantity.start)) ? new Set(words(text).map(canonical)) : statementTerms(text, quantity.start);
  // A related word says it too: "the quake struck at a depth of five kilometres" tells of the earthquake.
  return strong.some((t) => statement.has(t) || quantity.unitTerms.includes(t) || [...relatedForms(t)].some((x) => statement.has(x)));
}

/**
 * The question asks about a possible or planned figure: a modal ("could", "will"), or a change
 * verb not in a past form ("cut to", not "were cut").
 */
export function asksProjection(q: Query): boolean {
  if (/\b(could|might|may|would|will|plan|plans|planned|expected|target)\b/.test(q.text)) return true;
  return q.projection && !/\b(was|were|did|had|has|have|been)\b/.test(q.text);
}

/** A sentence opening "This 10-day climb …" or "These funds …" tells of what the sentence before named. */
const REFERS_BACK = /^(?:This|These|That|Those)\s+\S/;

/** Share of the question's names found in the sentence, by their words or as an entity the sentence names. */
export function namedCoverage(named: string[], q: Query, s: IndexedSentence, index: KnowledgeIndex): number {
  const byEntity = q.entities.filter((e) => namesEntity(s, e)).flatMap((e) => words(e.entity.name).map(canonical));
  // "Microsoft has replaced it with three newer versions": "it" is what the sentence before named.
  const before = THIRD_PERSON.test(s.text) || REFERS_BACK.test(s.text) ? index.sentences[s.id - 1] : undefined;
  const previous = before && before.doc === s.doc ? before : undefined;
  const found = named.filter((t) => byEntity.includes(t) || coverage([t], s) === 1 || (previous !== undefined && coverage([t], previous) === 1));
  return found.length / named.length;
}

/**
 * The sentence names an entity of the question: as the analysis resolved it, or in the words the
 * question wrote it with ("VDA-7" for the entity the analysis named by what VDA stands for).
 */
export function namesEntity(s: IndexedSentence, e: Query["entities"][number]): boolean {
  if (s.entities.includes(e.entity.id)) return true;
  const wording = words(e.wording).filter((w) => !STOPWORDS.has(w)).map(canonical);
  return wording.length > 0 && wording.every((t) => s.terms.includes(t));
}
