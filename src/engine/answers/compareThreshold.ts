// A yes/no question that sets a threshold for a figure ("Did more than 100 people die?", "Was the
// earthquake weaker than magnitude 6?"), read against the figure a sentence gives.
import { extractQuantities } from "../../analysis/extractQuantities.ts";
import { FIGURE_BOUNDS, STRICT_FIGURE_BOUNDS, THRESHOLD_WORDS } from "../../analysis/lexicon.ts";
import { ownEntry } from "../../analysis/ownEntry.ts";
import type { Quantity } from "../../analysis/numberPatterns.ts";
import { words } from "../../analysis/text.ts";
import type { IndexedSentence } from "../../index/knowledgeIndex.ts";
import { figureBand } from "../factCheck/compareFigures.ts";
import { formOf } from "./alignStatement.ts";

export interface Threshold {
  direction: "above" | "below";
  value: number;
  percent: boolean;
  /** The forms of the words the question writes next to the number ("people", "magnitude"): the figure the sentence gives beside them. */
  unit: string[];
  /** The question's words the threshold takes up (the comparative and the number), not asked as words. */
  words: Set<string>;
}

const WORDS = Object.keys(THRESHOLD_WORDS).sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(`\\b(${WORDS.join("|")})(?:\\s+than)?(?:\\s+([a-z]+))??\\s+(?=[\\d$]|(?:${"one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred"})\\b)`, "i");

/** The threshold a question sets, if any: the comparative, and the figure after it. */
export function readThreshold(question: string): Threshold | null {
  const m = PATTERN.exec(question);
  if (!m) return null;
  const at = m.index + m[0].length;
  const q = extractQuantities(question).find((x) => x.start >= m.index && x.start <= at);
  if (!q) return null;
  const after = words(question.slice(q.end)).slice(0, 1);
  const unit = [...(m[2] ? [m[2].toLowerCase()] : []), ...after].map(formOf);
  return {
    direction: THRESHOLD_WORDS[m[1]!.toLowerCase()]!,
    value: q.value,
    percent: q.isPercent,
    unit,
    words: new Set([...words(m[1]!), "than", ...words(q.text)]),
  };
}

/**
 * Whether the figure of the sentences passes the threshold: "yes", "no", "open" when the figure is
 * too loosely given to tell ("about 100" for "more than 100"), or null when they give no figure
 * that counts what is asked (none, or several without the question's unit beside one).
 */
export function judgeThreshold(t: Threshold, sentences: IndexedSentence[], asked: string[], negated = false): "yes" | "no" | "open" | null {
  const found = figureOf(t, sentences, asked);
  if (!found) return null;
  const figure = found.q;
  // "No more than 40 people", "not less than 10": the bound itself negated, as a negated clause negates it.
  if (figure.modifier && NEGATED_BOUND.test(found.s.text.slice(Math.max(0, figure.start - 8), figure.start))) negated = !negated;
  // "over 5,000" has no upper end and "up to 500" no lower one, for a threshold.
  const given = figure.modifier ? ownEntry(FIGURE_BOUNDS, figure.modifier) : undefined;
  // "over 345" is more than 345 itself, as "under 6" is less than 6.
  const givenStrict = figure.modifier !== null && STRICT_FIGURE_BOUNDS.has(figure.modifier);
  if (negated) {
    // "none rising more than six feet" is at most six feet; "not less than 10" at least 10. A negated plain figure tells no bound.
    if (given !== "above" && given !== "below") return "open";
    return compare(t, given === "above" ? 0 : figure.value, given === "above" ? figure.value : Infinity, !givenStrict, given === "above" ? "below" : "above");
  }
  const band = figureBand(figure, true);
  const low = given === "below" ? 0 : band.low;
  const high = given === "above" ? Infinity : band.high;
  return compare(t, low, high, givenStrict, given);
}

/** "no" or "not" right before a figure's modifier ("no more than 40"). */
const NEGATED_BOUND = /\b(?:no|not)\s+$/i;

/** Whether a figure between low and high (with a strict or inclusive bound) passes the threshold: "yes", "no" or "open". */
function compare(t: Threshold, low: number, high: number, strict: boolean, bound: string | undefined): "yes" | "no" | "open" {
  if (t.direction === "above") return low > t.value || (strict && bound === "above" && low >= t.value) ? "yes" : high <= t.value ? "no" : "open";
  return high < t.value || (strict && bound === "below" && high <= t.value) ? "yes" : low >= t.value ? "no" : "open";
}

/**
 * The figure the question's threshold is about: of the kind asked, beside the question's unit
 * ("magnitude 7"), else beside another asked word ("killing 107" for "die"), else the only one.
 */
function figureOf(t: Threshold, sentences: IndexedSentence[], asked: string[]): { q: Quantity; s: IndexedSentence } | null {
  const all = sentences.flatMap((s) => s.quantities.filter((q) => q.isPercent === t.percent && !q.projected && !q.change && q.measure !== "ordinal" && !converted(s, q)).map((q) => ({ q, s })));
  for (const forms of [t.unit, asked]) {
    const beside = all.filter(({ q, s }) => forms.some((f) => q.unitTerms.some((x) => formOf(x) === f || x === f) || nextTo(s.text, q, f)));
    if (beside.length === 1) return beside[0]!;
    if (beside.length > 1) return null;
  }
  return all.length === 1 ? all[0]! : null;
}

/** A figure in brackets right after another is the same one in other units: "six feet (1.8 metres)". */
function converted(s: IndexedSentence, q: Quantity): boolean {
  return s.quantities.some((p) => p !== q && p.end <= q.start && /^\s*[\p{L}.]*\s*\(\s*$/u.test(s.text.slice(p.end, q.start)));
}

/** Whether a word of the given form stands right before the figure ("magnitude 7", "killing 107"). */
function nextTo(text: string, q: Quantity, form: string): boolean {
  const before = words(text.slice(Math.max(0, q.start - 30), q.start)).at(-1);
  return before !== undefined && formOf(before) === form;
}
