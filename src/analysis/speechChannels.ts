// Documents as speakers: "The guild issued a statement. … the statement read", "Olsen's press
// release states": a document speaks for whoever issued or owns it.
import type { Entity, EntityRegistry } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import type { Subject } from "./speechSubject.ts";
import { CHANNELS } from "./subjectAfter.ts";
import { clauseStart } from "./speechTokens.ts";
import type { DiscourseState } from "./speechTypes.ts";

const ISSUING = /^\s*(?:\p{Ll}+ly\s+)?(?:has\s+|had\s+|have\s+)?(?:issued|released|published|posted|sent|put\s+out|wrote|shared|circulated)\s+(?:(?:a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/u;

/**
 * "The Textile Guild issued a statement on Tuesday.": remembers who issued which document, so that
 * a later "the statement read" or "the letter said" is theirs. Only a named subject opening the sentence.
 */
export function noteIssuedChannel(sentence: string, paragraph: number, mentions: Array<NameMention & { entity: Entity | null }>, state: DiscourseState, registry: EntityRegistry): void {
  if (state.issued && paragraph - state.issued.paragraph > 1) state.issued = null;
  // Most sentences issue nothing: a cheap test before looking for who did.
  if (!/\b(?:issued|released|published|posted|sent|put out|wrote|shared|circulated)\b/i.test(sentence)) return;
  const first = mentions[0];
  // "The guild issued …": a body named before by the noun its name ends with.
  const noun = /^the\s+(\p{Ll}+)\b/iu.exec(sentence);
  const named = noun && (!first || first.start > 0) ? [...registry.byId.values()].filter((e) => e.kind !== "person" && e.id.split(" ").at(-1) === noun[1]!.toLowerCase()) : [];
  const byNoun = named.length === 1 ? named[0] : undefined;
  const at = byNoun ? noun![0].length : first && /^(?:the\s+)?$/i.test(sentence.slice(0, first.start)) ? first.end : -1;
  if (at < 0) return;
  const m = ISSUING.exec(sentence.slice(at));
  if (!m || !CHANNELS.has(m[1]!)) return;
  const who = byNoun ? { entity: byNoun } : resolveSpeaker({ kind: "mention", start: first!.start, end: first!.end, mention: first!, text: first!.name }, state, registry, mentions, first!.start, () => false);
  if (who) state.issued = { id: who.entity.id, noun: m[1]!.replace(/s$/, ""), paragraph };
}

/**
 * The speaker a document stands for, when a document is the subject of a verb of saying: its owner
 * named with it ("Olsen's press release states", "a letter from the governor said", "a message on the
 * union's website reads"), or who last issued one ("the statement read"). Null when the subject before
 * `at` names no document, or the document no owner: then no one is guessed.
 */
export function channelOwner(sentence: string, at: number, mentions: Array<NameMention & { entity: Entity | null }>, state: DiscourseState, registry: EntityRegistry): Subject | { kind: "entity"; id: string } | null {
  // The subject: from the clause's start (past a quotation, a colon or a semicolon) to the verb.
  const from = clauseStart(sentence, at);
  const subject = sentence.slice(from, at);
  const ws = subject.trim().split(/\s+/);
  if (ws.length > 12 || !ws.some((w) => CHANNELS.has(w.toLowerCase().replace(/[,.]$/, "")))) return null;
  // A document named after the subject is no subject: "In a letter to the council, Holm said" is Holm.
  if (!/^\s*(?:(?:the|a|an|its|his|her|their|this|that)\s|\p{Lu})/iu.test(subject) || /,\s*$/.test(subject.trimEnd()) && !/^\s*(?:the|a|an)\s/i.test(subject)) return null;
  const inside = mentions.filter((m) => m.start >= from && m.end <= at);
  const owner = inside.find((m) => /^[’']s\b/.test(sentence.slice(m.end)) || /\b(?:from|by|of)\s+(?:the\s+)?$/i.test(sentence.slice(from, m.start)));
  if (owner) return { kind: "mention", start: owner.start, end: owner.end, mention: owner, text: owner.name };
  // "Olsen's press release" read as one name: the possessor, when the article knows it.
  const possessor = /^\s*((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)[’']s\s/u.exec(subject)?.[1];
  const known = possessor ? registry.find(possessor) : undefined;
  if (known) return { kind: "entity", id: known.id };
  const head = /^\s*the\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s*$/iu.exec(subject)?.[1];
  if (head && !inside.length && state.issued && state.issued.noun === head.replace(/s$/, "")) return { kind: "entity", id: state.issued.id };
  return null;
}

/** "X offered his explanation for …", "Y gave her reaction": words of X's follow, printed without a verb. */
const OFFERED_WORDS = /\b(?:offered|gave|provided|shared|voiced|expressed)\s+(?:his|her|their)\s+(?:own\s+)?(?:explanation|views?|reasons?|reaction|response|thoughts|opinion|assessment|account|comments?|remarks|take)\b/i;

/**
 * "Ann Roe, a spokeswoman, offered her explanation. “…”": a sentence in which the one person it
 * names offers their view announces the quotation that follows as that person's, as "X said:" does.
 */
export function noteOfferedWords(sentence: string, paragraph: number, mentions: Array<NameMention & { entity: Entity | null }>, state: DiscourseState): void {
  if (/[“"]/.test(sentence)) return;
  const m = OFFERED_WORDS.exec(sentence);
  if (!m) return;
  const people = mentions.filter((x) => x.end <= m.index && x.entity?.kind === "person");
  if (people.length !== 1) return;
  const id = people[0]!.entity!.id;
  state.lastSpeaker = { id, paragraph };
  state.announced = { id, verb: "said", paragraph };
}
