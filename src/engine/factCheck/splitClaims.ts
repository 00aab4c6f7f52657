import { extractDates, type DateMention } from "../../analysis/extractDates.ts";
import { extractQuantities, type Quantity } from "../../analysis/extractQuantities.ts";
import { quoteSpans } from "../../analysis/speechTokens.ts";
import { findMentions } from "../../analysis/findMentions.ts";
import { ABBREVIATIONS, REPORTING_VERBS, SPEAKER_RELATIVE_DATE_WORDS } from "../../analysis/lexicon.ts";
import { isPlaceName } from "../../analysis/places.ts";
import { splitSentences } from "../../analysis/splitSentences.ts";

/** One checkable statement of a message, with the facts it states. */
export interface Claim {
  /** As the message wrote it (markup and mentions taken out). */
  text: string;
  /** Figures it gives: "10,000 US troops", "about 3,500". */
  quantities: Quantity[];
  /** Dates it gives that can be read without knowing when the message was written ("on January 6", not "yesterday"). */
  dates: DateMention[];
  /** Words it puts in quotation marks. */
  quotes: string[];
  /** Capitalised names it gives ("Trump", "Mike Pompeo"). */
  names: string[];
}

/** Discord markup that is no part of what a message claims: mentions, custom emoji, links, formatting characters. */
const MARKUP: ReadonlyArray<[RegExp, string]> = [
  [/<a?:\w+:\d+>/g, " "],
  [/<(?:@[!&]?|#)\d+>/g, " "],
  [/<t:\d+(?::\w)?>/g, " "],
  [/@(?:everyone|here)\b/g, " "],
  [/https?:\/\/\S+/g, " "],
  [/^>+\s?/gm, ""],
  [/[*_~`|]+/g, ""],
];

const SAYS = new RegExp(`^\\s+(${[...REPORTING_VERBS].join("|")})\\b`, "i");
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
const RELATIVE = new RegExp(`\\b(${SPEAKER_RELATIVE_DATE_WORDS.join("|")})\\b`, "i");
/** A year written out: the date holds on its own, and is compared with its year. */
export const HAS_YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;

/**
 * The claims of a message: its sentences (and the parts of a sentence joined by ";") that
 * state something checkable — a figure, a date, a quotation or a name. Questions claim
 * nothing; neither does "lol, great". `reference` is the date yearless dates are read
 * against (the newest article's), since a message has no publication date of its own;
 * `isKnownName` tells whether a sentence's first word is a name the articles know.
 */
export function splitClaims(message: string, reference: string, isKnownName: (name: string) => boolean = () => false): Claim[] {
  let text = message;
  for (const [pattern, replacement] of MARKUP) text = text.replace(pattern, replacement);
  const claims: Claim[] = [];
  for (const paragraph of text.split(/\n+/)) {
    for (const sentence of splitSentences(paragraph.replace(/\s+/g, " ").trim())) {
      for (const part of splitChat(sentence.text)) {
        const claim = readClaim(part.trim(), reference, isKnownName);
        if (claim) claims.push(claim);
      }
    }
  }
  return claims;
}

/**
 * Chat leaves sentences in lowercase ("10,000 troops in Iraq. crazy right"), which the sentence
 * splitter, written for news, reads as one sentence: a full stop after a word that is no
 * abbreviation ends a claim whatever follows, and so does a semicolon.
 */
function splitChat(sentence: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of sentence.matchAll(/([\p{L}.]+)[.!?]+\s+|;\s+/gu)) {
    const word = m[1]?.toLowerCase();
    if (word !== undefined && (ABBREVIATIONS.has(word) || word.length === 1 || word.includes("."))) continue;
    parts.push(sentence.slice(start, m.index! + m[0].length).trim());
    start = m.index! + m[0].length;
  }
  parts.push(sentence.slice(start).trim());
  return parts.filter(Boolean);
}

function readClaim(text: string, reference: string, isKnownName: (name: string) => boolean): Claim | null {
  if (!/\p{L}/u.test(text) || /\?\s*["”’)]*$/.test(text)) return null;
  const quantities = extractQuantities(text).filter((q) => q.measure !== "ordinal");
  const dates = extractDates(text, reference).filter((d) => !RELATIVE.test(d.text) && d.precision !== "range");
  const quotes = quoteSpans(text)
    .map((q) => q.text)
    .filter((q) => q.split(/\s+/).length >= 2);
  // A capitalised word opening the sentence is a name only when it is known as one ("Trump
  // wants out") or says something ("Biden said …"), not any sentence's first word ("Great news").
  const names = findMentions(text)
    .filter((m) => m.nameStart > 0 || m.kind !== "unknown" || m.name.includes(" ") || isKnownName(m.name) || SAYS.test(text.slice(m.end)))
    .map((m) => m.name);
  // Places are names too ("in Germany"), though the name finder leaves them out of its people and organisations.
  for (const run of text.match(CAPITALISED_RUN) ?? []) if (isPlaceName(run) && !names.includes(run)) names.push(run);
  if (quantities.length + dates.length + quotes.length + names.length === 0) return null;
  return { text, quantities, dates, quotes, names };
}
