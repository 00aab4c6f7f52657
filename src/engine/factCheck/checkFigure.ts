import type { Quantity } from "../../analysis/extractQuantities.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { claimCoverage, claimTermsWithout, nameTerms } from "./claimTerms.ts";
import { compareFigures, type FigureComparison } from "./compareFigures.ts";
import { best, type Finding } from "./finding.ts";
import type { Claim } from "./splitClaims.ts";

interface Candidate {
  sentence: IndexedSentence;
  figure: Quantity;
  comparison: FigureComparison;
  score: number;
}

/**
 * A claim's figures against the articles' figures for the same thing: the same measure, the
 * same counted noun, in a sentence that holds the claim's names and most of its other words,
 * and as much a fact (or a projection) as the claim. Contradicted only when such a sentence
 * gives a clearly different figure and none gives the claimed one.
 */
export function checkFigure(claim: Claim, index: KnowledgeIndex): Finding | null {
  const findings = claim.quantities.map((q) => checkOne(claim, q, index));
  const contradicted = findings.find((f) => f?.verdict === "contradicted");
  if (contradicted) return contradicted;
  if (findings.length && findings.every((f) => f?.verdict === "supported")) return findings[0]!;
  return findings.find((f) => f?.verdict === "not-covered") ?? null;
}

function checkOne(claim: Claim, claimed: Quantity, index: KnowledgeIndex): Finding | null {
  const t = tuning.factCheck;
  const terms = claimTermsWithout(claim, [claimed]);
  const names = nameTerms(claim);
  const candidates: Candidate[] = [];
  for (const { sentence } of index.find(claim.text, t.candidates, (s) => s.quantities.length > 0)) {
    const cover = claimCoverage(terms, names, sentence);
    if (cover < t.minCoverage) continue;
    for (const figure of sentence.quantities) {
      if (!sameThing(claimed, figure)) continue;
      candidates.push({ sentence, figure, comparison: compareFigures(claimed, figure), score: cover });
    }
  }
  const same = best(candidates.filter((c) => c.comparison === "same"));
  if (same) return { verdict: "supported", note: messages.factCheck.figureSupported(asWritten(same.figure)), basis: "figure", sentence: same.sentence };
  const different = best(candidates.filter((c) => c.comparison === "different" && c.score >= t.minContradictCoverage));
  if (different) {
    return { verdict: "contradicted", note: messages.factCheck.figureContradicted(asWritten(different.figure), asWritten(claimed)), basis: "figure", sentence: different.sentence };
  }
  const inexact = best(candidates.filter((c) => c.comparison === "inexact"));
  if (inexact) return { verdict: "not-covered", note: messages.factCheck.figureInexact(asWritten(inexact.figure)), basis: "figure", sentence: inexact.sentence };
  return null;
}

/**
 * Whether two figures measure the same thing: the same measure, both facts or both projections,
 * both levels or both changes, and the same counted noun. A bare number of the claim ("posts
 * 542 and 543", a label) counts nothing the article's figure could be held against; only sums
 * and shares ("NZ$26 million", "40%"), which need no noun, are compared by the sentence's
 * other words alone.
 */
function sameThing(claimed: Quantity, figure: Quantity): boolean {
  if (claimed.measure !== figure.measure || claimed.projected !== figure.projected || claimed.change !== figure.change) return false;
  const head = figure.unitTerms.at(-1);
  const claimedHead = claimed.unitTerms.at(-1);
  if (claimedHead) return figure.unitTerms.includes(claimedHead) || (head !== undefined && claimed.unitTerms.includes(head));
  return !head && (claimed.measure === "money" || claimed.measure === "percent");
}

/** A figure as a note quotes it mid-sentence: "About 450" opening its sentence is "about 450". */
function asWritten(q: Quantity): string {
  return q.modifier ? q.text.charAt(0).toLowerCase() + q.text.slice(1) : q.text;
}
