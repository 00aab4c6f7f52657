// "Norway's acting envoy to Canada, Lars Berg, …", "A spokesman for the mayor, Rita Vold, …": a
// sentence that opens with a role, in commas before the name of whoever holds it, is about that
// person as its subject — however the role goes on ("to Canada", "for the mayor", "of the union").
import { PERSON_WORDS } from "./lexicon.ts";
import { escapeRegExp } from "./text.ts";

/** Words that open a new clause, never part of a role ("The minister was greeted by the First Lady, …"). */
const FINITE_VERB = /\b(?:is|was|were|are|has|have|had|will|would|could|can|did|does|do|said|says|told|met|spoke)\b/i;

/**
 * The role's shape: a determiner or a possessor ("the", "a", "Norway's"), up to three words
 * before its noun ("acting deputy"), the noun, and at most one prepositional phrase of up to
 * five words ("to the United States", "for Gaddafi"), then the comma before the name.
 */
const ROLE_LEAD = new RegExp(
  String.raw`^\s*(?:(?:[Tt]he|[Aa]n?)\s+|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*[’']s\s+)(?:[\p{L}-]+\s+){0,3}?` +
    String.raw`(?:${[...PERSON_WORDS].map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${escapeRegExp(w.slice(1))}`).join("|")})` +
    String.raw`(?:\s+(?:to|for|of|at|in|with|from)\s+(?:[\p{L}.’'-]+\s+){0,4}[\p{L}.’'-]+)?,\s*$`,
  "u",
);

/**
 * Whether `lead` (the text of a sentence before a person's name) is a role in commas that the
 * name stands in apposition to, so the name is the sentence's subject. Pure.
 */
export function isRoleAppositiveLead(lead: string): boolean {
  if (lead.length > 120 || FINITE_VERB.test(lead) || /[“”"()]/.test(lead) || /\b(?:who|whom|whose|which|that)\b/i.test(lead)) return false;
  return ROLE_LEAD.test(lead);
}
