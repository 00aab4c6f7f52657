// The source "according to" names when `subjectAfter` reads none: a person after a title of
// several words ("according to Afghan Ambassador to the United States Ann Roe,"), or a group
// described in a few words, a capitalised one among them ("according to Iranian human rights
// activists,", "according to the organisers of the Pride,").
import type { Entity } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { PLACE_ALIASES, STOPWORDS } from "./lexicon.ts";
import { subjectAfter } from "./subjectAfter.ts";
import { isPerson, type Subject } from "./speechSubject.ts";
import type { Token } from "./speechTypes.ts";

/** Words a title or description may run over before the person it describes ("Ambassador to the United States"). */
const MAX_TITLE_TOKENS = 10;
/** Words a group described without a name may take ("Iranian human rights activists"). */
const MAX_GROUP_WORDS = 6;
/** Words inside a description that are no noun of it: "the organisers of the Pride". */
const LINKS = new Set(["of", "for", "to", "in", "at", "the"]);
const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"]);

/**
 * The speaker "according to" names: `subjectAfter`'s, unless that is a word of nationality opening a
 * description ("according to Syrian human rights monitors": the monitors, not Syria); else the
 * source read here.
 */
export function accordingSpeaker(tokens: Token[], from: number, mentions: Array<NameMention & { entity: Entity | null }>): Subject | null {
  const after = subjectAfter(tokens, from, mentions);
  if (after && !(after.kind === "mention" && !after.text.includes(" ") && Object.hasOwn(PLACE_ALIASES, after.text.toLowerCase()))) return after;
  return accordingSource(tokens, from, mentions) ?? after;
}

/**
 * The source after "according to" (`from` is the word after "to") up to the comma or the sentence
 * end that closes it: a person named last in it, after words describing her; else a group of a few
 * words, none a person. Null when it reaches no such end (its words run on into the sentence).
 */
export function accordingSource(tokens: Token[], from: number, mentions: Array<NameMention & { entity: Entity | null }>): Subject | null {
  const mentionAt = (tok: Token) => mentions.find((m) => m.start <= tok.start && tok.start < m.end);
  const det = /^(the|a|an)$/.test(tokens[from]?.lower ?? "") ? tokens[from]! : null;
  const first = det ? from + 1 : from;
  let end = first;
  while (end < tokens.length && end - first < MAX_TITLE_TOKENS && !/^[,;:“”"()]$/.test(tokens[end]!.text) && !tokens[end]!.text.endsWith(".")) end++;
  // The sentence's full stop is part of its last token ("…, according to local health officials.").
  const last = tokens[end]?.text.endsWith(".") && end - first < MAX_TITLE_TOKENS ? end + 1 : end;
  if (last === first || (last === end && !/^[,;]$/.test(tokens[end]?.text ?? ""))) return null;
  const span = tokens.slice(first, last);
  // "Afghan Ambassador to the United States Ann Roe,": the person the words end with.
  const person = mentionAt(span.at(-1)!);
  if (person && isPerson(person)) {
    const before = span.filter((t) => t.start < person.start);
    // Title words only: "according to witnesses who saw Ann Roe" does not have her speak.
    const titleWord = (t: Token) => /^[\p{L}’'-]+$/u.test(t.text) && (LINKS.has(t.lower) || (!STOPWORDS.has(t.lower) && !/(?:ed|ing)$/.test(t.lower)));
    if (before.length > 0 && before.every(titleWord)) return { kind: "mention", start: person.start, end: person.end, mention: person, text: person.name };
    return null;
  }
  // "Iranian human rights activists", "the organisers of the Pride": no person, a lowercase noun
  // opening the description's head, a capitalised word only as its first word or a named body after a link.
  const words = span.filter((t) => !LINKS.has(t.lower));
  const head = span.findIndex((t) => LINKS.has(t.lower));
  const own = head < 0 ? span : span.slice(0, head);
  if (words.length > MAX_GROUP_WORDS || span.some((t) => { const m = mentionAt(t); return m && isPerson(m); })) return null;
  // "according to his official website": the pronoun's referent speaks (`subjectAfter`), never a group so named.
  if (own.length === 0 || POSSESSIVES.has(own[0]!.lower) || !/^\p{Ll}[\p{Ll}-]*\.?$/u.test(own.at(-1)!.text) || STOPWORDS.has(own.at(-1)!.lower.replace(/\.$/, ""))) return null;
  if (own.slice(1).some((t) => !/^\p{Ll}/u.test(t.text))) return null;
  const stop = span.at(-1)!;
  const text = `${det ? `${det.lower} ` : ""}${span.map((t) => t.text).join(" ")}`.replace(/\.$/, "");
  return { kind: "phrase", start: (det ?? span[0]!).start, end: stop.text.endsWith(".") ? stop.end - 1 : stop.end, text };
}
