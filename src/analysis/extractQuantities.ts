import { CARDINAL_WORDS, CURRENCY_WORDS, LENGTH_UNITS, STOPWORDS, TIME_UNITS } from "./lexicon.ts";
import { countedHead, crowdLabelBefore, endsWithTarget, MODIFIER, MONTH_AFTER, MONTH_BEFORE, NUMBER, parseNumber, quantity, tallySide, unitAfter, type Measure, type Quantity } from "./numberPatterns.ts";
import { findSpecialQuantities } from "./quantityForms.ts";
import { canonical } from "./text.ts";

export { parseNumber, type Measure, type Quantity };

const CURRENCY = String.raw`(?:[A-Z]{1,3})?[$€£¥]`;
/** "30miles (48km)": a length unit written against its number. */
const GLUED_LENGTH = String.raw`(?:km|kms|miles|mi|ft|cm|mm|metres|meters)\b`;
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\d,.\/:$€£¥]|[\p{L}\d][-–])${MODIFIER}(${CURRENCY})?(${NUMBER})(?:\+(?=\s))?(?:(?=${GLUED_LENGTH})|(?![\p{L}\d]))(\s*%)?(?:\s*(?:-|–|to|and|or)\s*(${CURRENCY})?(${NUMBER})(?![\p{L}\d]))?(\s*(?:%|percent(?:age points?)?\b|per cent)|-percent\b)?`,
  "giu",
);
/** A cheap test before the long pattern: no digit and no number word, no plain quantity. */
const MAYBE_NUMBER = new RegExp(String.raw`\d|\b(${CARDINAL_WORDS.join("|")}|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions|billions)\b`, "i");
/** The same for the other forms: fractions, ordinals, frequencies. */
const MAYBE_FORM = /\ban? (?:second|minute|hour|day|week|fortnight|month|year|decade|century)\b|\b(?:second|minute|hour|day|week|fortnight|month|year|decade|century)-long\b|\b(single|half|third|thirds|quarter|quarters|fifths?|sixths?|eighths?|tenths?|once|twice|thrice|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly|every)\b/i;
const PROJECTION = /\b(could|would|will|may|might|plans?|planned|expected|proposed|target|reduc\w*|cut|cuts|drop\w*|down|lower\w*|shrink\w*|fall|decreas\w*|increas\w*|rais\w*|boost\w*)\s+(?:\w+\s+){0,3}?(to|by)\s*$/i;
/** "About 2,000 troops will leave": a modal verb right after the number and its noun. */
/** "has cut troops in Iraq to 2,500": a change already made reaches a level, it does not project one. */
const ACCOMPLISHED = /\b(has|have|had|was|were|been|being)\s+(?:\w+\s+){0,2}?(cut|reduced|lowered|dropped|decreased|increased|raised|boosted|brought\s+down|shrunk)\s+(?:[\w.-]+\s+){0,4}?(to|by)\s*$/i;
/** "below 4,000", "a cap of 3,000": a limit, not a level anyone reached. */
const LIMIT = /\b(below|above|beyond|exceed|exceeds|exceeding|cap of|limit of|ceiling of|floor of|minimum of|maximum of)\s*$/i;
const MODAL_AFTER = /^\s*(?:will|would|could|may|might|are (?:expected |set |due )?to be|is (?:expected |set |due )?to be)\b/i;
const MODAL = /\b(could|would|will|may|might|plan|plans|planned|expected to|proposal|proposed)\b/i;
/** "of the 25 …", "of its …": the whole a number is a part of, up to its noun (the whole's own number passed over). */
const PARTITIVE = new RegExp(String.raw`^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:(?:${NUMBER})\s+)?(?=\p{L})`, "iu");
/** Word numbers that stand for "many": "dozens of rounds", "thousands of people". */
const PLURAL_NUMBER = /^(dozens|hundreds|thousands|millions|billions|tens of thousands|hundreds of thousands)$/i;

/** Finds the quantities of a sentence: numbers in digits or words, with modifier, unit and what they measure. */
export function extractQuantities(sentence: string): Quantity[] {
  const plain = MAYBE_NUMBER.test(sentence);
  if (!plain && !MAYBE_FORM.test(sentence)) return [];
  const special = findSpecialQuantities(sentence);
  if (!plain) return special;
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(sentence); m; m = QUANTITY.exec(sentence)) {
    const read = readNumberMatch(sentence, m, special, out.at(-1));
    if (read.resume !== undefined) QUANTITY.lastIndex = read.resume;
    out.push(...read.found);
  }
  return tallies(sentence, [...out, ...special].sort((a, b) => a.start - b.start));
}

/** "passed by 52 votes to 48": a tally's two numbers are the votes for and against, no change ("by") and no level reached ("to"). */
function tallies(sentence: string, found: Quantity[]): Quantity[] {
  return found.map((q) => (tallySide(sentence, q) ? { ...q, change: false, target: false } : q));
}

/** The parts of a match of the number pattern, as written. */
interface NumberParts {
  whole: string;
  modifier: string | undefined;
  currency: string | undefined;
  first: string;
  firstPercent: string | undefined;
  second: string | undefined;
  percent: string | undefined;
}

/** What one match gives: its quantities, and where to read on when not right after it. */
interface MatchRead {
  found: Quantity[];
  resume?: number;
}

/** The parts of a match; "paid $90 million to 4,500 veterans": two numbers of different kinds are not a range, so only the first is read, and reading goes on after it. */
function partsOf(m: RegExpExecArray): { parts: NumberParts; resume?: number } {
  let [whole, modifier, currency, first, firstPercent, secondCurrency, second, percent] = m;
  let resume: number | undefined;
  // "$15-20M": a currency written once before a dashed range is both ends' currency.
  const dashedRange = Boolean(currency) && !secondCurrency && /[\d.][-–]\d/.test(whole);
  if (second && Boolean(currency) !== Boolean(secondCurrency) && !dashedRange) {
    whole = whole.slice(0, whole.indexOf(first!, modifier ? modifier.length : 0) + first!.length) + (firstPercent ?? "");
    second = undefined;
    percent = undefined;
    resume = m.index + whole.length;
  }
  return { parts: { whole, modifier, currency, first: first!, firstPercent, second, percent }, resume };
}

/** Reads one match of the number pattern: none, one quantity, or the two of a change ("from 9 to 10"). */
function readNumberMatch(sentence: string, m: RegExpExecArray, special: Quantity[], previous: Quantity | undefined): MatchRead {
  const { parts, resume } = partsOf(m);
  const { whole, modifier, currency, first, firstPercent, second, percent } = parts;
  const none: MatchRead = { found: [], resume };
  let start = m.index + (whole.length - whole.trimStart().length);
  const end = m.index + whole.length;
  if (special.some((x) => x.start < end && start < x.end)) return none;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  let value = parseNumber(first);
  if (value === null) return none;
  // "$15-20M", "2-3 million": a scale written once after a range is both ends' scale.
  const scale = second && parseNumber(first.replace(/,/g, "")) === Number(first.replace(/,/g, "")) ? scaleOf(second) : 1;
  if (scale > 1 && value * scale <= (parseNumber(second!) ?? 0)) value *= scale;
  // Dates, times and years are not counts: "January 5", "5 January", "9/11", "10:30", "2020".
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || /^[/:]\d/.test(after) || /^\s*(a\.m\.|p\.m\.|am\b|pm\b)/i.test(after)) return none;
  const isWord = !/\d/.test(first);
  const isPercent = Boolean(firstPercent || percent);
  // "Attendance: 78,011 Referee: …": a number a label gives ends its field; the word after it is the next label ("a crowd of 30,000 people" keeps its noun).
  // "30miles": a glued unit is read as if spaced.
  const spaced = /^\p{L}/u.test(after) ? ` ${after}` : after;
  let unit = isPercent || (crowdLabelBefore(before) && !/\bof\s*$/i.test(before)) ? "" : PLURAL_NUMBER.test(first) && /^\s+of\s/i.test(after) ? unitAfter(after.replace(/^\s+of(\s+the)?/i, "")) : unitAfter(spaced);
  // "approximately 20 of the 25 employees", "more than 25 of the fifty US states": a part counts what its whole counts.
  // "two of the nine engines" too, in words, but never "one of the …", which singles one out.
  const partitive = !unit && !isPercent && !currency && (!isWord || value > 1) ? PARTITIVE.exec(after) : null;
  if (partitive) unit = unitAfter(` ${after.slice(partitive[0].length)}`);
  const wordPart = isWord && Boolean(partitive) && countedHead(unit);
  // "The death toll has risen from three to four", "the toll stood at 11": a death toll counts deaths;
  // "the death toll would have been more than a thousand" counts none.
  const toll = DEATH_TOLL.exec(before);
  if (!unit && !currency && !isPercent && toll && !MODAL.test(toll[0])) unit = "deaths";
  // "a magnitude 6.1 quake", "a 6.1-magnitude quake", "measured 6.1 on the Richter scale": a quake's magnitude, whatever noun follows.
  if (!currency && !isPercent && (MAGNITUDE_BEFORE.test(before) || MAGNITUDE_AFTER.test(after))) unit = "magnitude";
  // "the largest number of nominations — nine —", "the number of cases stood at 40": the number counts what "number of" names.
  const numberOf = !unit && !currency && !isPercent && !toll ? NUMBER_OF.exec(before) : null;
  // "the number of confirmed cases rose to 112": the plural after a modifier is what is counted.
  if (numberOf && !MODAL.test(numberOf[0])) unit = (numberOf[2] && !/s$/i.test(numberOf[1]!) && !STOPWORDS.has(numberOf[2].toLowerCase()) ? numberOf[2] : numberOf[1]!).toLowerCase();
  // "from 1980 to 2012", "between 2010 and 2015" are spans of years.
  if (/^\d{4}$/.test(first) && value >= 1900 && value <= 2100 && (!modifier || /^(from|between)$/i.test(modifier)) && !currency && !isPercent && !countedHead(unit)) {
    // "from 90,000 vehicles in 2022 to 120,000": a year then a number that is no year is no span; read on from the number.
    if (second && !(/^\d{4}$/.test(second) && Number(second) >= 1900 && Number(second) <= 2100)) return { found: [], resume: m.index + whole.lastIndexOf(second) };
    return none;
  }
  // Number words only count when they count something ("three years", not "one of"); a word for
  // "many" counts on its own ("hundreds killed", "displaced millions"), as a bare number does.
  if (isWord && !isPercent && !wordPart && ((!unit && !PLURAL_NUMBER.test(first)) || (/^\s*(of|the)\b/i.test(after) && !PLURAL_NUMBER.test(first)))) return none;
  // "from 88 schools" without a "to": "from" is not a modifier.
  let mod = modifier?.toLowerCase();
  let text = whole.trim();
  if ((mod === "from" || mod === "between") && !second) {
    text = text.replace(/^(from|between)\s+/i, "");
    start = end - text.length;
    mod = undefined;
  }
  // "from about 4,500 to 2,500 troops" is a change, not a range: two numbers, the second a target.
  const fromTo = (/\bfrom\s*$/i.test(before) || mod === "from") && second && /\bto\b/i.test(whole);
  // "the party's seats increased from 9 to 10": what rose or fell is what both numbers count.
  if ((fromTo || endsWithTarget(before)) && !unit && measureOf(currency, isPercent) === "count") unit = subjectOfChange(before);
  if (fromTo) return { found: changeQuantities(sentence, m.index, { whole, before, end, value, second: second!, mod, unit }), resume };
  const level = { sentence, start, end, text, value, second, mod, unit, currency, isPercent, isWord, first, before, after };
  return { found: [levelQuantity(level, previous)], resume };
}

/** "from about 4,500 to 2,500 troops": the level before a change, then the target it reaches. */
function changeQuantities(sentence: string, index: number, c: { whole: string; before: string; end: number; value: number; second: string; mod: string | undefined; unit: string }): Quantity[] {
  const { whole, before, end, value, second, mod, unit } = c;
  const at = whole.search(/\bto\b/i);
  const firstText = whole.slice(0, at).trim().replace(/^from\s+/i, "");
  const firstAt = sentence.indexOf(firstText, index);
  const from = quantity(sentence, firstAt, firstAt + firstText.length, firstText, value, value, mod === "from" ? undefined : mod, unit, "count", false);
  const secondText = whole.slice(at + 2).trim();
  const offset = sentence.indexOf(secondText, index + at + 2);
  const target = parseNumber(second) ?? value;
  // "seats increased from 9 to 10" tells of a change made: its end is a level reached, not a plan.
  const made = CHANGED.test(before) && !MODAL.test(before.slice(-80).split(/[,;](?!\d{3})/).at(-1)!);
  return [from, quantity(sentence, offset, end, secondText, target, target, undefined, unit, "count", !made, true)];
}

/** A number read as one level or range, with what it is found to measure. */
interface Level {
  sentence: string;
  start: number;
  end: number;
  text: string;
  value: number;
  second: string | undefined;
  mod: string | undefined;
  unit: string;
  currency: string | undefined;
  isPercent: boolean;
  isWord: boolean;
  first: string;
  before: string;
  after: string;
}

/** A level or range ("about 2,000 troops", "$5-6 million"): whether it is projected, what it measures, what it counts. */
function levelQuantity(n: Level, previous: Quantity | undefined): Quantity {
  const { sentence, start, end, text, value, second, mod, currency, isPercent, isWord, first, before, after } = n;
  let unit = n.unit;
  const high = second ? parseNumber(second) ?? value : value;
  // The clause before the number, back to a comma: "plans to spend 26 million, up from 9 million" does not make 9 million planned.
  const clause = sentence.slice(Math.max(0, start - 80), start).split(/[,;](?!\d{3})/).at(-1)!;
  // "About 2,000 troops will leave": a modal just after the number's noun also makes it a projection.
  const projected = (PROJECTION.test(before) && !ACCOMPLISHED.test(before)) || LIMIT.test(before) || MODAL.test(clause) || MODAL_AFTER.test(unit && after.includes(unit) ? after.slice(after.indexOf(unit) + unit.length) : after);
  // "the 100m butterfly": "m" after a bare number is metres, unless what follows is counted in millions ("3m users").
  const metres = !currency && !isPercent && /^\d+(?:\.\d+)?m$/i.test(first) && !countedHead(unit.split(/\s+/)[0] ?? "");
  if (metres) return quantity(sentence, start, end, text, Number(first.slice(0, -1)), Number(first.slice(0, -1)), mod, "", "length", projected);
  const measured = measureByUnit(measureOf(currency, isPercent), unit, after);
  const measure = measured.measure;
  unit = measured.unit;
  // "About 6,400 troops will return home and roughly 5,600 will be moved": a bare number after
  // a conjunction counts what the number before it counted. "… troop levels in Afghanistan and
  // Iraq to 2,500 each": failing that, the counted noun stands before the number. A number
  // right after a noun is a label ("posts 542"), not a count of the earlier thing.
  // "33 times on the chart" counts times; "3 times higher" is a ratio.
  const bare = !unit || NOT_UNITS.test(unit) || (/^times\b/i.test(unit) && MULTIPLIER.test(after));
  if (bare && measure === "count" && !isWord) {
    // "13,000 troops -- including about 10,000 aboard ships": a part of what the number before counts.
    const joined = /(?:^|[\s,;(])(and|or|but|while|whereas|with|to|of|by|than|from|including|,|;)\s*$/i.test(before.replace(/\s+$/, " ").slice(-12)) || /[,;]\s*$/.test(before);
    unit = (joined && previous?.measure === "count" ? previous.unit : "") || nounBefore(before);
  }
  // "200 km/h": a speed reads as written ("km per hour" is only how it is matched).
  const speed = / per hour$/.test(unit) ? SPEED_WRITTEN.exec(after)?.[1] : undefined;
  const found = quantity(sentence, start, end, text, value, high, mod, unit, measure, projected, undefined, speed ? `${text} ${speed}` : undefined);
  if (speed) return { ...found, phrase: `${text} ${speed}` };
  // "hundreds of villagers" reads as written, not "hundreds villagers".
  return unit && PLURAL_NUMBER.test(first) && /^\s+of\s/i.test(after) ? { ...found, phrase: `${text} of ${unit}` } : found;
}

/** A count whose unit is a currency, a time or a length word measures money, a duration or a length. */
function measureByUnit(measure: Measure, unitIn: string, after: string): { measure: Measure; unit: string } {
  let unit = unitIn;
  const head = unit.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (measure === "count" && CURRENCY_WORDS.has(head) && !/^\s*\S+\s+of\b/i.test(after)) measure = "money";
  else if (measure === "count" && TIME_UNITS.has(head)) measure = "duration";
  else if (measure === "count" && LIGHT_YEARS.test(unit)) {
    // "about 650 light years from the earth": a length written in two words.
    measure = "length";
    unit = LIGHT_YEARS.exec(unit)![0];
  } else if (measure === "count" && LENGTH_UNITS.has(head) && PER_HOUR.test(after.slice(after.toLowerCase().indexOf(head) + head.length))) {
    // "200 km/h", "150 miles per hour": a speed, counted in its units per hour, not a length.
    unit = `${head} per hour`;
  } else if (measure === "count" && LENGTH_UNITS.has(head)) {
    // "4.2 km along the bank": the unit is the length's own word, or what it measures ("10 miles of road").
    measure = "length";
    if (!/\sof\s/.test(unit)) unit = unit.split(/\s+/)[0]!;
  }
  return { measure, unit };
}

/** A speed's unit as the sentence writes it after the number: "km/h", "miles per hour". */
const SPEED_WRITTEN = /^\s*(\S+?(?:\s*\/\s*h(?:r|our)?\b|\s+(?:per|an|a)\s+hour\b))/i;
/** What makes a length unit a speed's: "/h", "per hour", "an hour". */
const PER_HOUR = /^(?:\s*\/\s*h(?:r|our)?\b|\s+(?:per|an|a)\s+hour\b)/i;

/** The astronomers' length: "light years", "light-years". */
const LIGHT_YEARS = /^light[- ]years?\b/i;

/** A past form of a verb of change right before "from … to": "increased from 9 to 10". */
const CHANGED = /\b(?:increased|decreased|rose|risen|fell|fallen|dropped|grew|grown|declined|climbed|jumped|shrank|shrunk|went\s+(?:up|down))\s*$/i;

/** A percentage, a sum of money, or a plain count: what the number's own signs say it measures. */
function measureOf(currency: string | undefined, isPercent: boolean): Measure {
  return isPercent ? "percent" : currency ? "money" : "count";
}

/** "the party's seats in the council increased from", "exports rose to": the plural noun that changed, or "". */
const CHANGE_SUBJECT = /\b([\p{L}-]+s)\b(?:\s+(?:in|of|on|at|for|across)\s+[^,;:]{1,60}?)?\s+(?:has\s+|have\s+|had\s+)?(?:increased|rose|risen|fell|fallen|dropped|grew|grown|declined|decreased|climbed|jumped|doubled|tripled|shrank|shrunk|went\s+(?:up|down))\s+(?:from|to)?\s*$/iu;
function subjectOfChange(before: string): string {
  const m = CHANGE_SUBJECT.exec(before.slice(-120).split(/[;:]/).at(-1)!);
  return m && countedHead(m[1]!) && !STOPWORDS.has(m[1]!.toLowerCase()) ? m[1]! : "";
}

/** A death toll in the clause before a number that counts nothing else: "the death toll has risen from", "a death toll of", "the death toll stood at". */
const DEATH_TOLL = /\b(?:death|casualty|fatality)\s+toll\b[^,;:.()]{0,40}$/i;
/** "magnitude 6.1", "a magnitude-7 quake": a magnitude right before the number. */
const MAGNITUDE_BEFORE = /\bmagnitude[\s-]+(?:of\s+)?$/i;
/** "6.1-magnitude", "6.1 magnitude", "6.1 on the Richter scale": a magnitude right after it. */
const MAGNITUDE_AFTER = /^(?:[\s-]+magnitude\b|\s+on the (?:Richter|moment magnitude) scale\b)/i;
/** "the number of nominations … —", "the number of cases stood at": the noun a bare number right after counts. */
const NUMBER_OF = /\bnumber\s+of\s+(\p{Ll}[\p{L}-]*)\b(?:\s+(\p{Ll}[\p{L}-]*s)\b)?[^,;:.()\d]{0,40}?(?:\s[—–]|\s-{1,2}|,|:|\b(?:was|is|stood at|reached|rose to|fell to|totalled|totaled|hit))\s*$/iu;

/** Words that can follow a number without being what it counts. */
const NOT_UNITS = /^(each|apiece|in total|total|overall|more|fewer|less|so far|altogether)\b/i;
/** "3 times higher", "10 times the old fine": "times" before a comparison makes the number a ratio, not a count of times. */
const MULTIPLIER = /^\s+times\s+(?:more|less|fewer|faster|slower|larger|smaller|higher|lower|bigger|greater|longer|shorter|as|the|that|what)\b/i;

/** The nearest word before the number, in its clause, that names something news counts ("troop levels … to 2,500"). */
function nounBefore(before: string): string {
  const clause = before.split(/[,;:]/).at(-1) ?? "";
  // "has cut firefighters in the region to 500": what the change verb acts on.
  const object = /\b(?:cut|cuts|cutting|reduc\w*|lower\w*|rais\w*|increas\w*|boost\w*|trim\w*|shr[iu]nk\w*|brought|bring|bringing)\s+(?:(?:its|their|the|his|her|our)\s+)?([\p{L}-]+)\b[^]*\bto\s*$/iu.exec(clause);
  if (object && countedHead(object[1]!) && !STOPWORDS.has(object[1]!.toLowerCase())) return object[1]!;
  // "to limit the number of daily visitors to the island to 3,000": the number is of what "the number of" names.
  // Read past the clause's commas: the noun phrase may hold one ("the number of assigned, active-duty service members").
  const numberOf = /\b(?:cut\w*|reduc\w*|lower\w*|rais\w*|increas\w*|boost\w*|limit\w*|cap|caps|capp\w*|trim\w*|bring\w*|brought)\s+the\s+number\s+of\s+((?:[\p{L}-]+,?\s+){0,4}?[\p{L}-]+s)\b[^,;:]*\bto\s*$/iu.exec(before.slice(-200));
  if (numberOf && !numberOf[1]!.split(/,?\s+/).some((w) => STOPWORDS.has(w.toLowerCase()))) return numberOf[1]!;
  const found = clause.match(/[\p{L}-]+/gu) ?? [];
  for (let i = found.length - 1; i >= 0 && i >= found.length - 10; i--) {
    const w = found[i]!;
    if (COUNTED_HEADS.has(canonical(w.toLowerCase()))) return w.endsWith("s") ? w : `${w}s`;
  }
  return "";
}

/** The counted nouns of the synonym groups ("troop", "base", …), by their canonical form. */
const COUNTED_HEADS = new Set(["troops", "bases", "servicemembers"].map(canonical));

/** The scale a number is written with ("20M", "3 billion"): 1 when none. */
function scaleOf(text: string): number {
  const m = /(?:\s+(million|billion|thousand|trillion)|(bn|m|k))$/i.exec(text.trim());
  if (!m) return 1;
  const word = (m[1] ?? m[2])!.toLowerCase();
  return ({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 } as Record<string, number>)[word] ?? 1;
}
