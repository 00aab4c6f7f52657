import { quoteSpans } from "../../analysis/attributeSpeech.ts";
import { REPORTING_VERBS } from "../../analysis/lexicon.ts";
import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { answerWhoSaid } from "../answers/answerWhoSaid.ts";
import type { IndexedSentence, KnowledgeIndex, KnownEntity } from "../knowledgeIndex.ts";
import { understandQuestion } from "../understandQuestion.ts";
import type { Finding } from "./finding.ts";
import type { Claim } from "./splitClaims.ts";

const VERB = new RegExp(`\\b(${[...REPORTING_VERBS].join("|")})\\b`, "i");

/**
 * "X said '…'" / "X said that …": whether the articles give those words to X. Supported when
 * one of X's statements holds them; contradicted only when they are someone else's words in
 * the articles (found as "Who said …?" finds them, as strictly) and X says nothing of the kind.
 */
export function checkSpeaker(claim: Claim, index: KnowledgeIndex): Finding | null {
  const said = whatWasSaid(claim);
  if (!said) return null;
  const claimed = said.speakers.map((name) => ({ name, entity: resolve(name, index) }));
  if (claimed.length === 0) return null;
  const terms = [...new Set(contentTerms(said.words))];
  if (terms.length === 0) return null;

  for (const { entity } of claimed) {
    const sentence = entity && statementHolding(entity, terms, index);
    if (sentence) return { verdict: "supported", note: messages.factCheck.speakerSupported(entity.name), basis: "speaker", sentence };
  }
  const clean = said.words.replace(/["“”]/g, "");
  const answer = answerWhoSaid(understandQuestion(`Who said "${clean}"?`, index), index);
  const actual = answer?.short ? index.entityByAlias(answer.short) : undefined;
  const cited = answer?.citations[0];
  if (!actual || !cited) return null;
  const sentence = index.sentences[index.sentenceId(cited.doc, cited.sentence) ?? -1];
  if (!sentence) return null;
  if (claimed.some((c) => c.entity?.id === actual.id)) {
    return { verdict: "supported", note: messages.factCheck.speakerSupported(actual.name), basis: "speaker", sentence };
  }
  return { verdict: "contradicted", note: messages.factCheck.speakerContradicted(actual.name, claimed[0]!.name), basis: "speaker", sentence };
}

/** The words a claim gives someone (its quotation, or the clause after its verb of saying) and the names outside them. */
function whatWasSaid(claim: Claim): { words: string; speakers: string[] } | null {
  const spans = quoteSpans(claim.text);
  const outside = spans.reduceRight((text, q) => text.slice(0, q.start) + " " + text.slice(q.end), claim.text);
  if (claim.quotes.length > 0) {
    const speakers = claim.names.filter((name) => outside.includes(name));
    return { words: claim.quotes.join(" "), speakers };
  }
  const verb = VERB.exec(claim.text);
  if (!verb) return null;
  const before = claim.text.slice(0, verb.index);
  const after = claim.text.slice(verb.index + verb[0].length).replace(/^\s*(that|:|,)\s*/i, "");
  const speakers = claim.names.filter((name) => before.includes(name));
  return words(after).length >= 2 ? { words: after, speakers } : null;
}

/** The entity a claim's name means: its alias exactly, else a close spelling of one. */
function resolve(name: string, index: KnowledgeIndex): KnownEntity | undefined {
  return index.entityByAlias(name) ?? index.findEntities(name, 1).find((h) => h.score < tuning.factCheck.nameMatch)?.entity;
}

/** A sentence where `entity` says (nearly) these words. */
function statementHolding(entity: KnownEntity, terms: string[], index: KnowledgeIndex): IndexedSentence | null {
  for (const { sentence, statement } of entity.statements.slice(0, tuning.answer.maxStatementsScanned)) {
    const content = new Set(words(statement.content).map(canonical));
    const held = terms.filter((t) => content.has(t)).length / terms.length;
    if (held >= tuning.answer.minQuotedPhraseMatch) return index.sentences[sentence] ?? null;
  }
  return null;
}
