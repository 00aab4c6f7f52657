// Speakers a sentence does not name where its verb stands: one person the article never names
// ("a spokesman for the council said …", "one official said"), and the subject a sentence opens
// with, who a participle of saying later in it ("…, saying …") speaks for.
import type { Entity } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { PERSON_DESCRIPTIONS, UNNAMED_FEMALE_NOUNS, UNNAMED_MALE_NOUNS } from "./lexicon.ts";
import { opensClause, PERSON_NOUNS, PRONOUNS, SPOKESPERSON, type Subject } from "./speechSubject.ts";
import type { DiscourseState, Token } from "./speechTypes.ts";
import type { Gender } from "./entities.ts";

/** "A spokesman for the council", "one senior official", "a police officer": one person, not named (the head noun is group 1). */
const ONE_UNNAMED = /^\s*(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:for|of|at|from|with)\s+.*)?$/su;

/** Whether a subject's words call its speaker one person without naming them. */
export function unnamedPerson(subject: string): boolean {
  const head = ONE_UNNAMED.exec(subject)?.[1];
  return !!head && (PERSON_NOUNS.has(head) || SPOKESPERSON.has(head) || PERSON_DESCRIPTIONS.has(head));
}

/**
 * The subject a sentence opens with, when it is a name ("Ann Lee praised …", "The Harbour Board
 * closed …"), a pronoun ("She praised …") or a short noun phrase before a verb in the past ("The
 * mayor closed …"): who a participle of saying later in it speaks for.
 */
/** What a sentence opens with before a name: whose role, the role, a comma ("Afghanistan's president, "). */
const POSSESSOR_ROLE_LEAD = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*[’']s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u;

export function openingSubject(sentence: string, tokens: Token[], mentions: Array<NameMention & { entity: Entity | null }>): Subject | null {
  const first = mentions[0];
  // "Afghanistan's president, Hamid Karzai criticized …": the role in commas is the person's, who is the subject.
  const titled = mentions.find((m) => m.kind === "person" && POSSESSOR_ROLE_LEAD.test(sentence.slice(0, m.start)));
  if (titled) return { kind: "mention", start: titled.start, end: titled.end, mention: titled, text: titled.name };
  if (first && /^(?:the\s+)?$/i.test(sentence.slice(0, first.start))) return { kind: "mention", start: first.start, end: first.end, mention: first, text: first.name };
  const t = tokens[0];
  if (t && PRONOUNS.has(t.lower)) return { kind: "pronoun", start: t.start, end: t.end, text: t.lower };
  // "US citizen Ann Lee, the mother of …, thought …", "In response, the charity Aid Now issued …",
  // "However, she criticised …": past an opening phrase and the words describing the subject.
  // "According to this Tarn Herald report, ex-mayor Ann Lee led …": a name inside the opening phrase is passed over.
  const described = mentions.find((m) => m.kind !== "place" && !/^[’']s\b/.test(sentence.slice(m.end)) && opensClause(sentence.slice(0, m.start).replace(/\bthe\s+(?:[\p{Ll}-]+\s+){0,2}$/u, "")));
  if (described) return { kind: "mention", start: described.start, end: described.end, mention: described, text: described.name };
  const pronoun = tokens.find((x, i) => i > 0 && i < 12 && PRONOUNS.has(x.lower) && tokens[i - 1]!.text === ",");
  if (pronoun && opensClause(sentence.slice(0, pronoun.start))) return { kind: "pronoun", start: pronoun.start, end: pronoun.end, text: pronoun.lower };
  // "The mayor closed …": a short noun phrase before a verb in the past.
  const phrase = /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?=\s+(?:has\s+|had\s+)?\p{Ll}+ed\b)/iu.exec(sentence);
  return phrase ? { kind: "phrase", start: 0, end: phrase[0].length, text: phrase[0] } : null;
}

/** Nouns for an unnamed woman or man (lexicon), for a cheap look before the longer patterns. */
const GENDERED_NOUN = new RegExp(String.raw`\b(?:${[...UNNAMED_FEMALE_NOUNS, ...UNNAMED_MALE_NOUNS].join("|")})s?\b`);
/** One person of a gender the article does not name: "one of their daughters", "a man" — not "the man Tom Lee". */
const unnamed = (nouns: string[]) => new RegExp(String.raw`\b(?:a|an|the|one of (?:their|his|her|the|its))\s+(?:[\p{Ll}-]+\s+)?(?:${nouns.join("|")})s?\b(?!\s+\p{Lu})`, "u");
const UNNAMED_WOMAN = unnamed(UNNAMED_FEMALE_NOUNS);
const UNNAMED_MAN = unnamed(UNNAMED_MALE_NOUNS);

/**
 * "… after one of their daughters escaped. She said …": a sentence telling of a woman or man it
 * does not name, after the last person it names, leaves "she" or "he" next to that person, not to
 * anyone named before. Remembered with how many persons were named then.
 */
export function noteUnnamedMention(sentence: string, lastNamedEnd: number, state: DiscourseState): void {
  // Most sentences tell of no such person: a cheap look for the nouns first.
  if (!GENDERED_NOUN.test(sentence)) {
    state.unnamedOf = null;
    return;
  }
  const rest = sentence.slice(lastNamedEnd);
  const gender: Gender | null = UNNAMED_WOMAN.test(rest) ? "female" : UNNAMED_MAN.test(rest) ? "male" : null;
  state.unnamedOf = gender ? { gender, persons: state.persons.length } : null;
}
