import { NUMBER_SCALES, NUMBER_WORDS, STOPWORDS } from "./lexicon.ts";
import { hasEntry } from "./ownEntry.ts";
import { canonical, words } from "./text.ts";

/** A number in a sentence with its modifier and what it counts. */
export interface Quantity {
  /** Verbatim: "over 5,000", "around 3,500", "between 2,000 and 2,500", "three". */
  text: string;
  /** The number with what it counts, verbatim: "over 5,000 US troops". */
  phrase: string;
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
  isPercent: boolean;
  /** The number is a target or projection ("could lead to a reduction to around 3,500"). */
  projected: boolean;
  /** The number is what something goes to ("a reduction to 3,500", "from 4,500 to 2,500"): what remains, not what changes. */
  target: boolean;
  /** The number is the size of a change ("raised by 0.5 points", "an increase of 2,000"). */
  change: boolean;
}

const MODIFIER = String.raw`(?:(just over|just under|well over|more than|fewer than|less than|up to|at least|at most|as many as|as few as|close to|nearly|almost|about|around|approximately|roughly|some|over|under|only|between|from)\s+)?`;
const WORD_NUMBER = String.raw`(?:a (?:dozen|hundred|thousand|million|billion)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand|million|billion|dozen))*|dozens|hundreds|thousands|a dozen|several dozen|several hundred|several thousand)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUMBER = String.raw`(?:${DIGITS})(?:\s+(?:million|billion|thousand|trillion))?|${WORD_NUMBER}`;
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\d,.])${MODIFIER}(${NUMBER})(?:\s*(?:-|–|to|and)\s*(${NUMBER}))?(\s*(?:%|percent(?:age points?)?\b|per cent))?`,
  "giu",
);
/** A cheap test before the long pattern: no digit and no number word, no quantity. */
const MAYBE_NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands)\b/i;
const MONTH_BEFORE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;
const PROJECTION = /\b(could|would|will|may|might|plans?|planned|expected|proposed|target|reduc\w*|cut|cuts|drop\w*|down|lower\w*|shrink\w*|fall|decreas\w*|increas\w*|rais\w*|boost\w*)\s+(?:\w+\s+){0,3}?(to|by)\s*$/i;
const TARGET = /\b(to|down to|up to)\s*$/i;
/** "About 2,000 troops will leave": a modal verb right after the number and its noun. */
const MODAL_AFTER = /^\s*(?:will|would|could|may|might|are (?:expected |set |due )?to be|is (?:expected |set |due )?to be)\b/i;
/** "raised it by 0.5 points", "cut by 2,000": the size of a change. */
const CHANGE = /\b(by|of)\s*$/i;
const MODAL = /\b(could|would|will|may|might|plan|plans|planned|expected to|proposal|proposed)\b/i;

export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, "").trim();
  const digits = /^(\d+(?:\.\d+)?)(?:\s+(million|billion|thousand|trillion))?$/.exec(t);
  if (digits) return Number(digits[1]) * (digits[2] ? NUMBER_SCALES[digits[2]]! : 1);
  if (/^(several |a )?dozens?$/.test(t)) return t.startsWith("several") ? 36 : 12;
  if (/^(several )?hundreds$|^several hundred$/.test(t)) return 300;
  if (/^(several )?thousands$|^several thousand$/.test(t)) return 3000;
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

/** Finds the quantities of a sentence: numbers in digits or words, with modifier and unit. */
export function extractQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  if (!MAYBE_NUMBER.test(sentence)) return out;
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(sentence); m; m = QUANTITY.exec(sentence)) {
    const text = m[0].trim();
    const start = m.index;
    const end = start + m[0].length;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    const isWord = !/\d/.test(m[2]!);
    const value = parseNumber(m[2]!);
    if (value === null) continue;
    // Dates and years are not counts: "January 5", "5 January", "2020".
    if (MONTH_BEFORE.test(before) || /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after)) continue;
    if (/^\d{4}$/.test(m[2]!) && value >= 1900 && value <= 2100 && !m[1]) continue;
    const unit = unitAfter(after);
    const isPercent = Boolean(m[4]);
    // Number words only count when they count something ("three years", not "one of").
    if (isWord && (!unit || /^(of|the)\b/i.test(after.trim()))) continue;
    if (isWord && /^a$/i.test(m[2]!)) continue;
    // "from about 4,500 to 2,500 troops" is a change, not a range: two numbers, the second a target.
    const fromTo = (/\bfrom\s*$/i.test(before) || m[1]?.toLowerCase() === "from") && m[3] && /\bto\b/i.test(m[0]);
    if (fromTo) {
      const second = m[0].search(/\bto\b/i);
      const firstText = m[0].slice(0, second).trim().replace(/^from\s+/i, "");
      const unitLater = unitAfter(after);
      const firstAt = sentence.indexOf(firstText, start);
      out.push(quantity(sentence, firstAt, firstAt + firstText.length, firstText, value, value, m[1]?.toLowerCase() === "from" ? undefined : m[1], unitLater, false, false));
      const secondStart = start + second + 2;
      const secondText = m[0].slice(second + 2).trim();
      const offset = sentence.indexOf(secondText, secondStart);
      out.push(quantity(sentence, offset, end, secondText, parseNumber(m[3]!) ?? value, parseNumber(m[3]!) ?? value, undefined, unitLater, false, true, true));
      continue;
    }
    const high = m[3] ? parseNumber(m[3]) ?? value : value;
    const clause = sentence.slice(Math.max(0, start - 80), start);
    // "About 2,000 troops will leave": a modal just after the number's noun also makes it a projection.
    const projected = PROJECTION.test(before) || MODAL.test(clause) || MODAL_AFTER.test(unit && after.includes(unit) ? after.slice(after.indexOf(unit) + unit.length) : after);
    // "About 6,400 troops will return home and roughly 5,600 will be moved": a bare number
    // counts what the number before it in the sentence counted.
    // "… troop levels in Afghanistan and Iraq to 2,500 each": failing that, the counted noun
    // stands before the number.
    const bare = !unit || NOT_UNITS.test(unit);
    const inherited = bare && !isPercent && !isWord ? out.at(-1)?.unit || nounBefore(before) : unit;
    out.push(quantity(sentence, start + (m[0].length - m[0].trimStart().length), end, text, value, high, m[1], inherited, isPercent, projected));
  }
  return out;
}

function quantity(sentence: string, start: number, end: number, text: string, value: number, high: number, modifier: string | undefined, unit: string, isPercent: boolean, projected: boolean, target = TARGET.test(sentence.slice(Math.max(0, start - 40), start))): Quantity {
  const phrase = unit ? `${text} ${unit}` : text;
  return {
    text,
    phrase,
    start,
    end,
    value,
    high,
    modifier: modifier ? modifier.toLowerCase() : null,
    unit,
    unitTerms: words(unit).filter((w) => !STOPWORDS.has(w)).map(canonical),
    isPercent,
    projected,
    target,
    change: !target && CHANGE.test(sentence.slice(Math.max(0, start - 10), start)),
  };
}

/** Words that can follow a number without being what it counts. */
const NOT_UNITS = /^(each|apiece|in total|total|overall|more|fewer|less|times|so far|altogether)\b/i;

/** The nearest word before the number, in its clause, that names something news counts ("troop levels … to 2,500"). */
function nounBefore(before: string): string {
  const clause = before.split(/[,;:]/).at(-1) ?? "";
  const found = clause.match(/[\p{L}-]+/gu) ?? [];
  for (let i = found.length - 1; i >= 0 && i >= found.length - 10; i--) {
    const w = found[i]!;
    if (COUNTED_HEADS.has(canonical(w.toLowerCase()))) return w.endsWith("s") ? w : `${w}s`;
  }
  return "";
}

/** The counted nouns of the synonym groups ("troop", "base", …), by their canonical form. */
const COUNTED_HEADS = new Set(["troops", "bases", "servicemembers"].map(canonical));

/** The counted noun phrase after a number: up to three words, stopping at function words, verbs and punctuation. */
function unitAfter(after: string): string {
  const m = /^\s+((?:[\p{L}][\p{L}.’'-]*)(?:\s+[\p{L}][\p{L}.’'-]*){0,3})/u.exec(after);
  if (!m) return "";
  const taken: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    const lw = w.toLowerCase();
    if (taken.length && (STOPWORDS.has(lw) || /(ed|ing)$/.test(lw))) break;
    if (!taken.length && (STOPWORDS.has(lw) && lw !== "us")) break;
    taken.push(w.replace(/[.,]$/, ""));
    if (/[.,;:]$/.test(w)) break;
  }
  return taken.join(" ");
}
