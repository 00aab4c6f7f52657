// Who speaks in a sentence: the subject before or after a verb of saying (a name, a pronoun, a
// noun phrase); the one after it is read in `subjectAfter.ts`, the entity it stands for in `resolveSpeaker.ts`.
import type { Entity } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { FEMALE_NOUNS, MALE_NOUNS, OBJECT_PREPOSITIONS, PERSON_DESCRIPTIONS, PHRASAL_SAYING_VERBS, SENTENCE_OPENERS, REPORTING_VERBS, ROLE_HEADS, SAYING_PARTICIPLES, STANCE_VERBS, SPEECH_CHANNELS, STOPWORDS, SUBJECT_PREPOSITIONS, UTTERANCE_NOUNS, VERBS_ONLY_BEFORE_A_QUOTE } from "./lexicon.ts";
import type { Token } from "./speechTypes.ts";
import { clauseStart } from "./speechTokens.ts";
import { isRoleAppositiveLead } from "./roleAppositive.ts";

export const PRONOUNS = new Set(["he", "she"]);
/** Pronouns that stand for an organisation, a country or a group that spoke or acted last: "it added", "they said". */
export const NONPERSON_PRONOUNS = new Set(["it", "they"]);
const GAP_WORDS = new Set(
  ("also later then again further has have had was is were would will previously once on last this earlier recently in a an the statement interview at told reporters monday tuesday wednesday thursday friday saturday sunday yesterday today " +
    // "William J. Lynn III said": a generation after the name.
    "ii iii iv jr sr " +
    // "Officials here say": where the speakers are, between them and the verb.
    "here " +
    // "Ann Roe did say that …" (emphatic), "Ann Roe however stated …" (an adverb without its commas).
    "did does however").split(" "),
);
/** Role nouns that name a person ("the chief diplomat", "the spokesman") rather than a document or a group. */
export const PERSON_NOUNS = new Set([...ROLE_HEADS, "diplomat", "official", "spokesman", "spokeswoman", "envoy", "leader", "lawmaker", "minister", "secretary", "general", "commander", "president", "premier"]);

/** Those who speak for a body: a role noun that is never an epithet for the person just quoted. */
export const SPOKESPERSON = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/** A verb of saying, "according" (to), "(in the) words (of)" or "(quoted as) saying", anywhere in a text. */
export const SPEECH_WORD = new RegExp(`\\b(${[...REPORTING_VERBS, ...VERBS_ONLY_BEFORE_A_QUOTE, ...STANCE_VERBS, "expressed", "expresses", "appealed", "appeals", ...Object.keys(PHRASAL_SAYING_VERBS), ...Object.keys(SAYING_PARTICIPLES), "according", "words", "say", "add", "warn", "explain", "claim", "insist"].join("|")})\\b`, "i");

export interface Subject {
  kind: "mention" | "pronoun" | "phrase";
  start: number;
  end: number;
  mention?: NameMention & { entity: Entity | null };
  text: string;
}

/** The speaker named before the verb at `v`: a name (past an appositive), a pronoun, or a noun phrase ("the chief diplomat"). */
/** The last token before `v` past adverbs and time words between subject and verb ("Trump on Thursday said", "vaguely replied"). */
function pastGapWords(tokens: Token[], v: number, mentions: Array<NameMention & { entity: Entity | null }>): number {
  let k = v - 1;
  // "A US report, however, called …": an adverb set off by commas.
  if (tokens[k]?.text === "," && ASIDE_ADVERBS.has(tokens[k - 1]?.lower ?? "") && tokens[k - 2]?.text === ",") k -= 3;
  for (let gap = 0; k >= 0 && gap < 5 && ((tokens[k]!.lower.endsWith("ly") && tokens[k]!.lower.length > 3) || GAP_WORDS.has(tokens[k]!.lower)) && !mentions.some((m) => tokens[k]!.start >= m.start && tokens[k]!.end <= m.end); gap++) k--;
  return k;
}

/** A noun right before "of"/"for" a person, "in" a place or "at"/"from" a body, where the clause opens ("Aides of", "the media in the", "The teacher at"). */
const NOUN_BEFORE_NAME = /^\s*(?:the\s+|an?\s+)?(\p{L}+)\s+(of|for|in|at|from)\s+(?:the\s+)?$/iu;
/** Singular nouns for a group of people, which speak as a plural does ("Media in the Netherlands says"). */
const GROUP_NOUNS = new Set(["media", "staff", "family", "police"]);

/** Adverbs set off by commas between a subject and its verb ("The report, however, called …"). */
const ASIDE_ADVERBS = new Set(["however", "meanwhile", "though", "too", "also", "instead", "moreover", "nevertheless", "nonetheless", "therefore"]);

/** Characters an aside between dashes may hold before a verb of saying. */
const MAX_ASIDE_CHARS = 120;

/**
 * The token before an aside set off by dashes or brackets that ends right before token `v` ("X — who
 * … — argued", "Ann Roe (D-Vell) said", "Ann Roe (left) said"); `k` otherwise.
 */
function pastAside(sentence: string, tokens: Token[], k: number, v: number): number {
  if (k < 0) return k;
  const between = sentence.slice(tokens[k]!.end, tokens[v]!.start);
  // "Doctors Without Borders (MSF) said": an acronym in brackets is the body's short name, the speaker as written.
  const bracketed = /^\)/.test(between.trim()) && !/\(\s*[\p{Lu}\d&.-]{2,}\s*$/u.test(sentence.slice(0, tokens[k]!.end));
  if (!bracketed && between.search(/[—–]|--/) < 0) return k;
  const end = tokens[k]!.end;
  const open = bracketed ? sentence.lastIndexOf("(", end - 1) : Math.max(sentence.lastIndexOf("—", end - 1), sentence.lastIndexOf("–", end - 1), sentence.lastIndexOf("--", end - 1));
  if (open < 0 || end - open > MAX_ASIDE_CHARS || /[“”"]/.test(sentence.slice(open, end))) return k;
  let j = k;
  while (j >= 0 && tokens[j]!.start > open) j--;
  return j;
}

export function subjectBefore(sentence: string, tokens: Token[], v: number, mentions: Array<NameMention & { entity: Entity | null }>): Subject | null {
  let k = pastGapWords(tokens, v, mentions);
  // "Ann Roe — who is herself a farmer — argued …", "Ann Roe (D-Vell) said": step over an aside.
  k = pastAside(sentence, tokens, k, v);
  // "“… the face of Ted Lo,” said Vale": what stands before a closing quotation mark is quoted, never the speaker.
  if (k >= 0 && /[”"]/.test(sentence.slice(tokens[k]!.start, tokens[v]!.start))) return null;
  // "Jo Roe, a consultant to the council said", "Jo Roe of the Harbour party tweeted": the
  // person the clause opens with speaks; a name or noun in the words describing her does not.
  const described = k >= 0 ? describedOpeningPerson(sentence, tokens, v, k, mentions) : null;
  if (described) return described;
  // "the joint statement of which said": skip the relative "of which" / ", who".
  if (k >= 1 && tokens[k]!.lower === "which" && tokens[k - 1]!.lower === "of") k -= 2;
  if (k >= 0 && tokens[k]!.text === "who") {
    // "Jo Roe, a specialist with the Harbour Department, who said": "who" stands for a person,
    // the one named before the appositive, never the body that ends it.
    const owner = tokens[k - 1]?.text === "," ? appositiveOwner(sentence, mentions, tokens[k - 1]!) : null;
    if (owner) return owner;
    k -= tokens[k - 1]?.text === "," ? 2 : 1;
  }
  // "Mark Milley, chairman of the Joint Chiefs of Staff, warned", "A senior official, who
  // spoke on condition of anonymity, said": step over the appositive or relative clause.
  // "Professor Ann Roe, Director of the Salt Study, and Chair of the Iodine Council, says": past
  // titles in apposition to the person named before the first comma.
  if (k >= 0 && tokens[k]!.text === ",") {
    const owner = appositiveOwner(sentence, mentions, tokens[k]!);
    if (owner) return owner;
  }
  const namedJustBefore = k >= 1 && mentions.some((m) => tokens[k - 1]!.start >= m.start && tokens[k - 1]!.end <= m.end + 2);
  if (k >= 0 && tokens[k]!.text === "," && !namedJustBefore) {
    for (let c = k - 1; c >= 1 && k - c <= 16; c--) {
      if (tokens[c]!.text !== ",") continue;
      const before = tokens[c - 1]!;
      const named = mentions.some((m) => before.start >= m.start && before.end <= m.end + 2);
      if (named || tokens[c + 1]?.lower === "who" || /^[\p{Ll}]/u.test(before.text)) k = c - 1;
      break;
    }
  }
  if (k < 0) return null;
  const t = tokens[k]!;
  const mention = mentions.find((m) => t.start >= m.start && t.end <= m.end + 2);
  if (mention) {
    // "Aides of Ann Lee say", "Media in the United States says": the noun before "of" / "in" speaks, not the name after it.
    const group = NOUN_BEFORE_NAME.exec(sentence.slice(clauseStart(sentence, mention.start), mention.nameStart));
    // "The teacher at Vell High School reported": a person noun before "at" / "from" a body or place speaks too.
    const noun = group?.[1]!.toLowerCase() ?? "";
    const prep = group?.[2]!.toLowerCase();
    const fits = prep === "in" ? mention.kind === "place" : prep === "at" || prep === "from" ? !isPerson(mention) && PERSON_DESCRIPTIONS.has(noun.replace(/s$/, "")) : isPerson(mention) || mention.kind === "unknown";
    const pluralOrGroup = /s$/.test(noun) || GROUP_NOUNS.has(noun) || prep === "at" || prep === "from";
    if (group && pluralOrGroup && fits && !STOPWORDS.has(noun) && !ROLE_HEADS.has(noun) && (group.index === 0 || /^\p{Ll}/u.test(group[1]!))) {
      const from = mention.nameStart - group[0].length + group[0].indexOf(group[1]!);
      return { kind: "phrase", start: from, end: mention.end, text: sentence.slice(from, mention.end) };
    }
    // "Lydia Barnes for Food Standards Tasmania says": the person speaks, for the organisation.
    const person = !isPerson(mention) ? mentions.find((m) => isPerson(m) && m.end < mention.start && /^\s+(for|of|at|from)\s+(the\s+)?$/.test(sentence.slice(m.end, mention.start))) : undefined;
    const who = person ?? mention;
    // "Both the school district and the police department have asserted": the two together.
    const partner = !isPerson(who) ? mentions.find((m) => !isPerson(m) && m.end < who.start && /^\s*,?\s+and\s+(the\s+)?$/.test(sentence.slice(m.end, who.start))) : undefined;
    if (partner) return { kind: "phrase", start: partner.start, end: who.end, text: sentence.slice(partner.start, who.end) };
    return { kind: "mention", start: who.start, end: who.end, mention: who, text: who.name };
  }
  if (PRONOUNS.has(t.lower) || NONPERSON_PRONOUNS.has(t.lower)) return { kind: "pronoun", start: t.start, end: t.end, text: t.lower };
  // "Its statement added": the possessive before a skipped "statement" / "interview".
  if (POSSESSIVE_REFERENTS[t.lower] && UTTERANCES.has(tokens[k + 1]?.lower ?? "")) return { kind: "pronoun", start: t.start, end: t.end, text: POSSESSIVE_REFERENTS[t.lower]! };
  // "The board's statement said": the owner of the statement a gap word skipped speaks, "the board".
  if (/^[\p{Ll}-]+[’']s$/u.test(t.text) && UTTERANCES.has(tokens[k + 1]?.lower ?? "")) {
    const from = k >= 1 && /^(the|a|an)$/.test(tokens[k - 1]!.lower) ? tokens[k - 1]! : t;
    return { kind: "phrase", start: from.start, end: t.end - 2, text: sentence.slice(from.start, t.end - 2) };
  }
  // A noun phrase: "the chief diplomat", "the joint statement", "officials".
  const h = ofHead(tokens, k);
  if (h !== k) {
    // The body whose analysis, report or survey it is speaks through it.
    const owner = mentions.find((m) => !isPerson(m) && [h - 1, h - 2].some((i) => i >= 0 && tokens[i]!.start >= m.start && tokens[i]!.end <= m.end + 2 && /[’']s$/.test(tokens[i]!.text)));
    if (owner) return { kind: "mention", start: owner.start, end: owner.end, mention: owner, text: owner.name };
  }
  let j = phraseOpening(tokens, k);
  // "the foundation's treasurer said": a possessive before the role noun determines it too.
  if (j >= 0 && j < k && /^\p{L}+[’']s$/u.test(tokens[j]!.text)) {
    const from = j >= 1 && /^(the|a|an)$/.test(tokens[j - 1]!.lower) ? tokens[j - 1]! : tokens[j]!;
    return { kind: "phrase", start: from.start, end: t.end, text: sentence.slice(from.start, t.end) };
  }
  let det = j >= 0 && DETERMINERS.has(tokens[j]!.lower);
  let head = t.lower;
  if (STOPWORDS.has(head) || /^[“”",;:]$/.test(t.text)) return null;
  // A noun phrase after a preposition is no subject itself: "residents in the area said" is the
  // residents speaking; "X said today in comments reported on …" has no second speaker.
  const p = det ? j - 1 : j;
  if (p >= 1 && PREPOSITIONS_IN_SUBJECT.has(tokens[p]!.lower)) {
    const prev = tokens[p - 1]!;
    if ((p === 1 ? /^\p{L}[\p{Ll}-]*$/u : /^\p{Ll}[\p{Ll}-]*$/u).test(prev.text) && !STOPWORDS.has(prev.lower) && !GAP_WORDS.has(prev.lower) && !SPEECH_WORD.test(prev.text) && !/(ed|ing)$/.test(prev.lower)) {
      j = phraseOpening(tokens, p - 1);
      det = j >= 0 && DETERMINERS.has(tokens[j]!.lower);
      head = prev.lower;
    } else if (SPEECH_WORD.test(sentence.slice(0, tokens[p]!.start).split(/[“”";:]/).at(-1)!)) return null;
  }
  // "his remarks at the meeting described", "their statement said": the pronoun's referent speaks.
  const possessor = det ? POSSESSIVE_REFERENTS[tokens[j]!.lower] : undefined;
  if (possessor && UTTERANCES.has(head)) return { kind: "pronoun", start: tokens[j]!.start, end: tokens[j]!.end, text: possessor };
  if (det || /s$/.test(head) || PLURAL_HEADS.has(head)) {
    const from = det ? tokens[j]! : tokens[j + 1]!;
    return { kind: "phrase", start: from.start, end: t.end, text: sentence.slice(from.start, t.end) };
  }
  return null;
}

/** The person named before a comma whose appositive ("…, chairman of the staff,") ends at `comma`, if nothing between says or quotes anything. */
function appositiveOwner(sentence: string, mentions: Array<NameMention & { entity: Entity | null }>, comma: Token): Subject | null {
  const owner = mentions.filter((m) => isPerson(m) && m.end < comma.start && /^,/.test(sentence.slice(m.end))).at(-1);
  const between = owner ? sentence.slice(owner.end, comma.start) : "";
  if (!owner || between.length >= 220 || /[“”".;]/.test(between) || SPEECH_WORD.test(between) || /,\s*(who|which|that)\b/.test(between)) return null;
  return { kind: "mention", start: owner.start, end: owner.end, mention: owner, text: owner.name };
}

/** Words for a person that may stand right before a name: "president Ann Lee", "US citizen Ann Lee", "his father Bo". */
const DESCRIBES_PERSON = new Set([...PERSON_NOUNS, ...PERSON_DESCRIPTIONS, ...FEMALE_NOUNS, ...MALE_NOUNS]);

/** Words no appositive holds ("Ann Lee, 34, was charged, police said" is the police speaking): auxiliaries and finite verbs of a new clause. */
const FINITE_VERB = /\b(?:is|was|were|are|has|have|had|will|would|could|can|did|does|do)\b/i;
/** A body or place a person is "of" or "for" ("Lynn Roe of the Harbour party"). */
const PERSON_OF = /^\s+(?:of|for|at|from|with)\s+/;
/** Words that may describe a person right before her name where the clause opens ("25-year-old", "UK citizen"). */
const MAX_DESCRIBING_WORDS = 4;

/**
 * Whether a name after `lead` stands where its clause opens, as its subject: nothing before it,
 * or an opening phrase closed by a comma, then at most a few words describing the person
 * ("25-year-old", "UK citizen", "Aitchison's father"), none a small word or an "-ing" form
 * ("After meeting Ann Lee, …" names her as an object).
 */
export function opensClause(lead: string): boolean {
  if (/[“”"]/.test(lead)) return false;
  // "Norway's envoy to Canada, Lars Berg, …": a role in commas before the name.
  if (isRoleAppositiveLead(lead)) return true;
  const comma = lead.lastIndexOf(",");
  const describing = lead.slice(comma + 1).trim().split(/\s+/).filter(Boolean);
  // "US citizen": a word in capitals is an initialism, not "us".
  if (describing.length > MAX_DESCRIBING_WORDS || describing.some((w) => (STOPWORDS.has(w.toLowerCase()) && !/^the$/i.test(w) && !/^\p{Lu}{2,}$/u.test(w)) || /ing$/i.test(w))) return false;
  // The words end in a word for a person ("president", "citizen", "father"), an age or a title: "Police arrested Ann Lee" names her as an object.
  const last = describing.at(-1);
  // "ex-CIA", "pro-EU": a prefix on a name describes the person like the name would.
  if (last && !DESCRIBES_PERSON.has(last.toLowerCase()) && !/^\d+-year-old$/.test(last) && !/^\p{Lu}|^\p{Ll}+-\p{Lu}/u.test(last)) return false;
  // What a comma closes is an opening phrase ("After the welcome, …", "Speaking to reporters, …",
  // "However, …"), not a clause with its own subject ("The minister was greeted by the First Lady, Ann Lee").
  const opener = /^\s*([\p{L}]+)/u.exec(lead)?.[1]?.toLowerCase() ?? "";
  return comma < 0 || ((STOPWORDS.has(opener) || SENTENCE_OPENERS.has(opener) || /(?:ing|ed|ly)$/.test(opener)) && !PHRASE_OPENERS.has(opener) && !CLAUSE_SUBJECTS.has(opener));
}
/** Words that open a clause as its subject, so that no opening phrase: "He thanked the First Lady, Ann Lee". */
const CLAUSE_SUBJECTS = new Set(["he", "she", "it", "they", "we", "i", "you", "these", "those", "there", "here"]);

/**
 * "Jo Roe, a consultant to the council on trade said …", "Jo Roe, who tracks the sites for
 * Ledger News said …", "Jo Roe of the Harbour party tweeted …": the person a clause opens with
 * (after an opening phrase and a few words describing her) is its subject. What follows her name
 * up to the verb, an appositive or relative clause whether a comma closes it or not, or the body
 * she is of, describes her: a name or noun in it (the candidate at `k`) is no speaker. Not when
 * those words could open a clause of their own ("…, 34, was charged, police said"), name another
 * person first, or the verb is an aside ("Ann Lee, the mayor said, was …").
 */
function describedOpeningPerson(sentence: string, tokens: Token[], v: number, k: number, mentions: Array<NameMention & { entity: Entity | null }>): Subject | null {
  const verbAt = tokens[v]!.start;
  const from = clauseStart(sentence, verbAt);
  const possessive = (m: { end: number }) => /^[’']s\b/.test(sentence.slice(m.end));
  // "Netta, who performed …": a name the article has not typed is a person when "who" describes it.
  const relativeAfter = (m: { end: number }) => /^,\s*(?:who|whose)\b/.test(sentence.slice(m.end));
  const found = mentions.find((m) => (isPerson(m) || (m.kind === "unknown" && !m.entity && relativeAfter(m))) && m.start >= from && m.end < verbAt && !possessive(m));
  if (!found || tokens[k]!.start < found.end) return null;
  const person = isPerson(found) ? found : { ...found, kind: "person" as const };
  if (!opensClause(sentence.slice(from, person.start))) return null;
  const mid = sentence.slice(person.end, verbAt);
  const relative = /^,\s*(?:who|whose)\b/.test(mid);
  if (!relative && !/^,\s*[\p{L}\d]/u.test(mid) && !PERSON_OF.test(mid)) return null;
  if (/[“”"();:]/.test(mid) || SPEECH_WORD.test(mid) || (!relative && FINITE_VERB.test(mid))) return null;
  if (/\b(?:and|but)\s+(?:he|she|they|his|her|their|the|a|an)\b/i.test(mid)) return null;
  // A second comma closes the description: only the verb may follow it ("Ann Lee, a nurse, and her husband said" is two).
  const lastComma = mid.lastIndexOf(",");
  if (lastComma > mid.indexOf(",") && mid.slice(lastComma + 1).trim() !== "") return null;
  // "Ann Lee, Bob Roe said": a name right after the comma is no description of her.
  const opener = mentions.find((m) => m.start > person.end && /^,\s*$/.test(sentence.slice(person.end, m.start)));
  if (opener && isPerson(opener) && !possessive(opener)) return null;
  // "Ann Lee, the mayor said, was arrested": the verb is an aside, the mayor its speaker.
  if (/^\s*,\s*\p{Ll}/u.test(sentence.slice(tokens[v]!.end))) return null;
  return { kind: "mention", start: person.start, end: person.end, mention: person, text: person.name };
}

/** A preposition a few words before a name, past its title or appositive ("greeted by the First Lady, Ann Lee"). */
const OBJECT_BEFORE = new RegExp(`\\b(${OBJECT_PREPOSITIONS.join("|")})\\s+(?:[\\p{L}.’'-]+,?\\s+){0,6}$`, "iu");

/**
 * Whether a name whose sentence reads `textBefore` up to it is the object of a preposition
 * ("greeted by Ann Lee", "called on Bob Roe to act"): no one a later "he" or "she" stands for
 * first. Not a phrase the sentence opens with ("For Ann Lee, the show was a legend" is about her).
 */
export function namedAsObject(textBefore: string): boolean {
  const m = OBJECT_BEFORE.exec(textBefore);
  return !!m && /\S/.test(textBefore.slice(0, m.index).replace(/[“"]/g, ""));
}

const DETERMINERS = new Set(["the", "a", "an", "one", "this", "its", "his", "her", "their", "both", "many", "several"]);
/** Plural heads without an "-s" ("Both men say …", "Some women said …"). */
const PLURAL_HEADS = new Set(["men", "women", "people", "children", "police"]);
/** Words a subject's noun phrase opens after: its determiners, and "that". */
const PHRASE_OPENERS = new Set([...DETERMINERS, "that"]);
/** The pronoun a possessive pronoun stands for, as a speaker. */
const POSSESSIVE_REFERENTS: Record<string, string> = { his: "he", her: "she", its: "it", their: "they" };
const UTTERANCES = new Set([...UTTERANCE_NOUNS, ...SPEECH_CHANNELS]);
const PREPOSITIONS_IN_SUBJECT = new Set(SUBJECT_PREPOSITIONS);

/** A word of a subject's noun phrase, initials with full stops among them ("the U.S. military", "U.N. officials"). */
const PHRASE_WORD = /^(?:[\p{L}\d][\p{L}\d-]*|(?:\p{Lu}\.){2,})$/u;
/** Where the noun phrase ending at `k` opens: its determiner, or the word before its first word (up to four words). */
function phraseOpening(tokens: Token[], k: number): number {
  let j = k;
  while (j >= 0 && k - j < 4 && PHRASE_WORD.test(tokens[j]!.text) && !PHRASE_OPENERS.has(tokens[j]!.lower) && !(STOPWORDS.has(tokens[j]!.lower) && !/^\p{Lu}{2,}$/u.test(tokens[j]!.text) && j < k)) j--;
  return j;
}

/**
 * "PC Review's analysis of its own web traffic concluded": the subject's head stands before
 * "of", not at the end of the phrase after it. Returns the index of that head, or k itself.
 */
function ofHead(tokens: Token[], k: number): number {
  let j = k;
  while (j > k - 6 && j >= 2 && /^[\p{Ll}-]+$/u.test(tokens[j]!.text) && tokens[j]!.lower !== "of") j--;
  if (j === k || tokens[j]!.lower !== "of") return k;
  const head = tokens[j - 1]!;
  // Only a possessed noun ("X's analysis of"): "the head of the agency" and "some of the officials" keep their old reading.
  return /^\p{Ll}+$/u.test(head.text) && (/[’']s$/.test(tokens[j - 2]!.text) || /[’']s$/.test(tokens[j - 3]?.text ?? "")) ? j - 1 : k;
}

export function isPerson(m: NameMention & { entity: Entity | null }): boolean {
  return m.entity ? m.entity.kind === "person" : m.kind === "person";
}
