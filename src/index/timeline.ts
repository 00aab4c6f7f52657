// Every precise date of every sentence, in date order: timelines and questions naming a time
// read it. Built once per index, never per question.
import { dayLabel } from "../analysis/dateSupport.ts";
import { addDays, compareText, lowerBound } from "./order.ts";
import { eventsOf, leadEvent } from "./timelineEvents.ts";
import type { IndexedSentence, TimelineEvent } from "./types.ts";

export class Timeline {
  /** Every event, in date order. */
  readonly events: TimelineEvent[] = [];
  /** A sentence's (first) place on the timeline, by sentence id. */
  readonly eventOf = new Map<number, TimelineEvent>();
  /** The other places of a sentence that tells of several dates ("yesterday … and tomorrow …"). */
  readonly moreEventsOf = new Map<number, TimelineEvent[]>();
  /** Sentences that carry a date, for timelines and questions naming a time. */
  readonly dated: IndexedSentence[] = [];
  /** Events spanning more than a year (decades, long spans): searched apart when a period is asked about. */
  private readonly longEvents: TimelineEvent[] = [];

  /** Places every sentence; yields now and then so that a sliced build can pause. */
  *build(sentences: IndexedSentence[], publishedOf: (doc: string) => string): Generator<string> {
    let n = 0;
    for (const s of sentences) {
      if (++n % 500 === 0) yield "timeline";
      if (s.dates.length) this.dated.push(s);
    }
    // Grouped by day, then the days sorted: the same order as sorting every event, without one
    // long sort of a whole archive's events (sentences arrive in id order within a day).
    const byDay = new Map<string, TimelineEvent[]>();
    // A year and a day after each day, computed once per day rather than once per event (a
    // date parsed and printed for each of 100,000 events was a quarter of the timeline's build).
    const yearAfter = new Map<string, string>();
    const place = (event: TimelineEvent) => {
      const day = byDay.get(event.from);
      if (day) day.push(event);
      else byDay.set(event.from, [event]);
      let later = yearAfter.get(event.from);
      if (later === undefined) yearAfter.set(event.from, (later = addDays(event.from, 366)));
      if (later < event.to) this.longEvents.push(event);
    };
    // Each article's undated opening sentence, as of its publication; then every date of every sentence.
    for (const s of sentences) {
      if (++n % 2000 === 0) yield "timeline";
      const published = s.position === 0 ? publishedOf(s.doc) : "";
      const event = published && leadEvent(s, published, `as of ${dayLabel(new Date(`${published}T00:00:00Z`))}`);
      if (event) (this.eventOf.set(s.id, event), place(event));
    }
    for (const s of this.dated) {
      if (++n % 500 === 0) yield "timeline";
      const events = eventsOf(s);
      if (events.length === 0) continue;
      this.eventOf.set(s.id, events[0]!);
      if (events.length > 1) this.moreEventsOf.set(s.id, events.slice(1));
      for (const event of events) place(event);
    }
    yield "timeline";
    for (const day of [...byDay.keys()].sort(compareText)) {
      if (++n % 200 === 0) yield "timeline";
      for (const event of byDay.get(day)!) this.events.push(event);
    }
  }

  /** Sentences with a date overlapping the period, in date order. */
  sentencesInPeriod(from: string, to: string): IndexedSentence[] {
    // Events of a year or less that can overlap start within a year before `from`; longer ones are kept apart.
    const first = lowerBound(this.events, addDays(from, -366), (e) => e.from);
    const out = new Set<IndexedSentence>();
    for (const e of this.longEvents) if (e.from <= to && e.to >= from) out.add(e.sentence);
    for (let i = first; i < this.events.length && this.events[i]!.from <= to; i++) {
      if (this.events[i]!.to >= from) out.add(this.events[i]!.sentence);
    }
    return [...out];
  }

  /** The latest year in which some event falls on this "-MM-DD" (or "-MM"), or null. A scan: only for questions that name a date without its year. */
  latestYearWith(monthDay: string): string | null {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const from = this.events[i]!.from;
      if (from.slice(4, 4 + monthDay.length) === monthDay) return from.slice(0, 4);
    }
    return null;
  }
}
