// "How long has tear gas been banned?" when the article gives no span but the date it began:
// "tear gas has been banned since 1999"; "How long was he president?" told as "president from
// 1967 to 1998". Read by the count answerer when no number answers a duration question.
import type { TraceStep } from "../trace.ts";
import { compose, sentenceCase } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { clauseTerms } from "./numberInSentence.ts";
import { kindCoverage, namedCoverage } from "./quantityChecks.ts";
import { COUNT_WORDS, LIGHT, type Alignment } from "./countAlignment.ts";

/** A question in the perfect ("has … been", "had … been") asks how long a state has lasted until then. */
const PERFECT = /\b(has|have|had)\b/;

/**
 * The date a state began ("since 1999") for a question in the perfect, or a span of dates
 * ("from 1967 to 1998"), in a sentence holding the question's names and enough of its other
 * words, one of them in the date's own clause.
 */
export function spanByDates(q: Query, a: Alignment, query: string, index: KnowledgeIndex, step?: TraceStep): Answer | null {
  if (a.nq.measure !== "duration") return null;
  const strong = a.context.filter((t) => !LIGHT.has(t) && !COUNT_WORDS.has(t));
  if (strong.length === 0) return null;
  const perfect = PERFECT.test(q.text);
  const w = tuning.count;
  for (const { sentence: s } of index.find(query, tuning.search.candidates)) {
    if (a.named.length && namedCoverage(a.named, q, s, index) < w.minNamedCoverage) continue;
    if (kindCoverage(strong, s) < w.minContext) continue;
    for (const d of s.dates) {
      const since = /^since\b/i.test(d.text) || /\bsince\s+$/i.test(s.text.slice(0, d.start));
      const span = d.precision === "span" && d.ends !== undefined;
      if (!(since && perfect) && !span) continue;
      const clause = clauseTerms(s.text, d.start);
      if (!strong.some((t) => clause.has(t))) continue;
      const text = since && !/^since\b/i.test(d.text) ? `since ${d.text}` : d.text;
      step?.notes.push(`no span; ${since ? "the date it began" : "a span of dates"}: "${text}"`);
      return compose(index, { kind: "count", lead: `${sentenceCase(text)}.`, short: text, sentences: [s], confidence: w.datedSpanConfidence });
    }
  }
  return null;
}
