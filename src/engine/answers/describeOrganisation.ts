import { ORGANISATION_DESCRIPTIONS } from "../../analysis/lexicon.ts";

// What a sentence says an organisation is, read from the words around its name: a description
// before it ("the Internet security firm Secunia.com"), in apposition after it ("Secunia, a
// Danish security firm,") or as a predicate ("Secunia is a security firm").

const NOUNS = [...ORGANISATION_DESCRIPTIONS].join("|");
/** Up to three describing words and a kind-of-organisation noun, right before the name, after an article. */
const BEFORE = new RegExp(String.raw`\b(?:the|a|an)\s+((?:[\p{L}][\p{L}'’-]*\s+){0,3}(?:${NOUNS}))\s*,?\s*$`, "iu");
/** ", a Danish security firm," / " is the country's largest carrier" / ", Europe's largest retailer,": an article or an owner, a few words, the noun. */
const AFTER = new RegExp(String.raw`^(?:\s*,\s*|\s+(?:is|was|has been)\s+)((?:a|an|the|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}][\p{L}'’-]*\s+){0,4}?(?:${NOUNS})\b(?:\s+(?:of|in|from|for|based in)\s+(?:the\s+)?[\p{L}][\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?)`, "iu");

/** What the sentence says of the organisation named at [start, end), or null. */
export function describeOrganisationAt(text: string, start: number, end: number): string | null {
  const before = BEFORE.exec(text.slice(Math.max(0, start - 100), start));
  if (before) return before[1]!.trim();
  const after = AFTER.exec(text.slice(end, end + 160));
  return after ? after[1]!.trim() : null;
}
