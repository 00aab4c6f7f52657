import { CALENDAR_RULES } from "./calendarDateRules.ts";
import { MONTHS, WEEKDAYS } from "./lexicon.ts";
import type { Ctx, DateMention, Rule } from "./dateSupport.ts";
import { RELATIVE_RULES } from "./relativeDateRules.ts";

export type { DateMention, DatePrecision } from "./dateSupport.ts";

// Hand-written rather than chrono-node: chrono reads "January 5" in an August article as next
// January, drops "early", and returns one day for "last week" (RESEARCH.md). News needs past
// by default and ranges, so the rules below resolve the expressions news uses, directly.

/** Earlier rules win on overlaps: spans before their ends, full dates before yearless ones. */
const RULES: Rule[] = [...CALENDAR_RULES.slice(0, -1), ...RELATIVE_RULES, CALENDAR_RULES.at(-1)!];

/** Words that put a clause in the future: "will", "are to", "plans to", "scheduled", "next". */
const FUTURE = /\b(will|shall|going to|next|coming|upcoming|plans? to|planned|scheduled|set to|expected to|would begin|by the end of|faces?|facing|due|ahead of|(?:is|are|am) to|to be held|intends? to|aims? to|hopes? to|tomorrow)\b|’ll|'ll/i;
/** A verb in the past before the date settles its clause in the past, whatever follows. */
const PAST_IRREGULAR = /\b(was|were|had|did|began|begun|came|went|took|made|met|held|brought|gave|got|saw|sent|spent|won|lost|left|led|fought|told|said|wrote|ran|rose|fell|broke|chose|became|found|built|struck|flew|drove|paid|sold|bought|thought|caught|taught|felt|kept|stood|heard)\b/i;
/** A lowercase "-ed" word (names like "Mohamed" and words like "need" are not verbs in the past). */
const PAST_REGULAR = /\b(?!(?:need|indeed|speed|seed|proceed|exceed|succeed|hundred|bed|embed|feed|breed|shed)\b)[a-z]{2,}ed\b/;
/**
 * "would" and its verb right before the date report a plan from the past: "Annan said the talks
 * would resume Friday" means the coming Friday. "would have" looks back.
 */
const WOULD_AHEAD = /\bwould\s+(?!have\b)(?:not\s+)?[a-z]+\b/i;
const pastAt = (s: string) => Math.min(PAST_IRREGULAR.exec(s)?.index ?? Infinity, PAST_REGULAR.exec(s)?.index ?? Infinity);
const CLAUSE_END = /[,;:“”"]|\b(?:that|which|who|while|when|because|although|though|where)\b/i;

/** Does the date's own clause speak of what is still to come? */
function looksAhead(sentence: string, start: number, end: number, text: string): boolean {
  // Tense is read in the date's own clause: "announced on Tuesday that the U.S. will reduce"
  // speaks of a past Tuesday and a future cut.
  const lead = sentence.slice(Math.max(0, start - 60), start).split(/[,;:“”"]|\bthat\b/).at(-1) ?? "";
  if (FUTURE.test(lead) || FUTURE.test(text) || WOULD_AHEAD.test(lead)) return true;
  if (pastAt(lead) < Infinity) return false;
  // A date opening its clause ("On Wednesday, they are to travel") takes the tense of the clause after its comma.
  let after = sentence.slice(end, end + 80);
  if (!/\p{L}/u.test(lead.replace(/\b(by|on|in|at|from|since|until|and|but|so)\b/gi, ""))) after = after.replace(/^\s*,/, "");
  const tail = after.split(CLAUSE_END)[0] ?? "";
  // The first verb after it decides: "began on August 10 and … will continue" stays past.
  const future = FUTURE.exec(tail);
  return future !== null && future.index <= pastAt(tail);
}

/** Words without which a sentence holds no date expression: a cheap test before the rules. */
const MAYBE_DATE = new RegExp(String.raw`\b(${[...MONTHS, ...WEEKDAYS].map((w) => w.slice(0, 3)).join("|")}|week|month|year|ago|yesterday|today|tonight|tomorrow|morning|afternoon|evening|recent|past|spring|summer|autumn|fall|winter|q[1-4]|christmas|new year|halloween|valentine|independence|1[5-9]\d\d|20\d\d|\d\/\d)`, "i");

/** The last publication day read, as a Date (never changed by the rules): an article's sentences share one. */
let lastPublished: { text: string; day: Date } | null = null;
function publishedDay(published: string): Date {
  if (lastPublished?.text !== published) lastPublished = { text: published, day: new Date(`${published}T00:00:00Z`) };
  return lastPublished.day;
}

/** Finds and resolves every date expression of a sentence. */
export function extractDates(sentence: string, published: string): DateMention[] {
  if (!MAYBE_DATE.test(sentence)) return [];
  const publishedDate = publishedDay(published);
  const taken: Array<[number, number]> = [];
  const out: DateMention[] = [];
  for (const rule of RULES) {
    if (rule.hint && !rule.hint.test(sentence)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const text = m[0].trim();
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = start + text.length;
      if (!text || taken.some(([a, b]) => start < b && end > a)) continue;
      const ctx: Ctx = { published: publishedDate, future: looksAhead(sentence, start, end, text) };
      const resolved = rule.resolve(m, ctx);
      if (!resolved) continue;
      taken.push([start, end]);
      out.push({ text, start, end, ...resolved });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
