// Who does what to what, read from parts of speech: "What do villagers float down the river?" asks
// for what is thrown (the verb's patient); "Who funded the study?" for who funds (its agent). In a
// sentence the agent stands before an active verb or after "by" in a passive ("The study was
// funded by the Wellcome Trust"), the patient after an active verb or before a passive one
// ("paper boats are floated down the river"). The general answerer (answerFactoid.ts) prefers the phrase
// that fills the asked role of the question's own verb.

import { stemmer } from "stemmer";
import { canonical } from "../../analysis/text.ts";
import { areRelated } from "../../analysis/relatedWords.ts";
import { EMPTY_VERBS, IRREGULAR_PAST, PASSIVE_AUXILIARIES, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, TAKES_INFINITIVE, VERB_PARTICLES } from "../../analysis/lexicon.ts";
import { hasEntry } from "../../analysis/ownEntry.ts";
import { tagWords, type PartOfSpeech, type TaggedWord } from "../../analysis/partsOfSpeech.ts";
import { textOf, type Span, type Token } from "./answerSpans.ts";

/** "complement": what the noun asked about is ("What was the main factor?" → "… factor was the rise in prices"). */
export type Role = "agent" | "patient" | "complement";

export interface AskedRole {
  /** The verb's lemma ("throw", "fund"). */
  lemma: string;
  /** Its canonical form, which a synonym of it shares. */
  verb: string;
  /** Its stem, by which the sentence's verb is matched ("funded" for "fund"). */
  stem: string;
  role: Role;
  /** For a complement, the lemma of the noun it is said of ("factor"). */
  subject?: string;
}

const QUESTION_WORDS = new Set(["what", "who", "whom", "which"]);
const DO = new Set(["do", "does", "did"]);
/** Tags that may stand inside a noun phrase before its head. */
const MODIFIER: ReadonlySet<PartOfSpeech> = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
const NOMINAL: ReadonlySet<PartOfSpeech> = new Set(["NOUN", "PROPN", "NUM"]);
/** Nouns that ask for a name ("What is the name of …?"): no complement answers them. */
const NAMING_NOUNS = new Set(["name", "title", "nickname"]);

/** A passive participle: "thrown", "funded" (not "throwing", not the plain "throw"). */
function participle(word: TaggedWord | { text: string; lemma: string }): boolean {
  const text = word.text.toLowerCase();
  return text !== word.lemma && !text.endsWith("ing") && (/(?:ed|en|wn)$/.test(text) || hasEntry(IRREGULAR_PAST, text));
}

/**
 * The verb a who / what / which question asks about and which of its arguments is asked, or
 * null for questions about being ("What is X?") and those the tags do not make plain.
 */
export function askedRole(question: string): AskedRole | null {
  const all = tagWords(question.replace(/[?!.]+\s*$/, "")).filter((t) => t.pos !== "PUNCT");
  let i = 0;
  while (i < all.length && /^(?:and|so|but|ok|okay|also)$/i.test(all[i]!.text)) i++;
  const wh = all[i]?.text.toLowerCase();
  if (!wh || !QUESTION_WORDS.has(wh)) return null;
  i++;
  // "Which team …", "what other disease …", "which part of the exercise …": the phrase the question word opens.
  if (wh === "what" || wh === "which") {
    while (i < all.length && MODIFIER.has(all[i]!.pos) && all[i]!.pos !== "NUM") i++;
    if (all[i]?.text.toLowerCase() === "of" && i > 1) for (i++; i < all.length && (all[i]!.pos === "DET" || MODIFIER.has(all[i]!.pos)); ) i++;
  }
  const first = all[i];
  if (!first) return null;
  if (first.pos === "VERB") return asking(verbAt(all, i), "agent");
  // "What is throwing stones meant to represent?", "What were the troops told to prepare for?": the
  // question word is the object of the verb a "meant to", "told to" governs.
  if (first.pos === "AUX") {
    const governed = all.findIndex((t, k) => k > i && TAKES_INFINITIVE.has(t.text.toLowerCase()) && all[k + 1]?.text.toLowerCase() === "to" && all[k + 2]?.pos === "VERB");
    if (governed > 0) return asking(verbAt(all, governed), "patient");
  }
  if (first.pos !== "AUX") return null;
  const copular = wh === "what" && first.lemma === "be" ? copularSubject(all, i + 1) : null;
  if (copular) return { lemma: "be", verb: "be", stem: "be", role: "complement", subject: copular };
  const next = all[i + 1];
  if (!next) return null;
  // "Who was arrested?", "What will guide …?", "Who is leading …?": no subject between, the question word is it.
  if (next.pos === "VERB" && !DO.has(first.text.toLowerCase())) {
    const passive = PASSIVE_AUXILIARIES.has(first.text.toLowerCase()) && participle(next);
    return asking(verbAt(all, i + 1), passive ? "patient" : "agent");
  }
  // "What do villagers float …?", "What was Ahmed wearing?", "Who did the police arrest?": a subject, then the verb.
  const verb = verbAfterSubject(all, i + 1);
  if (verb < 0) return null;
  const passive = PASSIVE_AUXILIARIES.has(first.text.toLowerCase()) && participle(all[verb]!);
  if (passive) return all.at(-1)?.text.toLowerCase() === "by" ? asking(verbAt(all, verb), "agent") : null;
  return asking(verbAt(all, verb), "patient");
}

function asking(lemma: string, role: Role): AskedRole | null {
  return EMPTY_VERBS.has(lemma) ? null : { lemma, verb: canonical(lemma), stem: stemmer(lemma), role };
}

/**
 * "What was the biggest factor behind the rise?", "What is the reason for the delay?": after
 * "what is / was", a noun phrase and nothing that is a verb. The lemma of its head noun, or null.
 */
function copularSubject(all: TaggedWord[], from: number): string | null {
  if (all.slice(from).some((t) => t.pos === "VERB" || t.pos === "AUX")) return null;
  let k = from;
  if (all[k]?.pos === "DET") k++;
  let head: string | null = null;
  for (; k < all.length && (all[k]!.pos === "ADJ" || all[k]!.pos === "NOUN"); k++) if (all[k]!.pos === "NOUN") head = all[k]!.lemma;
  // "What is the name of the train?" asks a name, which a sentence gives by apposition, not by "is".
  return head && !NAMING_NOUNS.has(head) ? head : null;
}

/** The lemma of the verb at a place, or of the one it governs: "meant to represent" is "represent". */
function verbAt(all: TaggedWord[], i: number): string {
  const w = all[i]!;
  const then = all[i + 2];
  if (TAKES_INFINITIVE.has(w.text.toLowerCase()) && all[i + 1]?.text.toLowerCase() === "to" && then && (then.pos === "VERB" || then.pos === "NOUN")) return then.lemma;
  return w.lemma;
}

/**
 * Where the verb stands after the subject the auxiliary is followed by: where the model took a
 * bare verb for a noun ("did the girls name their robot", "does the vaccine use to …"), the last
 * noun of the subject's run when what follows cannot go on a noun phrase (a determiner, a
 * pronoun, "to", a preposition, the end); otherwise the first word tagged a verb past the
 * subject's first word.
 */
function verbAfterSubject(all: TaggedWord[], from: number): number {
  let k = from;
  while (k < all.length && (all[k]!.pos === "DET" || all[k]!.pos === "ADJ")) k++;
  const runStart = k;
  while (k < all.length && NOMINAL.has(all[k]!.pos)) k++;
  const after = all[k];
  const ends = !after || after.pos === "DET" || after.pos === "PRON" || after.pos === "PART" || after.pos === "ADP";
  if (k - runStart >= 2 && ends && /^\p{Ll}/u.test(all[k - 1]!.text)) return k - 1;
  for (let j = from + 1; j < all.length; j++) if (all[j]!.pos === "VERB") return j;
  return -1;
}

export interface Tagged {
  pos: PartOfSpeech;
  lemma: string;
}

/**
 * The phrases of a sentence that fill a role of a verb: for each place the verb stands (by its
 * lemma or its canonical form), its agent or patient as the voice of that clause has them.
 * Phrases are token ranges of `tokens`; a pronoun fills no role worth answering with.
 */
export function roleSpans(text: string, tokens: Token[], tags: Tagged[], asked: AskedRole): Span[] {
  if (asked.role === "complement") return complementSpans(text, tokens, tags, asked.subject!);
  const out: Span[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (!isVerb(tags[v]!, asked)) continue;
    const aux = auxiliaryBefore(tokens, tags, v);
    // "The charges were read by …", "was hit by", "were put to": a participle written as its plain form
    // is one after a passive auxiliary when "by" follows it.
    const sameForm = tokens[v]!.lower === tags[v]!.lemma && tokens[v + 1]?.lower === "by";
    const isParticiple = sameForm || participle({ text: tokens[v]!.text, lemma: tags[v]!.lemma });
    // "the inquiry led by Ann Roe": a participle after its noun, with its agent after "by", is passive without an auxiliary.
    const passive = isParticiple && ((aux >= 0 && PASSIVE_AUXILIARIES.has(tokens[aux]!.lower)) || (aux < 0 && tokens[v + 1]?.lower === "by" && tags[v - 1]?.pos === "NOUN"));
    const ranges: Array<[number, number] | null> = [];
    if (asked.role === "agent") ranges.push(passive ? byPhrase(tokens, tags, v) : subjectBefore(tokens, tags, aux >= 0 ? aux : v));
    else if (passive) ranges.push(subjectBefore(tokens, tags, aux));
    else {
      // "named their robot Better Idea": a second object follows the first.
      const first = objectAfter(tokens, tags, v + 1);
      ranges.push(first, first ? nounPhraseFrom(tokens, tags, first[1]) : null);
    }
    for (const range of ranges) {
      if (!range || (range[1] - range[0] === 1 && tags[range[0]]!.pos === "PRON")) continue;
      // "wearing a red raincoat": the answer is "red raincoat", as a phrase after the verb has it.
      const from = /^an?$/.test(tokens[range[0]]!.lower) && range[1] - range[0] > 1 ? range[0] + 1 : range[0];
      out.push({ text: textOf(text, tokens, from, range[1]), from, to: range[1], kind: "phrase", source: "role" });
    }
  }
  return out;
}

/**
 * The asked verb itself, by its lemma or stem, or a verb of its meaning ("evaded" for "dodge"):
 * a synonym group's looser kin ("remains" for "maintain") is not it.
 */
function isVerb(tag: Tagged, asked: AskedRole): boolean {
  return tag.pos === "VERB" && (tag.lemma === asked.lemma || stemmer(tag.lemma) === asked.stem || areRelated(asked.verb, canonical(tag.lemma)));
}

/** Whether a sentence, by the tags of its tokens, has the asked verb at all. */
export function hasAskedVerb(tags: Tagged[], asked: AskedRole): boolean {
  return tags.some((t) => isVerb(t, asked));
}

/** The auxiliary of a verb, past adverbs and "not": "are | thrown", "has been | designated". */
function auxiliaryBefore(tokens: Token[], tags: Tagged[], v: number): number {
  let k = v - 1;
  while (k >= 0 && (tags[k]!.pos === "ADV" || tokens[k]!.lower === "not")) k--;
  return k >= 0 && tags[k]!.pos === "AUX" ? k : -1;
}

/** The phrase after "by" that follows a passive verb closely: "was funded | by the Wellcome Trust". */
function byPhrase(tokens: Token[], tags: Tagged[], v: number): [number, number] | null {
  for (let k = v + 1; k < Math.min(tokens.length, v + 8); k++) {
    if (tokens[k]!.lower === "by") return nounPhraseFrom(tokens, tags, k + 1);
    if (tags[k]!.pos === "VERB" || tags[k]!.pos === "AUX" || tags[k]!.pos === "SCONJ" || /^[;:]$/.test(tokens[k]!.text)) return null;
  }
  return null;
}

/** The object right after a verb, past adverbs and particles ("gave away | the penalty"). */
function objectAfter(tokens: Token[], tags: Tagged[], from: number): [number, number] | null {
  let k = from;
  while (k < tokens.length && (tags[k]!.pos === "ADV" || (tags[k]!.pos === "ADP" && tags[k + 1] && (tags[k + 1]!.pos === "DET" || NOMINAL.has(tags[k + 1]!.pos)) && VERB_PARTICLES.has(tokens[k]!.lower)))) k++;
  return nounPhraseFrom(tokens, tags, k);
}

/** The noun phrase that starts at a token: determiner, modifiers, head, and one "of" phrase. */
export function nounPhraseFrom(tokens: Token[], tags: Tagged[], from: number): [number, number] | null {
  // An opening quotation mark: the phrase is quoted ("would maintain “a counterterrorism platform …”").
  if (/^[“"‘]$/.test(tokens[from]?.text ?? "")) from++;
  let k = from;
  if (k < tokens.length && (tags[k]!.pos === "DET" || POSSESSIVE_PRONOUNS.has(tokens[k]!.lower)) && !RELATIVE_PRONOUNS.has(tokens[k]!.lower)) k++;
  let head = -1;
  for (; k < tokens.length; k++) {
    const t = tags[k]!;
    if (MODIFIER.has(t.pos)) {
      // A name after a common noun starts a phrase of its own: "named their robot | Bright Spark".
      if (head >= 0 && tags[head]!.pos === "NOUN" && /^\p{Lu}/u.test(tokens[k]!.text) && /^\p{Ll}/u.test(tokens[head]!.text)) break;
      if (NOMINAL.has(t.pos)) head = k;
      continue;
    }
    // "most holy site": an adverb before an adjective; quotation marks around a name ("the “Darkhorse” battalion").
    if (t.pos === "ADV" && tags[k + 1]?.pos === "ADJ") continue;
    if (/^[“”"‘’'-]$/.test(tokens[k]!.text) && k + 1 < tokens.length && MODIFIER.has(tags[k + 1]!.pos)) continue;
    break;
  }
  if (head < 0) return tags[from]?.pos === "PRON" && !RELATIVE_PRONOUNS.has(tokens[from]!.lower) ? [from, from + 1] : null;
  // "the dead of the village": one "of" phrase belongs to its head.
  if (tokens[head + 1]?.lower === "of") {
    const rest = nounPhraseFrom(tokens, tags, head + 2);
    if (rest && tags[rest[0]]?.pos !== "PRON") return [from, rest[1]];
  }
  return [from, head + 1];
}

/** The subject before a verb or its auxiliary: "the European team | won", "paper boats | are floated", "X, which | funded". */
function subjectBefore(tokens: Token[], tags: Tagged[], at: number): [number, number] | null {
  let k = at - 1;
  while (k >= 0 && tags[k]!.pos === "ADV") k--;
  // "The suspect, a 34-year-old man from Paris, was arrested": the subject stands before its appositive.
  if (k > 0 && tokens[k]!.text === ",") {
    let j = k - 1;
    while (j > 0 && k - j <= MAX_APPOSITIVE_TOKENS && !/^[,.;:!?]$/.test(tokens[j]!.text)) j--;
    if (!(j > 0 && tokens[j]!.text === "," && NOMINAL.has(tags[j - 1]!.pos))) return null;
    k = j - 1;
  }
  if (k >= 0 && RELATIVE_PRONOUNS.has(tokens[k]!.lower)) {
    k--;
    if (k >= 0 && tokens[k]!.text === ",") k--;
  }
  if (k < 0) return null;
  if (tags[k]!.pos === "PRON") return [k, k + 1];
  if (!NOMINAL.has(tags[k]!.pos)) return null;
  const end = k + 1;
  // Back over the phrase's modifiers and determiner, and over one "of" that joins two nouns ("the leader of the team").
  while (k > 0) {
    const before = tags[k - 1]!;
    if (MODIFIER.has(before.pos) || (before.pos === "ADV" && tags[k]!.pos === "ADJ") || /^[“”"‘’'-]$/.test(tokens[k - 1]!.text)) k--;
    else if (tokens[k - 1]!.lower === "of" && k > 1 && NOMINAL.has(tags[k - 2]!.pos)) k -= 2;
    else break;
  }
  if (k > 0 && (tags[k - 1]!.pos === "DET" || POSSESSIVE_PRONOUNS.has(tokens[k - 1]!.lower)) && !RELATIVE_PRONOUNS.has(tokens[k - 1]!.lower)) k--;
  // "The company that built the bridge in Vell | was fined": a name after a preposition inside a
  // relative clause that the sentence's subject opens is not the subject; the subject is.
  if (k > 0 && tags[k - 1]!.pos === "ADP" && tags[end - 1]!.pos === "PROPN") return relativeClauseSubject(tokens, tags, k) ?? [k, end];
  return [k, end];
}

/** The noun phrase a sentence opens with when a relative pronoun follows it ("The company that …", "A woman who …") before `upTo`. */
function relativeClauseSubject(tokens: Token[], tags: Tagged[], upTo: number): [number, number] | null {
  let e = 0;
  if (e < upTo && (tags[e]!.pos === "DET" || POSSESSIVE_PRONOUNS.has(tokens[e]!.lower))) e++;
  while (e < upTo && MODIFIER.has(tags[e]!.pos)) e++;
  return e > 0 && e < upTo && NOMINAL.has(tags[e - 1]!.pos) && RELATIVE_PRONOUNS.has(tokens[e]!.lower) ? [0, e] : null;
}

/** The most tokens an appositive between a subject and its verb is read over. */
const MAX_APPOSITIVE_TOKENS = 14;

/**
 * What the sentence says the noun asked about is: the phrase after "is / was" whose clause
 * opens with that noun ("The main factor behind the delay | was | a shortage of steel at the
 * yard"), or the subject when the noun follows ("Rising rents were the main cause").
 */
function complementSpans(text: string, tokens: Token[], tags: Tagged[], subject: string): Span[] {
  const out: Span[] = [];
  const subjectStem = stemmer(subject);
  const isSubject = (i: number) => tags[i]!.pos === "NOUN" && (tags[i]!.lemma === subject || stemmer(tags[i]!.lemma) === subjectStem);
  for (let v = 0; v < tokens.length; v++) {
    if (tags[v]!.lemma !== "be" || tags[v + 1]?.pos === "VERB") continue;
    let start = v;
    while (start > 0 && !/^[,;:]$/.test(tokens[start - 1]!.text) && v - start < 12) start--;
    let range: [number, number] | null = null;
    if (tokens.slice(start, v).some((_, k) => isSubject(start + k))) {
      let k = v + 1;
      while (k < tokens.length && (tags[k]!.pos === "ADV" || tokens[k]!.lower === "not")) k++;
      range = nounPhraseFrom(tokens, tags, k);
      // "a shortage of steel at the yard": the complement keeps its phrase of place or kind.
      const then = range && tags[range[1]]?.pos === "ADP" && tokens[range[1]]!.lower !== "of" ? nounPhraseFrom(tokens, tags, range[1] + 1) : null;
      if (range && then) range = [range[0], then[1]];
    } else {
      const after = nounPhraseFrom(tokens, tags, v + 1);
      if (after && tokens.slice(after[0], after[1]).some((_, k) => isSubject(after[0] + k))) range = subjectBefore(tokens, tags, v);
    }
    if (range && !(range[1] - range[0] === 1 && tags[range[0]]!.pos === "PRON")) out.push({ text: textOf(text, tokens, range[0], range[1]), from: range[0], to: range[1], kind: "phrase", source: "role" });
  }
  return out;
}
