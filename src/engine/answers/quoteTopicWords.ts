// How a statement touches the topic a "What did X say about T?" question asks (answerQuote.ts):
// the topic's words or words of their stem, a kind of statement ("about the future"), the roles of
// the people its sentence names, and the sentences it points back to with "the <noun>"; and the
// words of a question that name where it was said or an aspect of someone, which are no topic.

import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { ASPECT_NOUNS, CAUSE_CUES, EVENT_ANAPHORS, FUTURE_MARKERS, FUTURE_TOPICS, REASON_TOPICS, SPEECH_MEDIA, STOPWORDS, TEMPORAL_CAUSE_CUES } from "../../analysis/lexicon.ts";

const MEDIUM_PHRASE = new RegExp(`\\b(?:on|in|at|during|via|through)\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}?(${SPEECH_MEDIA.join("|")})\\b`, "gu");
/** The words of a question naming where it was said ("site" in "say on the countdown site"): no topic a statement must hold. */
export function mediaOf(question: string): Set<string> {
  // "What did X say about the interview?": after "about" it is the topic.
  return new Set([...question.toLowerCase().matchAll(MEDIUM_PHRASE)].map((m) => m[1]!));
}

const ASPECT_PHRASE = new RegExp(`[\\p{L}\\d]['’]s?\\s+(?:[\\p{L}-]+\\s+)?(${ASPECT_NOUNS.join("|")})\\b|\\b(${ASPECT_NOUNS.join("|")})\\s+of\\b`, "giu");
/** Aspect nouns the question ties to someone or something ("Gloria's condition", "the future of the mill"). */
export function aspectsOf(question: string): Set<string> {
  return new Set([...question.matchAll(ASPECT_PHRASE)].map((m) => (m[1] ?? m[2]!).toLowerCase()));
}

/**
 * Share of the topic words a sentence touches: the same canonical term, or a word sharing its
 * first five letters ("shelling" and "shells", "manufacturers" and "manufacture").
 */
export function touches(topicWords: string[], s: IndexedSentence, roles: Set<string> = NO_ROLES): number {
  const unique = [...new Set(topicWords)];
  if (unique.length === 0) return 1;
  const have = new Set([...s.terms, ...roles]);
  const raw = words(s.text);
  let hit = 0;
  for (const w of unique) {
    const c = canonical(w);
    const stem = stemOf(w);
    if (have.has(c) || raw.some((x) => x.length >= stem.length && x.startsWith(stem)) || speaksOfKind(w, s.text)) hit++;
  }
  return hit / unique.length;
}

const FUTURE_TOPIC = new Set(FUTURE_TOPICS);
const FUTURE_MARKER = new RegExp(`\\b(?:${FUTURE_MARKERS.join("|")})\\b|\\w['’]ll\\b`, "i");
const REASON_TOPIC = new Set(REASON_TOPICS);
const REASON_MARKER = new RegExp(`\\b(?:${CAUSE_CUES.filter((c) => !TEMPORAL_CAUSE_CUES.includes(c)).join("|")})\\b`, "i");
/**
 * A topic that is a kind of statement rather than a word of it: "about the future / her plans" is
 * what X says will be ("We will rebuild"), "the reason the wall broke" what X gives as a cause
 * ("… failed because it had not been repaired"), whatever their words.
 */
function speaksOfKind(topicWord: string, text: string): boolean {
  return (FUTURE_TOPIC.has(topicWord) && FUTURE_MARKER.test(text)) || (REASON_TOPIC.has(topicWord) && REASON_MARKER.test(text));
}

const NO_ROLES = new Set<string>();

const EVENT_ANAPHOR = new Set(EVENT_ANAPHORS);
/** The paragraph number of an article's lead (paragraphs count from 1). */
const LEAD_PARAGRAPH = 1;
const DEFINITE_NOUN = /\bthe\s+(\p{Ll}{3,})\b(?!\s+(?:of|to)\b)/gu;
/** "this aggression", "these attacks": a demonstrative before a noun. */
const DEMONSTRATIVE_NOUN = /\b(?:this|these)\s+(\p{L}{3,})\b/giu;
/**
 * The sentences a statement's sentence points back to with "the <noun>" outside its quotation
 * ("After the match, …" → "The match ended with England winning"): earlier sentences of its
 * paragraph and of the one before that use the noun.
 */
export function pointedBackTo(s: IndexedSentence, index: KnowledgeIndex): IndexedSentence[] {
  const own = s.text.replace(/[“"][^”"]*[”"]?/g, " ");
  // "says he “condemns this aggression”": "this" before an event points back even inside the speaker's words.
  const shown = [...s.text.matchAll(DEMONSTRATIVE_NOUN)].map((m) => m[1]!.toLowerCase()).filter((w) => EVENT_ANAPHOR.has(w));
  const found = [...[...own.matchAll(DEFINITE_NOUN)].map((m) => m[1]!), ...shown].filter((w) => !STOPWORDS.has(w));
  if (found.length === 0) return [];
  // "the decision", "the move": a noun naming an event points back to the event told before, in any words.
  const anyEvent = found.some((w) => EVENT_ANAPHOR.has(w));
  const nouns = found.map(canonical);
  const out: IndexedSentence[] = [];
  for (let id = s.id - 1; id >= 0; id--) {
    const c = index.sentences[id]!;
    if (c.doc !== s.doc) break;
    // Near it; or, for an event, in the article's lead, where news tells it first.
    const near = c.paragraph >= s.paragraph - 1;
    if (!near && !anyEvent) break;
    if (!near && c.paragraph !== LEAD_PARAGRAPH) continue;
    if (anyEvent || nouns.some((n) => c.terms.includes(n))) out.push(c);
  }
  return out;
}

/** "What did the coach say about the goalkeeper?": the roles of the people a sentence names ("Rask, the goalkeeper"), as terms. */
export function rolesNamedIn(s: IndexedSentence, index: KnowledgeIndex): Set<string> {
  const out = new Set<string>();
  for (const id of s.entities) for (const role of index.entities.get(id)?.roles ?? []) for (const t of contentTerms(role)) out.add(t);
  return out;
}

/** Share of the topic words a text holds, as a word sharing its first letters (as `touches` reads them). */
export function touchesText(topicWords: string[], text: string): number {
  const unique = [...new Set(topicWords)];
  const raw = words(text);
  const terms = new Set(raw.map(canonical));
  return unique.filter((w) => terms.has(canonical(w)) || raw.some((x) => x.length >= stemOf(w).length && x.startsWith(stemOf(w))) || speaksOfKind(w, text)).length / unique.length;
}

const stemOf = (w: string) => w.slice(0, Math.min(5, Math.max(4, w.length - 1)));

/** How many of the words appear in the sentence exactly as written. */
export function exactWords(list: string[], s: IndexedSentence): number {
  const raw = new Set(words(s.text));
  return new Set(list.filter((w) => raw.has(w))).size;
}
