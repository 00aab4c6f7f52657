// "…, with X saying that …": a participle of saying whose subject is the noun phrase after "with"
// ("The teams will compete, with Ann Roe, head of the club, saying they had overreacted"; "India
// ended its watch, with a scientist at the centre noting that “…”"), not the sentence's subject.
import type { Entity } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { STOPWORDS } from "./lexicon.ts";
import { isPerson, type Subject } from "./speechSubject.ts";
import type { Token } from "./speechTypes.ts";

/** Tokens "with" may stand before the participle: the subject and a short description of it. */
const MAX_WITH_TOKENS = 14;

/** The index of the "with" that opens such a phrase before the participle at `v` (after a comma or opening the sentence), or -1. */
export function withBefore(tokens: Token[], v: number): number {
  for (let k = v - 1; k >= Math.max(0, v - MAX_WITH_TOKENS); k--) {
    const t = tokens[k]!;
    if (/^[“”";:]$/.test(t.text)) return -1;
    if (t.lower === "with") return k === 0 || tokens[k - 1]!.text === "," ? (k + 1 < v - 1 || tokens[k + 1]!.text !== "," ? k : -1) : -1;
  }
  return -1;
}

/** The subject after "with" at `w`, up to the participle at `v`: a person it names, a body it opens with, or "a scientist" (its first nouns). */
export function subjectAfterWith(tokens: Token[], w: number, v: number, mentions: Array<NameMention & { entity: Entity | null }>): Subject | null {
  const span = tokens.slice(w + 1, v);
  const inSpan = mentions.filter((m) => m.start >= span[0]!.start && m.end <= span.at(-1)!.end);
  const person = inSpan.find(isPerson);
  if (person) return { kind: "mention", start: person.start, end: person.end, mention: person, text: person.name };
  if (inSpan[0] && inSpan[0].start === span[0]!.start) return { kind: "mention", start: inSpan[0].start, end: inSpan[0].end, mention: inSpan[0], text: inSpan[0].name };
  // "a scientist at the centre", "officials in the capital": the words before a preposition or a comma.
  const det = /^(the|a|an|one)$/.test(span[0]!.lower) ? 1 : 0;
  let j = det;
  while (j < span.length && j - det < 3 && /^[\p{Ll}-]+$/u.test(span[j]!.text) && !STOPWORDS.has(span[j]!.lower)) j++;
  if (j === det) return null;
  const words = span.slice(0, j);
  return { kind: "phrase", start: words[0]!.start, end: words.at(-1)!.end, text: words.map((t) => t.lower).join(" ") };
}
