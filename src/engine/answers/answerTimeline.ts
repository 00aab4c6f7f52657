import { contentTerms } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { citationOf, compose, coverage, humanDate } from "../answerSupport.ts";
import { compareText, type KnowledgeIndex, type TimelineEvent } from "../knowledgeIndex.ts";
import type { Answer, AnswerItem } from "../types.ts";

/**
 * A timeline: every sentence with a date, in date order, each cited. Vague spans ("in recent
 * months") are left out; they order nothing. A filter (a topic or a person) keeps the events
 * whose sentence mentions it.
 */
export function answerTimeline(index: KnowledgeIndex, filter?: string, entityIds: string[] = []): Answer | null {
  const terms = filter ? contentTerms(filter) : [];
  // Filtered: the events of the sentences naming the person or the topic, put in date order
  // (a few hundred at most), rather than a pass over the whole archive's timeline.
  let events: TimelineEvent[];
  if (entityIds.length || terms.length) {
    const ids = entityIds.length
      ? entityIds.flatMap((id) => index.entities.get(id)?.sentences ?? [])
      : index.find(filter!, 1000, (s) => s.dates.length > 0).filter((h) => coverage(terms, h.sentence) >= tuning.answer.minCoverage).map((h) => h.sentence.id);
    events = [...new Set(ids)]
      .map((id) => index.eventOf.get(id))
      .filter((e): e is TimelineEvent => e !== undefined)
      .sort((a, b) => compareText(a.from, b.from) || a.sentence.id - b.sentence.id);
  } else events = index.timeline;
  if (events.length === 0) return null;
  const shown = events.slice(0, tuning.answer.maxItems);
  const total = events.length;
  const items: AnswerItem[] = shown.map((e) => {
    const a = index.articles.get(e.sentence.doc)!;
    return {
      text: `${e.label} — ${e.sentence.text} (${a.title}, ${humanDate(a.published)}, paragraph ${e.sentence.paragraph})`,
      short: e.label,
      citation: citationOf(index, e.sentence),
    };
  });
  const lead = `Timeline: ${total} dated event${total === 1 ? "" : "s"}${total > shown.length ? `, the first ${shown.length} shown` : ""}, from ${shown[0]!.label} to ${shown.at(-1)!.label}.`;
  return compose(index, { kind: "timeline", lead, short: null, sentences: shown.map((e) => e.sentence), confidence: 0.9, items });
}
