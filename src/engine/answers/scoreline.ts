// "How many goals did Spain score?" against "Spain defeated Turkey 3–0": a scoreline gives each
// side's goals (points, runs) by the order the sides are written in, so the answer is the
// number on the asked side's end of it. Read by the count answerer.
import type { Quantity } from "../../analysis/extractQuantities.ts";
import { canonical } from "../../analysis/text.ts";

/** "3–0", "1-2", "2 – 2": two small numbers joined by a dash. */
const SCORELINE = /^(\d{1,3})\s*[–-]\s*(\d{1,3})$/;
/** What a scoreline counts, by canonical form. */
export const SCORE_NOUNS = new Set(["goal", "goals", "point", "points", "run", "runs", "try", "tries"].map(canonical));
/** A verb of a result between the sides: the side before it wrote first, the one after it second. */
const RESULT_VERB = /\b(?:defeat(?:s|ed|ing)?|beat(?:s|ing|en)?|lost|lose|loses|losing|won|wins|winning|drew|draws|drawing|thrash(?:es|ed|ing)?|edg(?:e|es|ed|ing)|overc(?:a|o)me|overcomes|rout(?:s|ed|ing)?|hammer(?:s|ed|ing)?|crush(?:es|ed|ing)?|down(?:s|ed|ing)?|stun(?:s|ned|ning)?|upset|held|hold|holds)\b/giu;
/** "were beaten 3–0 by": the side before a passive defeat is the loser, whose number a scoreline writes second. */
const PASSIVE_DEFEAT = /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:beaten|defeated|thrashed|edged|routed|hammered|crushed|downed|stunned|upset|held)\b/iu;
/** Where a scoreline's statement starts or ends: a semicolon, or another scoreline. */
const BOUNDARY = /;|\b\d{1,3}\s*[–-]\s*\d{1,3}\b/gu;

/**
 * The asked side's number of a scoreline, as a count of what the question counts ("goals"), or
 * null when the quantity is no scoreline or no side asked about stands in its statement. `sides`
 * are the question's words that may name a side (canonical), in the question's order: the first
 * one found beside the scoreline is the side asked about.
 */
export function scorelineSide(text: string, quantity: Quantity, sides: readonly string[], counted: ReadonlySet<string>): Quantity | null {
  const score = SCORELINE.exec(quantity.text.trim());
  if (!score || ![...counted].some((t) => SCORE_NOUNS.has(t))) return null;
  const first = Number(score[1]);
  const second = Number(score[2]);
  const { from, to } = statementAround(text, quantity);
  const before = text.slice(from, quantity.start);
  const after = text.slice(quantity.end, to);
  const side = firstSide(before, after, sides);
  if (!side) return null;
  const verbs = [...before.matchAll(RESULT_VERB)];
  const verb = verbs.at(-1);
  let firstSideAsked: boolean;
  if (side.inBefore) {
    // "Belgium defeated Panama 3–0": the side before the verb wrote first; "… defeated Panama" second.
    firstSideAsked = !verb || side.at < verb.index!;
    // "Turkey were beaten 3–0 by Spain": the winner's number is written first.
    if (PASSIVE_DEFEAT.test(before)) firstSideAsked = !firstSideAsked;
  } else {
    // "Italy 1–0 Sweden", "lost 1–2 to England": a side after the scoreline wrote second.
    firstSideAsked = PASSIVE_DEFEAT.test(before);
  }
  const value = firstSideAsked ? first : second;
  const count = String(value);
  return { ...quantity, text: count, phrase: count, short: count, value, high: value, modifier: null, unit: "", unitTerms: [...counted] };
}

/** The part of the sentence a scoreline speaks of: from the last semicolon or scoreline before it to the next one after. */
function statementAround(text: string, quantity: Quantity): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index! + m[0].length;
    if (end <= quantity.start) from = end;
    else if (m.index! >= quantity.end) {
      to = m.index!;
      break;
    }
  }
  return { from, to };
}

/** The first side the question names that the statement writes with a capital, and where. */
function firstSide(before: string, after: string, sides: readonly string[]): { at: number; inBefore: boolean } | null {
  const capitalised = (part: string) => [...part.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((m) => ({ at: m.index!, term: canonical(m[0].toLowerCase()) }));
  const early = capitalised(before);
  const late = capitalised(after);
  for (const term of sides) {
    const b = early.find((w) => w.term === term);
    if (b) return { at: b.at, inBefore: true };
    if (late.some((w) => w.term === term)) return { at: 0, inBefore: false };
  }
  return null;
}
