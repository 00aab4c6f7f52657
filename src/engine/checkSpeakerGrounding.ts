// A "What did X say?" question that the quote answerer could not answer may still be answered
// by search, with the sentence that holds most of its words. That sentence must then be X
// speaking: one that only mentions X ("territory controlled by the Taliban") or names the
// possessor of the role asked ("Sweden faced South Korea" for "South Korea's coach") puts words
// in X's mouth.

import { REPORTING_VERBS, STOPWORDS } from "../analysis/lexicon.ts";
import { canonical, words } from "../analysis/text.ts";
import type { IndexedSentence } from "../index/knowledgeIndex.ts";
import { speakerPhrase } from "./answers/findSpeakerByRole.ts";
import type { Query } from "./understandQuestion.ts";

/** A speaker phrase that points back rather than names: a follow-up's, judged by the conversation. */
const POINTS_BACK = /^(?:he|she|it|they|him|her|them|this person|that person)$/;

/**
 * The speaker the question asks about, as it wrote them ("the Taliban", "South Korea's coach"), when the cited
 * sentence does not report speech by them: every word of the speaker phrase must be in the
 * sentence, and the sentence must report speech (a statement the analysis attributed, a
 * quotation, a verb of saying). Null when it does, or when the question names no speaker.
 */
export function unquotedSpeaker(q: Query, cited: IndexedSentence): string | null {
  const phrase = speakerPhrase(q.text);
  if (!phrase || POINTS_BACK.test(phrase)) return null;
  const speakerWords = words(phrase).filter((w) => !STOPWORDS.has(w));
  if (speakerWords.length === 0) return null;
  // The question's entity inside the phrase, named in the sentence by another of its names.
  const byEntity = q.entities.filter((e) => phrase.includes(e.wording.toLowerCase()) && cited.entities.includes(e.entity.id)).flatMap((e) => words(e.wording));
  const raw = new Set(words(cited.text));
  const terms = new Set(cited.terms);
  const named = speakerWords.every((w) => raw.has(w) || terms.has(canonical(w)) || byEntity.includes(w));
  const reportsSpeech = cited.statements.length > 0 || /["“”]/.test(cited.text) || [...raw].some((w) => REPORTING_VERBS.has(w));
  return named && reportsSpeech ? null : asWritten(q.raw, phrase);
}

/** A phrase read off the question, as the question wrote it: "south korea coach" → "South Korea's coach". */
function asWritten(raw: string, phrase: string): string {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  const tokens = phrase.split(/\s+/);
  const from = lower.search(new RegExp(`\\b${escapeRegExp(tokens[0]!)}\\b`));
  const last = from < 0 ? null : new RegExp(`\\b${escapeRegExp(tokens[tokens.length - 1]!)}\\b`, "g");
  if (!last) return phrase;
  last.lastIndex = from;
  const end = last.exec(lower);
  return end ? raw.slice(from, end.index + end[0].length) : phrase;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
