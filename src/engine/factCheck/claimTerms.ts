import { contentTerms } from "../../analysis/text.ts";
import { coverage } from "../answerSupport.ts";
import type { IndexedSentence } from "../../index/knowledgeIndex.ts";
import type { Claim } from "./splitClaims.ts";

/** What a claim says besides one of its facts: its words with that fact's wording cut out, figures left aside. */
export function claimTermsWithout(claim: Claim, cut: Array<{ start: number; end: number }>): string[] {
  let text = claim.text;
  for (const span of [...cut].sort((a, b) => b.start - a.start)) text = text.slice(0, span.start) + " " + text.slice(span.end);
  return contentTerms(text).filter((t) => !/^\d/.test(t));
}

/** The words of the names a claim gives: a sentence about the same thing names the same people and places. */
export function nameTerms(claim: Claim): string[] {
  return claim.names.flatMap((name) => contentTerms(name));
}

/** How much of a claim a sentence speaks of: the share of its words there, zero when it misses a name the claim gives. */
export function claimCoverage(terms: string[], names: string[], s: IndexedSentence): number {
  if (names.length && coverage(names, s) < 1) return 0;
  return coverage(terms, s);
}
