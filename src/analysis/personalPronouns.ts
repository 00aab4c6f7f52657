// What a personal pronoun right after a name tells of it: "Adele, in her performance, …" makes
// Adele a person (a single word the article never titles is otherwise read as a body when it
// speaks) and a woman, so a later "she said" goes to her and not to the last man named.
import type { Entity, EntityRegistry, Gender } from "./entities.ts";
import type { NameMention } from "./mentionWords.ts";
import type { DiscourseState } from "./speechTypes.ts";
import type { LowercaseWords } from "./dropSentenceOpener.ts";
import { FEMALE_ADDRESS, FEMALE_NOUNS, MALE_ADDRESS, MALE_NOUNS } from "./lexicon.ts";

export type { Gender } from "./entities.ts";

const FEMALE = new Set(["she", "her", "hers", "herself"]);
const MALE = new Set(["he", "his", "him", "himself"]);
/** How far after a name its pronoun may stand: "Representative Ann Roe (D Ohio) was not changing her vote". */
const WINDOW_CHARS = 60;

/**
 * The gender of a possessive or reflexive pronoun that follows the mention in its own clause,
 * before any other name, quotation or clause break: "X, in her performance", "X, with his
 * wife", "X herself"; null when none does. Only after a preposition: "X told her" may be
 * someone else. Pure.
 */
export function pronounAfter(text: string, mention: Pick<NameMention, "end">, nextMentionStart: number): Gender | null {
  const stop = Math.min(nextMentionStart, mention.end + WINDOW_CHARS);
  const span = text.slice(mention.end, stop);
  const cut = span.search(CLAUSE_END);
  const m = POSSESSIVE.exec(cut >= 0 ? span.slice(0, cut) : span);
  return m ? genderOfMatch(m) : null;
}

/** "in her …", "with his …", "herself": a personal pronoun that says whose something is (group 1 or 2). */
const POSSESSIVE_SOURCE = String.raw`\b(?:in|on|with|at|for|from|by|during|into|through|about)\s+(her|his)\s+\p{Ll}|\b(herself|himself)\b`;
const POSSESSIVE = new RegExp(POSSESSIVE_SOURCE, "u");
const POSSESSIVES = new RegExp(POSSESSIVE_SOURCE, "gu");
/** Where a clause after a name ends: a mark or a word that opens another clause. */
const CLAUSE_BREAK_WORDS = String.raw`\s(?:and|but|while|whereas|because|after|before|when|who|whom|that)\s`;
const CLAUSE_END = new RegExp(String.raw`[;“"”]|${CLAUSE_BREAK_WORDS}`);
const CLAUSE_BREAK = new RegExp(CLAUSE_BREAK_WORDS);

const genderOfMatch = (m: RegExpExecArray | RegExpMatchArray): Gender => (/^her/.test(m[1] ?? m[2]!) ? "female" : "male");

/** Words before a name that tell a person's gender: "his wife Ann Roe", "Mrs Roe", "actress Ann Roe". */
const FEMALE_TITLE = new RegExp(String.raw`\b(?:${[...FEMALE_NOUNS, ...FEMALE_ADDRESS].join("|")})\.?\s+$`, "i");
const MALE_TITLE = new RegExp(String.raw`\b(?:${[...MALE_NOUNS, ...MALE_ADDRESS].join("|")})\.?\s+$`, "i");

/** The gender the words right before a name give it, or null. Pure. */
export function genderBefore(textBefore: string): Gender | null {
  const tail = textBefore.slice(-40);
  return FEMALE_TITLE.test(tail) ? "female" : MALE_TITLE.test(tail) ? "male" : null;
}

/** The gender a pronoun asks for: "she" a woman, "he" a man, others anyone. */
export function pronounGender(pronoun: string): Gender | null {
  const w = pronoun.toLowerCase();
  return FEMALE.has(w) ? "female" : MALE.has(w) ? "male" : null;
}

/** A capitalised single word ending the text before such a pronoun, with no other capital, mark or clause break after it. */
const WORD_BEFORE = /(?<![\p{L}’'.-])(\p{Lu}\p{Ll}{2,})(?:['’]s)?(?![\p{L}’'-])([^.;:“”"!?\p{Lu}]*)$/u;

/**
 * Single words the article treats as people by the pronouns after them ("Adele, in her
 * performance, …"), with their gender: read over the whole article first, so that a person
 * known only by one name is one from the first sentence that names her. Words the article also
 * writes in lowercase are common nouns opening a sentence. Read from each pronoun back, at most
 * WINDOW_CHARS: few sentences hold one. Pure.
 */
export function personsByPronoun(paragraphs: readonly string[], lowercase: LowercaseWords): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const p of paragraphs) {
    if (!/\b(?:her|his|herself|himself)\b/.test(p)) continue;
    for (const m of p.matchAll(POSSESSIVES)) {
      const from = Math.max(0, m.index! - WINDOW_CHARS - 20);
      const before = WORD_BEFORE.exec(p.slice(from, m.index!));
      if (!before || before[2]!.length > WINDOW_CHARS || CLAUSE_BREAK.test(before[2]!)) continue;
      // Only a word opening its sentence, its subject: "Bowie won a Grammy for his video" is no Grammy's.
      const at = from + before.index;
      if (!/(?:^|[.!?]["”’]?\s+|["“]\s*)$/.test(p.slice(Math.max(0, at - 4), at))) continue;
      const word = before[1]!;
      if (lowercase.has(word.toLowerCase()) || out.has(word)) continue;
      out.set(word, genderOfMatch(m));
    }
  }
  return out;
}

/**
 * The person a name followed by "her"/"his" stands for: an unknown single word or a one-word
 * body ("Adele said" registers Adele as a speaking body) becomes a person; a name of several
 * words that is no person ("the Grand Hotel, in its …" never gets here) is left as it is.
 */
export function personOf(registry: EntityRegistry, m: NameMention, entity: Entity | null, gender: Gender): Entity | null {
  const single = !m.name.includes(" ") && !/^[A-Z]{2,}$/.test(m.name);
  if (!entity && m.kind === "unknown" && single) entity = registry.add(m.name, "person", m.role);
  else if (entity?.kind === "organisation" && single) entity.kind = "person";
  if (entity?.kind === "person") entity.gender ??= gender;
  return entity;
}

/** Whether an entity may be what a pronoun of that gender stands for: one the article never gave the other gender. */
export function agreesWith(e: Entity | null | undefined, wanted: Gender | null): boolean {
  return !wanted || (e?.gender ?? wanted) === wanted;
}

/** "… one of their daughters escaped. She …": the last sentence told of a woman (or man) it does not name, after everyone it named. */
export function unnamedStandsFor(state: DiscourseState, wanted: Gender | null): boolean {
  return !!wanted && state.unnamedOf?.gender === wanted && state.unnamedOf.persons === state.persons.length;
}

/** The person a sentence's opening "He" or "She" stands for: the last one named who may be of that gender. */
export function openingPronounPerson(text: string, state: DiscourseState, registry: EntityRegistry): string | null {
  const m = /^[“"]?(He|She)\s/.exec(text);
  if (!m) return null;
  const wanted = pronounGender(m[1]!);
  if (unnamedStandsFor(state, wanted)) return null;
  // The person the last sentences were about and who spoke last, before anyone named since only as an object.
  const topic = state.topic && state.topic.id === state.lastSpeaker?.id ? registry.byId.get(state.topic.id) : undefined;
  if (topic && agreesWith(topic, wanted)) return topic.id;
  return [...state.persons].reverse().find((id) => agreesWith(registry.byId.get(id), wanted)) ?? null;
}
