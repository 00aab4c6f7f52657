// Why: the sentence that tells of the event asked about and gives its cause or purpose after
// it ("… fired artillery rounds aimed at a loudspeaker", "… evacuated 80 people after a shell
// landed"). The cause clause leads the answer; the sentence is cited whole.

import { CAUSE_CUES } from "../../analysis/lexicon.ts";
import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { compose, sentenceCase } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { TraceStep } from "../trace.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { entityTerms, rankSentences, type Ranked } from "./rankSentences.ts";

const CUE = new RegExp(`\\b(?:${CAUSE_CUES.map((c) => c.replace(/ /g, "\\s+")).join("|")})\\b`, "giu");

/** A cause or purpose clause: from its cue to the end of the clause. */
export interface CauseClause {
  text: string;
  /** Character offset of the cue. */
  at: number;
}

export function causeClauses(sentence: string): CauseClause[] {
  return [...sentence.matchAll(CUE)].map((m) => {
    const rest = sentence.slice(m.index!);
    const end = clauseEnd(rest);
    return { text: rest.slice(0, end).replace(/[”"’,.]+$/, ""), at: m.index! };
  });
}

export function answerWhy(q: Query, index: KnowledgeIndex, step?: TraceStep): Answer | null {
  if (q.topic.length === 0 && q.entities.length === 0 && !q.previous) return null;
  // "Why?" after an answer asks about the sentence that answer cited.
  const ranked = q.previous && q.topic.length === 0 && q.entities.length === 0
    ? q.previous.sentences.slice(0, 1).map((id) => ({ sentence: index.sentences[id]!, coverage: 1, score: tuning.why.minCoverage * tuning.rank.coverage }))
    : rankSentences(q, index).map((r) => withPronounNames(q, index, r)).filter((r) => r.coverage >= tuning.why.minCoverage).slice(0, tuning.why.sentences);
  const terms = new Set([...q.topic, ...entityTerms(q)]);
  const scored = ranked.map((r) => {
    // A clause that holds the event itself ("comes after North and South Korea exchanged fire") is not its cause.
    const clauses = causeClauses(r.sentence.text).filter((c) => !/^(after|following|since|amid)\b/i.test(c.text) || share(c.text, terms) < tuning.why.eventClauseShare);
    // A cause after the event is its cause: most of the question's words the sentence holds
    // stand before the cue ("North Korea fired artillery … aimed at a loudspeaker in South Korea").
    const all = share(r.sentence.text, terms);
    const after = clauses.find((c) => all > 0 && share(r.sentence.text.slice(0, c.at), terms) / all >= tuning.why.eventBeforeCause);
    const cue = after ? tuning.why.causeAfterEvent : clauses.length ? tuning.why.causeElsewhere : 0;
    // The article's own account of a cause beats a cause someone is reported to expect or claim.
    const reported = r.sentence.statements.length > 0 ? tuning.why.reportedSpeech : 0;
    return { r, clause: after ?? clauses[0] ?? null, score: r.score + cue - reported };
  });
  // Of two sentences telling of the event alike, the one that gives a cause.
  scored.sort((a, b) => b.score - a.score || Number(!!b.clause) - Number(!!a.clause));
  if (step) step.candidates = scored.slice(0, 5).map((x) => ({ text: x.r.sentence.text.slice(0, 80), score: Math.round(x.score * 100) / 100, why: x.clause ? `cause: ${x.clause.text}` : "no cause clause" }));
  const best = scored[0];
  if (!best) return null;
  // The article asks the question itself ("Why did she so badly want to attend?") and answers it next.
  const reply = isArticleQuestion(best.r.sentence.text) ? replyTo(index, best.r.sentence) : null;
  if (reply) {
    if (step) step.candidates![0]!.why = `the article's own question, answered by: ${reply.text.slice(0, 60)}`;
    return compose(index, { kind: "why", lead: messages_articleSays, short: null, sentences: [reply, best.r.sentence], confidence: best.r.coverage * tuning.confidence.whyOwnQuestion });
  }
  const lead = best.clause ? `${sentenceCase(best.clause.text)}.` : messages_articleSays;
  return compose(index, { kind: "why", lead, short: null, sentences: [best.r.sentence], confidence: best.r.coverage * (best.clause ? tuning.confidence.whyClause : tuning.confidence.whyWithoutClause) });
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

const PERSONAL = /\b(he|she|they|him|her|them|his|their)\b/i;
/**
 * A sentence that speaks of the person asked about by a pronoun ("Why did she so badly want to
 * attend?") names them when the sentence before, in its paragraph, does.
 */
function withPronounNames(q: Query, index: KnowledgeIndex, r: Ranked): Ranked {
  const s = r.sentence;
  const missing = q.entities.filter((e) => !s.entities.includes(e.entity.id));
  if (missing.length === 0 || !PERSONAL.test(s.text)) return r;
  const before = index.sentencesOf(s.doc)[s.position - 1];
  if (!before || before.paragraph !== s.paragraph || !missing.every((e) => before.entities.includes(e.entity.id))) return r;
  const terms = [...q.topic, ...entityTerms(q)];
  const named = new Set(missing.flatMap((e) => contentTerms(e.wording)));
  const have = terms.filter((t) => named.has(t) || s.terms.includes(t)).length;
  return { ...r, coverage: Math.max(r.coverage, have / (terms.length || 1)) };
}

/** Share of the question's terms a clause holds. */
function share(text: string, terms: Set<string>): number {
  if (terms.size === 0) return 0;
  const have = new Set(words(text).map(canonical));
  return [...terms].filter((t) => have.has(t)).length / terms.size;
}

/** Where a clause ends: a sentence stop, a dash, or a comma once it has said something (", officials said"). */
function clauseEnd(rest: string): number {
  const stop = rest.search(/[;.!?](?:\s|$)|\s[-–—]\s/u);
  const limit = stop >= 0 ? stop : rest.length;
  for (const m of rest.slice(0, limit).matchAll(/,\s/g)) {
    if (rest.slice(0, m.index!).trim().split(/\s+/).length >= 3 && !/^\S+(?:\s\S+)?\s(?:and|or)\s/.test(rest.slice(m.index! + 2))) return m.index!;
  }
  return limit;
}
