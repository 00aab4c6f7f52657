import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { citationOf, quoteBlock } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { ClaimCheck, FactCheck } from "../types.ts";
import { checkDate } from "./checkDate.ts";
import { checkFigure } from "./checkFigure.ts";
import { checkSpeaker } from "./checkSpeaker.ts";
import { checkStatement } from "./checkStatement.ts";
import type { Finding } from "./finding.ts";
import { splitClaims, type Claim } from "./splitClaims.ts";

/**
 * The checks a claim goes through, each on one aspect of it; `decide` weighs what they found.
 * Who said it before what was said (a misattributed quote is wrong even when the words are
 * right), figures and dates before the statement as a whole (which would not see a wrong
 * number as anything but missing).
 */
const CHECKS: ReadonlyArray<{ name: string; applies: (c: Claim) => boolean; run: (c: Claim, index: KnowledgeIndex) => Finding | null }> = [
  { name: "speaker", applies: () => true, run: checkSpeaker },
  { name: "figure", applies: (c) => c.quantities.length > 0, run: checkFigure },
  { name: "date", applies: (c) => c.dates.length > 0, run: checkDate },
  // A dated claim whose date no sentence of the event gives is not covered, whatever its other
  // words say. A claim with a figure is left to the figure check: the statement check would need
  // the very number in the sentence, which the figure check has already looked for.
  { name: "statement", applies: (c) => c.dates.length === 0 && c.quantities.length === 0, run: checkStatement },
];

/**
 * "Check against the articles": each claim of a message (a figure, a date, a quotation, a
 * name) supported or contradicted by a cited sentence, or not covered. Never more than the
 * articles say: a claim is contradicted only where a sentence about the same thing says
 * otherwise.
 */
export function checkMessage(message: string, index: KnowledgeIndex): FactCheck {
  const text = message.slice(0, tuning.factCheck.maxMessageChars);
  if (!/[\p{L}\p{N}]/u.test(text)) return nothing(messages.factCheck.noText);
  const reference = index.newestPublished() ?? new Date().toISOString().slice(0, 10);
  const claims = splitClaims(text, reference, (name) => index.entityByAlias(name) !== undefined);
  if (claims.length === 0) return nothing(messages.factCheck.noClaim);
  const checked = claims.slice(0, tuning.factCheck.maxClaims).map((claim) => checkClaim(claim, index));
  const count = (verdict: ClaimCheck["verdict"]) => checked.filter((c) => c.verdict === verdict).length;
  const lead = messages.factCheck.summary(checked.length, count("supported"), count("contradicted"), count("not-covered"));
  const unchecked = claims.length - checked.length;
  const lines = checked.map((c) => {
    const head = `• ${messages.factCheck.verdicts[c.verdict]}: “${c.claim}” ${c.note}`;
    return c.citation ? `${head}\n  ${quoteBlock(c.citation).replace(/\n/g, "\n  ")}` : head;
  });
  if (unchecked > 0) lines.push(messages.factCheck.moreClaims(unchecked));
  return { checkable: true, lead, claims: checked, unchecked, text: [lead, ...lines].join("\n") };
}

function checkClaim(claim: Claim, index: KnowledgeIndex): ClaimCheck {
  const found = decide(claim, CHECKS.filter((check) => check.applies(claim)).map((check) => check.run(claim, index)));
  if (!found) return { claim: claim.text, verdict: "not-covered", note: messages.factCheck.notCovered, basis: null, citation: null };
  return { claim: claim.text, verdict: found.verdict, note: found.note, basis: found.basis, citation: found.sentence ? citationOf(index, found.sentence) : null };
}

/**
 * A claim is as good as its weakest part: any contradiction decides; every figure and date it
 * states must be found in the articles (the right speaker does not vouch for a changed number
 * in their words); then a part the articles give only loosely ("over 5,000" for 7,000) leaves
 * it not covered; otherwise the first support decides.
 */
function decide(claim: Claim, findings: Array<Finding | null>): Finding | null {
  const contradicted = findings.find((f) => f?.verdict === "contradicted");
  if (contradicted) return contradicted;
  if (claim.quantities.length > 0 && !findings.some((f) => f?.basis === "figure")) return null;
  if (claim.dates.length > 0 && !findings.some((f) => f?.basis === "date")) return null;
  return findings.find((f) => f?.verdict === "not-covered") ?? findings.find((f) => f?.verdict === "supported") ?? null;
}

function nothing(lead: string): FactCheck {
  return { checkable: false, lead, claims: [], unchecked: 0, text: lead };
}
