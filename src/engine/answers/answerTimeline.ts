import { contentTerms } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { citationOf, compose, coverage, humanDate } from "../answerSupport.ts";
import { compareText, type IndexedSentence, type KnowledgeIndex, type TimelineEvent } from "../../index/knowledgeIndex.ts";
import type { Answer, AnswerItem } from "../types.ts";

/**
 * A timeline: every date the articles tell of — days, spans, years, plans still to come — in
 * date order, each cited. Vague spans ("in recent months") are left out; they order nothing.
 * About a topic or a person: the events of the articles that tell of them, those whose sentence
 * names them first when there are too many (a topic word missing from a sentence does not drop
 * its event: "the flag process" is told in sentences about referendums and meetings).
 */
export function answerTimeline(index: KnowledgeIndex, filter?: string, entityIds: string[] = []): Answer | null {
  const about = [filter?.trim() ?? "", ...entityIds.map((id) => index.entities.get(id)?.name ?? "")].join(" ").trim();
  const events = about ? topicEvents(index, about) : index.timeline;
  if (events.length === 0) return null;
  const shown = events.length > tuning.answer.maxItems ? closestToTopic(events, contentTerms(about)) : events;
  const total = events.length;
  const items: AnswerItem[] = shown.map((e) => {
    const a = index.articles.get(e.sentence.doc)!;
    return {
      text: `${e.label} — ${e.sentence.text} (${a.title}, ${humanDate(a.published)}, paragraph ${e.sentence.paragraph})`,
      short: e.label,
      citation: citationOf(index, e.sentence),
    };
  });
  const lead = `Timeline: ${total} dated event${total === 1 ? "" : "s"}${total > shown.length ? `, ${shown.length} shown` : ""}, first ${shown[0]!.label}, last ${shown.at(-1)!.label}.`;
  return compose(index, { kind: "timeline", lead, short: null, sentences: shown.map((e) => e.sentence), confidence: tuning.confidence.timeline, items });
}

/** Every event of these sentences, in date order. */
function eventsOfSentences(index: KnowledgeIndex, sentences: IndexedSentence[]): TimelineEvent[] {
  return sentences
    .flatMap((s) => {
      const first = index.eventOf.get(s.id);
      return first ? [first, ...(index.moreEventsOf.get(s.id) ?? [])] : [];
    })
    .sort((a, b) => compareText(a.from, b.from) || a.sentence.id - b.sentence.id);
}

/** The events of the articles that tell most of the topic: those within half the best article's match. */
function topicEvents(index: KnowledgeIndex, topic: string): TimelineEvent[] {
  const byDoc = new Map<string, number[]>();
  for (const h of index.find(topic, 400)) {
    const scores = byDoc.get(h.sentence.doc) ?? [];
    scores.push(h.score);
    byDoc.set(h.sentence.doc, scores);
  }
  // An article's match: its three best sentences, so one passing mention weighs less than a story.
  const weight = [...byDoc].map(([doc, scores]) => ({ doc, score: scores.slice(0, 3).reduce((x, y) => x + y, 0) }));
  const best = Math.max(0, ...weight.map((w) => w.score));
  const docs = weight.filter((w) => w.score >= best * tuning.answer.timelineArticleShare).slice(0, tuning.answer.maxItems).map((w) => w.doc);
  return eventsOfSentences(index, docs.flatMap((d) => index.sentencesOf(d)));
}

/** Too many events to show: the ones whose sentence holds most of the topic, kept in date order. */
function closestToTopic(events: TimelineEvent[], terms: string[]): TimelineEvent[] {
  if (terms.length === 0) return events.slice(0, tuning.answer.maxItems);
  const keep = new Set(
    events
      .map((e, i) => ({ i, c: coverage(terms, e.sentence) }))
      .sort((a, b) => b.c - a.c || a.i - b.i)
      .slice(0, tuning.answer.maxItems)
      .map((x) => x.i),
  );
  return events.filter((_, i) => keep.has(i));
}
