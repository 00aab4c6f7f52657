import { messages } from "../../messages.ts";
import { clausesOf } from "../answers/alignStatement.ts";
import { answerYesNo } from "../answers/answerYesNo.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { understandQuestion } from "../understandQuestion.ts";
import type { Finding } from "./finding.ts";
import type { Claim } from "./splitClaims.ts";

/**
 * The claim as a whole, read as the yes/no answerer reads "Did …?": every word of it in one
 * sentence (or in synonyms) supports it; the same sentence negating it, or saying the opposite
 * word, contradicts it. A claim that is itself negative ("gave no timeline") is supported by a
 * negating sentence, and never contradicted on this reading: two negations are too easily misread.
 * The answerer's loose reading, which says only part of the claim, decides nothing here.
 */
export function checkStatement(claim: Claim, index: KnowledgeIndex): Finding | null {
  const answer = answerYesNo(understandQuestion(claim.text, index), index);
  const cited = answer?.citations[0];
  // A loose reading ("Probably no") says part of the claim in other words: it neither supports nor contradicts it.
  if (!answer || !cited || answer.lead === messages.probablyNo) return null;
  const sentence: IndexedSentence | undefined = index.sentences[index.sentenceId(cited.doc, cited.sentence) ?? -1];
  if (!sentence) return null;
  const affirmed = answer.lead === messages.yes;
  const negative = clausesOf(claim.text).some((clause) => clause.tokens.some((token) => token.negated));
  if (negative) return affirmed ? null : { verdict: "supported", note: messages.factCheck.statementSupported, basis: "statement", sentence };
  return affirmed
    ? { verdict: "supported", note: messages.factCheck.statementSupported, basis: "statement", sentence }
    : { verdict: "contradicted", note: messages.factCheck.statementContradicted, basis: "statement", sentence };
}
