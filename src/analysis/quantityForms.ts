import { ownEntry } from "./ownEntry.ts";
import { CARDINAL_WORDS, DIGIT_WORDS, FRACTION_WORDS, LENGTH_UNITS, NUMBER_WORDS, ORDINAL_WORDS } from "./lexicon.ts";
import { MODIFIER, MONTH_AFTER, MONTH_BEFORE, NUMBER, parseNumber, quantity, unitAfter, type Quantity } from "./numberPatterns.ts";

// Numbers written in forms other than "<number> <noun>": ages, durations used as adjectives,
// fractions and "four in 10", ordinals, frequencies, "twice", "a six-member team", "a single
// dose". Each is found whole, so the plain number inside it ("14" of "14-year-old") is not read
// again as a count.

const TIME = String.raw`(?:second|minute|hour|day|week|fortnight|month|year|decade|century)`;
const NUM = String.raw`(?:${NUMBER})`;
const RANGE = String.raw`${NUM}(?:\s*(?:-|–|to|and|or)\s*${NUM})?`;
const LEFT = String.raw`(?<![\p{L}\d,.\/:$]|[\p{L}\d][-–])`;

/** "a 14-year-old boy", "a nine-month-old child", "14 years old", "aged 14", "aged 8–10 years", "aged 21 or 22", "at the age of 14", "Dana Holt, 47, said", "when she was six", "Dana Holt, at 47, is", "died at 86", "She was 90.", "who turned 64", "Roe was 23 when …". */
const AGE = new RegExp(
  String.raw`${LEFT}(?:(${NUM})[- ](?:years?|months?|weeks?|days?)[- ]old\b|(${NUM}) (?:years?|yrs) of age\b|\b(?:aged|ages?|at the age of)\s+(${RANGE})(?![\p{L}\d])(\s+years?(?:\s+old)?)?|(?<=\p{Lu}[\p{L}'’-]+,\s)(\d{1,3})(?=\s*[,;]|\.$|\s+(?:said|says|told|was|is)\b)|(?<=\b(?:when|until|since|before|after|by the time)\s+(?:he|she|they|i|we|\p{Lu}[\p{L}'’-]+)\s+(?:was|were|turned)\s)(${NUM})(?![\p{L}\d-])(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per cent|of|times)\b)(?!\s*%)|(?<=\p{Lu}[\p{L}'’-]+,\s+at\s)(\d{1,3})(?![,.]?\d)(?=\s*[,;]|\s+(?:is|was|has|had|remains)\b)|(?<=\b(?:died|dies|dying)\s+at\s)(\d{1,3})(?![,.]?\d)(?=\s*[,;.]|\s+(?:in|on|after|of|from)\b)|(?<=^\s*(?:he|she)\s+(?:was|is)\s)(\d{1,3})(?=\s*[.;]?\s*$)|(?<=\b(?:turned|turns|will turn)\s)(\d{1,3})(?![\p{L}\d,.%-])(?!\s+(?:degrees?|percent|per cent|points?|years?|times|of)\b)|(?<=\b(?:he|she|\p{Lu}[\p{L}'’-]+)\s+was\s)(\d{1,3})(?=\s+when\s))`,
  "giu",
);
/** "45C", "45°C", "-3 °F", "40°": a temperature written with its sign, counted in degrees. */
const TEMPERATURE = /(?<![\p{L}\d.,])(-|minus\s+)?(\d{1,3}(?:\.\d)?)\s?(?:°(?:\s?([CF])\b)?|([CF])\b)/gu;
/** Words that make "45C" a temperature rather than a label ("the 5C bus"). */
const WEATHER = /\b(?:temperatures?|degrees|heat|heatwave|cold|warm|hot|celsius|fahrenheit|highs?|lows?|freezing|thermometer)\b/i;

function readTemperature(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const end = m.index + m[0].length;
  if (!free(m.index, end) || (m[4] && !WEATHER.test(sentence))) return null;
  const value = Number(m[2]) * (m[1] ? -1 : 1);
  const scale = m[3] ?? m[4];
  return { ...quantity(sentence, m.index, end, m[0], value, value, null, scale === "F" ? "degrees fahrenheit" : scale === "C" ? "degrees celsius" : "degrees", "count", false, false, m[0]), phrase: m[0] };
}

/** "None of the 150 people on board", "neither of the two pilots": a part of nothing, counting what its whole counts. */
const NONE_OF = new RegExp(String.raw`\b(?:none|neither)(?=\s+of\s+(?:the|its|their|his|her|these|those)\s+${NUM}\s+\p{L})`, "giu");

/** "an 11-year lull", "a 48-hour deadline", "a two-week visit": a duration as an adjective. */
const DURATION_ADJECTIVE = new RegExp(String.raw`${LEFT}${MODIFIER}(${NUM})-(${TIME})(?:-long)?\b(?!-old)`, "giu");
/** "in a time of 2:03.82 minutes", "with a time of 1:11.05": a race time, minutes and seconds with hundredths (a clock time has none). */
const RACE_TIME = /(?<![\d:.])(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:])(?:\s+(minutes?|mins?)\b)?/gu;
/** "his hour-long speech", "a year-long study": a span of one unit, as an adjective. */
const ONE_UNIT_LONG = new RegExp(String.raw`(?<![\p{L}\d-])(${TIME})-long\b`, "giu");
/** "a 12-km rail link", "the 10-mile race", "a 300-metre tunnel": a length as an adjective. */
const LENGTH_ADJECTIVE = new RegExp(String.raw`${LEFT}${MODIFIER}(${NUM})[- ](${[...LENGTH_UNITS].join("|")})(?:-long)?\b(?=\s+\p{L})`, "giu");
/** "nearly half an hour", "an hour and a half", "a quarter of an hour": a duration told in halves and quarters. */
const HALF_DURATION = new RegExp(String.raw`${LEFT}${MODIFIER}(half an? (${TIME})|an? (${TIME}) and a half|a quarter of an? (${TIME}))\b`, "giu");

/** "in a decade", "within a year", "lasted an hour": a span of one unit, after a word that takes a span ("a year ago" is a time, not a span); "a week of mourning": the span of what follows "of". */
const ONE_UNIT_SPAN = new RegExp(String.raw`(?<=\b(?:in|within|for|over|during|lasted|lasting|lasts|took|takes|spent|spends|nearly|about|almost|roughly|around)\s)(an? (${TIME}))\b(?!\s+(?:ago|later|earlier|before|after|and a half|or)\b)|\b(an? (${TIME}))(?= of (?!(?:the|a|an|his|her|its|their|this|that)\b)\p{L})`, "giu");
/** "one-third of", "a quarter of", "two-thirds of", "half of": a share of what follows "of". */
const FRACTION = new RegExp(
  String.raw`${LEFT}${MODIFIER}(a|${DIGIT_WORDS.join("|")})[- ](half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\s+of\b|\b${MODIFIER}(half)\s+of\b`,
  "giu",
);
/** "four in 10 Americans", "one in five", "three out of four". */
const ONE_IN = new RegExp(String.raw`${LEFT}${MODIFIER}(${NUM}) (?:in|out of) (${NUM})\b(?! (?:the|a|an|their|his|her|its)\b)`, "giu");
/** "its 39th mission", "the fourth time". */
const ORDINAL = new RegExp(String.raw`\b(\d+(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join("|")})\b`, "giu");
/** "twice a week", "three times a year", "every two weeks", "once a month", "daily". */
const FREQUENCY = new RegExp(
  String.raw`\b(?:(?:once|twice|thrice|${NUM} times)\s+(?:a|an|per|each|every)\s+${TIME}|every\s+(?:(?:${NUM}|other)\s+)?${TIME}s?|(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly))\b`,
  "giu",
);

/** "twice denied", "turned down twice": a count of times (not "twice a week", a frequency). */
const TIMES = /\b(twice|thrice)\b(?!\s+(?:a|an|per|each|every)\b)/giu;
/**
 * "the six-member team", "a 12-person crew", "a 3,000-strong force": a count of the people in a group;
 * "a four-storey prison", "a 300-page report", "a three-judge panel": a count of what the compound names.
 */
const MEMBERS = new RegExp(String.raw`${LEFT}${MODIFIER}(${NUM})-(\p{Ll}{3,})\b(?![-\p{L}])`, "giu");
/** "a single dose": one of what follows. */
const SINGLE = /\b(?:a|one) single\b/giu;

/** Cheap tests before each long pattern: most sentences hold none of these forms. */
const MAYBE = {
  age: /(?:years?|months?|weeks?|days?)[- ]old|(?:years?|yrs) of age|\b(?:aged?|ages)\s|\p{Lu}[\p{L}'’-]+,\s\d{1,3}\b|\b(?:was|were|is|turned|turns|turn)\s+(?:\d|[a-z]+\b)|,\s+at\s+\d|\b(?:died|dies|dying)\s+at\s+\d/u,
  durationAdjective: /-(?:second|minute|hour|day|week|fortnight|month|year|decade|century)\b/i,
  fraction: /\b(?:half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\s+of\b/i,
  lengthAdjective: new RegExp(String.raw`\d-(?:${[...LENGTH_UNITS].join("|")})\b`, "i"),
  raceTime: /\d:[0-5]\d\.\d/,
  oneUnitLong: /(?:second|minute|hour|day|week|fortnight|month|year|decade|century)-long\b/i,
  halfDuration: /\bhalf an? |\band a half\b|\bquarter of an? /i,
  oneIn: new RegExp(String.raw`\b(?:in|out of) (?:\d|${CARDINAL_WORDS.join("|")}|hundred|a hundred|thousand)`, "i"),
  ordinal: new RegExp(String.raw`\d(?:st|nd|rd|th)\b|\b(?:${Object.keys(ORDINAL_WORDS).join("|")})\b`, "i"),
  times: /\b(?:twice|thrice)\b/i,
  members: new RegExp(String.raw`(?:\d|\b(?:${CARDINAL_WORDS.join("|")}))-\p{Ll}{3}`, "iu"),
  single: /\bsingle\b/i,
  noneOf: /\b(?:none|neither) of\b/i,
  oneUnitSpan: /\ban? (?:second|minute|hour|day|week|fortnight|month|year|decade|century)\b/i,
  frequency: /\b(?:once|twice|thrice|times)\s+(?:a|an|per|each|every)\s|\bevery\s|\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly)\b/i,
  temperature: /\d\s?°|\d[CF]\b/,
};

/** Whether a span overlaps no quantity found before. */
type Free = (start: number, end: number) => boolean;
type Reader = (sentence: string, m: RegExpExecArray, free: Free) => Quantity | null;

/** Each form: its cheap test, its pattern and its reader, in the order they claim their spans. */
const FORMS: Array<[RegExp, RegExp, Reader]> = [
  [MAYBE.raceTime, RACE_TIME, readRaceTime],
  [MAYBE.age, AGE, readAge],
  [MAYBE.durationAdjective, DURATION_ADJECTIVE, readDurationAdjective],
  [MAYBE.lengthAdjective, LENGTH_ADJECTIVE, readLengthAdjective],
  [MAYBE.oneUnitLong, ONE_UNIT_LONG, readOneUnitLong],
  [MAYBE.halfDuration, HALF_DURATION, readHalfDuration],
  [MAYBE.fraction, FRACTION, readFraction],
  [MAYBE.oneIn, ONE_IN, readOneIn],
  [MAYBE.ordinal, ORDINAL, readOrdinal],
  [MAYBE.frequency, FREQUENCY, readFrequency],
  [MAYBE.times, TIMES, readTimes],
  [MAYBE.members, MEMBERS, readMembers],
  [MAYBE.single, SINGLE, readSingle],
  [MAYBE.noneOf, NONE_OF, readNoneOf],
  [MAYBE.oneUnitSpan, ONE_UNIT_SPAN, readOneUnitSpan],
  [MAYBE.temperature, TEMPERATURE, readTemperature],
];

/** Ages, adjective durations, fractions, "N in M", ordinals and frequencies of a sentence. */
export function findSpecialQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  const free = (start: number, end: number) => !out.some((x) => x.start < end && start < x.end);
  for (const [maybe, pattern, read] of FORMS) {
    if (!maybe.test(sentence)) continue;
    for (const m of sentence.matchAll(pattern)) {
      const q = read(sentence, m, free);
      if (q) out.push(q);
    }
  }
  return out;
}

/** "aged 14", "a 14-year-old": an age; the number of a range is its first. */
function readAge(sentence: string, m: RegExpExecArray): Quantity | null {
  const number = m[1] ?? m[2] ?? m[3] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11]!;
  // "Roe was 23 when she founded it": a person's, written with a capital or "he"/"she" (the pattern reads case aside); "the total was 23 when" is no age.
  if (m[11] && !/(?:\b(?:he|she|He|She)|\p{Lu}[\p{L}'’-]+)\s+was\s+$/u.test(sentence.slice(0, m.index))) return null;
  // "Ada Morrow, at 47, is": after a name, written with a capital (the pattern reads case aside); "The team, at 12," is no age.
  if (m[7] && !/\p{Lu}[\p{L}'’-]+,\s+at\s+$/u.test(sentence.slice(0, m.index))) return null;
  const value = parseNumber(number.split(/\s*(?:-|–|to|and|or)\s*(?=\S)/)[0]!);
  // A person's age is below 120 ("Dana Holt, 47," "aged 14", "when she was six"); a thing's written in
  // full may be far more ("about 300 million years old", "the 1,000-year-old church").
  if (value === null || (!(m[1] ?? m[2]) && value > 120)) return null;
  const start = m[3] ? m.index + m[0].indexOf(m[3]) : m.index;
  const text = m[3] ? sentence.slice(start, m.index + m[0].length) : m[0];
  // "a 14-year-old boy" is a boy's age; "46-year-old Dolores Keane" a name's, and a name is no unit.
  const rest = sentence.slice(m.index + m[0].length);
  const unit = m[3] || /^\s+\p{Lu}/u.test(rest) ? "" : unitAfter(rest);
  return quantity(sentence, start, m.index + m[0].length, text, value, value, null, unit, "age", false, false, text);
}

/** "an 11-year lull": a duration as an adjective, with the noun it describes. */
function readDurationAdjective(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const start = m.index + m[0].length - m[0].trimStart().length;
  const end = m.index + m[0].length;
  const value = parseNumber(m[2]!);
  if (value === null || !free(start, end)) return null;
  const unit = unitAfter(sentence.slice(end));
  const text = m[0].trim();
  // "an 11-year lull" names what lasted; "the 20-minute PlayStation demo" starts a name, which is no part of the span.
  const noun = unit.split(" ")[0]!;
  return quantity(sentence, start, end, text, value, value, m[1], unit, "duration", false, false, /^\p{Ll}/u.test(noun) ? `${text} ${noun}` : text);
}

/** "2:03.82 minutes": a race time, as a span in minutes. */
function readRaceTime(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const end = m.index + m[0].length;
  if (!free(m.index, end)) return null;
  const value = Number(m[1]) + Number(`${m[2]}.${m[3]}`) / 60;
  return quantity(sentence, m.index, end, m[0], value, value, null, "", "duration", false, false, m[0]);
}

/** "an hour-long speech": a span of one unit, with the noun it describes. */
function readOneUnitLong(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const end = m.index + m[0].length;
  if (!free(m.index, end)) return null;
  return quantity(sentence, m.index, end, m[0], 1, 1, null, unitAfter(sentence.slice(end)), "duration", false, false, m[0]);
}

/** "a 12-km rail link": a length as an adjective. */
function readLengthAdjective(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const start = m.index + m[0].length - m[0].trimStart().length;
  const end = m.index + m[0].length;
  const value = parseNumber(m[2]!);
  if (value === null || !free(start, end)) return null;
  const text = m[0].trim();
  return quantity(sentence, start, end, text, value, value, m[1], unitAfter(sentence.slice(end)), "length", false, false, `${m[2]} ${m[3]}`);
}

/** "in a decade": a span of one unit. */
function readOneUnitSpan(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const start = m.index;
  const end = m.index + m[0].length;
  if (!free(start, end)) return null;
  const text = m[1] ?? m[3]!;
  return quantity(sentence, start, end, text, 1, 1, null, "", "duration", false, false, text);
}

/** "half an hour", "an hour and a half": a duration in halves and quarters. */
function readHalfDuration(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const start = m.index + m[0].length - m[0].trimStart().length;
  const end = m.index + m[0].length;
  if (!free(start, end)) return null;
  const value = m[3] ? 0.5 : m[4] ? 1.5 : 0.25;
  const text = m[0].trim();
  return quantity(sentence, start, end, text, value, value, m[1], "", "duration", false, false, text);
}

/** "two-thirds of the voters": a share, as a percentage, of what follows "of". */
function readFraction(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const [, mod1, count, part, mod2, half] = m;
  const denominator = ownEntry(FRACTION_WORDS, (part ?? half)!.toLowerCase())!;
  const numerator = count ? (count.toLowerCase() === "a" ? 1 : ownEntry(NUMBER_WORDS, count.toLowerCase()) ?? 1) : 1;
  const start = m.index + m[0].length - m[0].trimStart().length;
  const end = m.index + m[0].length;
  const text = m[0].trim().replace(/\s+of$/i, "");
  const unit = unitAfter(sentence.slice(end).replace(/^\s+(the|its|their|all)(?=\s)/i, ""));
  const share = (numerator / denominator) * 100;
  if (!free(start, end)) return null;
  const q = quantity(sentence, start, start + text.length, text, share, share, mod1 ?? mod2, unit, "percent", false);
  return unit ? { ...q, phrase: `${text} of ${unit}` } : q;
}

/** "four in 10 Americans": a share, as a percentage. */
function readOneIn(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const a = parseNumber(m[2]!);
  const b = parseNumber(m[3]!);
  const start = m.index + m[0].length - m[0].trimStart().length;
  const end = m.index + m[0].length;
  if (a === null || !b || a > b || b > 1000 || !free(start, end)) return null;
  const share = (a / b) * 100;
  return quantity(sentence, start, end, m[0].trim(), share, share, m[1], unitAfter(sentence.slice(end)), "percent", false);
}

/** "its 39th mission": an ordinal before a noun (not a date). */
function readOrdinal(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const end = m.index + m[0].length;
  const before = sentence.slice(0, m.index);
  const after = sentence.slice(end);
  // "August 10th", "the 5th of May" are dates.
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || !free(m.index, end)) return null;
  const unit = unitAfter(after);
  const value = /^\d/.test(m[1]!) ? parseInt(m[1]!, 10) : ownEntry(ORDINAL_WORDS, m[1]!.toLowerCase())!;
  if (!unit || !/^\p{Ll}/u.test(unit)) return null;
  return quantity(sentence, m.index, end, m[0], value, value, null, unit, "ordinal", false, false);
}

/** "twice a week", "daily": a frequency. */
function readFrequency(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const end = m.index + m[0].length;
  if (!free(m.index, end)) return null;
  return quantity(sentence, m.index, end, m[0], 0, 0, null, "", "frequency", false, false, m[0]);
}

/** "twice denied": a count of times. */
function readTimes(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const end = m.index + m[0].length;
  if (!free(m.index, end)) return null;
  const value = m[1]!.toLowerCase() === "twice" ? 2 : 3;
  return { ...quantity(sentence, m.index, end, m[0], value, value, null, "times", "count", false, false, m[0]), phrase: m[0] };
}

/** "a six-member team", "a four-storey prison": a count of the members of a group, or of what the compound names. */
function readMembers(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const start = m.index + m[0].length - m[0].trimStart().length;
  const end = m.index + m[0].length;
  const value = parseNumber(m[2]!);
  const noun = m[3]!.toLowerCase();
  // "twenty-five", "one-third", "one-sided", "three-pronged", "two-way": a number or an adjective, nothing counted.
  if (value === null || !free(start, end) || Object.hasOwn(NUMBER_WORDS, noun) || NOT_COUNTED_COMPOUNDS.test(noun)) return null;
  // What the group is ("team", "prison") stays in the phrase; what the number counts is its members, storeys, pages.
  const group = unitAfter(sentence.slice(end));
  const counted = /^(?:man|woman|person)$/.test(noun) ? "people" : noun === "strong" ? "members" : pluralOf(noun);
  const text = m[0].trim();
  const q = quantity(sentence, start, end, text, value, value, m[1], counted, "count", false, false, text.replace(/-\p{L}+$/u, ""));
  return { ...q, phrase: group ? `${text} ${group}` : text };
}

/** "a single dose": one of what follows. */
function readNoneOf(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const end = m.index + m[0].length;
  const whole = new RegExp(String.raw`^\s+of\s+\S+\s+${NUM}`, "iu").exec(sentence.slice(end));
  const unit = whole ? unitAfter(sentence.slice(end + whole[0].length)) : "";
  if (!unit || !free(m.index, end)) return null;
  // Read as written: "None of the 150 people", not "None people".
  const written = sentence.slice(m.index, end + whole![0].length + sentence.slice(end + whole![0].length).indexOf(unit) + unit.length);
  return { ...quantity(sentence, m.index, end, m[0], 0, 0, null, unit, "count", false, false, m[0]), phrase: written };
}

function readSingle(sentence: string, m: RegExpExecArray, free: Free): Quantity | null {
  const end = m.index + m[0].length;
  const unit = unitAfter(sentence.slice(end));
  if (!unit || !free(m.index, end)) return null;
  return quantity(sentence, m.index, end, m[0], 1, 1, null, unit, "count", false, false, m[0]);
}

/**
 * Second words of "<number>-<word>" that count nothing: adjective endings, words of ways and shares,
 * and measures the plain number reads ("a 10-percent rate", "a 20-dollar note", "a 5-degree rise").
 */
const NOT_COUNTED_COMPOUNDS = /(?:ed|al|ing|ish|ly|ic|ive|ous|ful|less|fold)$|^(?:off|way|all|nil|odd|plus|some|sided|half|third|thirds|quarter|quarters|fifth|tenth|percent|cent|dollar|pound|euro|yen|degree)$/;

/** "storey" → "storeys", "judge" → "judges", "party" → "parties", "bus" → "buses". */
function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
