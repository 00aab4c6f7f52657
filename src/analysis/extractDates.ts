import { MONTHS, WEEKDAYS } from "./lexicon.ts";

export type DatePrecision = "day" | "week" | "month" | "year" | "range";

/** A time expression of a sentence, resolved against the article's publication date. */
export interface DateMention {
  /** Verbatim wording, e.g. "on Thursday", "earlier this month", "January 5". */
  text: string;
  start: number;
  end: number;
  /** First and last day covered, YYYY-MM-DD. */
  from: string;
  to: string;
  precision: DatePrecision;
  /** Resolved and readable: "Thursday, August 20, 2020", "early January 2020", "August 2020". */
  label: string;
  /** True when the wording is relative to the publication ("last week", "on Thursday"). */
  relative: boolean;
}

// Hand-written rather than chrono-node: chrono reads "January 5" in an August article as next
// January, drops "early", and returns one day for "last week" (RESEARCH.md). News needs past
// by default and ranges, so the rules below resolve the expressions news uses, directly.

const MONTH = String.raw`(jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`;
const WEEKDAY = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const FUTURE = /\b(will|shall|going to|next|coming|upcoming|plans? to|planned|scheduled|set to|expected to|would begin|by the end of|faces?|facing|due|ahead of)\b|’ll|'ll/i;

interface Rule {
  re: RegExp;
  resolve(m: RegExpExecArray, ctx: Ctx): Omit<DateMention, "text" | "start" | "end"> | null;
}

interface Ctx {
  published: Date;
  future: boolean;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const monthIndex = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace(/\.$/, "").slice(0, 3)));
const monthName = (i: number) => MONTHS[i]!.charAt(0).toUpperCase() + MONTHS[i]!.slice(1);
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
// Formatted by hand: Intl's toLocaleDateString was the slowest step of loading 10,000 articles.
const dayLabel = (d: Date, weekday = false) =>
  `${weekday ? `${WEEKDAY_NAMES[d.getUTCDay()]}, ` : ""}${monthName(d.getUTCMonth())} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const lastDayOf = (y: number, m: number) => day(y, m + 1, 0);

/** A month with no year: the latest one not after publication, unless the sentence looks ahead. */
function yearForMonth(month: number, dayOfMonth: number, ctx: Ctx, explicitThis = false): number {
  const y = ctx.published.getUTCFullYear();
  const candidate = day(y, month, dayOfMonth);
  if (candidate > ctx.published && !ctx.future && !explicitThis) return y - 1;
  if (candidate < ctx.published && ctx.future && !explicitThis && month < ctx.published.getUTCMonth()) return y + 1;
  return y;
}

function monthRange(y: number, m: number, qualifier: string | undefined) {
  const q = (qualifier ?? "").toLowerCase().replace(/-$/, "");
  let from = day(y, m, 1);
  let to = lastDayOf(y, m);
  if (q === "early" || q === "the beginning of" || q === "the start of") to = day(y, m, 10);
  else if (q === "mid") (from = day(y, m, 11)), (to = day(y, m, 20));
  else if (q === "late" || q === "the end of") from = day(y, m, 21);
  const prefix = q === "early" || q === "mid" || q === "late" ? `${q === "mid" ? "mid-" : `${q} `}` : q ? `${q} ` : "";
  return { from: iso(from), to: iso(to), precision: "month" as const, label: `${prefix}${monthName(m)} ${y}` };
}

const RULES: Rule[] = [
  {
    // "Sept. 11, 2021", "January 5, 2020", "August 20th 2020"
    re: new RegExp(String.raw`\b(?:on\s+)?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, "gi"),
    resolve: (m) => {
      const d = day(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
      return { from: iso(d), to: iso(d), precision: "day", label: dayLabel(d), relative: false };
    },
  },
  {
    // "5 January 2020"
    re: new RegExp(String.raw`\b(?:on\s+)?(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, "gi"),
    resolve: (m) => {
      const d = day(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
      return { from: iso(d), to: iso(d), precision: "day", label: dayLabel(d), relative: false };
    },
  },
  {
    // "January 5", "on Sept. 11"
    re: new RegExp(String.raw`\b(?:on\s+)?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?![,.]?\d)`, "gi"),
    resolve: (m, ctx) => {
      const month = monthIndex(m[1]!);
      const date = Number(m[2]);
      if (date < 1 || date > 31) return null;
      // February 29 only exists in leap years: the latest one before.
      let y = yearForMonth(month, date, ctx);
      for (let tries = 0; tries < 4 && day(y, month, date).getUTCMonth() !== month; tries++) y--;
      const d = day(y, month, date);
      if (d.getUTCMonth() !== month) return null;
      return { from: iso(d), to: iso(d), precision: "day", label: dayLabel(d), relative: false };
    },
  },
  {
    // "early January", "this June", "in July 2019", "late last month" is handled below
    re: new RegExp(String.raw`\b(?:in\s+|this\s+|last\s+)?(early|mid-?|late|the end of|the beginning of|the start of)?\s*(this\s+|last\s+)?\b${MONTH}\b(?:\s+(\d{4}))?`, "gi"),
    resolve: (m, ctx) => {
      const word = m[3]!;
      // "may" and "march" are also ordinary words: only take them capitalised.
      if (/^(may|march)$/i.test(word) && !/^[A-Z]/.test(word)) return null;
      if (/^(mar|jan|jun|jul|aug|oct|nov|dec|sep|sept|feb|apr)$/i.test(word) && !/^[A-Z]/.test(word)) return null;
      const month = monthIndex(word);
      const explicitThis = /this/i.test(m[0]);
      const y = m[4] ? Number(m[4]) : yearForMonth(month, 1, ctx, explicitThis);
      return { ...monthRange(y, month, m[1]), relative: !m[4] };
    },
  },
  {
    // "last week", "earlier this month", "this year", "next month", "late last year"
    re: /\b(earlier|later|early|late)?\s*(this|last|next|past)\s+(week|month|year)\b/gi,
    resolve: (m, ctx) => {
      const p = ctx.published;
      const shift = { this: 0, past: 0, last: -1, next: 1 }[m[2]!.toLowerCase() as "this"] ?? 0;
      const unit = m[3]!.toLowerCase();
      if (unit === "week") {
        const monday = day(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate() - ((p.getUTCDay() + 6) % 7) + 7 * shift);
        const sunday = day(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + 6);
        const fmt = (d: Date) => `${monthName(d.getUTCMonth())} ${d.getUTCDate()}`;
        return { from: iso(monday), to: iso(sunday), precision: "week", label: `the week of ${fmt(monday)}–${fmt(sunday)}, ${sunday.getUTCFullYear()}`, relative: true };
      }
      if (unit === "month") {
        const first = day(p.getUTCFullYear(), p.getUTCMonth() + shift, 1);
        const r = monthRange(first.getUTCFullYear(), first.getUTCMonth(), /^(early|late)$/i.test(m[1] ?? "") ? m[1] : undefined);
        const to = shift === 0 && /earlier/i.test(m[1] ?? "") ? iso(p) : r.to;
        return { ...r, to, relative: true };
      }
      const y = p.getUTCFullYear() + shift;
      return { from: `${y}-01-01`, to: `${y}-12-31`, precision: "year", label: String(y), relative: true };
    },
  },
  {
    // "on Thursday": the latest such day up to publication, or the next one when the sentence looks ahead.
    re: new RegExp(String.raw`\b(?:on\s+|last\s+|this\s+|next\s+)?${WEEKDAY}\b`, "gi"),
    resolve: (m, ctx) => {
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const p = ctx.published;
      const next = /^next/i.test(m[0]) || (ctx.future && !/^last/i.test(m[0]));
      let delta = (p.getUTCDay() - target + 7) % 7;
      if (next) delta = -(((target - p.getUTCDay() + 7) % 7) || 7);
      else if (/^last/i.test(m[0]) && delta === 0) delta = 7;
      const d = day(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate() - delta);
      return { from: iso(d), to: iso(d), precision: "day", label: dayLabel(d, true), relative: true };
    },
  },
  {
    re: /\b(yesterday|today|tonight|this morning|this afternoon|this evening)\b/gi,
    resolve: (m, ctx) => {
      const back = m[1]!.toLowerCase() === "yesterday" ? 1 : 0;
      const p = ctx.published;
      const d = day(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate() - back);
      return { from: iso(d), to: iso(d), precision: "day", label: dayLabel(d, true), relative: true };
    },
  },
  {
    // "two weeks ago", "3 days ago"
    re: /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b/gi,
    resolve: (m, ctx) => {
      const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
      const n = Number(m[1]) || words[m[1]!.toLowerCase()] || 1;
      const p = ctx.published;
      const unit = m[2]!.toLowerCase();
      const d =
        unit === "day" ? day(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate() - n)
        : unit === "week" ? day(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate() - 7 * n)
        : unit === "month" ? day(p.getUTCFullYear(), p.getUTCMonth() - n, p.getUTCDate())
        : day(p.getUTCFullYear() - n, p.getUTCMonth(), p.getUTCDate());
      const precision = unit === "day" ? "day" : unit === "week" ? "week" : unit === "month" ? "month" : "year";
      const label = precision === "day" ? dayLabel(d) : precision === "year" ? String(d.getUTCFullYear()) : `${monthName(d.getUTCMonth())} ${d.getUTCFullYear()}`;
      return { from: iso(d), to: iso(d), precision, label, relative: true };
    },
  },
  {
    // "in recent months", "in recent weeks", "in the past few weeks"
    re: /\b(?:in|over)\s+(?:recent|the past(?: few)?|the last(?: few)?)\s+(days|weeks|months|years)\b/gi,
    resolve: (m, ctx) => {
      const p = ctx.published;
      const unit = m[1]!.toLowerCase();
      const back = unit === "days" ? day(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate() - 7) : unit === "weeks" ? day(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate() - 28) : unit === "months" ? day(p.getUTCFullYear(), p.getUTCMonth() - 3, p.getUTCDate()) : day(p.getUTCFullYear() - 3, p.getUTCMonth(), p.getUTCDate());
      return { from: iso(back), to: iso(p), precision: "range", label: `the ${unit} before ${dayLabel(p)}`, relative: true };
    },
  },
  {
    // "in 2019", "since 2003": a year alone.
    re: /\b(?:in|since|during|by|of)\s+((?:19|20)\d{2})\b(?![,\d])/gi,
    resolve: (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, precision: "year", label: m[1]!, relative: false }),
  },
];

/** Finds and resolves every date expression of a sentence; earlier rules win on overlaps. */
/** Words without which a sentence holds no date expression: a cheap test before the rules. */
const MAYBE_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|ago|yesterday|today|tonight|morning|afternoon|evening|recent|past|19\d\d|20\d\d)/i;

export function extractDates(sentence: string, published: string): DateMention[] {
  if (!MAYBE_DATE.test(sentence)) return [];
  const publishedDate = new Date(`${published}T00:00:00Z`);
  const taken: Array<[number, number]> = [];
  const out: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const text = m[0].trim();
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = start + text.length;
      if (!text || taken.some(([a, b]) => start < b && end > a)) continue;
      // Tense is read in the words just before the date, in its own clause: "announced on
      // Tuesday that the U.S. will reduce" speaks of a past Tuesday and a future cut.
      const lead = sentence.slice(Math.max(0, start - 45), start).split(/[,;:“”"]|\bthat\b/).at(-1) ?? "";
      const ctx: Ctx = { published: publishedDate, future: FUTURE.test(lead) || FUTURE.test(text) };
      const resolved = rule.resolve(m, ctx);
      if (!resolved) continue;
      taken.push([start, end]);
      out.push({ text, start, end, ...resolved });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
