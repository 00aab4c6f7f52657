import { quoteSpans } from "../../analysis/speechTokens.ts";
import { REPORTING_VERBS } from "../../analysis/lexicon.ts";
import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { answerWhoSaid } from "../answers/answerWhoSaid.ts";
import type { IndexedSentence, KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";
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
  // A sentence that names the claimed speaker too may give them the words with someone else
  // ("Both the district and the police asserted …"): no contradiction can rest on it.
  if (claimed.some((c) => (c.entity && sentence.entities.includes(c.entity.id)) || sentence.text.includes(c.name))) return null;
  return { verdict: "contradicted", note: messages.factCheck.speakerContradicted(actual.name, claimed[0]!.name), basis: "speaker", sentence };
}

/**
 * The words a claim gives someone and who: its quotation (or, without one, the clause on the
 * other side of its verb of saying), and the names standing right by that verb — "Trump on
 * Thursday said", "…, said Pentagon Press Secretary John Kirby". A name elsewhere in the claim
 * ("… is working with Baghdad") is what was said about, not who said it.
 */
function whatWasSaid(claim: Claim): { words: string; speakers: string[] } | null {
  // Quotations blanked out, offsets kept: a verb or a name inside the quotation is no attribution.
  const masked = quoteSpans(claim.text).reduce((text, q) => text.slice(0, q.start) + " ".repeat(q.end - q.start) + text.slice(q.end), claim.text);
  const verb = VERB.exec(masked);
  if (!verb) return null;
  const verbEnd = verb.index + verb[0].length;
  const before = masked.slice(0, verb.index);
  const after = masked.slice(verbEnd);
  const speakersBefore = claim.names.filter((name) => {
    const at = before.lastIndexOf(name);
    return at >= 0 && gapWords(before.slice(at + name.length)) <= SPEAKER_GAP_BEFORE;
  });
  // A speaker after the verb only in the inverted form: "“…,” said X", "…, said X".
  const inverted = /[,”"]\s*$/.test(claim.text.slice(0, verb.index));
  const speakersAfter = claim.names.filter((name) => {
    if (!inverted) return false;
    const at = after.indexOf(name);
    return at >= 0 && gapWords(after.slice(0, at)) <= SPEAKER_GAP_AFTER;
  });
  const speakers = [...speakersBefore, ...speakersAfter];
  if (claim.quotes.length > 0) return { words: claim.quotes.join(" "), speakers };
  // Reported speech: what follows "X said (that)", or what precedes "…, said X".
  const said = speakersBefore.length ? after.replace(/^\s*(that|:|,)\s*/i, "") : before.replace(/[\s,]+$/, "");
  // Reported words are matched by their content words: too few of them match anyone's.
  return contentTerms(said).length >= tuning.factCheck.minReportedTerms ? { words: said, speakers } : null;
}

/** Words between a speaker's name and the verb: "Trump on Thursday said" (two), "said Pentagon Press Secretary John Kirby" (three). */
const SPEAKER_GAP_BEFORE = 2;
const SPEAKER_GAP_AFTER = 3;

function gapWords(text: string): number {
  return text.includes(".") || text.includes(";") ? Infinity : words(text).length;
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
