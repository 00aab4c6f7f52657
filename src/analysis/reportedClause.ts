// What a verb of saying reports, as text: the quotation with the clause it finishes, the clause
// after the verb (whom it was told left out), or the words before the speaker ("…, X said").
import type { Entity } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { ADDRESSEES, SAYING_PARTICIPLES } from "./lexicon.ts";
import type { Subject } from "./speechSubject.ts";
import type { Token } from "./speechTypes.ts";
import { wordsIn, type Quote } from "./speechTokens.ts";
import { isRoleAppositiveLead } from "./roleAppositive.ts";

type Mentioned = NameMention & { entity: Entity | null };

/** What the verb reports, when no quotation carries it: the clause after it, or the words before the speaker. */
export function reportedClause(sentence: string, tok: Token, found: Subject | null, according: boolean, quote: Quote | null, mentions: Mentioned[]): string {
  let clause = sentence.slice(according && found ? found.end : tok.end).replace(/^[\s,:]*(that\b[\s,]*)?/, "").replace(/[.\s]+$/, "");
  // "told The Huffington Post, US ozone has dropped", "told reporters the talks failed": whom it was told is not what was said.
  if (/^(told|tells|telling)$/i.test(tok.text)) {
    clause = clause.replace(/^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}\p{Lu}[\p{L}.’'-]*\s*,\s+(?=\S)/u, "");
    clause = clause.replace(TOLD_ADDRESSEE, "");
    // "told the BBC the talks failed", "told Karzai he was wrong": a name right before the clause's own subject.
    clause = clause.replace(/^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?=(?:that\s+)?(?:the|a|an|he|she|it|they|his|her|its|their|there|we|i)\s)/u, "").replace(/^that\s+/, "");
  }
  // "said the dam was safe, adding that …": the next verb of saying reports its own clause.
  clause = clause.replace(NEXT_SAYING, "");
  // "said at a think tank event earlier this month that he expected …": the reported words follow "that".
  const that = /^[^“"]{0,70}?\bthat\s+/.exec(clause);
  if (that && !/^that\s/.test(clause)) clause = clause.slice(that[0].length);
  // "…, Xinhua reported." reports what came before it.
  // "…, Xinhua reported." / "…, Esper told reporters at the Pentagon.": the words before the speaker.
  const before = found ? sentence.slice(0, found.start).replace(/[\s,”"]+$/, "") : "";
  const rawAfter = sentence.slice(tok.end).trim();
  // "…, Esper announced on Wednesday, a move that …": nothing is reported after the verb.
  // "…, Carter told Marines at the combat center today.": whom and where it was told, nothing more.
  const toldOnly = /^(told|tells)$/i.test(tok.text) && TOLD_WHOM_ONLY.test(rawAfter.replace(/[.\s]+$/, ""));
  const nothingAfter = toldOnly || /^(?:(?:on|in|at|last|this|earlier|later|late|early)\b[^,“"]{0,30})?[,.;]/.test(rawAfter);
  // "In an interview with the Star, Pell said …": a phrase setting the scene reports nothing.
  const framing = FRAMING_OPENER.test(before);
  // "A spokeswoman for the Vell Fire Service, Ida Lund, said crews …": the role in commas before
  // the speaker's name is who she is, not what she said.
  const role = found !== null && isRoleAppositiveLead(sentence.slice(0, found.start));
  // "The committee's chairman, Ann Roe, said it was close": a speaker set off by commas before the verb
  // stands in apposition to a title, which is no statement; a short clause after the verb is what was said.
  const apposed = found !== null && found.end <= tok.start && /^\s*,/.test(sentence.slice(found.end, tok.start));
  const reportsWhatCameBefore =
    /,\s*$/.test(sentence.slice(0, found?.start ?? 0)) && wordsIn(before) >= 6 && !(framing && !nothingAfter) && !role && (nothingAfter || (wordsIn(clause) <= 6 && !/^that\b/.test(rawAfter) && !apposed));
  if (found && before && (!clause || reportsWhatCameBefore)) clause = before;
  // "Recipients, said Mauer, are required to …": the speaker set in commas inside the clause it reports.
  // "Servicemembers, Lynn said, are working …": or before the verb.
  const after = found && found.start > tok.start;
  const opening = sentence.slice(0, after ? tok.start : found?.start ?? 0);
  const closing = found ? sentence.slice(after ? found.end : tok.end) : "";
  if (found && !quote && !according && /\S\s*,\s*$/.test(opening) && /^\s*,\s*\p{Ll}/u.test(closing) && !/^\s*,\s*(?:that|who|which|adding|saying|as|but|and)\b/.test(closing) && /^\s*$/.test((after ? sentence.slice(tok.end, found.start) : sentence.slice(found.end, tok.start)).replace(/^\s*(the|a|an|also|then|later)\s*$/i, ""))) {
    clause = `${opening.replace(/[\s,]+$/, "")} ${closing.replace(/^\s*,\s*/, "").replace(/[.\s]+$/, "")}`;
    // The sentence's capital is not the clause's, unless a name starts it.
    if (!mentions.some((m) => m.start === 0 && m.entity) && /^\p{Lu}\p{Ll}+\b(?![.’'-])/u.test(clause)) clause = clause.charAt(0).toLowerCase() + clause.slice(1);
  }
  return clause;
}

/**
 * A participle of saying after a comma, or "but/and" with a verb of saying: where the next statement
 * begins. Not one a verb follows: "said no warning had been issued" (a noun).
 */
const NEXT_SAYING = new RegExp(`,?\\s+(?:(?:${Object.keys(SAYING_PARTICIPLES).join("|")})(?!\\s+(?:had|has|have|was|were|is|are|will|would|could|can|may|might|should|must)\\b)|(?:but|and)\\s+(?:also\\s+)?(?:said|added|noted|warned|stressed|insisted))\\b.*$`, "s");

/** Openings of a phrase that sets the scene of a statement rather than report it: "In an interview with …", "Speaking to reporters, …". */
const FRAMING_OPENER = /^(?:in|at|on|during|after|before|later|earlier|speaking|writing|asked|responding|talking|interviewed|addressing|when)\b[^,;“"]*$/i;

/** "Marines at the base in California today", "reporters": only the addressee of "told" and where or when, no clause. */
const TOLD_WHOM_ONLY = new RegExp(`^(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.’'-]*\\s*)+|(?:${ADDRESSEES.join("|")})\\b)(?:\\s*(?:at|in|on|during|aboard|via|by|from|while|after|before)\\b(?![^“"]*\\bthat\\b)[^“",;]*)?$`, "u");

/** "reporters on Monday that", "the court," after "told": whom it was told, up to what was said. */
const TOLD_ADDRESSEE = new RegExp(`^(?:(?:the|a|an)\\s+)?(?:${ADDRESSEES.join("|")})\\b(?:\\s+(?:on|in|at|last|this)\\b[^,“"]{0,30}?(?=\\s+that\\b|,))?[\\s,]*(?:that\\b[\\s,]*)?(?=\\S)`, "i");

/**
 * A quotation that finishes a clause the article began ("Aid to Haiti “is helping”," X said): the
 * clause with it, so what it is about counts; otherwise the quotation alone.
 */
export function withSubject(sentence: string, quote: Quote, verb: Token): string {
  const lead = sentence.slice(0, quote.start);
  if (quote.start > verb.start || !/^\p{Ll}/u.test(quote.text) || !/[\p{L}\d]\s*$/u.test(lead) || /[“”"]/.test(lead)) return quote.text;
  return `${lead.trim()} “${quote.text}”`;
}

/** "news agency, quoting the ministry, the army has …" → "the army has …": what "according to X" reports. */
export function afterSource(clause: string): string {
  const rest = clause.replace(/^(?:\s+[\p{Ll}-]+){0,3}\s*,\s*/u, "").replace(/^(?:quoting|citing)\b[^,“"]{0,120},\s*/, "");
  return rest || clause;
}
