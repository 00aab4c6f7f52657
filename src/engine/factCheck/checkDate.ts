import type { DateMention } from "../../analysis/extractDates.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { claimCoverage, claimTermsWithout, nameTerms } from "./claimTerms.ts";
import { best, type Finding } from "./finding.ts";
import { HAS_YEAR, type Claim } from "./splitClaims.ts";

/** Dates precise enough to hold against another: a decade or "in recent months" proves nothing either way. */
const COMPARABLE = new Set<DateMention["precision"]>(["day", "week", "month", "year", "span"]);

interface Candidate {
  sentence: IndexedSentence;
  date: DateMention;
  agrees: boolean;
  score: number;
}

/**
 * A claim's dates against the dates of the sentences that tell of the same event (the claim's
 * names and most of its other words). A date without its year ("on January 6") is compared in
 * the year of the article's date. Contradicted only when such a sentence dates the event and
 * none of its dates agrees with the claim's.
 */
export function checkDate(claim: Claim, index: KnowledgeIndex): Finding | null {
  const t = tuning.factCheck;
  for (const claimed of claim.dates) {
    if (!COMPARABLE.has(claimed.precision)) continue;
    const terms = claimTermsWithout(claim, [claimed]);
    if (terms.length === 0) continue;
    const names = nameTerms(claim);
    const query = claim.text.slice(0, claimed.start) + claim.text.slice(claimed.end);
    const candidates: Candidate[] = [];
    for (const { sentence } of index.find(query, t.candidates, (s) => s.dates.length > 0)) {
      const score = claimCoverage(terms, names, sentence);
      if (score < t.minCoverage) continue;
      const dates = sentence.dates.filter((d) => COMPARABLE.has(d.precision));
      const agreeing = dates.find((d) => agrees(claimed, d));
      if (agreeing) candidates.push({ sentence, date: agreeing, agrees: true, score });
      else if (dates[0]) candidates.push({ sentence, date: dates[0], agrees: false, score });
    }
    const same = best(candidates.filter((c) => c.agrees));
    if (same) return { verdict: "supported", note: messages.factCheck.dateSupported(same.date.label), basis: "date", sentence: same.sentence };
    const different = best(candidates.filter((c) => !c.agrees && c.score >= t.minContradictCoverage));
    if (different) {
      const wording = claimed.text.replace(/^(on|in|at|by|during)\s+/i, "");
      return { verdict: "contradicted", note: messages.factCheck.dateContradicted(different.date.label, wording), basis: "date", sentence: different.sentence };
    }
  }
  return null;
}

/** Whether two dates can be the same time: their days overlap, a yearless claim read in the article date's year. */
function agrees(claimed: DateMention, article: DateMention): boolean {
  let { from, to } = claimed;
  if (!HAS_YEAR.test(claimed.text) && claimed.precision !== "year") {
    const year = article.from.slice(0, 4);
    from = year + from.slice(4);
    to = year + to.slice(4);
  }
  return from <= article.to && article.from <= to;
}
