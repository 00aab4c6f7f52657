// What came of an event ("What was the effect of the ban?", "what was the result of that?"):
// the effect the article ties to it, never one it does not state. The event is the sentence the
// question's words describe, or, for "that" in a follow-up, the sentence the last answer cited.
// Its effect is the clause after an effect cue in it ("…, causing a bottleneck") or the next
// sentence when that one points back ("Due to that, …", "As a result, …").

import { EFFECT_NOUNS } from "../../analysis/lexicon.ts";
import { canonical, sentenceCase } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { TraceStep } from "../trace.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { effectSplits, pointsBackToCause, shareOf, withoutPointerOpening } from "./causeClauses.ts";
import { entityTerms, rankSentences } from "./rankSentences.ts";

const ASKING_EFFECT = new Set(EFFECT_NOUNS.map(canonical));

export function answerEffect(q: Query, index: KnowledgeIndex, step?: TraceStep): Answer | null {
  const terms = [...q.topic.filter((t) => !ASKING_EFFECT.has(t)), ...entityTerms(q)];
  // "What was the effect of that?": the event is what the last answer cited.
  const events: Array<{ sentence: IndexedSentence; coverage: number }> = terms.length === 0
    ? (q.previous?.sentences ?? []).slice(0, 1).map((id) => ({ sentence: index.sentences[id]!, coverage: 1 }))
    : rankSentences(q, index, terms).filter((r) => r.coverage >= tuning.why.minCoverage).slice(0, tuning.why.sentences);
  for (const event of events) {
    const s = event.sentence;
    const asked = new Set(terms);
    // Its own effect clause, when the event's words stand before the cue.
    const split = effectSplits(s.text).find((x) => asked.size === 0 || shareOf(x.cause.text, asked) > 0);
    const next = index.sentencesOf(s.doc)[s.position + 1];
    const after = next && pointsBackToCause(next.text) ? next : undefined;
    if (step) step.candidates = [{ text: s.text.slice(0, 80), score: Math.round(event.coverage * 100) / 100, why: split ? `effect: ${split.effect.text}` : after ? `next sentence points back: ${after.text.slice(0, 60)}` : "no effect stated" }];
    if (split) return compose(index, { kind: "why", lead: `${sentenceCase(split.effect.text)}.`, short: null, sentences: [s], confidence: event.coverage * tuning.confidence.whyClause });
    if (after) {
      const effect = withoutPointerOpening(after.text).replace(/[.!?]+["”’]?$/u, "");
      return compose(index, { kind: "why", lead: `${sentenceCase(effect)}.`, short: null, sentences: [after, s], confidence: event.coverage * tuning.confidence.whyClause });
    }
  }
  return null;
}
