// Times: months, weekdays, named days, and how a sentence or question speaks of dates.
// None of these lists names a person, number or phrase of any one article: they describe
// how news is written and how questions are asked. Imported through src/analysis/lexicon.ts.

/** A sentence saying outright that no date was given: "gave no detailed timeline", "did not say when". */
export const NO_DATE_GIVEN = /\bno (?:detailed |clear |specific |firm |fixed |set )?(?:timeline|timetable|date|deadline|schedule|time ?frame)\b|\b(?:did not|didn't|would not|wouldn't|declined to|refused to|could not|couldn't) (?:say|give|set|specify|name) (?:when|a date|a timeline|a timetable|a deadline)\b/i;

/** Verbs asking for one end of a span: "when does the exhibit close?" wants its last day, "when does it open?" its first. */
export const BOUNDARY_VERBS: Record<string, "first" | "last"> = Object.fromEntries([
  ...["close", "closes", "closing", "end", "ends", "ending", "finish", "finishes", "conclude", "concludes", "expire", "expires", "until"].map((w) => [w, "last"]),
  ...["open", "opens", "opening", "begin", "begins", "start", "starts", "launch", "launches", "commence", "commences"].map((w) => [w, "first"]),
]);

/** Month names, January first: a month's number is its place here. */
export const MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
/** Abbreviations longer than a month's first three letters ("Sept."); the first three letters are one too ("Jan.", "Dec."). */
export const LONG_MONTH_ABBREVIATIONS = ["sept"];
/** Month names that are also ordinary words: a month only when capitalised ("in May", not "may"). */
export const MONTHS_ALSO_WORDS = ["may", "march"];
/** Month words that are also given names ("April Ryan", "Jan Smith"): they may start a person's name. */
export const MONTHS_ALSO_NAMES = ["april", "may", "june", "august", "jan", "mar"];
/** Days known by a name: [month index, day, year when it is one day in history]. */
export const NAMED_DATES: Record<string, [month: number, day: number, year?: number]> = {
  "9/11": [8, 11, 2001], "new year's day": [0, 1], "new year's eve": [11, 31], "christmas day": [11, 25],
  "christmas eve": [11, 24], christmas: [11, 25], "valentine's day": [1, 14], halloween: [9, 31],
};

/** Weekday names, Sunday first: a day's number (as `Date.getUTCDay` counts) is its place here. */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Words that tie a date to when something was said ("yesterday", "last week"): a message has no publication date to read them against, so a fact-check leaves such dates unchecked. */
export const SPEAKER_RELATIVE_DATE_WORDS = ["yesterday", "today", "tonight", "tomorrow", "ago", "last", "past", "next", "this", "recently", "earlier", "later", ...WEEKDAYS];

/** Periods that "this" or "that" opens as a time of the sentence's own ("This year, …", "That night, …"), not pointing back to the sentence before. */
export const DEICTIC_PERIODS = ["year", "years", "week", "weeks", "month", "months", "day", "days", "morning", "afternoon", "evening", "night", "weekend", "season", "time", "spring", "summer", "autumn", "fall", "winter", "decade", "century"];

/** Every month abbreviation, in month order: the first three letters ("jan", "sep"), then the longer ones ("sept"). */
export function monthAbbreviations(): string[] {
  return [...MONTHS.map((m) => m.slice(0, 3)).filter((a) => !MONTHS.includes(a)), ...LONG_MONTH_ABBREVIATIONS];
}

/**
 * Words that time an event by another one ("shortly before her death", "after the match",
 * "two days later", "when she was six"): what a when-question gets when the sentence gives no date.
 */
export const RELATIVE_TIME_PREPOSITIONS = ["before", "after", "during", "following", "since", "until", "prior to", "ahead of", "in the wake of", "at the end of", "at the start of", "at the time of"];
export const RELATIVE_TIME_DEGREES = ["shortly", "just", "soon", "moments", "minutes", "hours", "days", "weeks", "months", "years", "immediately", "long", "right"];
/** Era marks after a year ("300 BC", "AD 79"): a time in history that no calendar date of the index holds. */
export const ERA_MARKS = ["BC", "BCE", "B.C.", "B.C.E.", "AD", "A.D.", "CE", "C.E."];
/** Words that make a year or a century approximate ("about 300 BC", "circa AD 79"). */
export const APPROXIMATE_TIME_WORDS = ["about", "around", "circa", "c.", "roughly", "approximately", "some"];

/**
 * Nouns of events and of things issued once a year that a year before them dates ("the 2014
 * protests", "the 2009 governmental stimulus package", "a 2010 lawsuit"), besides THING_HEADS.
 * Never nouns of people or things counted ("the 2000 marchers", "2000 new jobs").
 */
export const DATED_EVENT_HEADS = new Set(
  ("protest protests riot riots crisis attack attacks bombing bombings shooting killings massacre earthquake quake " +
    "flood floods storm hurricane typhoon cyclone tsunami fire fires drought famine outbreak epidemic pandemic " +
    "crash collapse accident disaster incident explosion blast season budget package stimulus census merger deal " +
    "strike strikes uprising revolution coup invasion war scandal recession ruling verdict trial case lawsuit " +
    "visit tour race final finals match vote poll polls contract album film movie launch debut rally march " +
    "parade concert ceremony inauguration debate primary primaries competition edition reform reforms ban " +
    "ceasefire bailout cuts increase rise hike decision announcement agreement talks meeting negotiations " +
    "rebate test tests crackdown occupation withdrawal surge offensive raid raids").split(" "),
);
