import type { Measure } from "../../analysis/extractQuantities.ts";
import { COMMON_VERBS, LENGTH_UNITS, LIGHT_VERBS, STOPWORDS, TIME_UNITS } from "../../analysis/lexicon.ts";
import { canonical } from "../../analysis/text.ts";
import { countedHead } from "../../analysis/numberPatterns.ts";

/** What a number question asks for: the kind of number and the thing counted. */
export interface NumberQuestion {
  /** The kind of number wanted; null when any will do ("how much iodine …"). */
  measure: Measure | null;
  /** Canonical terms of the counted noun phrase ("how many US troops" → us, troop); empty when the question names none. */
  counted: string[];
  /** Canonical terms that only say how the number is asked ("long", "old", "share"): not about the topic. */
  asking: string[];
  /** Another kind of number that answers too: "how long" asks a duration or a length ("how long is the wall?"). */
  also?: Measure;
  /** The unit the question names, canonical: "over how many years" → year; a figure in it fits best. */
  unit?: string;
}

const AGE = /\bhow old\b|\b(what|which) age\b|\bhow young\b|\bat what age\b/;
const FREQUENCY = /\bhow (often|frequently)\b|\bhow many times (a|an|per|each|every)\b/;
/** "How far / high / deep …", "how many kilometres": a distance, height or depth. */
const LENGTH = new RegExp(String.raw`\bhow (far|close|near|high|tall|deep|wide|wider|higher|deeper|taller|farther|further|closer|nearer)\b|\bwhat (distance|length|height|depth|width)\b|\bhow many (${[...LENGTH_UNITS].join("|")})\b`);
const DURATION = /\bhow long\b(?! ago)|\b(?:for|over) how many (?:seconds|minutes|hours|days|weeks|months|years|decades)\b|\bfor how many\b|\bhow many (?:more |extra |additional |further )?(seconds|minutes|hours|days|weeks|months|years|decades)\b/;
// "What was the turnout rate?": a rate asked of news is a percentage.
const SHARE = /\b(what|which) (share|percentage|proportion|percent|fraction|part|portion)\b|^(and |so )?what(?:'?s| is| was| are| were)\b.{0,30}\brate\??$|\bhow (complete|far along)\b|\bwhat per ?cent\b|\bhow many (percent|per cent)\b/;
/** Words of a "how much" question that ask for a sum of money. */
export const MONEY_WORDS = ("cost costs costing price priced spend spending spent pay pays paid worth fund funding funded money " +
  "budget charge charged fine fined earn earned invest invested donate donated owe owed dollar dollars euro euros pounds " +
  "bill fee fees salary revenue").split(" ");
const MONEY = new RegExp(`\\b(${MONEY_WORDS.join("|")})\\b`);
const COST_ASKED = /\bwhat (did|does|do|will|would|could|is|was) (?!.*\b(?:say|said|says|think|thinks|tell|told|mean|means)\b).*\bcost\b|\bwhat (is|was|were|are) the (\w+ )?(cost|price|budget|bill)\b/;
/** "What is the new insurance cap?": a limit or total, of people or of money. */
const LIMIT_ASKED = /\bwhat(?:'?s| is| was| are| were)? the (?:\w+ ){0,3}(?:limit|cap|ceiling|threshold|total|amount|figure)\b/;
/** "What area / weight / capacity / power / volume …": a dimension a number in its units measures (src/analysis/lexicon COUNTED_KINDS). */
const DIMENSION_ASKED = /\b(?:what|which) (area|weight|capacity|power|volume)\b/;
/** "How much does the whale weigh?", "how heavy is it?": a weight, in its units. */
const WEIGHT_ASKED = /\bhow heavy\b|\bhow much\b.*\bweigh(?:s|ed)?\b/;
/** "How strong was the quake?": a magnitude, the one strength news gives as a number. */
const STRENGTH_ASKED = /\bhow (?:strong|powerful)\b/;
/**
 * Measures asked by their adverb or noun and counted in their units, as extraction writes them:
 * "How fast were the winds?" ("km per hour", "mph"), "How hot did it get?" ("degrees"). The
 * question's own words for the measure say how it asks, not what it tells of.
 */
const MEASURED_IN_UNITS: ReadonlyArray<{ asked: RegExp; units: string[]; asking: string[] }> = [
  { asked: /\bhow (?:fast|quick(?:ly)?)\b|\bwhat (?:top |maximum |average |peak )?speeds?\b/, units: ["hour", "mph", "kph", "knots"], asking: ["fast", "quick", "quickly", "speed", "speeds"] },
  { asked: /\bhow (?:hot|cold|warm)\b|\bwhat (?:\w+ )?temperatures?\b/, units: ["degrees", "celsius", "fahrenheit"], asking: ["hot", "cold", "warm", "temperature", "temperatures"] },
];

/** Verbs that make "how long" a span of time, never a length. */
const SPAN_VERBS = /\b(last|lasts|lasted|lasting|take|takes|took|taken|taking)\b/;
/** "What number was he?" asks a place in a series; "below what number" a limit, which is a count. */
const ORDINAL = /(?<!\b(below|above|under|over|beneath|beyond|exceeding|to|from) )\bwhat number\b|\bwhich (number|place|position|rank)\b/;

/** "each day", "per year", "every week": the time unit a rate is given in. */
const RATE = /\b(?:each|per|every|a) (day|week|month|year|hour|minute)\b/g;

/** Reads what number a question wants from its words (lowercase, typos corrected). */
export function readNumberQuestion(words: string[]): NumberQuestion {
  const text = words.join(" ");
  const asking = ["long", "old", "often", "frequently", "young", "age", "share", "percentage", "proportion", "percent", "fraction", "portion", "far", "along", "number", "high", "tall", "deep", "wide", "distance", "length", "height", "depth", "width"];
  let measure: Measure | null = "count";
  // The counted noun phrase follows "how many", "number of", "share of", or "the limit on" ("what is the limit on troops").
  let after: RegExpExecArray | null = /\b(?:how many|number of|(?:what|which) (?:share|percentage|proportion|fraction|portion|part) of|how much|(?:limit|cap|ceiling|threshold|total|count) (?:on|of|for))\s+(.*)$/.exec(text);
  if (AGE.test(text)) measure = "age";
  else if (FREQUENCY.test(text)) measure = "frequency";
  else if (DURATION.test(text)) measure = "duration";
  else if (LENGTH.test(text)) measure = "length";
  else if (SHARE.test(text)) measure = "percent";
  else if (COST_ASKED.test(text) || (/\bhow much\b/.test(text) && MONEY.test(text))) measure = "money";
  else if (ORDINAL.test(text)) measure = "ordinal";
  else if (/\bhow much\b/.test(text)) measure = null;
  if (measure === "duration" || measure === "length" || measure === "age" || measure === "frequency") after = null;
  // "How far away is the star?": "away" asks the distance, as "far" does; it is no word of the statement.
  if (measure === "length" && /\bhow far away\b/.test(text)) asking.push("away");
  // "costing the economy each day": a rate says how the figure is given ("$40 million per diem", "a day"), not what it tells of.
  for (const m of text.matchAll(RATE)) asking.push(m[1]!);
  // "What area of panels …", "what weight of cargo …": the dimension is what is counted, in its units.
  const dimension = DIMENSION_ASKED.exec(text);
  if (dimension && measure === "count") return { measure: null, counted: [canonical(dimension[1]!)], asking: asking.map(canonical) };
  // "How strong / powerful was the quake?": its magnitude.
  if (STRENGTH_ASKED.test(text) && measure === "count") return { measure: "count", counted: [canonical("magnitude")], asking: [...asking, "strong", "powerful"].map(canonical) };
  const inUnits = measure === "count" || measure === null ? MEASURED_IN_UNITS.find((m) => m.asked.test(text)) : undefined;
  if (inUnits) return { measure: "count", counted: inUnits.units.map(canonical), asking: [...asking, ...inUnits.asking].map(canonical) };
  if (WEIGHT_ASKED.test(text) && (measure === "count" || measure === null)) return { measure: null, counted: [canonical("weight")], asking: [...asking, "heavy", "weigh", "weighs", "weighed"].map(canonical) };
  // "How long" asks a duration or a length; "how big / large" a count or a sum ("How big was the stimulus package?");
  // "How long did it last / take?" asks only a span.
  // "What is the insurance cap?": a limit, total or figure may be a sum of money as well as a count.
  // "How high was unemployment?" asks a rate as well as a height.
  const also: Measure | undefined = measure === "duration" && /\bhow long\b/.test(text) && !SPAN_VERBS.test(text) ? "length" : measure === "count" && (/\bhow (?:big|large)\b/.test(text) || LIMIT_ASKED.test(text)) ? "money" : measure === "length" && /\bhow (?:high|low)\b/.test(text) ? "percent" : undefined;
  const counted = after ? nounPhrase(after[1]!.split(" ")) : [];
  // "how much money": money is what is asked, not a noun to find after the number.
  if (measure === "money") return { measure, counted: counted.filter((w) => !MONEY.test(w)).map(canonical), asking: asking.map(canonical) };
  // "Over how many years …", "how many miles …": a figure in the unit named fits best.
  const named = /\bhow many (\w+)/.exec(text)?.[1];
  const unit = named && (TIME_UNITS.has(named) || LENGTH_UNITS.has(named)) ? canonical(named) : undefined;
  return { measure, counted: counted.map(canonical), asking: asking.map(canonical), ...(also ? { also } : {}), ...(unit ? { unit } : {}) };
}

/** The words of the noun phrase a question counts: up to the first function word or verb ("people did …" → people). */
function nounPhrase(rest: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rest.length && out.length < 4; i++) {
    const w = rest[i]!;
    // "how many us troops": "us" is the country when a noun follows.
    if (w === "us" && rest[i + 1] && !STOPWORDS.has(rest[i + 1]!)) {
      out.push("usa");
      continue;
    }
    if (STOPWORDS.has(w) || COMMON_VERBS.has(w) || LIGHT_VERBS.has(w) || TIME_UNITS.has(w) && out.length > 0) break;
    // "how many people voted": after a plural noun even a short "-ed" word is the verb.
    if (out.length > 0 && /(ed|ing)$/.test(w) && (w.length > 5 || countedHead(out.at(-1)!))) break;
    out.push(w);
  }
  return out;
}
