// When a sentence tells of an event without a date, it often times it by another event:
// "Gloria was taken to hospital shortly before her death", "they moved when she was six",
// "two days later". That phrase answers a when-question better than a refusal, and says no
// more than the sentence does. Read by answerWhen.ts.

import { APPROXIMATE_TIME_WORDS, ERA_MARKS, NUMBER_WORDS, ORDINAL_WORDS, RELATIVE_TIME_DEGREES, RELATIVE_TIME_PREPOSITIONS, UNKNOWN_WHEN_CUES } from "../../analysis/lexicon.ts";

const alternation = (list: readonly string[]) => list.map((x) => x.replace(/ /g, "\\s+")).join("|");
const NUMBER = String.raw`(?:\d+|a|an|several|a few|few|${Object.keys(NUMBER_WORDS).join("|")})`;
/** The phrase ends at a clause break: punctuation, or a word that opens another clause. */
const REST = String.raw`[^,.;:!?"“”()]+?(?=\s*(?:[,.;:!?"“”()]|$|\s(?:and|but|while|where|which|who|because|as|so)\s))`;
const escape = (w: string) => w.replace(/[.]/g, "\\.");
const ERA = ERA_MARKS.map(escape).join("|");
const ABOUT = String.raw`(?:(?:${APPROXIMATE_TIME_WORDS.map(escape).join("|")})\s+)?`;
const ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join("|")})`;
/** "about 300 BC", "AD 79", "the third century BC", "the 12th century": a time in history. */
const HISTORIC = new RegExp(
  String.raw`\b${ABOUT}(?:\d{1,3}(?:,\d{3})*|\d{1,4})\s*(?:${ERA})(?![\p{L}])|\b${ABOUT}(?:AD|A\.D\.)\s+\d{1,4}\b|\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?${ORDINAL}[\s-]+century(?:\s+(?:${ERA})(?![\p{L}]))?`,
  "giu",
);
const PATTERNS: RegExp[] = [
  HISTORIC,
  new RegExp(String.raw`\b(?:(?:${alternation(RELATIVE_TIME_DEGREES)})\s+)?(?:${alternation(RELATIVE_TIME_PREPOSITIONS)})\s+${REST}`, "giu"),
  new RegExp(String.raw`\b${NUMBER}\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|afterwards|before|after)\b`, "giu"),
  new RegExp(String.raw`\bwhen\s+${REST}`, "giu"),
];

/**
 * The phrase of a sentence that times its event by another, or null. A phrase the caller finds
 * in the question already (`questionTerms`) says nothing new and is passed over.
 */
export function relativeTime(text: string, questionTerms: (phrase: string) => boolean): string | null {
  const found: Array<{ at: number; phrase: string }> = [];
  for (const pattern of PATTERNS) for (const m of text.matchAll(pattern)) found.push({ at: m.index!, phrase: m[0].trim() });
  found.sort((a, b) => a.at - b.at);
  const best = found.find((f) => f.phrase.split(/\s+/).length >= 2 && !questionTerms(f.phrase) && !placeOrBody(f.phrase) && !reported(text, f.at));
  return best?.phrase ?? null;
}

const UNKNOWN_BEFORE = new RegExp(String.raw`\b(?:${UNKNOWN_WHEN_CUES.join("|")})\s*$`, "i");

/** "before the court", "after Congress": a name after the preposition is a place or a body, not an event. */
function placeOrBody(phrase: string): boolean {
  return /^(?:before|after|since|until)\s+(?:the\s+)?\p{Lu}/u.test(phrase);
}

/** "It is unclear when …", "did not say when …": a when-clause that is what is not known. */
function reported(text: string, at: number): boolean {
  return UNKNOWN_BEFORE.test(text.slice(0, at));
}
