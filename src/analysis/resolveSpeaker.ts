// The entity a speaker stands for: a name, a pronoun for the last person or body that spoke or
// acted, a role noun for whom holds the role, or a new group ("officials", "a senior official").
import type { Entity, EntityRegistry } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { PERSON_DESCRIPTIONS, ROLE_MODIFIERS, STOPWORDS } from "./lexicon.ts";
import { agreesWith, pronounGender, unnamedStandsFor } from "./personalPronouns.ts";
import { isPlaceName } from "./places.ts";
import { namedAsObject, NONPERSON_PRONOUNS, PERSON_NOUNS, SPOKESPERSON, type Subject } from "./speechSubject.ts";
import type { DiscourseState, Statement } from "./speechTypes.ts";
import { canonical, words } from "./text.ts";

/**
 * "“…,” Ann Lee said. … She called on Bob Roe to act. “…,” she stated": the person the last
 * sentences were about as their subject (`DiscourseState.topic`) when she is also the last
 * speaker, from this paragraph or the one before; a pronoun goes to her before anyone named since
 * as an object.
 */
export function topicSpeaker(state: DiscourseState, registry: EntityRegistry, paragraph: number): Entity | undefined {
  const t = state.topic;
  return t && t.id === state.lastSpeaker?.id && t.paragraph >= paragraph - 1 ? registry.byId.get(t.id) : undefined;
}

/** The entity a subject stands for: named, a pronoun for the last person or actor, a role noun for whom holds the role, or a new group. */
export function resolveSpeaker(
  s: Subject,
  state: DiscourseState,
  registry: EntityRegistry,
  mentions: Array<NameMention & { entity: Entity | null }>,
  at: number,
  inQuote: (pos: number) => boolean,
  sentence = "",
  paragraph = 0,
): { entity: Entity; via: Statement["via"] } | null {
  if (s.kind === "mention") {
    const m = s.mention!;
    if (m.entity) return { entity: m.entity, via: "name" };
    // An unknown single word as a speaker: a news agency, a capital standing for its government, or a person.
    const e = registry.add(m.name, m.kind === "place" ? "place" : m.kind === "person" ? "person" : "organisation", m.role);
    m.entity = e;
    return { entity: e, via: "name" };
  }
  // Who the sentence's quotations name in the third person ("He said, “Ada Vance was the
  // centre of it all”") is what is spoken of, not who speaks: a pronoun skips them.
  const quoted = new Set(mentions.filter((m) => m.entity?.kind === "person" && inQuote(m.start)).map((m) => m.entity!.id));
  // "She said" goes to the last person who may be a woman: one the article called "he" is passed over.
  const wanted = s.kind === "pronoun" ? pronounGender(s.text) : null;
  const agrees = (e: Entity | null | undefined) => agreesWith(e, wanted);
  const lastPerson = (): Entity | undefined => {
    // "Diaz said she …": a person this sentence names before the pronoun — not one named as an
    // object of a preposition ("Again accompanied by Roe, she recounted …").
    const inSentence = mentions.filter((m) => m.end <= at && m.entity?.kind === "person" && !inQuote(m.start) && agrees(m.entity) && (s.kind !== "pronoun" || !namedAsObject(sentence.slice(0, m.start)))).at(-1)?.entity;
    if (inSentence) return inSentence;
    // The person the last sentences were about as their subject, and who spoke last, before anyone named since only as an object.
    const topic = s.kind === "pronoun" ? topicSpeaker(state, registry, paragraph) : undefined;
    if (topic && agrees(topic) && !quoted.has(topic.id)) return topic;
    const recent = [...state.persons].reverse().filter((p) => s.kind !== "pronoun" || !quoted.has(p));
    const id = recent.find((p) => agrees(registry.byId.get(p)));
    return id ? registry.byId.get(id) : undefined;
  };
  if (s.kind === "pronoun" && NONPERSON_PRONOUNS.has(s.text)) {
    // "…, it added": the organisation, country or group that spoke last, or was last named as an actor.
    // "It": a body that opened the sentence before (or one of its paragraph's) as its subject, since anyone spoke, comes first.
    const since = s.text === "it" && state.actorSince && state.actorSince.paragraph >= paragraph - 1 ? state.actorSince.name : undefined;
    const speaker = state.lastSpeaker ? registry.byId.get(state.lastSpeaker.id) : undefined;
    if (speaker && speaker.kind !== "person" && !since) return { entity: speaker, via: "pronoun" };
    const actor = since ?? state.actors?.at(-1);
    return actor ? { entity: registry.find(actor) ?? registry.add(actor, isPlaceName(actor) ? "place" : "organisation", null), via: "pronoun" } : null;
  }
  if (s.kind === "pronoun") {
    // "A spokesman for the council said … He added …": the unnamed speaker, if no one was named since.
    const one = state.unnamed;
    const namedHere = mentions.some((m) => m.end <= at && m.entity?.kind === "person" && !inQuote(m.start));
    if (one && state.lastSpeaker?.id === one.id && state.persons.length === one.persons && !namedHere) {
      const e = registry.byId.get(one.id);
      if (e) return { entity: e, via: "pronoun" };
    }
    // "… one of their daughters escaped. She said …": the woman not named, so no one named said it.
    if (unnamedStandsFor(state, wanted) && !namedHere) return null;
    const e = lastPerson();
    return e ? { entity: e, via: "pronoun" } : null;
  }
  // "A senior official said": someone new, unnamed — never someone already in the article.
  if (/^(a|an|one)\s/i.test(s.text)) return { entity: registry.add(s.text, "group", null), via: "group" };
  const phrase = s.text.replace(/^(the|a|an|this|its|his|her|their)\s+/i, "");
  const known = registry.find(phrase);
  if (known) return { entity: known, via: "role" };
  const nouns = words(phrase);
  const head = nouns.at(-1) ?? "";
  if (PERSON_NOUNS.has(head)) {
    // A role noun: the person whose title shares its words, else the one just quoted or named.
    const stems = new Set(nouns.map(canonical));
    const byRole = [...state.persons].reverse().map((id) => registry.byId.get(id)!).find((e) => e.roles.some((r) => words(r).some((w) => stems.has(canonical(w)) && !STOPWORDS.has(w))));
    const speaker = state.lastSpeaker ? registry.byId.get(state.lastSpeaker.id) : undefined;
    // "The police spokesman said" after the mayor spoke: a role that says whose it is ("police"),
    // or a spokesperson's, held by no one named, is someone new — never the last person by default.
    const specific = nouns.slice(0, -1).some((w) => !ROLE_MODIFIERS.has(w) && !STOPWORDS.has(w)) || SPOKESPERSON.has(head);
    const e = byRole ?? (specific ? undefined : (speaker?.kind === "person" ? speaker : undefined) ?? lastPerson());
    if (!e) return specific ? { entity: registry.add(s.text, "group", null), via: "group" } : null;
    registry.addAlias(e, phrase);
    return { entity: e, via: "role" };
  }
  // "“…,” the nurse said" after "Ann Roe, a 45-year-old nurse,": a description, unlike a title, is
  // only ever someone the article so described ("the nurse", "the 45-year-old"), never the last person by default.
  const aged = AGED.test(phrase);
  if (PERSON_DESCRIPTIONS.has(head) || aged) {
    const says = (role: string) => (aged ? role.toLowerCase().split(/\s+/).includes(phrase.toLowerCase()) : words(role).includes(head));
    const described = [...state.persons].reverse().map((id) => registry.byId.get(id)!).find((e) => e.roles.some(says));
    if (described) {
      registry.addAlias(described, phrase);
      return { entity: described, via: "role" };
    }
  }
  // "The union wrote" after "the Harbour Union": the one body the article names with that last word.
  if (/^the\s+\p{Ll}+$/iu.test(s.text)) {
    const bodies = [...registry.byId.values()].filter((e) => e.kind === "organisation" && e.id.includes(" ") && e.id.split(" ").at(-1) === head);
    if (bodies.length === 1) return { entity: bodies[0]!, via: "role" };
  }
  // A document or a group speaks for itself: "the joint statement", "officials".
  return { entity: registry.add(s.text, "group", null), via: "group" };
}

/** An age as a noun: "the 45-year-old". */
const AGED = /^\d+-year-old$/;
