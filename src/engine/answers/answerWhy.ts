// Why: the sentence that tells of the event asked about and gives its cause or purpose after
// it ("… fired artillery rounds aimed at a loudspeaker", "… evacuated 80 people after a shell
// landed"). The cause clause leads the answer; the sentence is cited whole.

import { canonical, contentTerms } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { compose, sentenceCase } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { TraceStep } from "../trace.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { agentCause, attachedToEvent, causeClauses, effectSplits, isPointer, isTemporal, pointsBackToCause, shareOf as share, tellsWhy } from "./causeClauses.ts";
import { entityTerms, rankSentences, type Ranked } from "./rankSentences.ts";

/** The cause a sentence gives for the event asked about, and the sentences that tell it besides its own. */
interface Cause {
  /** The cause in the article's words; null when the sentence, whole, is the article's account of the reason. */
  text: string | null;
  /** Sentences cited before the event's own: the sentence before, when the cause is "due to that". */
  from: IndexedSentence[];
  /** Weight of the cause: one after the event (`causeAfterEvent`) or elsewhere in the sentence. */
  weight: number;
  why: string;
}

export function answerWhy(q: Query, index: KnowledgeIndex, step?: TraceStep): Answer | null {
  if (q.topic.length === 0 && q.entities.length === 0 && !q.previous) return null;
  // "Why?" after an answer asks about the sentence that answer cited.
  const ranked = q.previous && q.topic.length === 0 && q.entities.length === 0
    ? q.previous.sentences.slice(0, 1).map((id) => ({ sentence: index.sentences[id]!, coverage: 1, score: tuning.why.minCoverage * tuning.rank.coverage }))
    : rankSentences(q, index)
        .map((r) => withAntecedent(q, index, r))
        .filter((r) => r.coverage >= tuning.why.minCoverage)
        .sort((a, b) => b.score - a.score)
        .slice(0, tuning.why.sentences);
  const terms = new Set([...q.topic, ...entityTerms(q)]);
  const scored = ranked.map((r) => {
    const cause = causeOf(r.sentence, terms, index);
    // The article's own account of a cause beats a cause someone is reported to expect or claim.
    const reported = r.sentence.statements.length > 0 ? tuning.why.reportedSpeech : 0;
    return { r, cause, score: r.score + (cause?.weight ?? 0) - reported };
  });
  // Of two sentences telling of the event alike, the one that gives a cause.
  scored.sort((a, b) => b.score - a.score || Number(!!b.cause) - Number(!!a.cause));
  if (step) step.candidates = scored.slice(0, 5).map((x) => ({ text: x.r.sentence.text.slice(0, 80), score: Math.round(x.score * 100) / 100, why: x.cause ? x.cause.why : "no cause clause" }));
  // A why-question wants a cause: a sentence that gives one, holding as much of the question and scored
  // nearly as high, and in the article's own words (not a claim it reports), beats one that gives none.
  const top = scored[0];
  // (Not the next sentence that explains it by a pronoun: that one is shown after it, below.)
  const explains = top && !top.cause ? explainedNext(index, top.r.sentence, terms) : undefined;
  const withCause = top && !top.cause ? scored.find((x) => x.cause?.text && x.r.sentence.id !== explains?.id && x.r.coverage >= top.r.coverage && x.r.sentence.statements.length === 0 && x.score >= top.score - tuning.why.causeMargin) : undefined;
  const best = withCause ?? top;
  if (!best) return null;
  // The article asks the question itself ("Why did she so badly want to attend?") and answers it next.
  const reply = isArticleQuestion(best.r.sentence.text) ? replyTo(index, best.r.sentence) : null;
  if (reply) {
    if (step) step.candidates![0]!.why = `the article's own question, answered by: ${reply.text.slice(0, 60)}`;
    return compose(index, { kind: "why", lead: messages_articleSays, short: null, sentences: [reply, best.r.sentence], confidence: best.r.coverage * tuning.confidence.whyOwnQuestion });
  }
  const cause = best.cause;
  const lead = cause?.text ? `${sentenceCase(cause.text.replace(/[.!?]+["”’]?$/u, ""))}.` : messages_articleSays;
  // A sentence that tells of the event and gives no cause is often explained by the next, which
  // speaks of it by a pronoun and gives one ("Developers face problems with X. … they are forced
  // to …"): shown after it, in the article's words, never made the lead.
  const next = cause ? undefined : explainedNext(index, best.r.sentence, terms);
  // "What was the cause of X?" asks for a thing: the cause without its cue ("due to cancer" → "cancer").
  const thing = cause?.text && /\bwhat (?:is|was|are|were) the (?:main )?causes? of\b/.test(q.text) ? cause.text.replace(/^(?:due to|because of|owing to|caused by|as a result of|after|from)\s+/i, "").replace(/[.!?]+["”’]?$/u, "") : null;
  return compose(index, { kind: "why", lead, short: thing, sentences: [...(cause?.from ?? []), best.r.sentence, ...(next ? [next] : [])], confidence: best.r.coverage * (cause?.text ? tuning.confidence.whyClause : tuning.confidence.whyWithoutClause) });
}

/** The paragraph's next sentence when it points back by a pronoun, shares a word of the question and gives a cause or purpose. */
function explainedNext(index: KnowledgeIndex, s: IndexedSentence, terms: Set<string>): IndexedSentence | undefined {
  const next = index.sentencesOf(s.doc)[s.position + 1];
  if (!next || next.paragraph !== s.paragraph || !POINTING.test(next.text) || share(next.text, terms) === 0) return undefined;
  return causeClauses(next.text).some((c) => !isPointer(c) && !isTemporal(c)) ? next : undefined;
}

/**
 * The cause a sentence gives for the event the question's terms describe, best first: a cue
 * after the event ("… aimed at a loudspeaker"), the sentence itself when it speaks of the reason
 * ("have not said why …"), the agent of the event's verb ("crushed by the wave of people"), the clause before an effect cue holding the event ("…, causing a
 * bottleneck"), the sentence before when this one only points back ("Due to that, …"), and last
 * a cue elsewhere in the sentence. Never a cause the sentence does not state.
 */
function causeOf(s: IndexedSentence, terms: Set<string>, index: KnowledgeIndex): Cause | null {
  const w = tuning.why;
  const text = s.text;
  // A clause that holds the event itself ("comes after North and South Korea exchanged fire") is not its cause.
  // Nor is a purpose whose verb is the question's own ("wants to support it" for why not support).
  const clauses = causeClauses(text).filter((c) => !isPointer(c) && !(isTemporal(c) && share(c.text, terms) >= w.eventClauseShare) && !terms.has(canonical(/^to\s+([\p{L}-]+)/iu.exec(c.text)?.[1] ?? "")));
  // A cause after the event is its cause: most of the question's words the sentence holds
  // stand before the cue ("North Korea fired artillery … aimed at a loudspeaker in South Korea").
  const all = share(text, terms);
  // A temporal cue only gives a cause in the event's own clause ("collapsed after a storm surge").
  const own = clauses.filter((c) => !isTemporal(c) || attachedToEvent(text, c.at, terms));
  const after = own.find((c) => all > 0 && share(text.slice(0, c.at), terms) / all >= w.eventBeforeCause);
  if (after) return { text: after.text, from: [], weight: w.causeAfterEvent, why: `cause: ${after.text}` };
  // The article speaks of the reason itself ("have not said why the team was denied visas, but …"): its words, whole.
  if (tellsWhy(text, terms, w.eventBeforeCause)) return { text: null, from: [], weight: w.causeAfterEvent, why: "tells why the event happened" };
  const agent = agentCause(text, terms);
  if (agent) return { text: agent.text, from: [], weight: w.causeAfterEvent, why: `agent of the event's verb: ${agent.text}` };
  const split = effectSplits(text).find((x) => all > 0 && share(x.effect.text, terms) / all >= w.eventInEffect);
  if (split) return { text: split.cause.text, from: [], weight: w.causeAfterEvent, why: `cause before "${split.effect.text.slice(0, 30)}": ${split.cause.text}` };
  const before = pointsBackToCause(text) ? index.sentencesOf(s.doc)[s.position - 1] : undefined;
  if (before) return { text: before.text, from: [before], weight: w.causeAfterEvent, why: `points back to: ${before.text.slice(0, 60)}` };
  const first = own[0];
  return first ? { text: first.text, from: [], weight: w.causeElsewhere, why: `cause: ${first.text}` } : null;
}

const messages_articleSays = "The article says:";

const ASKING = /^(why|what|how|who|when|where|which|is|are|was|were|did|does|do)\b[^?]*\?["”’]?$/i;
/** A sentence in which the article asks a question of its own. */
function isArticleQuestion(text: string): boolean {
  return ASKING.test(text.trim());
}

/** The next sentence of the paragraph: how an article answers the question it asked. */
function replyTo(index: KnowledgeIndex, s: IndexedSentence): IndexedSentence | null {
  const next = index.sentencesOf(s.doc)[s.position + 1];
  return next && next.paragraph === s.paragraph && !isArticleQuestion(next.text) ? next : null;
}

/** "there" / "here" as a place, after being or going ("was there to launch"), not the "there" of "there were". */
const PLACE_POINTER = /\b(?:was|were|is|are|been|be|went|go|came|come|arrived|stayed)\s+(?:there|here)\b/i;

/** The article's sentences before `s`, from the previous paragraph on, read as one: where a place pointer finds its place. */
function earlierText(index: KnowledgeIndex, s: IndexedSentence): Pick<IndexedSentence, "terms" | "entities" | "paragraph"> | undefined {
  const earlier = index.sentencesOf(s.doc).filter((x) => x.position < s.position && x.paragraph >= s.paragraph - 1);
  if (earlier.length === 0) return undefined;
  return { terms: earlier.flatMap((x) => x.terms), entities: earlier.flatMap((x) => x.entities), paragraph: s.paragraph };
}

const POINTING = /\b(he|she|they|him|her|them|his|their|it|its|those|these)\b/i;
/**
 * A sentence that speaks of what the question asks about by a pronoun ("She died from
 * infection", "Those who were tripped were then crushed") holds the question's words its
 * paragraph's sentence before holds: the names that sentence gives, and its other words when
 * this sentence holds at least one of the question's own. A borrowed word weighs
 * `tuning.why.antecedentTerm` of a word of its own.
 */
function withAntecedent(q: Query, index: KnowledgeIndex, r: Ranked): Ranked {
  const s = r.sentence;
  const there = PLACE_POINTER.test(s.text);
  if (!POINTING.test(s.text) && !there) return r;
  // "was there" points back to a place told of earlier in the article, not only in this paragraph.
  const before = there ? earlierText(index, s) : index.sentencesOf(s.doc)[s.position - 1];
  if (!before || (!there && before.paragraph !== s.paragraph)) return r;
  const terms = [...new Set([...q.topic, ...entityTerms(q)])];
  if (terms.length === 0) return r;
  const lent = q.entities.filter((e) => before.entities.includes(e.entity.id) && !s.entities.includes(e.entity.id));
  const named = new Set(lent.flatMap((e) => contentTerms(e.wording)));
  const own = terms.filter((t) => s.terms.includes(t));
  const borrowed = terms.filter((t) => !own.includes(t) && (named.has(t) || (own.length > 0 && before.terms.includes(t))));
  if (borrowed.length === 0) return r;
  const coverage = Math.max(r.coverage, (own.length + borrowed.length) / terms.length);
  // The people it names through the sentence before weigh as named people do in rankSentences.
  const gain = ((own.length + borrowed.length * tuning.why.antecedentTerm) / terms.length - r.coverage) * tuning.rank.coverage +
    (lent.length / (q.entities.length || 1)) * tuning.why.antecedentTerm * tuning.rank.named;
  return { ...r, coverage, score: r.score + Math.max(0, gain) };
}
