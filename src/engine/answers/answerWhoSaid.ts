import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { QUESTION_WORDS } from "../../analysis/lexicon.ts";
import { compose, coverage } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { nameWithRole } from "./describeEntity.ts";

/**
 * Who said / reported / expects X: the statement whose words best cover the phrase. People
 * the question names are what was said about ("Who reported Trump's comments?"), so they
 * are not the answer, but a statement in a sentence naming them ranks higher.
 */
export function answerWhoSaid(q: Query, index: KnowledgeIndex): Answer | null {
  const phraseTerms = q.phrase ? contentTerms(q.phrase) : q.topic.filter((t) => !QUESTION_WORDS.has(t));
  const verb = q.words.find((w) => /^(said|says|say|told|stated|claimed|warned|noted|added|reported|reports|expects?|expected|predicted|believes?|announced|wrote|replied|promised|called|cautioned|argued|insisted|confirmed|denied|urged|pledged|vowed)$/.test(w));
  const verbTerm = verb ? canonical(verb) : null;
  const excluded = new Set(q.entities.map((e) => e.entity.id));
  const reportedBy = /\b(report|reported|according|source|cite|cited)\b/.test(q.text);

  // "Who said that?" after an answer: the speaker of the sentence it cited.
  const pool: IndexedSentence[] = q.previous && phraseTerms.length === 0
    ? q.previous.sentences.map((id) => index.sentences[id]!)
    : index.find([q.phrase ?? "", q.text].join(" "), undefined, (s) => s.statements.length > 0).map((h) => h.sentence);

  let best: { s: IndexedSentence; speaker: string; score: number; cover: number } | null = null;
  for (const s of pool) {
    const cover = phraseTerms.length ? coverage(phraseTerms, s) : 1;
    if (cover < tuning.answer.minCoverage) continue;
    for (const st of s.statements) {
      if (excluded.has(st.speaker)) continue;
      const content = new Set(words(st.content).map(canonical));
      const inContent = phraseTerms.length ? phraseTerms.filter((t) => content.has(t)).length / phraseTerms.length : 0;
      let score = cover * 2 + inContent;
      if (verbTerm && canonical(st.verb.split(" ")[0]!) === verbTerm) score += 0.5;
      if (reportedBy && index.entities.get(st.speaker)?.kind !== "person") score += 0.5;
      if ([...excluded].some((id) => s.entities.includes(id))) score += 1;
      if (!best || score > best.score) best = { s, speaker: st.speaker, score, cover };
    }
  }
  if (!best) return null;
  const e = index.entities.get(best.speaker)!;
  return compose(index, { kind: "whosaid", lead: `${nameWithRole(e)}.`, short: e.name, sentences: [best.s], confidence: best.cover });
}
