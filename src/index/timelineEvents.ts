import type { DateMention } from "../analysis/extractDates.ts";
import type { IndexedSentence, TimelineEvent } from "./types.ts";

/**
 * The places of one sentence on the timeline: each date it tells of, past or planned, single
 * days, spans, years and decades alike. Vague spans ("in recent months") order nothing and are
 * left out, and so is a date that only contains another of the same sentence ("on Waitangi Day
 * - February 6 - this year" is February 6, not the whole year).
 */
export function eventsOf(s: IndexedSentence): TimelineEvent[] {
  const dates = s.dates.filter((d) => d.precision !== "range");
  const kept = dates.filter((d) => !dates.some((o) => o !== d && contains(d, o)));
  const seen = new Set<string>();
  const out: TimelineEvent[] = [];
  for (const d of kept) {
    if (seen.has(d.from)) continue;
    seen.add(d.from);
    out.push({ sentence: s, from: d.from, to: d.to, label: d.label });
  }
  return out;
}

/**
 * An article's opening sentence with no date of its own tells the news as of its publication
 * ("the military has been placed on high alert"): on the timeline at that day.
 */
export function leadEvent(s: IndexedSentence, published: string, label: string): TimelineEvent | null {
  return s.position === 0 && s.dates.length === 0 ? { sentence: s, from: published, to: published, label } : null;
}

const contains = (outer: DateMention, inner: DateMention) =>
  outer.from <= inner.from && outer.to >= inner.to && (outer.from !== inner.from || outer.to !== inner.to);
