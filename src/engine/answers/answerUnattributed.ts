import { SPEECH_CHANNELS, STOPWORDS, UTTERANCE_NOUNS } from "../../analysis/lexicon.ts";
import { SPEECH_WORD } from "../../analysis/speechSubject.ts";
import { tagWords } from "../../analysis/partsOfSpeech.ts";
import { canonical, contentTerms, escapeRegExp } from "../../analysis/text.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import { headOfTopic } from "./answerQuote.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";

/**
 * "What did X say?" when the analysis credits X with no statement, or none on the topic: the
 * article may still tell of X's words in a form the speech analysis does not read ("It is noted on
 * the X website that …", "X flashed a message urging …"), or say the topic in other words than
 * the quote answerer's topic test reads. The sentence that names X (by its entity, or a phrase's
 * words in a row) and quotes (four words or more) or reports something, crediting no one else, is
 * shown, led by a reply that says the article gives no statement of X's as such (or, for X's own
 * statement, that it is the nearest one): the reader checks the words, none are put in X's mouth.
 * With a topic, the sentence must hold `minTopicShare` of it, and the head of "about the <head>
 * of …". Null when no sentence does.
 */
export function answerUnattributed(q: Query, index: KnowledgeIndex, name: string, quotedTopic?: string): Answer | null {
  const entity = index.entityByAlias(name.replace(/^(the|a|an)\s+/i, ""));
  const nameTerms = new Set(contentTerms(name));
  if (!entity && nameTerms.size === 0) return null;
  const headWord = headOfTopic(q.text);
  const head = headWord ? canonical(headWord) : null;
  // The topic is what "about …" names ("What did X tell the crew about the budget?": the crew are whom X told),
  // or what the quote answerer read as the topic when X is quoted, but not on it ("was the reason for the power cut"),
  // or else the question's own words past the name and the asking ("What did X tell citizens?": citizens).
  const about = quotedTopic ?? ABOUT.exec(q.text)?.[1] ?? "";
  const topic = [...new Set(contentTerms(about || q.text))].filter((t) => !nameTerms.has(t) && !STOPWORDS.has(t) && !ASKING.has(t) && !SPEECH_WORD.test(t));
  // A phrase that is no known name ("state television") must stand in the sentence as written, possessives aside.
  const written = phraseIn(name);
  const names = (s: IndexedSentence) => (entity ? s.entities.includes(entity.id) : false) || (written !== null && written.test(s.text));
  let best: { s: IndexedSentence; share: number } | null = null;
  for (const { sentence: s } of index.find(`${name} ${q.text}`, tuning.unattributed.sentences)) {
    if (!names(s) || !reportsWords(s)) continue;
    // Another speaker's words that only mention X are theirs, not X's.
    if (s.statements.some((st) => st.speaker !== entity?.id)) continue;
    // "about the cost of the referendums": a sentence on the referendums that says nothing of their cost is on something else.
    if (head && !s.terms.includes(head)) continue;
    const share = topic.length ? topic.filter((t) => s.terms.includes(t)).length / topic.length : 1;
    if (share < tuning.unattributed.minTopicShare) continue;
    if (!best || share > best.share || (share === best.share && s.id < best.s.id)) best = { s, share };
  }
  if (!best) return null;
  const who = (entity?.name ?? name).replace(/^The\b/, "the");
  // A statement the analysis does credit to X, which the quote answerer found off the topic, is offered as the nearest one.
  const lead = best.s.statements.length > 0 ? messages.nearestStatement(who) : messages.unattributed(who);
  return compose(index, { kind: "quote", lead, short: null, sentences: [best.s], confidence: tuning.unattributed.confidence * best.share });
}

/** Whether a sentence quotes or reports words: a quotation, a noun for words sent out, or a verb of saying used as a verb ("claims" of "investigating claims" is a noun). */
function reportsWords(s: IndexedSentence): boolean {
  if (QUOTATION.test(s.text) || s.terms.some((t) => UTTERANCES.has(t))) return true;
  return SPEECH_WORD.test(s.text) && tagWords(s.text).some((w) => (w.pos === "VERB" || (w.pos === "ADP" && w.text.toLowerCase() === "according")) && SPEECH_WORD.test(w.text));
}

/** "about the budget", "on the vote", "regarding …": the topic of what was said. */
const ABOUT = /\b(?:about|on|regarding|concerning)\s+(.+)$/i;

/** Nouns for what was said or sent out ("a message urging …", "in a statement"), as terms. */
const UTTERANCES = new Set([...SPEECH_CHANNELS, ...UTTERANCE_NOUNS].map(canonical));
/** Words a question asks for words with, never its topic. */
const ASKING = new Set(["say", "said", "tell", "told", "think", "thought", "feel", "felt", "react", "reaction", "respond", "response", "comment", "word"].map(canonical));
/** A quotation of four words or more: what someone said in their own words, not a quoted name ("the “Darkhorse” battalion"). */
const QUOTATION = /[“"](?:[^”"\s]+\s+){3,}[^”"]*[”"]/;

/** The phrase's words in a row, each maybe with a possessive ("paris husband" → "Paris's husband"); null for none. */
function phraseIn(name: string): RegExp | null {
  const ws = name.toLowerCase().replace(/^(the|a|an)\s+/, "").split(/\s+/).filter((w) => /^[\p{L}\p{N}.-]+$/u.test(w));
  return ws.length ? new RegExp(`\\b${ws.map(escapeRegExp).join("(?:[’']s)?\\s+")}\\b`, "iu") : null;
}
