// A "What did X say?" question that the quote answerer could not answer may still be answered
// by search, with the sentence that holds most of its words. That sentence must then be X
// speaking: one that only mentions X ("territory controlled by the Taliban") or names the
// possessor of the role asked ("Sweden faced South Korea" for "South Korea's coach") puts words
// in X's mouth, and so does one that names X only inside what someone else said ("Ann Roe said that
// the Taliban …", "investigating claims that the council …", a quotation).

import { REPORTING_VERBS, STOPWORDS } from "../analysis/lexicon.ts";
import { speechVerbAt } from "../analysis/speechVerbAt.ts";
import { quoteSpans, tokenize } from "../analysis/speechTokens.ts";
import { canonical, escapeRegExp, words } from "../analysis/text.ts";
import type { IndexedSentence } from "../index/knowledgeIndex.ts";
import { speakerPhrase } from "./answers/findSpeakerByRole.ts";
import { tuning } from "../tuning.ts";
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
  const reportsSpeech = cited.statements.length > 0 || /["“”]/.test(cited.text) || hasSpeechVerb(cited.text);
  return named && reportsSpeech && !namedOnlyInReport(speakerWords, cited.text) && !namedAwayFromSpeech(speakerWords, cited.text) ? null : asWritten(q.raw, phrase);
}

/**
 * True when the sentence has verbs of saying and every word of the speaker phrase is in it, but
 * none stands where those verbs' speakers do: up to a few words before a verb, or right after an
 * inverted one or "according to". "… announced by the minister, aimed at allies concerned about
 * Iranian influence" does not have Iran speaking.
 */
export function namedAwayFromSpeech(speakerWords: string[], text: string): boolean {
  const tokens = tokenize(text);
  const quotes = quoteSpans(text);
  const inQuote = (pos: number) => quotes.some((q) => pos > q.start && pos < q.end);
  const zone: string[] = [];
  let verbs = 0;
  tokens.forEach((t, v) => {
    if (inQuote(t.start)) return;
    const verb = speechVerbAt(text, tokens, v, quotes);
    if (!verb) return;
    verbs++;
    const from = Math.max(0, v - tuning.grounding.speakerReachBefore);
    zone.push(...tokens.slice(from, v).filter((x) => !inQuote(x.start)).map((x) => x.text));
    // After the verb only when it is inverted ("…,” said X", "…, says X") or names a source ("according to X"):
    // after "Police said" comes what was said.
    const inverted = verb.cue !== null || v === 0 || /^[,“”"]$|[,”"]$/.test(tokens[v - 1]!.text);
    if (!inverted) return;
    const after = tokens.slice(v + 1, v + 1 + tuning.grounding.speakerReachAfter);
    const end = after.findIndex((x) => /[,;.]$/.test(x.text));
    zone.push(...(end < 0 ? after : after.slice(0, end + 1)).map((x) => x.text));
  });
  if (verbs === 0) return false;
  return holdsAll(speakerWords, text) && !holdsAll(speakerWords, zone.join(" "));
}

/** Whether every word of the speaker phrase is in the text, as written or by its canonical form. */
function holdsAll(speakerWords: string[], text: string): boolean {
  const ws = new Set(words(text));
  const stems = new Set([...ws].map(canonical));
  return speakerWords.every((w) => ws.has(w) || stems.has(canonical(w)));
}

/** Whether a word of the sentence is a verb of saying there, read as attribution reads it ("investigating claims that …" is none). */
function hasSpeechVerb(text: string): boolean {
  const tokens = tokenize(text);
  const quotes = quoteSpans(text);
  return tokens.some((_, i) => speechVerbAt(text, tokens, i, quotes) !== null);
}

/** Quotations, straight or curly. */
const QUOTED = /"[^"]*"|“[^”]*”/g;
/**
 * What a verb of saying reports when "that" follows it within a few words (whom it was told and
 * where stand between: "told British officials in a letter that …"), up to the end of its clause:
 * the speaker is never in it. A noun of saying reports the same way ("investigating claims that …").
 */
const REPORTED_CLAUSE = new RegExp(
  `\\b(?:${[...REPORTING_VERBS].join("|")})\\b(?:\\s+[^\\s,;:]+){0,8}?\\s+that\\b[^;]*?(?=;|,\\s+but\\b|$)`,
  "gi",
);

/**
 * True when every word of the speaker phrase is in the sentence only inside what is reported (a
 * quotation, the clause after "said that"), never where a speaker stands: "Jo Kim said that the
 * Taliban use civilians as shields" names the Taliban, but not as speaking.
 */
export function namedOnlyInReport(speakerWords: string[], text: string): boolean {
  const reported = [...(text.match(QUOTED) ?? []), ...(text.replace(QUOTED, " ").match(REPORTED_CLAUSE) ?? [])].join(" ");
  return holdsAll(speakerWords, reported) && !holdsAll(speakerWords, text.replace(QUOTED, " ").replace(REPORTED_CLAUSE, " "));
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
