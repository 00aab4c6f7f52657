import { contentTerms } from "../../analysis/text.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { dayLabel } from "../../analysis/dateSupport.ts";
import { compose } from "../answerSupport.ts";
import type { Answer } from "../types.ts";

/**
 * The headline's words an article's first sentence does not write itself: a news story's lede
 * tells the event its headline names, so it is read with the headline's wording — "When did the
 * earthquake hit?" of "Massive earthquake hits Indonesia", whose lede says "An 8.6 magnitude
 * earthquake occurred off the coast … today". Empty for any other sentence.
 */
export function headlineTerms(index: KnowledgeIndex, s: IndexedSentence): string[] {
  if (s.position !== 0) return [];
  const title = index.articles.get(s.doc)?.title;
  if (!title) return [];
  const own = new Set(s.terms);
  return [...new Set(contentTerms(title))].filter((t) => !own.has(t));
}

/**
 * "When did the president land in Israel?" told by the lede "… has arrived in Israel", which
 * gives no date: an article's undated first sentence reports the news of the day it was
 * published (as the timeline reads it), so that day answers a question about the past. Null
 * for any other sentence.
 */
export function ledeAnswer(index: KnowledgeIndex, s: IndexedSentence, coverage: number): Answer | null {
  if (s.position !== 0 || s.dates.length > 0) return null;
  const date = dayLabel(new Date(`${index.articles.get(s.doc)!.published}T00:00:00Z`), true);
  return compose(index, { kind: "when", lead: messages.asOfPublication(date), short: date, sentences: [s], confidence: coverage * tuning.confidence.whenLede });
}
