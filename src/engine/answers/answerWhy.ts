// Why: the sentence that tells of the event asked about and gives its cause or purpose after
// it ("… fired artillery rounds aimed at a loudspeaker", "… evacuated 80 people after a shell
// landed"). The cause clause leads the answer; the sentence is cited whole.

import { CAUSE_CUES } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { compose, sentenceCase } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../knowledgeIndex.ts";
import type { TraceStep } from "../trace.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { entityTerms, rankSentences } from "./rankSentences.ts";

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
    : rankSentences(q, index).filter((r) => r.coverage >= tuning.why.minCoverage).slice(0, tuning.why.sentences);
  const terms = new Set([...q.topic, ...entityTerms(q)]);
  const scored = ranked.map((r) => {
    // A clause that holds the event itself ("comes after North and South Korea exchanged fire") is not its cause.
    const clauses = causeClauses(r.sentence.text).filter((c) => !/^(after|following|since|amid)\b/i.test(c.text) || share(c.text, terms) < tuning.why.eventClauseShare);
    // Where the question's words end in the sentence: a cause after the event is its cause.
    const lastAligned = lastMatch(r.sentence.text, terms);
    const after = clauses.find((c) => c.at >= lastAligned - 2);
    const cue = after ? tuning.why.causeAfterEvent : clauses.length ? tuning.why.causeElsewhere : 0;
    // The article's own account of a cause beats a cause someone is reported to expect or claim.
    const reported = r.sentence.statements.length > 0 ? tuning.why.reportedSpeech : 0;
    return { r, clause: after ?? clauses[0] ?? null, score: r.score + cue - reported };
  });
  scored.sort((a, b) => b.score - a.score);
  if (step) step.candidates = scored.slice(0, 5).map((x) => ({ text: x.r.sentence.text.slice(0, 80), score: Math.round(x.score * 100) / 100, why: x.clause ? `cause: ${x.clause.text}` : "no cause clause" }));
  const best = scored[0];
  if (!best) return null;
  const lead = best.clause ? `${sentenceCase(best.clause.text)}.` : messages_articleSays;
  return compose(index, { kind: "why", lead, short: null, sentences: [best.r.sentence], confidence: best.r.coverage * (best.clause ? tuning.confidence.whyClause : tuning.confidence.whyWithoutClause) });
}

const messages_articleSays = "The article says:";

/** Character offset just after the last word of the sentence whose canonical form the question holds. */
function lastMatch(sentence: string, terms: Set<string>): number {
  let last = 0;
  for (const m of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    if (words(m[0]).some((w) => terms.has(canonical(w)))) last = m.index! + m[0].length;
  }
  return last;
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
