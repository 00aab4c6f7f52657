// The person a sentence is about as its subject, which a "he" or "she" in the next sentences
// stands for before anyone named since only as an object ("greeted by Bob Roe", "Roe's story").
import type { Entity } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { namedAsObject, opensClause } from "./speechSubject.ts";
import { quoteSpans } from "./speechTokens.ts";
import type { Statement } from "./speechTypes.ts";

/**
 * The person a sentence is about as its subject: the person named where it opens, past an
 * opening phrase and a few words describing her ("After the welcome, Ann Lee went …", "UK
 * citizen Ann Lee believes …"); else the person its opening "He"/"She" stands for; else the
 * person its reporting verb gives the quotation to ("“…,” Ann Lee said."). Null when the sentence
 * names no person as its subject ("The minister was greeted by Bob Roe."). Pure.
 */
export function sentenceTopic(text: string, mentions: Array<NameMention & { entity: Entity | null }>, statements: Statement[], openingPronoun: string | null, isPerson: (id: string) => boolean): string | null {
  const quotes = quotesIn(text);
  // "Aitchison's father Norrie said": a possessive names whose the subject is, not the subject.
  const first = mentions.find((m) => m.entity?.kind === "person" && !quotes.some((q) => m.start > q.start && m.start < q.end) && !/^[’']s\b/.test(text.slice(m.end)));
  if (first && opensClause(text.slice(0, first.start))) return first.entity!.id;
  if (openingPronoun) return openingPronoun;
  return statements.map((s) => s.speaker).filter(isPerson).at(-1) ?? null;
}

/**
 * Whether a sentence that gave no subject of its own names a person other than `topic` in a
 * place a later pronoun may stand for ("For Ann Lee, the show was a legend."): the topic is no
 * longer sure. Not one named only as whose something is ("Roe's story") or as a preposition's
 * object ("greeted by Bob Roe"). Pure.
 */
export function namesAnother(text: string, mentions: Array<NameMention & { entity: Entity | null }>, topic: string): boolean {
  if (!mentions.some((m) => m.entity?.kind === "person" && m.entity.id !== topic)) return false;
  const quotes = quotesIn(text);
  return mentions.some((m) => m.entity?.kind === "person" && m.entity.id !== topic && !quotes.some((q) => m.start > q.start && m.start < q.end) && !/^[’']s\b/.test(text.slice(m.end)) && !namedAsObject(text.slice(0, m.start)));
}

/** The quotations of a sentence; most have none, and are not read character by character for them. */
const quotesIn = (text: string) => (/[“”"]/.test(text) ? quoteSpans(text) : []);
