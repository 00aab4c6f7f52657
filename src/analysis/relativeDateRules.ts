import { CARDINAL_WORDS, NUMBER_WORDS, WEEKDAYS } from "./lexicon.ts";
import {
  addDays, day, dayLabel, iso, monthName, monthRange, spanOfDays, WEEKDAY, YEAR_PART, yearRange, type Ctx, type Resolved, type Rule,
} from "./dateSupport.ts";

// Dates told relative to the publication: "last week", "on Thursday", "this weekend", "a decade
// ago", "earlier this month", "next spring". The clause's tense decides past or coming.

const shiftOf = (w: string | undefined) => ({ this: 0, past: 0, the: 0, last: -1, next: 1, coming: 1 })[(w ?? "this").toLowerCase() as "this"] ?? 0;

/** Monday to Sunday of the week `shift` weeks from the publication's. */
function week(p: Date, shift: number): Resolved {
  const monday = addDays(p, -((p.getUTCDay() + 6) % 7) + 7 * shift);
  const sunday = addDays(monday, 6);
  return { from: iso(monday), to: iso(sunday), precision: "week", label: spanOfDays("week", monday, sunday), relative: true };
}

const SEASONS: Record<string, [firstMonth: number, months: number]> = { spring: [2, 3], summer: [5, 3], autumn: [8, 3], fall: [8, 3], winter: [11, 3] };

/** The season of year `y` (winter starts in that year's December). */
function season(name: string, y: number, qualifier: string | undefined): Resolved {
  const [first, months] = SEASONS[name.toLowerCase()]!;
  const from = day(y, first, 1);
  const to = day(y, first + months, 0);
  const q = (qualifier ?? "").toLowerCase().replace(/-$/, "");
  const prefix = q === "mid" ? "mid-" : q ? `${q} ` : "";
  return { from: iso(from), to: iso(to), precision: "month", label: `${prefix}${name.toLowerCase()} ${y}`, relative: true };
}

export const RELATIVE_RULES: Rule[] = [
  {
    // "by the end of the year", "the beginning of next month", "the first quarter of this year", "late last year", "earlier this month"
    hint: /\b(week|month|year)\b/i,
    re: new RegExp(String.raw`\b(?:(earlier|later)\s+|${YEAR_PART}\s+)?(this|last|next|past|the|coming)\s+(week|month|year)\b`, "gi"),
    resolve: (m, ctx) => {
      const p = ctx.published;
      const [, relative, part, which, unitWord] = m;
      // "the year" alone is the publication's year only with a part before it ("the end of the year").
      if (/^the$/i.test(which!) && !part) return null;
      const shift = shiftOf(which);
      const unit = unitWord!.toLowerCase();
      const earlier = /^earlier$/i.test(relative ?? "");
      const later = /^later$/i.test(relative ?? "");
      if (unit === "week") return week(p, shift);
      if (unit === "month") {
        const first = day(p.getUTCFullYear(), p.getUTCMonth() + shift, 1);
        const qualifier = /^(early|late|the end of|the beginning of|the start of)$/i.test(part ?? "") ? part : /^mid-?$/i.test(part ?? "") ? "mid" : undefined;
        const r = monthRange(first.getUTCFullYear(), first.getUTCMonth(), qualifier);
        const from = shift === 0 && later ? iso(p) : r.from;
        const to = shift === 0 && earlier ? iso(p) : r.to;
        return { ...r, from, to, relative: true };
      }
      const y = p.getUTCFullYear() + shift;
      const r = yearRange(y, part);
      const from = shift === 0 && later ? iso(p) : r.from;
      const to = shift === 0 && earlier ? iso(p) : r.to;
      const label = earlier || later ? `${earlier ? "earlier" : "later"} in ${y}` : r.label;
      return { ...r, from, to, label, relative: true };
    },
  },
  {
    // "this weekend", "over the weekend", "last weekend": Saturday and Sunday, before publication unless the clause looks ahead.
    // "this past weekend", "the past weekend": the latest one, never one ahead.
    hint: /weekend/i,
    re: /\b(?:((?:this\s+|the\s+)?past|this|last|next|the|coming)\s+)weekend\b/gi,
    resolve: (m, ctx) => {
      const p = ctx.published;
      const which = /past$/i.test(m[1] ?? "") ? "past" : (m[1] ?? "the").toLowerCase();
      const dow = p.getUTCDay();
      // Saturday of the weekend just past (or under way, when published on one).
      let saturday = addDays(p, dow === 6 ? 0 : dow === 0 ? -1 : -(dow + 1));
      const ahead = which === "next" || which === "coming" || (ctx.future && which !== "last" && which !== "past" && dow !== 6 && dow !== 0);
      if (ahead) saturday = addDays(saturday, 7);
      else if (which === "last" && (dow === 6 || dow === 0)) saturday = addDays(saturday, -7);
      return { from: iso(saturday), to: iso(addDays(saturday, 1)), precision: "week", label: spanOfDays("weekend", saturday, addDays(saturday, 1)), relative: true };
    },
  },
  {
    // "on Thursday": the latest such day up to publication, or the next one when the sentence looks ahead.
    hint: /day\b/i,
    re: new RegExp(String.raw`\b(?:on\s+|last\s+|this\s+|next\s+|by\s+)?${WEEKDAY}\b`, "gi"),
    resolve: (m, ctx) => {
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const p = ctx.published;
      const next = /^next/i.test(m[0]) || (ctx.future && !/^last/i.test(m[0]));
      let delta = (p.getUTCDay() - target + 7) % 7;
      if (next) delta = -(((target - p.getUTCDay() + 7) % 7) || 7);
      else if (/^last/i.test(m[0]) && delta === 0) delta = 7;
      const d = addDays(p, -delta);
      return { from: iso(d), to: iso(d), precision: "day", label: dayLabel(d, true), relative: true };
    },
  },
  {
    re: /\b(yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening)\b/gi,
    resolve: (m, ctx) => {
      const w = m[1]!.toLowerCase();
      const d = addDays(ctx.published, w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0);
      return { from: iso(d), to: iso(d), precision: "day", label: dayLabel(d, true), relative: true };
    },
  },
  {
    // "two weeks ago", "3 days ago", "about a decade ago"
    hint: /\bago\b/i,
    re: new RegExp(String.raw`\b(?:(about|around|roughly|nearly|almost|some|more than|over|less than)\s+)?(\d+|a|an|${CARDINAL_WORDS.join("|")})\s+(day|week|month|year|decade|centur)(?:s|ies|y)?\s+ago\b`, "gi"),
    resolve: (m, ctx) => {
      const word = m[2]!.toLowerCase();
      const n = Number(m[2]) || NUMBER_WORDS[word] || 1;
      const p = ctx.published;
      const unit = m[3]!.toLowerCase();
      const years = unit === "decade" ? 10 * n : unit === "centur" ? 100 * n : unit === "year" ? n : 0;
      const d =
        unit === "day" ? addDays(p, -n)
        : unit === "week" ? addDays(p, -7 * n)
        : unit === "month" ? day(p.getUTCFullYear(), p.getUTCMonth() - n, p.getUTCDate())
        : day(p.getUTCFullYear() - years, p.getUTCMonth(), p.getUTCDate());
      const precision = unit === "day" ? "day" : unit === "week" ? "week" : unit === "month" ? "month" : "year";
      const about = m[1] ? "about " : "";
      const label = precision === "day" ? dayLabel(d) : precision === "year" ? `${about}${d.getUTCFullYear()}` : precision === "week" ? spanOfDays("week", addDays(d, -((d.getUTCDay() + 6) % 7)), addDays(d, 6 - ((d.getUTCDay() + 6) % 7))) : `${about}${monthName(d.getUTCMonth())} ${d.getUTCFullYear()}`;
      const from = precision === "year" ? `${d.getUTCFullYear()}-01-01` : iso(d);
      const to = precision === "year" ? `${d.getUTCFullYear()}-12-31` : iso(d);
      return { from, to, precision, label, relative: true };
    },
  },
  {
    // "in recent months", "in recent weeks", "in the past few weeks"
    hint: /\b(days|weeks|months|years)\b/i,
    re: /\b(?:in|over)\s+(?:recent|the past(?: few)?|the last(?: few)?)\s+(days|weeks|months|years)\b/gi,
    resolve: (m, ctx) => {
      const p = ctx.published;
      const unit = m[1]!.toLowerCase();
      const back = unit === "days" ? addDays(p, -7) : unit === "weeks" ? addDays(p, -28) : unit === "months" ? day(p.getUTCFullYear(), p.getUTCMonth() - 3, p.getUTCDate()) : day(p.getUTCFullYear() - 3, p.getUTCMonth(), p.getUTCDate());
      return { from: iso(back), to: iso(p), precision: "range", label: `the ${unit} before ${dayLabel(p)}`, relative: true };
    },
  },
  {
    // "this spring", "last summer", "in the autumn of 2015", "winter 2014", "next fall"
    hint: /spring|summer|autumn|fall|winter/i,
    re: /\b(?:(early|mid-?|late)\s*)?(?:(this|last|next|the|coming)\s+)?(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?((?:18|19|20)\d{2}))?/gi,
    resolve: (m, ctx) => resolveSeason(m, ctx),
  },
];

function resolveSeason(m: RegExpExecArray, ctx: Ctx): Resolved | null {
  const [, qualifier, which, name, year] = m;
  // "fall" is a verb and "the fall of" a noun unless a year or a this/last/next says it is the season.
  if (!which && !year) return null;
  if (/^fall$/i.test(name!) && !year && !/^(this|last|next|coming)$/i.test(which ?? "")) return null;
  if (year) return { ...season(name!, Number(year), qualifier), relative: false };
  const p = ctx.published;
  const py = p.getUTCFullYear();
  const shift = shiftOf(which);
  // The season of this year that has begun by publication, or the coming one.
  const thisOne = season(name!, py, qualifier);
  const begun = thisOne.from <= iso(p);
  let y = py;
  if (shift === -1) y = begun && thisOne.to < iso(p) ? py : py - 1;
  else if (shift === 1) y = begun ? py + 1 : py;
  else if (/^the$/i.test(which ?? "")) y = ctx.future ? (thisOne.to < iso(p) ? py + 1 : py) : begun ? py : py - 1;
  return season(name!, y, qualifier);
}
