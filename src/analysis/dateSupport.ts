import { LONG_MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from "./lexicon.ts";
import { sentenceCase } from "./text.ts";

/** How precise a date is: one day, a week (or a weekend), a month or a few months, a year, a decade, an explicit span ("from May 1 to June 3"), or a vague range ("in recent months"). */
export type DatePrecision = "day" | "week" | "month" | "year" | "decade" | "span" | "range";

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
  /** An explicit span's two ends, resolved: "November 20, 2015" and "December 11, 2015". */
  ends?: { first: string; last: string };
}

export type Resolved = Omit<DateMention, "text" | "start" | "end">;

export interface Ctx {
  published: Date;
  /** The date's clause speaks of what is still to come ("will vote on Friday", "are to travel on Wednesday"). */
  future: boolean;
}

export interface Rule {
  /** A cheap test a sentence must pass before the rule's pattern is tried (most sentences hold no date). */
  hint?: RegExp;
  re: RegExp;
  resolve(m: RegExpExecArray, ctx: Ctx): Resolved | null;
}

/**
 * The months as one alternation, January first: each its name or its abbreviation, the first
 * three letters (and a longer one, "sept"), then with `dot` a period ("Jan."). May, June and July
 * are short already: "may", "june?", "july?".
 */
export function monthPattern(dot: boolean): string {
  return MONTHS.map((name) => {
    const three = name.slice(0, 3);
    if (name.length <= 4) return name.length === 3 ? name : `${three}${name[3]}?`;
    const longer = LONG_MONTH_ABBREVIATIONS.find((a) => name.startsWith(a));
    const head = longer ? `${three}${longer.slice(3)}?` : three;
    return `${head}(?:${name.slice(longer ? longer.length : 3)}${dot ? String.raw`|\.` : ""})?`;
  }).join("|");
}

/** A month name or abbreviation, captured. */
export const MONTH = `(${monthPattern(true)})`;
/** The same, not captured, for patterns that parse their parts afterwards. */
export const MONTH_NC = MONTH.replace(/^\(/, "(?:");
export const WEEKDAY = `(${[...WEEKDAYS.slice(1), WEEKDAYS[0]].join("|")})`;
export const YEAR = String.raw`((?:1[5-9]|20)\d{2})`;

export const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/** "2020-08-21". By hand for years 1000-9999 (toISOString was a tenth of date extraction); other years as toISOString writes them. */
export const iso = (d: Date): string => {
  const y = d.getUTCFullYear();
  return y >= 1000 && y <= 9999 ? `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` : d.toISOString().slice(0, 10);
};
export const addDays = (d: Date, n: number) => day(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
export const monthIndex = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace(/\.$/, "").slice(0, 3)));
export const monthName = (i: number) => sentenceCase(MONTHS[i]!);
const WEEKDAY_NAMES = WEEKDAYS.map(sentenceCase);
// Formatted by hand: Intl's toLocaleDateString was the slowest step of loading 10,000 articles.
export const dayLabel = (d: Date, weekday = false) =>
  `${weekday ? `${WEEKDAY_NAMES[d.getUTCDay()]}, ` : ""}${monthName(d.getUTCMonth())} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
export const lastDayOf = (y: number, m: number) => day(y, m + 1, 0);
const short = (d: Date) => `${monthName(d.getUTCMonth())} ${d.getUTCDate()}`;
/** "the week of August 10–16, 2020", "the weekend of September 19–20, 2015". */
export const spanOfDays = (what: string, a: Date, b: Date) =>
  `the ${what} of ${short(a)}–${a.getUTCMonth() === b.getUTCMonth() ? b.getUTCDate() : short(b)}, ${b.getUTCFullYear()}`;

/** A month with no year: the latest one not after publication, unless the sentence looks ahead. */
export function yearForMonth(month: number, dayOfMonth: number, ctx: Ctx, explicitThis = false): number {
  const y = ctx.published.getUTCFullYear();
  const candidate = day(y, month, dayOfMonth);
  if (candidate > ctx.published && !ctx.future && !explicitThis) return y - 1;
  if (candidate < ctx.published && ctx.future && !explicitThis && month < ctx.published.getUTCMonth()) return y + 1;
  return y;
}

/** A month, whole or a part of it ("early", "mid-", "the end of"). */
export function monthRange(y: number, m: number, qualifier: string | undefined) {
  const q = (qualifier ?? "").toLowerCase().replace(/-$/, "");
  let from = day(y, m, 1);
  let to = lastDayOf(y, m);
  if (q === "early" || q === "the beginning of" || q === "the start of") to = day(y, m, 10);
  else if (q === "mid") (from = day(y, m, 11)), (to = day(y, m, 20));
  else if (q === "late" || q === "the end of") from = day(y, m, 21);
  const prefix = q === "early" || q === "mid" || q === "late" ? `${q === "mid" ? "mid-" : `${q} `}` : q ? `${q} ` : "";
  return { from: iso(from), to: iso(to), precision: "month" as const, label: `${prefix}${monthName(m)} ${y}` };
}

/** Months of a part of a year: "early" 2016 is January–April, "the first quarter" January–March. */
const YEAR_PARTS: Record<string, [first: number, last: number, label: string]> = {
  early: [0, 3, "early"], "early in": [0, 3, "early"], mid: [4, 7, "mid-"], "mid-": [4, 7, "mid-"], late: [8, 11, "late"], "late in": [8, 11, "late"],
  "the beginning of": [0, 0, "the beginning of"], "the start of": [0, 0, "the start of"], "the middle of": [5, 6, "the middle of"], "the end of": [11, 11, "the end of"],
  "the first quarter of": [0, 2, "the first quarter of"], "the second quarter of": [3, 5, "the second quarter of"],
  "the third quarter of": [6, 8, "the third quarter of"], "the fourth quarter of": [9, 11, "the fourth quarter of"],
  "the last quarter of": [9, 11, "the last quarter of"], q1: [0, 2, "the first quarter of"], q2: [3, 5, "the second quarter of"],
  q3: [6, 8, "the third quarter of"], q4: [9, 11, "the fourth quarter of"],
  "the first half of": [0, 5, "the first half of"], "the second half of": [6, 11, "the second half of"],
};

/** A year, whole or in part: "early 2016", "the end of 2006", "the first quarter of 2021". */
export function yearRange(y: number, qualifier: string | undefined): Resolved {
  // "fourth quarter 2004", "the first half 2013": news drops "the" and "of" before a year.
  const q = (qualifier ?? "").toLowerCase().replace(/\s+/g, " ").trim().replace(/^(?!the )((?:first|second|third|fourth|last) (?:quarter|half))/, "the $1").replace(/^(the (?:first|second|third|fourth|last) (?:quarter|half))$/, "$1 of");
  const part = YEAR_PARTS[q];
  if (!part) return { from: `${y}-01-01`, to: `${y}-12-31`, precision: "year", label: String(y), relative: false };
  const [a, b, word] = part;
  const label = word.endsWith("-") ? `${word}${y}` : `${word} ${y}`;
  return { from: iso(day(y, a, 1)), to: iso(lastDayOf(y, b)), precision: a === 0 && b === 11 ? "year" : "month", label, relative: false };
}

export const YEAR_PART = String.raw`(early(?: in)?|late(?: in)?|mid-?|the (?:beginning|start|middle|end) of|(?:the )?(?:first|second|third|fourth|last) (?:quarter|half)(?: of)?|q[1-4])`;
