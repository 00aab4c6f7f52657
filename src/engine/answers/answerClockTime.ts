import { canonical } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { anchorsOf, compose, distanceToAnchors } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { rankSentences } from "./rankSentences.ts";

/** "What time did …", "at what time", "what time of day": a time of day, not a date. */
export const ASKS_CLOCK_TIME = /^(and |so )?(at )?what time\b|\bwhat time of (the )?day\b/;

/**
 * A time of day as news writes it: "22:30", "2:30 a.m.", "5 pm", "noon", "midnight", and parts of
 * the day ("yesterday afternoon", "Friday evening"). The date answerer reads days, not hours.
 */
const CLOCK = /\b(?:(?:at|by|around|about|before|after|until|from)\s+)?(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|noon|midday|midnight)(?:\s+(?:local time|GMT|UTC))?(?:\s+the next day)?/gi;
const PART_OF_DAY = /\b(?:(?:early|late|yesterday|this|last|on \w+day|\w+day)\s+)?(?:morning|afternoon|evening|night|dawn|dusk)\b/gi;

/** The time of day in the sentence that tells of the event asked about, nearest the question's own words. */
export function answerClockTime(q: Query, index: KnowledgeIndex): Answer | null {
  const asked = new Set(q.words.map(canonical));
  // "time" and "day" say how the question asks, not what it is about.
  const asking = new Set(["time", "day", "hour", "happen"].map(canonical));
  const terms = [...q.topic.filter((t) => !asking.has(t)), ...q.entities.flatMap((e) => e.entity.id.split(/\s+/).map(canonical))];
  for (const r of rankSentences(q, index, terms).slice(0, 5)) {
    if (r.coverage < tuning.answer.minCoverage) break;
    const text = r.sentence.text;
    const anchors = anchorsOf(text, asked);
    const times = [...text.matchAll(CLOCK), ...text.matchAll(PART_OF_DAY)]
      // "9.5 percent" or "2.30 metres" are no times: a clock time with a dot needs a.m./p.m. or "at".
      .filter((m) => !/^\d{1,2}\.\d{2}$/.test(m[0].trim()) || /^(at|by)\s/i.test(m[0]))
      .sort((a, b) => distanceToAnchors(a.index!, anchors) - distanceToAnchors(b.index!, anchors));
    const best = times[0];
    if (!best) continue;
    const time = best[0].trim();
    // "yesterday afternoon": the day resolved as the date answerer resolves it.
    const day = r.sentence.dates.find((d) => d.start >= best.index! && d.end <= best.index! + best[0].length);
    const lead = `${time[0]!.toUpperCase()}${time.slice(1)}${day ? ` (${day.label})` : ""}.`;
    return compose(index, { kind: "when", lead, short: time.replace(/^(at|by|around|about)\s+/i, ""), sentences: [r.sentence], confidence: r.coverage * tuning.confidence.clockTime });
  }
  return null;
}
