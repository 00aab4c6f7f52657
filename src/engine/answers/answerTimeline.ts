import { contentTerms } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { citationOf, compose, coverage, humanDate } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../knowledgeIndex.ts";
import type { Answer, AnswerItem } from "../types.ts";

/**
 * A timeline: every sentence with a date, in date order, each cited. Vague spans ("in recent
 * months") are left out; they order nothing. A filter (a topic or a person) keeps the events
 * whose sentence mentions it.
 */
export function answerTimeline(index: KnowledgeIndex, filter?: string, entityIds: string[] = []): Answer | null {
  const terms = filter ? contentTerms(filter) : [];
  const events: Array<{ s: IndexedSentence; from: string; label: string }> = [];
  for (const s of index.dated) {
    const d = s.dates.find((x) => x.precision !== "range");
    if (!d) continue;
    if (entityIds.length && !entityIds.some((id) => s.entities.includes(id))) continue;
    if (terms.length && !entityIds.length && coverage(terms, s) < tuning.answer.minCoverage) continue;
    events.push({ s, from: d.from, label: d.label });
  }
  if (events.length === 0) return null;
  events.sort((a, b) => a.from.localeCompare(b.from) || a.s.id - b.s.id);
  const shown = events.slice(0, tuning.answer.maxItems);
  const items: AnswerItem[] = shown.map((e) => ({
    text: `${e.label} — ${e.s.text} (${index.articles.get(e.s.doc)!.title}, ${humanDate(index.articles.get(e.s.doc)!.published)}, paragraph ${e.s.paragraph})`,
    short: e.label,
    citation: citationOf(index, e.s),
  }));
  const lead = `Timeline: ${events.length} dated event${events.length === 1 ? "" : "s"}${events.length > shown.length ? `, the first ${shown.length} shown` : ""}, from ${shown[0]!.label} to ${shown.at(-1)!.label}.`;
  return compose(index, { kind: "timeline", lead, short: null, sentences: shown.map((e) => e.s), confidence: 0.9, items });
}

