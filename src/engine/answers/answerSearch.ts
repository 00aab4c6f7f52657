import { compose, sentenceCase } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer, QuestionKind } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { rankSentences } from "./rankSentences.ts";

const PURPOSE = /\b(?:in order to|to (?:support|help|fight|train|counter|check|protect|defend|end|assist|advise|deter|secure)|for [\p{L} ]+ purposes|because [^,.;]+|due to [^,.;]+)[^,.;]*/u;

/**
 * Why / what happened / anything else: the sentence that contains most of the question,
 * when it contains enough of it. For "why", the purpose or cause clause leads the answer.
 */
export function answerSearch(q: Query, index: KnowledgeIndex, kind: QuestionKind): Answer | null {
  // A question with nothing to look for ("What else did he say?" out of any conversation).
  if (q.topic.length === 0 && q.entities.length === 0 && !q.period && !q.previous) return null;
  // "Why?" after an answer asks about the sentence that answer cited.
  const ranked = q.previous && q.topic.length === 0 && q.entities.length === 0
    ? q.previous.sentences.slice(0, 1).map((id) => ({ sentence: index.sentences[id]!, coverage: 1, score: 1 }))
    : rankSentences(q, index);
  // "Why" is answered by a sentence that gives a purpose or a cause, among those that match as well.
  if (kind === "why") ranked.sort((a, b) => b.score + (PURPOSE.test(b.sentence.text) ? tuning.answer.purposeForWhy : 0) - (a.score + (PURPOSE.test(a.sentence.text) ? tuning.answer.purposeForWhy : 0)));
  const best = ranked[0];
  if (!best || best.coverage < tuning.answer.minSearchCoverage) return null;
  let lead = "The article says:";
  if (kind === "why") {
    const purpose = PURPOSE.exec(best.sentence.text)?.[0];
    if (purpose) lead = `${sentenceCase(purpose)}.`;
  }
  return compose(index, { kind, lead, short: null, sentences: [best.sentence], confidence: best.coverage * tuning.confidence.search });
}
