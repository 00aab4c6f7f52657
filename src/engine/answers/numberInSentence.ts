// Where a number stands in its sentence: its clause, its date, what a share is of, the figure
// joined to it by "or", and the verb right before it. Read by the count answerer.
import type { Quantity } from "../../analysis/extractQuantities.ts";
import { STOPWORDS } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";
import type { IndexedSentence } from "../../index/knowledgeIndex.ts";

/**
 * What a share is a share of: its own noun, or the noun phrase after "of" up to the next
 * function word or punctuation ("46 percent of previously heat-attributed damage | to soybean crops").
 */
export function shareTerms(text: string, x: Quantity): string[] {
  const after = text.slice(x.end).replace(/^\s*(?:percent|per cent|%)?\s*(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?)?/i, "");
  const phrase = words(/^[^,;:.()]*/.exec(after)![0]);
  const end = phrase.findIndex((w) => STOPWORDS.has(w));
  return [...x.unitTerms, ...phrase.slice(0, end < 0 ? 6 : Math.min(end, 6)).map(canonical)];
}

/** The number of the same kind joined to this one by "or" ("either 49 percent or by 27 percent"), if any. */
export function alternative(s: IndexedSentence, x: Quantity): Quantity | undefined {
  return s.quantities.find((o) => {
    if (o === x || o.measure !== x.measure || o.unit !== x.unit) return false;
    const between = o.start > x.end ? s.text.slice(x.end, o.start) : s.text.slice(o.end, x.start);
    return /^\s*,?\s*or\s+(?:by\s+|to\s+)?$/i.test(between);
  });
}

/** The date a figure holds at: the nearest in the number's clause, not a "since" that starts a tally. */
export function ownDate(s: IndexedSentence, x: Quantity) {
  const clause = clauseSpan(s.text, x.start);
  const own = s.dates.filter((d) => d.start >= clause.from && d.end <= clause.to && !/\bsince\b/i.test(s.text.slice(Math.min(x.end, d.start), d.start + 1)));
  // Of two dates in the clause, the nearer: "from 90,000 vehicles in 2022 to 120,000 last year".
  return own.sort((a, b) => distance(a, x, s.text) - distance(b, x, s.text))[0];
}

/**
 * Characters between a date and a number in one sentence, counted from the end of the number's
 * noun when it follows: "90,000 vehicles in 2022 to 120,000 last year" dates each by its own.
 */
export function distance(d: { start: number; end: number }, x: Quantity, text = ""): number {
  const noun = x.unit && text.slice(x.end).startsWith(` ${x.unit}`) ? x.unit.length + 1 : 0;
  return d.end <= x.start ? x.start - d.end : d.start >= x.end ? Math.max(0, d.start - x.end - noun) : 0;
}

/** The canonical words of the clause a number stands in ("roughly 5,600 will be moved to other NATO countries"). */
export function clauseTerms(text: string, at: number): Set<string> {
  const { from, to } = clauseSpan(text, at);
  return new Set(words(text.slice(from, to)).map(canonical));
}

/** Where a clause ends: at commas, semicolons and conjunctions. */
const CLAUSE_BOUNDARY = /,(?!\d{3})|;|\s(?:--|[–—])\s|\band\b|\bbut\b|\bwhile\b|\bwhich\b|\bincluding\b/gi;
/** Where a statement ends: at semicolons and conjunctions joining two, not at the commas of an apposition ("The wall, built in 2019, runs 3 km"). */
const STATEMENT_BOUNDARY = /;|,?\s+(?:and|but|while|whereas)\s+(?=the\b|a\b|an\b|its\b|their\b|\p{Lu})/giu;

/** The canonical words of the statement a number stands in: its clause with the subject set off by commas. */
export function statementTerms(text: string, at: number): Set<string> {
  const { from, to } = clauseSpan(text, at, STATEMENT_BOUNDARY);
  return new Set(words(text.slice(from, to)).map(canonical));
}

/** Where the clause a number stands in begins and ends: at commas, semicolons and conjunctions. */
export function clauseSpan(text: string, at: number, boundary: RegExp = CLAUSE_BOUNDARY): { from: number; to: number } {
  boundary.lastIndex = 0;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index! < at) from = m.index! + m[0].length;
    else if (m.index! > at + 3) {
      to = m.index!;
      break;
    }
  }
  return { from, to };
}

/**
 * Share of the question's words found in the number's own clause ("roughly 5,600 will be moved
 * to other NATO countries" holds "moved"; "About 6,400 … will return home" holds "return").
 */
export function nearness(clause: Set<string>, questionWords: string[]): number {
  const wanted = new Set(questionWords.filter((w) => w.length > 3 && !STOPWORDS.has(w)).map(canonical));
  if (wanted.size === 0) return 0;
  // As `coverage` reads words: the same first five letters are the same word ("injurd" typed for "injur…").
  const prefixes = new Set([...clause].filter((t) => t.length >= 5).map((t) => t.slice(0, 5)));
  return [...wanted].filter((w) => clause.has(w) || (w.length >= 5 && prefixes.has(w.slice(0, 5)))).length / wanted.size;
}

/**
 * The verb a bare number stands by is one the question uses, by meaning: right before it
 * ("killing 107" for "died"), or right after it past auxiliaries ("39 were rescued", "hundreds
 * killed"), or the state it is in ("80,000 in attendance" for "attended", "20 still in hospital").
 */
export function verbBeside(text: string, x: Quantity, questionWords: string[]): boolean {
  const asked = new Set(questionWords.filter((w) => !STOPWORDS.has(w)).map(canonical));
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, x.start - 40), x.start))?.[1]?.toLowerCase();
  if (before && /(ing|ed)$/.test(before) && asked.has(canonical(before))) return true;
  const after = /^\s+((?:(?:were|was|are|is|have|has|had|been|being|still|also|later|reportedly)\s+)*)(in\s+)?(\p{L}+)/iu.exec(text.slice(x.end));
  if (!after) return false;
  const word = after[3]!.toLowerCase();
  // "39 were rescued", "hundreds killed": a participle; "80,000 in attendance": the state the counted are in.
  const fits = after[2] ? !STOPWORDS.has(word) : /(ed|en|ing)$/.test(word) || Boolean(after[1]);
  return fits && !STOPWORDS.has(word) && asked.has(canonical(word));
}

/** What a sum of money is for: the words after "in", "of", "for" or "on" ("$2 million in emergency aid", "£3m for repairs"). */
export function moneyFor(text: string, x: Quantity): string[] {
  // "estimate damages at one billion reais", "a fine of €800": the noun the sum is said of, before it.
  const named = SUM_OF.exec(text.slice(Math.max(0, x.start - 60), x.start));
  const before = named && !STOPWORDS.has(named[1]!.toLowerCase()) ? [canonical(named[1]!.toLowerCase())] : [];
  const m = /^\s*(?:in|of|for|on|worth of)\s+([^,;:.()]*)/i.exec(text.slice(x.end));
  if (!m) return before;
  const phrase = words(m[1]!);
  const end = phrase.findIndex((w, i) => i > 0 && STOPWORDS.has(w));
  return [...phrase.slice(0, end < 0 ? 5 : Math.min(end, 5)).filter((w) => !STOPWORDS.has(w)).map(canonical), ...before];
}
/** What a measure in its units is of: "30 centimetres of | snow", "5,000 hectares of | forest"; empty for any other number. */
export function measureOf(text: string, x: Quantity): string[] {
  if (!x.unit || x.measure === "count" || x.measure === "money" || x.measure === "percent") return [];
  const at = text.indexOf(x.phrase, x.start);
  if (at !== x.start) return [];
  const m = /^\s+of\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/u.exec(text.slice(at + x.phrase.length));
  return m ? words(m[1]!).filter((w) => !STOPWORDS.has(w)).map(canonical) : [];
}
/** "damages at", "a cost of", "losses estimated at", "a bill totalling": the noun a sum right after is the size of. */
const SUM_OF = /\b(\p{L}+)\s+(?:(?:estimated|put|valued|set|placed|pegged)\s+)?(?:at|of|totall?ing|amounting to)\s+(?:about|around|nearly|almost|some|an estimated|more than|over|up to)?\s*$/iu;

/**
 * The name a number is said of right after it and its noun: "12 people in Orrin | and 3 in Vell"
 * gives Orrin for 12 and Vell for 3; nothing when no capitalised name follows so.
 */
export function placeOfNumber(text: string, x: Quantity): string[] {
  const m = /^(?:\s+\p{Ll}[\p{L}-]*){0,3}?\s+(?:in|at|from|across)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/u.exec(text.slice(x.end));
  return m ? words(m[1]!).filter((w) => !STOPWORDS.has(w)).map(canonical) : [];
}
