// A yes/no question that names a figure ("Was it 0-2 at half time?", "Were eight players booked?",
// "Was the firm fined $1 million?"), read against the figure the run gives in the same slot: the
// same value says it, another value of the same kind answers no ("booked six players"), and a
// run with no such figure, or several, leaves it to the words.
import { extractQuantities } from "../../analysis/extractQuantities.ts";
import { STOPWORDS, UNSPECIFIC_COUNTED } from "../../analysis/lexicon.ts";
import type { Quantity } from "../../analysis/numberPatterns.ts";
import { words } from "../../analysis/text.ts";
import type { IndexedSentence } from "../../index/knowledgeIndex.ts";
import { figureBand } from "../factCheck/compareFigures.ts";
import { formOf, normalise, type Clause } from "./alignStatement.ts";
import type { Match } from "./matchAsked.ts";

export interface AskedFigure {
  value: number;
  /** The two numbers of a score ("2-1"), read in either order ("0–2" is "2-0" from the other side). */
  score: [number, number] | null;
  /** What the figure counts: the forms of the question's word after it ("player") and of its unit terms. */
  unit: string[];
  percent: boolean;
  /** A sum of money ("$1 million"): only money answers it. */
  money: boolean;
  /** The question's words the figure is written with ("0", "2"; "1", "million"). */
  words: Set<string>;
}

/** Where the run gives the asked figure (said) or another value of its kind (not said), as a match at its first word. */
export interface FigurePlace {
  said: boolean;
  at: Match;
}

/**
 * The one plain figure a question names, if it names exactly one: not a threshold's ("more than
 * 100", read elsewhere), not an approximate one ("about 100"), not a rank, not part of a name
 * ("Flight 214", "IE9"), not a date (read as the question's period).
 */
export function readFigure(question: string, names: string[]): AskedFigure | null {
  const found = extractQuantities(question).filter((q) => q.measure !== "ordinal");
  if (found.length !== 1) return null;
  const q = found[0]!;
  // "just one state", "only two": the figure itself, said exactly; "more than", "about" set a bound or blur it.
  if ((q.modifier && !EXACT_MODIFIERS.has(q.modifier.toLowerCase())) || q.projected || q.change) return null;
  const figureWords = words(normalise(q.text));
  if (inName(question, q)) return null;
  if (names.some((n) => figureWords.some((w) => words(n).includes(w)))) return null;
  const score = scoreOf(q.text);
  const after = words(question.slice(q.end)).find((w) => !STOPWORDS.has(w));
  const next = words(question.slice(q.end))[0];
  const unit = [...(next && next === after ? [formOf(next)] : []), ...q.unitTerms.map(formOf)];
  return { value: q.value, score, unit: score ? [] : unit, percent: q.isPercent, money: isMoney(question, q), words: new Set(figureWords) };
}

/** Words before a figure that say it exactly ("just one", "only two"), not as a bound. */
const EXACT_MODIFIERS = new Set(["just", "only", "exactly"]);

/** "Flight 214", "the Athlon 64 chip": a number right after a capitalised word (not the text's first) is part of a name; a score never is ("the Rovers 3-1"). */
function inName(text: string, q: Quantity): boolean {
  if (scoreOf(q.text)) return false;
  const head = text.slice(0, q.start);
  const before = head.match(/(\S+)\s*$/)?.[1] ?? "";
  return /^\p{Lu}[\p{L}.'’-]*$/u.test(before) && head.trim() !== before;
}

/** A sum of money: measured so, or written right after a currency sign ("US$ 500,000"). */
function isMoney(text: string, q: Quantity): boolean {
  return q.measure === "money" || /[$€£¥]\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start));
}

/** "2-1", "0–2": a score's two numbers. */
function scoreOf(text: string): [number, number] | null {
  const m = /^(\d+)\s*[-–—]\s*(\d+)$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * The run's figure of the asked kind: the asked value where a figure of its kind gives it; else
 * the one other value of that kind (the one in a clause that says another asked word, when there
 * are several); null when there is none, several, or one too loosely given to tell ("about 500").
 */
export function placeFigure(fig: AskedFigure, clauses: Array<Clause & { sentence: IndexedSentence }>, holdsAsked: (clause: number) => boolean): FigurePlace | null {
  const others: Match[] = [];
  let loose = false;
  for (const s of new Set(clauses.map((c) => c.sentence))) {
    for (const q of s.quantities) {
      if (q.measure === "ordinal" || q.isPercent !== fig.percent || inName(s.text, q) || isMoney(s.text, q) !== fig.money || !sameKind(fig, q, s.text)) continue;
      const at = positionOf(q, s, clauses);
      if (!at) continue;
      const value = valueAgainst(fig, q);
      if (value === "same") return { said: true, at };
      if (value === "loose") loose = true;
      else others.push({ ...at, opposite: true });
    }
  }
  if (loose || others.length === 0) return null;
  if (others.length === 1) return { said: false, at: others[0]! };
  const near = others.filter((m) => holdsAsked(m.clause));
  return near.length === 1 ? { said: false, at: near[0]! } : null;
}

/**
 * Where the run writes a figure of another value, of whatever kind ("one billion reais" for "just
 * one state"): the asked figure's words found there are part of that figure, and say nothing of it.
 */
export function otherValuesAt(fig: AskedFigure, clauses: Array<Clause & { sentence: IndexedSentence }>): Match[] {
  const out: Match[] = [];
  for (const s of new Set(clauses.map((c) => c.sentence))) {
    for (const q of s.quantities) {
      if (q.value === fig.value) continue;
      const at = positionOf(q, s, clauses);
      if (at) out.push(at);
    }
  }
  return out;
}

/** Whether the run's figure counts what the asked one does: a score for a score; the same unit; no unit for none. */
function sameKind(fig: AskedFigure, q: Quantity, text: string): boolean {
  const score = scoreOf(q.text);
  if (fig.score || score) return fig.score !== null && score !== null;
  const terms = [...q.unitTerms.map(formOf), ...words(normalise(q.text)).map(formOf), ...words(text.slice(q.end)).slice(0, 1).map(formOf)];
  if (fig.unit.length === 0) return q.unitTerms.length === 0;
  // "killing 107" counts the people a question asks about: only "people" may go unwritten.
  if (q.unitTerms.length === 0 && fig.unit.some((u) => PEOPLE.has(u))) return true;
  return fig.unit.some((u) => terms.includes(u));
}

const PEOPLE = new Set([...UNSPECIFIC_COUNTED].map(formOf));

/** The asked value against a run's figure: the same, another, or loose (the run's figure is a bound or approximate and holds it). */
function valueAgainst(fig: AskedFigure, q: Quantity): "same" | "other" | "loose" {
  if (fig.score) {
    const score = scoreOf(q.text)!;
    const same = (score[0] === fig.score[0] && score[1] === fig.score[1]) || (score[0] === fig.score[1] && score[1] === fig.score[0]);
    return same ? "same" : "other";
  }
  const band = figureBand(q, true);
  if (fig.value < band.low || fig.value > band.high) return "other";
  return q.modifier || q.high !== q.value ? "loose" : "same";
}

/** Where a figure of a sentence stands in the run's clauses: its first word, in the sentence's clauses (a comma of "50,000" breaks a clause there). */
function positionOf(q: Quantity, s: IndexedSentence, clauses: Array<Clause & { sentence: IndexedSentence }>): Match | null {
  const first = words(normalise(q.text.split(",")[0]!))[0];
  if (first === undefined) return null;
  for (let c = 0; c < clauses.length; c++) {
    if (clauses[c]!.sentence !== s) continue;
    const t = clauses[c]!.tokens.findIndex((tok) => tok.raw === first);
    if (t >= 0) return { clause: c, token: t, opposite: false };
  }
  return null;
}
