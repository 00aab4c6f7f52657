import { DATED_EVENT_HEADS, monthAbbreviations, MONTHS_ALSO_WORDS, NAMED_DATES, STOPWORDS, THING_HEADS } from "./lexicon.ts";
import {
  day, dayLabel, iso, lastDayOf, MONTH, MONTH_NC, monthIndex, monthName, monthRange, YEAR, YEAR_PART, yearForMonth, yearRange,
  type Ctx, type Resolved, type Rule,
} from "./dateSupport.ts";

// Dates named on the calendar: a day, a month, a span between two of them, a year or a part of
// one, a decade. Yearless ones take their year from the publication and the clause's tense.

/** "may" and "march" are also ordinary words, and bare abbreviations ("mar", "dec") are too: only capitalised. */
const ONLY_CAPITALISED = new Set([...MONTHS_ALSO_WORDS, ...monthAbbreviations()]);
const monthWordOk = (w: string) => !ONLY_CAPITALISED.has(w.toLowerCase()) || /^[A-Z]/.test(w);

interface Part {
  y?: number;
  m?: number;
  d?: number;
}

const PART = String.raw`(?:${MONTH_NC}(?![a-z])\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:18|19|20)\d{2})?|\d{1,2}\s+${MONTH_NC}(?![a-z])\.?(?:\s+(?:18|19|20)\d{2})?|${MONTH_NC}(?![a-z])\.?(?:,?\s+(?:18|19|20)\d{2})?|(?:18|19|20)\d{2})`;

/** One end of a span, as written: "November 20", "July 2003", "2004", "5 January 2020". */
function parsePart(text: string): Part | null {
  const month = new RegExp(MONTH, "i").exec(text);
  if (month && !monthWordOk(month[1]!)) return null;
  const year = /\b((?:18|19|20)\d{2})\b/.exec(text);
  const withoutYear = year ? text.replace(year[0], "") : text;
  const date = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(withoutYear);
  const p: Part = {};
  if (year) p.y = Number(year[1]);
  if (month) p.m = monthIndex(month[1]!);
  if (date && month) p.d = Number(date[1]);
  if (p.d !== undefined && (p.d < 1 || p.d > 31)) return null;
  return p.m === undefined && p.y === undefined ? null : p;
}

const partLabel = (p: Part, y: number, withYear: boolean) =>
  p.m === undefined ? String(y) : `${monthName(p.m)}${p.d !== undefined ? ` ${p.d}` : ""}${withYear ? `${p.d !== undefined ? "," : ""} ${y}` : ""}`;

/** A span between two calendar dates; the second end's year (or the next one) when the first has none. */
function span(a: Part, b: Part, ctx: Ctx): Resolved | null {
  let ya = a.y;
  let yb = b.y;
  if (ya === undefined && yb === undefined) ya = yearForMonth(a.m!, a.d ?? 1, ctx);
  if (ya === undefined) ya = a.m !== undefined && b.m !== undefined && a.m > b.m ? yb! - 1 : yb!;
  if (yb === undefined) yb = a.m !== undefined && b.m !== undefined && b.m < a.m ? ya + 1 : ya;
  const first = a.m === undefined ? day(ya, 0, 1) : day(ya, a.m, a.d ?? 1);
  const last = b.m === undefined ? day(yb, 11, 31) : b.d !== undefined ? day(yb, b.m, b.d) : lastDayOf(yb, b.m);
  if (first >= last || (a.d !== undefined && first.getUTCMonth() !== a.m) || (b.d !== undefined && last.getUTCMonth() !== b.m)) return null;
  const sameYear = ya === yb && a.m !== undefined && b.m !== undefined;
  const sameMonth = sameYear && a.m === b.m && a.d !== undefined && b.d !== undefined;
  const label = sameMonth ? `${monthName(a.m!)} ${a.d}–${b.d}, ${yb}` : `${partLabel(a, ya, !sameYear)} to ${partLabel(b, yb, true)}`;
  const relative = a.y === undefined && b.y === undefined;
  return { from: iso(first), to: iso(last), precision: "span", label, relative, ends: { first: partLabel(a, ya, true), last: partLabel(b, yb, true) } };
}

/** Head nouns a year dates from a little way before them: THING_HEADS and DATED_EVENT_HEADS, longest first. */
const DATED_HEADS = [...new Set([...THING_HEADS, ...DATED_EVENT_HEADS])].sort((a, b) => b.length - a.length).join("|");

/**
 * The words after a year hold no plural, measure, or body counted in the singular ("gold medal
 * winning team"): a number before any of those counts it ("2000 marchers reached the square"),
 * wherever the phrase ends.
 */
function countsNothing(phrase: string): boolean {
  return phrase.split(/\s+/).every((w) => !MEASURE_WORDS.has(w) && !COUNTED_IN_SINGULAR.has(w) && !(/s$/.test(w) && !/(?:ss|us|is)$/.test(w)));
}

/** Whether a year after a preposition is a number counting the word after it ("of 2000 people"); a function word ("in 2009 was") counts nothing. */
const countsWhatFollows = (word: string | undefined) => word !== undefined && !STOPWORDS.has(word.toLowerCase()) && !countsNothing(word);

/** Words of measure a number before them counts ("a 1500 metre race", "a 2000 calorie diet", "a 1200 strong crowd"). */
const MEASURE_WORDS = new Set(
  ("metre meter kilometre kilometer km mile foot feet yard inch pound dollar euro yen ton tonne kilo kilogram gram litre liter " +
    "gallon hour minute second day week month year acre hectare degree percent per calorie word page seat bed room strong member unit").split(" "),
);
/** Nouns that count people or animals in the singular form ("the 2000 staff", "the 1800 police"). */
const COUNTED_IN_SINGULAR = new Set("staff police personnel crew cattle sheep fish deer livestock militia infantry clergy people".split(" "));

const dayOf = (d: Date): Resolved => ({ from: iso(d), to: iso(d), precision: "day", label: dayLabel(d), relative: false });

export const CALENDAR_RULES: Rule[] = [
  {
    // "from November 20 to December 11", "between July 2003 and December 2004", "January 23 through March 9", "2003–2005"
    hint: /\b(to|through|thru|until|till|and)\b|[–—-]/i,
    re: new RegExp(String.raw`\b(?:(from|between)\s+)?(${PART})\s*(to|through|thru|until|till|and|–|—|-)\s*(${PART})(?![\d])`, "gi"),
    resolve: (m, ctx) => {
      const [, lead, first, connector, second] = m;
      if (/^and$/i.test(connector!) && !/^between$/i.test(lead ?? "")) return null;
      // "2003-04" style and "from 2003 to 2005" are fine; a bare "1999 - 2000" only with a dash or "from".
      const a = parsePart(first!);
      const b = parsePart(second!);
      if (!a || !b) return null;
      if (a.m === undefined && b.m === undefined && !lead && !/^[–—-]$/.test(connector!)) return null;
      return span(a, b, ctx);
    },
  },
  {
    // "November 20–23", "from May 4 to 6, 2021": days of one month.
    re: new RegExp(String.raw`\b(?:from\s+)?${MONTH}(?![a-z])\.?\s+(\d{1,2})\s*(?:–|—|-|to|through)\s*(\d{1,2})(?:,?\s+${YEAR})?\b`, "gi"),
    resolve: (m, ctx) => {
      if (!monthWordOk(m[1]!)) return null;
      const month = monthIndex(m[1]!);
      const a = Number(m[2]);
      const b = Number(m[3]);
      if (a < 1 || b > 31 || a >= b) return null;
      return span({ m: month, d: a, y: m[4] ? Number(m[4]) : undefined }, { m: month, d: b, y: m[4] ? Number(m[4]) : undefined }, ctx);
    },
  },
  {
    // "Sept. 11, 2021", "January 5, 2020", "August 20th 2020"
    re: new RegExp(String.raw`\b(?:on\s+)?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, "gi"),
    resolve: (m) => dayOf(day(Number(m[3]), monthIndex(m[1]!), Number(m[2]))),
  },
  {
    // "5 January 2020"
    re: new RegExp(String.raw`\b(?:on\s+)?(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, "gi"),
    resolve: (m) => dayOf(day(Number(m[3]), monthIndex(m[2]!), Number(m[1]))),
  },
  {
    // "3/15/2020", "on 9/14/15": month first, as US news writes them.
    hint: /\d\/\d/,
    re: /\b(?:on\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g,
    resolve: (m) => {
      const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      const d = day(y, Number(m[1]) - 1, Number(m[2]));
      return d.getUTCMonth() === Number(m[1]) - 1 ? dayOf(d) : null;
    },
  },
  {
    // "9/11", "Christmas Day": days known by a name. The name stays in the label: it is how readers know them.
    hint: /9\/11|christmas|new year|valentine|halloween/i,
    re: new RegExp(String.raw`(?<![\w/])(?:on\s+|since\s+)?(${Object.keys(NAMED_DATES).map((k) => k.replace(/[.*+?^${}()|[\]\\/']/g, "\\$&")).join("|")})(?![\w/])`, "gi"),
    resolve: (m, ctx) => {
      const [month, date, year] = NAMED_DATES[m[1]!.toLowerCase()]!;
      const y = year ?? yearForMonth(month, date, ctx);
      const d = day(y, month, date);
      return { ...dayOf(d), label: `${m[1]} (${dayLabel(d)})`, relative: year === undefined };
    },
  },
  {
    // "January 5", "on Sept. 11"; "5 January", "on 4 May" as British news writes them.
    re: new RegExp(String.raw`\b(?:on\s+)?(?:${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?![,.]?\d)|(?<![\d,.]\s*)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH.replace("(", "(?<dayFirst>")}(?![a-z])(?!\s*,?\s*\d))`, "gi"),
    resolve: (m, ctx) => {
      const name = m[1] ?? m.groups?.dayFirst;
      if (!name || !monthWordOk(name)) return null;
      const month = monthIndex(name);
      const date = Number(m[2] ?? m[3]);
      if (date < 1 || date > 31) return null;
      // February 29 only exists in leap years: the latest one before.
      let y = yearForMonth(month, date, ctx);
      for (let tries = 0; tries < 4 && day(y, month, date).getUTCMonth() !== month; tries++) y--;
      const d = day(y, month, date);
      if (d.getUTCMonth() !== month) return null;
      return { ...dayOf(d), relative: true };
    },
  },
  {
    // "early January", "this June", "in July 2019"
    re: new RegExp(String.raw`\b(?:in\s+|this\s+|last\s+)?(early|mid-?|late|the end of|the beginning of|the start of)?\s*(this\s+|last\s+)?\b${MONTH}(?![a-z])(?:\s+(\d{4}))?`, "gi"),
    resolve: (m, ctx) => {
      const word = m[3]!;
      if (!monthWordOk(word)) return null;
      const month = monthIndex(word);
      const explicitThis = /this/i.test(m[0]);
      const y = m[4] ? Number(m[4]) : yearForMonth(month, 1, ctx, explicitThis);
      return { ...monthRange(y, month, m[1]), relative: !m[4] };
    },
  },
  {
    // "early in 2016", "late 2015", "mid-2016", "the end of 2006", "the first quarter of 2021", "Q3 2020"
    re: new RegExp(String.raw`\b(?:by\s+|in\s+)?${YEAR_PART}\s*${YEAR}\b`, "gi"),
    resolve: (m) => yearRange(Number(m[2]), m[1]),
  },
  {
    // "in the 1960s", "the early 1990s", "the 2010s"
    hint: /\d0'?s\b/,
    re: /\b(?:in\s+|during\s+|since\s+)?(?:the\s+)?(?:(early|mid-?|late)\s*)?((?:1[5-9]|20)\d0)'?s\b/gi,
    resolve: (m) => {
      const start = Number(m[2]);
      const q = (m[1] ?? "").toLowerCase().replace(/-$/, "");
      const [a, b] = q === "early" ? [0, 3] : q === "mid" ? [4, 6] : q === "late" ? [7, 9] : [0, 9];
      const label = `the ${q ? `${q === "mid" ? "mid-" : `${q} `}` : ""}${start}s`;
      return { from: `${start + a}-01-01`, to: `${start + b}-12-31`, precision: "decade", label, relative: false };
    },
  },
  {
    // "the 1991 Hajj", "its 2016 election", "the 2009 governmental stimulus package", "a 2010
    // lawsuit": a year naming which one of a recurring event or thing (a capitalised name, or a
    // head noun of events and documents, after at most two words that describe it); not "the
    // 2000 troops". A noun after words that describe it, or of DATED_EVENT_HEADS, stays out of the
    // date's text: a question without its date still asks about "the rescue package".
    hint: /\b(?:the|its|their|his|her|an?)\s+(?:18|19|20)\d{2}\s/i,
    re: new RegExp(String.raw`\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:18|19|20)\d{2})(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*|\s+(?:${[...THING_HEADS].join("|")})\b)|(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+((?:18|19|20)\d{2})(?=\s+(?:[\p{Ll}-]+\s+){0,2}(?:${DATED_HEADS})\b))`, "gu"),
    resolve: (m) => yearRange(Number(m[1] ?? m[2]), undefined),
  },
  {
    // "a 1987 duet", "the 2010 gold medal winning team", "Obama's 2009 inauguration": a year
    // before words that hold no plural dates them, whatever the noun: a number counting what
    // follows would make it plural ("the 2000 new jobs", "the 1500 residents of …"). Never a
    // measure or a body counted in the singular ("a 1500 metre race", "the 2000 staff").
    hint: /(?:\b(?:the|its|their|his|her|an?)|[’']s)\s+(?:18|19|20)\d{2}\s+\p{Ll}/iu,
    // The noun phrase (and a name's possessive) is read around the year, not taken: it stays a word of the sentence, out of the date's text.
    re: /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+|(?<=\p{Lu}[\p{L}.-]*[’']s\s+))((?:18|19|20)\d{2})(?=\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?:[,.;:!?)]|$|\s+(?!\p{Ll})|\s+(?:of|in|on|at|for|to|from|with|by|was|were|is|are|has|had|have|will|would|that|which|who|and|but|or|as)\b))/gu,
    resolve: (m) => (countsNothing(m[2]!) ? yearRange(Number(m[1]), undefined) : null),
  },
  {
    // "in 1997 and 1998", "cases in 2006 and 1996", "in 2010 or 2011": two years after a preposition are
    // one date naming both (not a span: nothing is said of the years between them).
    re: /\b(?:in|since|during|of|from)\s+((?:18|19|20)\d{2}),?\s+(and|or)\s+((?:18|19|20)\d{2})\b(?!,?\d|\s*[-–]\s*\d)(?=\s+([\p{Ll}-]+)|)/giu,
    resolve: (m) => {
      if (countsWhatFollows(m[4])) return null;
      const [a, b] = [Number(m[1]), Number(m[3])];
      const [first, last] = a <= b ? [a, b] : [b, a];
      return { ...yearRange(first, undefined), to: yearRange(last, undefined).to, label: `${a} ${m[2]!.toLowerCase()} ${b}` };
    },
  },
  // Last: extractDates tries this rule after the relative ones ("the fall of 2012" before "of 2012").
  {
    // "in 2019", "since 2003", "by 2050": a year alone ("in 2010, according to …" too; not the
    // start of a larger number, "in 2010,500 cases").
    // Not a count of what follows ("a crowd of 2000 people", "by 1900 votes").
    re: /\b(?:in|since|during|by|of|until|till|before|after|from|around|circa|through)\s+((?:18|19|20)\d{2})\b(?!,?\d|\s*[-–]\s*\d)(?=\s+([\p{Ll}-]+)|)/giu,
    resolve: (m) => (countsWhatFollows(m[2]) ? null : yearRange(Number(m[1]), undefined)),
  },
];
