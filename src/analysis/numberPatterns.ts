import { hasEntry } from "./ownEntry.ts";
import { CARDINAL_WORDS, COMMON_VERBS, CROWD_LABELS, DIGIT_WORDS, IRREGULAR_PLURALS, MEASURE_UNITS, NUMBER_SCALES, NUMBER_WORDS, PARTITIVE_NOUNS, PLACE_ADVERBS, STOPWORDS, TIME_UNITS } from "./lexicon.ts";
import { monthPattern } from "./dateSupport.ts";
import { canonical, words } from "./text.ts";

// The pieces every number pattern shares: how a number is written, what stands before and after it.

/** What a number measures: how a question asks for it ("how many", "how much", "how long", "how far", "how old", "what share", "which", "how often"). */
export type Measure = "count" | "money" | "percent" | "duration" | "length" | "age" | "ordinal" | "frequency";

/** A number in a sentence with its modifier and what it counts. */
export interface Quantity {
  /** Verbatim: "over 5,000", "around 3,500", "between 2,000 and 2,500", "three", "NZ$26 million", "14-year-old". */
  text: string;
  /** The number with what it counts, verbatim: "over 5,000 US troops". */
  phrase: string;
  /** The short answer it gives, as a question asks it: "over 5,000", "48 hours", "NZ$26 million", "11-year lull". */
  short: string;
  start: number;
  end: number;
  value: number;
  /** Upper bound for ranges ("between X and Y"), else equal to value. */
  high: number;
  /** "over", "around", "more than"…, lowercased, or null. */
  modifier: string | null;
  /** What is counted, verbatim ("US troops"), or "" when nothing follows. */
  unit: string;
  /** Canonical terms of the unit, for matching questions ("troop"). */
  unitTerms: string[];
  /** What kind of number it is. */
  measure: Measure;
  /** A share: a percentage or a fraction ("a quarter of citizens", "four in 10"). */
  isPercent: boolean;
  /** The number is a target or projection ("could lead to a reduction to around 3,500"). */
  projected: boolean;
  /** The number is what something goes to ("a reduction to 3,500", "from 4,500 to 2,500"): what remains, not what changes. */
  target: boolean;
  /** The number is the size of a change ("raised by 0.5 points", "an increase of 2,000"). */
  change: boolean;
}

export const MODIFIER = String.raw`(?:(just over|just under|well over|more than|fewer than|less than|up to|at least|at most|as many as|as much as|as few as|as high as|as low as|as little as|close to|nearly|almost|about|around|approximately|roughly|an estimated|estimated|some|over|under|only|just|between|from)\s+)?`;
const WORD_NUMBER = String.raw`(?:a (?:dozen|hundred|thousand|million|billion)|(?:${CARDINAL_WORDS.join("|")})(?:[- ](?:${DIGIT_WORDS.join("|")}))?(?:\s+(?:hundred|thousand|million|billion|dozen))*|tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions|billions|a dozen|several dozen|several hundred|several thousand)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
export const NUMBER = String.raw`(?:${DIGITS})(?:\s+(?:million|billion|thousand|trillion)|(?:bn|m|k)\b)?|${WORD_NUMBER}`;
const MONTH_NAME = `(?:${monthPattern(false)})`;
export const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH_NAME}\.?\s*$`, "i");
export const MONTH_AFTER = new RegExp(String.raw`^\s*(?:of\s+)?${MONTH_NAME}\b`, "i");
export const TARGET = /\b(to|down to|up to)\s*$/i;
/**
 * Whether a text ends with "to", "down to" or "up to" (spaces after it aside). Only its last eight
 * characters are read ("down to" and one before it for the word boundary): `TARGET` on the whole
 * text before a number is tried at every position of it, 1-2% of analysing an article.
 */
export function endsWithTarget(text: string): boolean {
  return TARGET.test(text.trimEnd().slice(-8));
}
/** "raised it by 0.5 points", "cut by 2,000": the size of a change. */
/** "cutting 2,500 troops", "sent 3,000 more": a verb of moving people or things makes the number the size of a move. */
const CHANGE = /\b(by|of|cut|cuts|cutting|withdraw|withdraws|withdrew|withdrawing|withdrawn|remove|removes|removed|removing|pull|pulled|pulling|send|sends|sent|sending|add|adds|added|adding)\s*$/i;
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, "").trim();
  const digits = /^(\d+(?:\.\d+)?)(?:\s+(million|billion|thousand|trillion)|(bn|m|k))?$/.exec(t);
  if (digits) return Number(digits[1]) * (digits[2] ? NUMBER_SCALES[digits[2]]! : digits[3] ? { bn: 1e9, m: 1e6, k: 1e3 }[digits[3]]! : 1);
  if (/^(several |a )?dozens?$/.test(t)) return t.startsWith("several") || t === "dozens" ? 36 : 12;
  if (/^(several )?hundreds$|^several hundred$/.test(t)) return 300;
  if (/^(several )?thousands$|^several thousand$/.test(t)) return 3000;
  if (t === "tens of thousands") return 30_000;
  if (t === "hundreds of thousands") return 300_000;
  if (t === "millions") return 3_000_000;
  if (t === "billions") return 3_000_000_000;
  let total = 0;
  let current = 0;
  for (const w of t.split(/[\s-]+/)) {
    if (hasEntry(NUMBER_SCALES, w) && w !== "hundred") {
      total += (current || 1) * NUMBER_SCALES[w]!;
      current = 0;
    } else if (w === "hundred" || w === "dozen") current = (current || 1) * NUMBER_WORDS[w]!;
    else if (hasEntry(NUMBER_WORDS, w)) current += NUMBER_WORDS[w]!;
    else return null;
  }
  return total + current;
}

/** Builds a quantity; the short answer carries the unit when the unit is what the number measures (hours, dollars). */
export function quantity(sentence: string, start: number, end: number, text: string, value: number, high: number, modifier: string | undefined | null, unit: string, measure: Measure, projected: boolean, target = TARGET.test(sentence.slice(Math.max(0, start - 40), start)), short?: string): Quantity {
  const phrase = unit ? `${text} ${unit}` : text;
  // "0.19 square miles", "650 light years": an area's unit is two words, and so is the astronomers' length.
  const unitHead = /^(?:square|cubic|light)\s/i.test(unit) ? unit.split(/\s+/).slice(0, 2).join(" ") : (unit.split(/\s+/)[0] ?? "");
  return {
    text,
    phrase,
    short: short ?? (measure === "duration" || measure === "length" || measure === "money" && !/[$€£¥]/.test(text) || MEASURE_UNITS.has(unitHead.toLowerCase().split(" ")[0]!) ? `${text} ${unitHead}`.trim() : text),
    start,
    end,
    value,
    high,
    modifier: modifier ? modifier.toLowerCase() : null,
    unit,
    unitTerms: words(unit).filter((w) => !STOPWORDS.has(w)).map(canonical),
    measure,
    isPercent: measure === "percent",
    projected,
    target,
    change: !target && CHANGE.test(sentence.slice(Math.max(0, start - 14), start)),
  };
}

/** "Attendance: 78,011", "a crowd of 30,000": a label right before a number that says it counts the people present. */
const CROWD_LABEL = new RegExp(String.raw`\b(?:${CROWD_LABELS.join("|")})(?:\s+of|\s*:)?\s*$`, "i");
export function crowdLabelBefore(before: string): boolean {
  return CROWD_LABEL.test(before.slice(-20));
}

/** A unit that names things counted, so "2000 troops" is a count and not the year 2000. */
export function countedHead(unit: string): boolean {
  const last = unit.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  // "-us" ends singulars ("rhesus", "virus", "bus"), not plurals.
  return (/^[a-z][a-z-]*[^s'u]s$/.test(last) || IRREGULAR_PLURALS.has(last));
}

/** "other", "more" … between a number and the plural noun it counts ("40 other aftershocks"). */
const BESIDES = /^\s+(?:other|more|further|additional|extra)\s/i;

const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;

/**
 * The counted noun phrase after a number: up to four words, stopping at function words, verbs,
 * punctuation and after a plural noun ("15 shells fell" counts "shells"). "U.S." does not end
 * it ("4,500 U.S. troops"); a measure word takes what it measures ("10,000 pieces of equipment").
 */
/** The first word of these is a participle with no noun after it: "returning to …", "leaving.", "arriving from". */
function participleOnly(phrase: string): boolean {
  const next = phrase.split(/\s+/)[1]?.toLowerCase().replace(/[.,;:’']+$/, "");
  return /[.,;:]$/.test(phrase.split(/\s+/)[0]!) || next === undefined || STOPWORDS.has(next);
}

/** "120,000 last year", "40 this week": a time after the number, not what it counts. */
const TIME_AFTER = /^\s+(?:last|next|this|that|each|every|per|a)\s+(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|season|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * "confirmed cases", "injured people": a participle news writes as an adjective of the people or
 * things counted, then a plural noun. Only these: most words in -ed after a number are its verb
 * ("13 reported shells" is 13 who reported).
 */
const PARTICIPLE_BEFORE_NOUN = /^(?:confirmed|suspected|injured|wounded|displaced|detained|armed|infected|registered|unemployed|undocumented|trapped|stranded|elected|qualified|trained|skilled|licensed|dedicated|abandoned|damaged|destroyed)\s+(?:\p{Ll}{3,}s|people|children|men|women)\b(?!\s+(?:to|that)\b)/u;
export function unitAfter(after: string): string {
  if (TIME_AFTER.test(after)) return "";
  // "40 other aftershocks", "three more players": a word that sets the counted apart from others
  // of their kind stands between the number and its plural noun ("18 more seconds" stays as it was).
  const besides = BESIDES.exec(after);
  if (besides) {
    const noun = unitAfter(after.slice(besides[0].length - 1));
    if (countedHead(noun) && !TIME_UNITS.has(noun.toLowerCase())) return `${besides[0].trim()} ${noun}`;
  }
  const m = /^\s+((?:[\p{L}][\p{L}\d.’'-]*)(?:\s+[\p{L}][\p{L}\d.’'-]*){0,3})/u.exec(after);
  if (!m) return "";
  const taken: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    const abbreviation = ABBREVIATION.test(w);
    const bare = abbreviation ? w : w.replace(/[.,;:’']+$/, "");
    const lw = bare.toLowerCase();
    // "57 confirmed cases", "300 displaced families": a participle right before a plural noun describes it; "43 killed in" is a verb.
    const describes = /ed$/.test(lw) && PARTICIPLE_BEFORE_NOUN.test(m[1]!);
    if (!taken.length && ((STOPWORDS.has(lw) && lw !== "us") || COMMON_VERBS.has(lw) || PLACE_ADVERBS.has(lw) || (/ed$/.test(lw) && lw.length > 4 && !describes))) break;
    // "about 6,400 returning to the United States": a participle the number is the subject of, not
    // a noun it counts ("12 remaining troops" keeps its noun after the participle).
    if (!taken.length && /ing$/.test(lw) && lw.length > 5 && participleOnly(m[1]!)) break;
    if (taken.length && (STOPWORDS.has(lw) || /(ed|ing)$/.test(lw) || COMMON_VERBS.has(lw))) break;
    taken.push(bare);
    if (!abbreviation && /[.,;:]$/.test(w)) break;
    if (countedHead(bare) && !/^[A-Z]+$/.test(bare)) break;
  }
  let unit = taken.join(" ");
  const last = taken.at(-1)?.toLowerCase() ?? "";
  // "3,500 Marines and sailors": two plural nouns joined by "and" are counted together.
  const pair = countedHead(unit) ? /^\s+and\s+([\p{L}][\p{L}-]*)(?![\p{L}\d-])(?!\s+(?:of|who|which|that)\b)/u.exec(after.slice(after.indexOf(taken.at(-1)!) + taken.at(-1)!.length)) : null;
  if (pair && countedHead(pair[1]!) && !STOPWORDS.has(pair[1]!.toLowerCase()) && !COMMON_VERBS.has(pair[1]!.toLowerCase()) && /^\p{Ll}/u.test(pair[1]!)) unit = `${unit} and ${pair[1]}`;
  if (taken.length && PARTITIVE_NOUNS.has(last)) {
    const rest = after.slice(after.indexOf(taken.at(-1)!) + taken.at(-1)!.length);
    const of = /^\s+of(?=\s)/i.exec(rest);
    if (of) {
      const what = unitAfter(rest.slice(of[0].length).replace(/^\s+(the|its|their)(?=\s)/i, ""));
      if (what) return `${unit} of ${what}`;
    }
  }
  return unit;
}

/** Which side of a tally ("52 votes to 48", "52 votes against 48") a number is: the first is for, the second against; null outside a tally. */
export function tallySide(text: string, quantity: Pick<Quantity, "start" | "end">): "for" | "against" | null {
  if (/^\s+votes?\s+(?:to|against)\s+\d/i.test(text.slice(quantity.end))) return "for";
  if (/\bvotes?\s+(?:to|against)\s+$/i.test(text.slice(0, quantity.start))) return "against";
  return null;
}
