// The speaker named right after a verb of saying ("said KCNA", "according to the Pentagon", "said
// a witness", "according to a statement from the guild").
import type { Entity } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { DATA_SOURCES, SPEECH_CHANNELS, STOPWORDS } from "./lexicon.ts";
import { isPerson, PRONOUNS, type Subject } from "./speechSubject.ts";
import type { Token } from "./speechTypes.ts";

/** The subject form of a personal pronoun in its object form ("according to him"). */
const OBJECT_PRONOUNS: Record<string, string> = { him: "he", her: "she" };

/**
 * The speaker named right after a verb ("said KCNA", "according to the Pentagon", "said fire
 * chief Ann Lee", "said a witness"): a name (past the lowercase words describing it), a pronoun,
 * or a noun phrase that ends the clause.
 */
export function subjectAfter(tokens: Token[], from: number, mentions: Array<NameMention & { entity: Entity | null }>): Subject | null {
  // "according to the Pentagon": past the article.
  const det = /^(the|a|an|one)$/.test(tokens[from]?.lower ?? "") ? tokens[from++]! : null;
  const t = tokens[from];
  if (!t) return null;
  const mentionAt = (tok: Token) => mentions.find((m) => m.start <= tok.start && tok.start < m.end);
  // "said fire chief Ann Lee", "in the words of the Crown prosecutor, Ann Lee": the words before
  // a person's name (a body's name among them) describe that person, who speaks.
  const describedPerson = (k: number, oneOf = false): Subject | null => {
    let j = k;
    // "the Afghan team's coach, Ann Lee": a capitalised word may open the description.
    const word = (x: Token, at: number) => (at === k ? /^[\p{L}-]+(?:[’']s)?$/u : /^[\p{Ll}-]+(?:[’']s)?$/u).test(x.text) && !STOPWORDS.has(x.lower) && !(mentionAt(x) && isPerson(mentionAt(x)!));
    while (j < tokens.length && j - k < 4 && word(tokens[j]!, j)) j++;
    if (j === k || (j === k + 1 && /^\p{Lu}/u.test(tokens[k]!.text))) return null;
    // "said spokesperson for the United Nations High Commissioner for Human Rights, Rupert Colville": the body the role is of, then the name.
    const ofBody = pastBodyOfRole(tokens, j, mentionAt);
    // "according to multiple sources, Ann Lee posted …": words for several describe no one person.
    // ("said one of the judges, Ann Lee": one of several, named.)
    if (!oneOf && ofBody === j && tokens[j]?.text === "," && /[^s’']s$/.test(tokens[j - 1]!.lower)) return null;
    j = ofBody;
    const next = tokens[j]?.text === "," ? tokens[j + 1] : tokens[j];
    const named = next ? mentionAt(next) : undefined;
    return named && isPerson(named) ? { kind: "mention", start: named.start, end: named.end, mention: named, text: named.name } : null;
  };
  // "according to a (joint) statement from the guild", "figures from the council": the body that issued it.
  const channel = [t, tokens[from + 1]].findIndex((x) => x && (CHANNELS.has(x.lower) || SOURCES.has(x.lower)));
  if (channel >= 0 && (channel === 0 || /^[\p{Ll}-]+$/u.test(t.text))) {
    const by = tokens[from + channel + 1];
    const det2 = /^(the|a|an)$/.test(tokens[from + channel + 2]?.lower ?? "") ? 1 : 0;
    const named = by && /^(from|by|of)$/.test(by.lower) ? tokens[from + channel + 2 + det2] : undefined;
    const owner = named ? mentionAt(named) : undefined;
    if (owner) return { kind: "mention", start: owner.start, end: owner.end, mention: owner, text: owner.name };
    // "figures from the council": a body the article writes in lowercase, up to the clause's end.
    if (named && det2 && /^[\p{Ll}-]+$/u.test(named.lower) && /^[,.;]?$/.test(tokens[from + channel + 3 + det2]?.text ?? "")) return { kind: "phrase", start: tokens[from + channel + 2]!.start, end: named.end, text: `the ${named.lower}` };
  }
  // "according to the council's figures": the lowercase body whose figures they are.
  const possessor = /^([\p{Ll}-]+)[’']s$/u.exec(t.text);
  if (det && possessor && SOURCES.has(tokens[from + 1]?.lower ?? "")) return { kind: "phrase", start: det.start, end: tokens[from + 1]!.end, text: `${det.lower} ${possessor[1]}` };
  // "said one of the judges, Ann Lee": the person named after the group they are one of.
  if (det?.lower === "one" && t.lower === "of") return describedPerson(tokens[from + 1]?.lower === "the" ? from + 2 : from + 1, true);
  const mention = mentionAt(t);
  if (mention) {
    const past = isPerson(mention) ? -1 : tokens.findIndex((x) => x.start >= mention.end);
    return (past > 0 ? describedPerson(past) : null) ?? { kind: "mention", start: mention.start, end: mention.end, mention, text: mention.name };
  }
  if (PRONOUNS.has(t.lower)) return { kind: "pronoun", start: t.start, end: t.end, text: t.lower };
  // "According to him, …": the object form after "to".
  if (OBJECT_PRONOUNS[t.lower] && tokens[from - 1]?.lower === "to") return { kind: "pronoun", start: t.start, end: t.end, text: OBJECT_PRONOUNS[t.lower]! };
  const person = describedPerson(from);
  if (person) return person;
  let j = from;
  // "“…,” said the witness.": the full stop ending the sentence is part of the last token.
  const ends = (x: Token) => x.text.endsWith(".");
  // "said the mayor's office": a lowercase possessor may open the phrase. "said a woman sheltering
  // in a school": a participle after the noun describes the speaker, and is no part of the phrase.
  // A possessive inside the phrase is part of it when a lowercase noun follows ("said the prime minister's office").
  const possessive = (k: number) => /^[\p{Ll}-]+[’']s$/u.test(tokens[k]!.text) && (k === from || /^[\p{Ll}-]+\.?$/u.test(tokens[k + 1]?.text ?? ""));
  while (j < tokens.length && j - from < 4 && (/^[\p{Ll}-]+\.?$/u.test(tokens[j]!.text) || possessive(j)) && !STOPWORDS.has(tokens[j]!.lower) && !mentionAt(tokens[j]!) && !(j > from && PARTICIPLE.test(tokens[j]!.text))) {
    j++;
    if (ends(tokens[j - 1]!)) break;
  }
  if (j === from || /[’']s$/.test(tokens[j - 1]!.text)) return null;
  // "“…,” said a witness." / "“…,” said the spokesman.": a noun phrase ending the clause is the speaker;
  // so is one that an adjunct follows ("said the ministry in a statement", "said a woman sheltering in a school").
  const after = ends(tokens[j - 1]!) ? undefined : tokens[j];
  if (after && !/^[,.;:]$/.test(after.text) && !ADJUNCT_OPENERS.has(after.lower) && !(det && PARTICIPLE.test(after.text))) return null;
  const start = (det ?? t).start;
  const text = `${det ? `${det.lower} ` : ""}${tokens.slice(from, j).map((x) => x.lower).join(" ")}`;
  return { kind: "phrase", start, end: tokens[j - 1]!.end, text };
}

/** Past "for / of / at (the) <a body's name>" after a role's words ("spokesperson for the UN"), when a comma follows it; else `j` itself. */
function pastBodyOfRole(tokens: Token[], j: number, mentionAt: (t: Token) => (NameMention & { entity: Entity | null }) | undefined): number {
  if (!/^(for|of|at)$/.test(tokens[j]?.lower ?? "")) return j;
  const k = tokens[j + 1]?.lower === "the" ? j + 2 : j + 1;
  const body = tokens[k] ? mentionAt(tokens[k]!) : undefined;
  // "press secretary for the provincial governor, Ann Lee": a body the article writes in lowercase, then the comma.
  if (!body) {
    let end = k;
    while (end < tokens.length && end - k < LOWERCASE_BODY_WORDS && /^[\p{Ll}-]+$/u.test(tokens[end]!.text) && !STOPWORDS.has(tokens[end]!.lower)) end++;
    return end > k && tokens[end]?.text === "," ? end : j;
  }
  if (isPerson(body)) return j;
  const past = tokens.findIndex((x) => x.start >= body.end);
  return past > 0 && tokens[past]!.text === "," ? past : j;
}

/** Lowercase words a role's body may run to ("for the provincial governor"). */
const LOWERCASE_BODY_WORDS = 3;

/** Words that open an adjunct after a speaker's noun phrase: where, when or how it was said ("in a statement", "on Monday", "at a briefing"). */
const ADJUNCT_OPENERS = new Set(["in", "on", "at", "during", "after", "before", "via", "late", "earlier", "later", "yesterday", "today"]);
/** A participle describing the speaker ("sheltering", "speaking"): lowercase, ending in "-ing", longer than "king". */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;

/** Documents that speak for whoever issued them ("the statement read"), and sources of figures. */
export const CHANNELS = new Set(SPEECH_CHANNELS);
const SOURCES = new Set(DATA_SOURCES);
