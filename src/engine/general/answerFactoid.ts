// The general answerer: for a who / which / what / where question that no special answerer
// settled, the phrase of the expected kind that fills the question's missing slot in the
// sentence that aligns best with the question — near the words they share, not already in
// the question.

import { canonical, words, escapeRegExp } from "../../analysis/text.ts";
import { IRREGULAR_PAST, ORDINAL_WORDS, REPORTING_VERBS, LOCATIVE_PREPOSITIONS, ORGANISATION_DESCRIPTIONS, PERSON_DESCRIPTIONS, ROLE_HEADS, STOPWORDS } from "../../analysis/lexicon.ts";
import { hasEntry } from "../../analysis/ownEntry.ts";
import { tuning } from "../../tuning.ts";
import { compose, previousInParagraph, sentenceCase, THIRD_PERSON } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";
import { attestedPerson, describeEntity } from "../answers/describeEntity.ts";
import { isPersonNoun } from "../answers/personTitle.ts";
import { entityTerms, rankSentences } from "../answers/rankSentences.ts";
import type { Answer } from "../types.ts";
import { messages } from "../../messages.ts";
import type { Query } from "../understandQuestion.ts";
import type { TraceStep } from "../trace.ts";
import { headSpans, listSpans, nameSpans, quotedSpans, slotSpans, textOf, tokenize, type Span, type Token } from "./answerSpans.ts";
import { appositiveNames, askedNameTail, cueBonus, headMatch, isAskedNoun, qualifiesNextName, refineKind, segmentAlignment, TIME_WORDS, withoutAskedTail } from "./phraseContext.ts";
import { expectedAnswer, singular, type AnswerType, type ExpectedAnswer } from "./expectedAnswer.ts";
import { nearVerb, objectOf, questionVerb, saysStranded, strandedPreposition, subjectVerb, verbAfter, type Stranded } from "./questionVerbs.ts";
import { askedRole, hasAskedVerb, roleSpans, type AskedRole } from "./verbRoles.ts";
import { causeSpans } from "./causeRole.ts";
import { exampleAfter, headInstance } from "./headInstance.ts";
import { personAfterTitle } from "./titledName.ts";
import { nominalAgentSpans } from "./nominalRole.ts";
import { distanceAcrossAside } from "./appositiveDistance.ts";
import { tagSpans, type PartOfSpeech } from "../../analysis/partsOfSpeech.ts";
import { relatedForms } from "../../analysis/relatedWords.ts";

interface Scored {
  span: Span;
  sentence: IndexedSentence;
  /** The sentence's tokens, which the span's offsets index. */
  tokens: Token[];
  score: number;
  why: string;
  /** The words between the phrase and the nearest word the question shares with the sentence. */
  distance: number;
  /** The sentence lacks the question's verb, so the phrase fills no slot of it. */
  verbless: boolean;
  /** The phrase is marked as of the kind asked: the noun asked about in or at it, a cue ("in", "by") before it, or a name of just that kind. */
  marked: boolean;
}

const w = tuning.factoid;

/** How well a kind of phrase answers a kind of question (0 = never); see `tuning.factoid.kindFit`. */
const FIT: Readonly<Record<AnswerType, Readonly<Record<Span["kind"], number>>>> = w.kindFit;

const LOCATIVE = LOCATIVE_PREPOSITIONS;

/** An ordinal or a superlative: "second", "3rd", "largest" say a rank without a noun. */
const ranks = (word: string) => hasEntry(ORDINAL_WORDS, word) || /^\d+(?:st|nd|rd|th)$|^\p{L}{3,}est$/u.test(word);

/** Parts of speech that name something: a phrase without one is no answer. */
const NAMING: ReadonlySet<PartOfSpeech> = new Set(["NOUN", "PROPN", "NUM", "PRON", "X", "SYM"]);

/** The answer; a decline when the article plainly does not say (ends the search); null to let others try. */
export function answerFactoid(q: Query, index: KnowledgeIndex, step?: TraceStep): Answer | { decline: string } | null {
  const expected = expectedAnswer(q.raw);
  if (!expected) return null;
  step?.notes.push(`expects ${expected.type}${expected.head ? ` (${expected.head})` : ""}`);
  // The entities the question names count by every name they go by ("Ahmed" is also "Mohamed").
  const named = q.entities.flatMap((e) => [e.entity.name, ...e.entity.aliases]).flatMap((n) => termsOf(n));
  const questionTerms = new Set([...q.topic, ...entityTerms(q), ...named]);
  const asked = new Set(q.words.map((x) => canonical(x)));
  const askedEntities = new Set(q.entities.map((e) => e.entity.id));
  // The noun asked about is not a name the question uses: "Which prize …?" may be answered by "Booker Prize-winner".
  // Only the words the question names someone with: a common noun of the question ("exercise") may be part of the answer's name.
  const nameWords = new Set([...q.entities.flatMap((e) => words(e.wording)), ...words(q.raw.replace(/^\S+/, "").replace(/\b\p{Ll}[\p{L}'’-]*/gu, ""))]);
  const rawAsked = new Set(q.words.filter((x) => !STOPWORDS.has(x) && nameWords.has(x) && (!expected.head || singular(x) !== expected.head)));
  // "What will guide the options?" asks for the subject, before its verb; "What was he wearing?" for the object, after it.
  // Read from parts of speech when the tags make it plain ("What do villagers float …?": what is floated).
  const role = askedRole(q.raw);
  const subject = subjectVerb(q.words);
  const verb = subject ?? questionVerb(q.words);
  const side = subject ? "before" : "after";
  if (role) step?.notes.push(`asks the ${role.role} of "${role.lemma}"`);
  else if (verb) step?.notes.push(`its verb: ${verb} (the phrase ${side} it)`);
  const stranded = strandedPreposition(q.words);
  if (stranded) step?.notes.push(`asks the object of "${stranded.verb} ${stranded.prep}"`);
  // A question that names someone or something is answered from a sentence that names it too
  // ("What is Safari's market share?" is not answered by Internet Explorer's).
  // A person is also named by the noun the article describes them with: "the boy" after "Ahmed Mohamed, a 14-year-old boy".
  // Only in the articles that name them: elsewhere "the boy" is someone else.
  const described = q.entities.flatMap((e) => (e.entity.kind === "person" ? describedAs(index, e.entity).map((noun) => ({ noun, docs: new Set(e.entity.sentences.map((id) => index.sentences[id]!.doc)) })) : []));
  const namesByNoun = (sentence: IndexedSentence) => described.some((d) => d.docs.has(sentence.doc) && new RegExp(`\\bthe (?:[\\p{L}-]+ )?${d.noun}\\b`, "iu").test(sentence.text));
  // Every word of the name as asked, not one: "Gary Fan" is not named by a sentence about Gary Chan.
  const namesItself = (sentence: IndexedSentence) => namesByNoun(sentence) || q.entities.some((e) => sentence.entities.includes(e.entity.id) || termsOf(e.wording).every((t) => termsOf(sentence.text).includes(t)));
  // "Mozilla Firefox, its main rival, …" names Internet Explorer by a pronoun when the sentence before names it.
  const namesItselfBefore = (sentence: IndexedSentence) => {
    const before = previousInParagraph(sentence, index);
    return before !== undefined && namesItself(before);
  };
  const names = (sentence: IndexedSentence) => q.entities.length === 0 || namesItself(sentence) || (THIRD_PERSON.test(sentence.text) && namesItselfBefore(sentence));

  // "What's the name of the ferry?": the sentence names the ferry, it need not say "name".
  const terms = expected.namesOnly && expected.head !== "name" ? [...q.topic.filter((t) => t !== "name" && t !== "title"), ...entityTerms(q)] : undefined;
  const ranked = rankSentences(q, index, terms).filter((r) => r.coverage >= w.minCoverage && names(r.sentence)).slice(0, w.sentences);
  const all: Scored[] = [];
  for (const r of ranked) {
    // A phrase's kind says little when anything may answer ("What will guide …?"): the sentence counts more.
    const weight = expected.type === "thing" && !expected.head ? w.sentenceForThing : w.sentence;
    for (const c of candidates(q.raw, r.sentence, expected, questionTerms, asked, askedEntities, rawAsked, verb, side, index, stranded, role)) all.push({ ...c, score: c.score + r.score * weight });
  }
  all.sort((a, b) => b.score - a.score);
  if (step) step.candidates = all.slice(0, 8).map((c) => ({ text: c.span.text, score: round(c.score), why: `${c.span.source} ${c.span.kind}; ${c.why}; s${c.sentence.position}` }));
  let best = all[0];
  // A list that holds the best name is the whole answer ("New South Wales, Victoria, … and Queensland").
  const list = best && all.find((c) => c.span.source === "list" && c.sentence === best!.sentence && c.span.from <= best!.span.from && c.span.to >= best!.span.to);
  if (best && list && list.score >= best.score - w.listMargin) best = list;
  if (!best || best.score < w.minScore) {
    step?.notes.push(best ? `best ${round(best.score)} < ${w.minScore}` : "no phrase of that kind in an aligned sentence");
    return null;
  }
  // "Which party does she lead?" of a sentence that says no leading: a name far from every word
  // the two share, with nothing marking it as of the kind asked, tells nothing of what is asked.
  // Only for a kind of thing asked ("which party"): "What happened on May 5?" is answered otherwise.
  if (best.verbless && !best.marked && best.distance > w.verblessReach && (expected.wh === "which" || expected.wh === "what") && expected.head !== null) {
    step?.notes.push(`the best phrase ("${best.span.text}") stands ${best.distance} words from the question's words in a sentence without its verb`);
    return { decline: messages.declinedGeneric };
  }
  const short = best.span.text.replace(/^(the|a|an)\s+/i, (m) => (expected.type === "thing" ? m : ""));
  const prep = expected.type === "place" ? prepositionBefore(best) : null;
  const lead = prep && /^(in|at|near|from)$/i.test(prep) ? `${sentenceCase(prep)} ${short}.` : `${sentenceCase(short)}.`;
  return compose(index, { kind: q.kind, lead: lead.replace(/\.\.$/, "."), short, sentences: [best.sentence], confidence: Math.min(1, best.score / w.confidentAt) });
}

/** The person nouns of how the articles describe someone: "boy" of "a 14-year-old boy from Irving". */
function describedAs(index: KnowledgeIndex, e: KnownEntity): string[] {
  const d = describeEntity(index, e);
  if (!d) return [];
  return words(d.description).filter((x) => isPersonNoun(x) && !STOPWORDS.has(x) && /^[a-z-]+$/.test(x));
}

/** Whether a name the question uses stands right before or after the phrase ("politician | Wong Kwok-hing"). */
function besideName(tokens: Token[], span: Span, nameTerms: ReadonlySet<string>, termOf: string[][]): boolean {
  const at = (i: number) => i >= 0 && i < tokens.length && termOf[i]!.some((t) => nameTerms.has(t));
  return at(span.from - 1) || at(span.to);
}

/** A word in a past verb form: "released", "tasked", "spoke" (not "red", "need", "speed"). */
const LONE_VERB = (w: string) => (w.length > 4 && /[^e]ed$/.test(w)) || hasEntry(IRREGULAR_PAST, w);

/** Kinds of answer that are someone: a person, or whoever did it. */
const PERSON_TYPES: ReadonlySet<AnswerType> = new Set(["agent", "person"]);

/** Nouns that name people or a body of them, for a who-question answered by a common noun phrase. */
const PEOPLE_NOUNS = new Set([...PERSON_DESCRIPTIONS, ...ROLE_HEADS, ...ORGANISATION_DESCRIPTIONS, "police", "people", "group", "members", "residents", "officials", "authorities", "volunteers", "locals"]);


function prepositionBefore(c: Scored): string | null {
  const before = c.tokens[c.span.from - 1];
  return before && LOCATIVE.has(before.lower) ? before.text : null;
}

/** The phrases of one sentence that could answer, each scored without the sentence's own score. */
function candidates(rawQuestion: string, s: IndexedSentence, expected: ExpectedAnswer, questionTerms: Set<string>, asked: Set<string>, askedEntities: Set<string>, rawAsked: Set<string>, verb: string | null, side: "before" | "after", index: KnowledgeIndex, stranded: Stranded | null, role: AskedRole | null): Array<Omit<Scored, "score"> & { score: number }> {
  const tokens = tokenize(s.text);
  const termOf = tokens.map((t) => termsOf(t.text));
  const nameTerms = new Set([...rawAsked].map(canonical));
  // A question words its verb its own way ("hunting for" what the sentence says "searching for"):
  // a related word of the question's stands where the question's own would, for the slot beside it.
  const related = verb ? relatedForms(verb) : new Set<string>();
  const verbForms = verb ? new Set([verb, ...related]) : new Set<string>();
  const aligned = termOf.map((ts) => ts.length > 0 && ts.some((x) => questionTerms.has(x) || related.has(x)));
  const names = nameSpans(s.text, tokens);
  // The phrases that fill the asked role of the question's verb in this sentence ("paper boats | are floated").
  const tags = tagSpans(s.text, tokens);
  // "What caused the death?": also the cause a reason cue names ("died | as a result of | a runaway cart").
  // "Which singer announced …?": also the possessor of the verb's noun ("Ricardo Arjona's announcement").
  const roles = role ? [...roleSpans(s.text, tokens, tags, role), ...causeSpans(s.text, tokens, tags, role), ...nominalAgentSpans(s.text, tokens, tags, role)] : [];
  // "Which industry …?", "what prize …?": "the wool industry" names one by the words before the noun.
  // Only for one thing asked ("which industry"): "which countries" asks for their names, not "the hardest-hit countries".
  // "What prize did she win?" asks as "which prize" does.
  const heads = (expected.wh === "which" || (expected.wh === "what" && !!expected.head && whatHead(rawQuestion, expected.head))) && expected.head && askedInSingular(rawQuestion, expected.head) ? headSpans(s.text, tokens, (lower) => isAskedNoun(expected.head!, lower)) : [];
  // "Which religion …?" of "neo-pagan religions, such as Wicca": the plural names the kind, the example after it the one asked for.
  const lists = listSpans(s.text, tokens, names);
  const kinds = heads.length || expected.wh !== "which" || !expected.head ? [] : headSpans(s.text, tokens, (lower) => lower !== expected.head && singular(lower) === expected.head).filter((h) => exampleAfter(tokens, h, names));
  // "Which countries …?" asks for every example given, "which country …?" for one.
  const many = !!expected.head && !askedInSingular(rawQuestion, expected.head);
  // "Which country did Alberto Laso represent?" of "Alberto Laso of Spain": "Spain" is a phrase of its own.
  // Only for a kind of thing asked: "Who beat Wong of FTU?" asks for someone else, not Wong's party.
  // The part before "of" must be a name the question gives, not its common words: "Which journal …?" leaves "Journal of Coastal Engineering" whole.
  const tails = expected.head ? names.flatMap((n) => askedNameTail(s.text, tokens, n, termOf, nameTerms) ?? []) : [];
  const spans = [...names.map((n) => withoutAskedTail(s.text, tokens, n, termOf, questionTerms)), ...tails, ...lists, ...quotedSpans(s.text, tokens), ...(expected.type !== "organisation" || stranded ? slotSpans(s.text, tokens, aligned) : []), ...roles, ...heads, ...kinds];
  const anchors = aligned.flatMap((a, i) => (a ? [i] : []));
  const hasVerb = role ? hasAskedVerb(tags, role) : verb !== null && termOf.some((ts) => ts.some((t) => verbForms.has(t)));
  // The sentence words the stranded verb with its preposition ("diverted to"): only that preposition's object fills the slot.
  const strandedForms = stranded ? new Set([stranded.verb, ...relatedForms(stranded.verb)]) : undefined;
  const wordsStranded = stranded !== null && saysStranded(termOf, tokens, stranded, strandedForms);
  if (expected.headRequired && expected.head && !termOf.some((ts) => ts.includes(canonical(expected.head!)))) return [];
  const possessorAsked = expected.possessor === true;
  const out: Array<Omit<Scored, "score"> & { score: number }> = [];
  for (const found of spans) {
    // "Released.", "Showed broken masts", "claims she was first": a phrase opening with a past or
    // saying verb tells what happened; the thing a what-question asks for is what follows the verb.
    // "Which spirits do they revere?" — the role's phrase "the old spirits" names the kind asked about; its examples answer.
    if (found.source === "role" && expected.head !== null && singular(tokens[found.to - 1]!.lower) === expected.head) continue;
    // "Abdullah didn't make bail", "literally locked": words in quotation marks with a lowercase word are
    // something said, never who did it; a quoted name ("The Grey Heron") may still be one.
    if (found.source === "quoted" && PERSON_TYPES.has(expected.type) && tokens.slice(found.from, found.to).some((t) => /^\p{Ll}/u.test(t.text) && !STOPWORDS.has(t.lower))) continue;
    const opensWithVerb = found.kind === "phrase" && found.source !== "quoted" && (LONE_VERB(tokens[found.from]!.lower) || REPORTING_VERBS.has(tokens[found.from]!.lower));
    if (opensWithVerb && found.to - found.from === 1) continue;
    const span = opensWithVerb ? { ...found, from: found.from + 1, text: textOf(s.text, tokens, found.from + 1, found.to) } : found;
    // "the main", "contributing", "Depending": a phrase with no noun in it names nothing ("second largest", a rank, does).
    if (span.kind === "phrase" && span.source !== "quoted" && !tags.slice(span.from, span.to).some((t, k) => NAMING.has(t.pos) || ranks(tokens[span.from + k]!.lower))) continue;
    const known = span.kind !== "phrase" ? index.entityByAlias(span.text) : undefined;
    // The analysis knows a person by a title or words attributed to them; otherwise its guess is weaker than the sentence's.
    const knownKind = known && (span.source === "name" || span.source === "asked-of") ? (known.kind === "organisation" ? "organisation" : attestedPerson(known) ? "person" : null) : null;
    const kind = knownKind ?? refineKind(span, tokens, expected);
    // "Who are the troops working with?": the phrase after "working with" is the answer, whatever its kind.
    const fillsStranded = stranded !== null && objectOf(termOf, tokens, span, stranded, strandedForms);
    // "Who attacked the site?" — "hackers", "the local police": a phrase naming people by what they are answers who.
    const people = (expected.type === "agent" || expected.type === "person") && kind === "phrase" && tokens.slice(span.from, span.to).some((t) => PEOPLE_NOUNS.has(t.lower) || PEOPLE_NOUNS.has(singular(t.lower)));
    const fit = fillsStranded ? Math.max(FIT[expected.type][kind], w.strandedFit) : people ? w.peoplePhraseFit : FIT[expected.type][kind];
    if (fit <= 0) continue;
    // "Which browser …?": a name, a quoted title, or a phrase that holds the noun asked about ("maize, the crop …" aside).
    if (expected.namesOnly && span.kind === "phrase" && span.source !== "quoted" && !(expected.head && headMatch(expected.head, tokens, { ...span, from: span.from, to: span.to }) === 1)) continue;
    // "US team Cloud9", "British firm Acme": a name before a describing noun and another name only qualifies that name.
    if (span.kind !== "phrase" && qualifiesNextName(tokens, span)) continue;
    // "at Islam's most holy site": a possessor names whose the answer is, not the answer ("whose …?" aside).
    // The possessor of the asked verb's noun is its agent ("Arjona's announcement"): a role, not a possessor.
    if (span.kind !== "phrase" && span.source !== "role" && !possessorAsked && /[’']s$/.test(tokens[span.to - 1]!.text)) continue;
    const content = termOf.slice(span.from, span.to).flat().filter((x) => x.length > 0);
    if (content.length === 0 || content.every((x) => TIME_WORDS.has(x))) continue;
    // A name the question already uses, by another of its names ("Mohamed" for "Ahmed").
    // A person the question names by another of their names ("Ahmed" for "Ahmed Mohamed", cited as "Mohamed").
    if (known && (askedEntities.has(known.id) || (known.kind === "person" && words(known.name).some((x) => rawAsked.has(x))))) continue;
    // "Pan-democrat Gary Fan" when Gary Fan is asked about: the asked name with a describing word
    // before it. A possessive before it names someone else, who may be the answer ("Party's Gary Fan").
    if (span.kind !== "phrase" && !/[’']s\s/.test(span.text) && [...askedEntities].some((id) => id.includes(" ") && span.text.toLowerCase().endsWith(` ${id}`))) continue;
    // "Harbin Mart, Norland's largest appliance retailer": the phrase with the noun asked about describes the name beside it, which answers.
    const instance = span.source === "head" ? headInstance(s.text, tokens, span, many ? [...names, ...lists] : names, many) : null;
    // The noun asked about is no overlap of a phrase that names one by the words before it; the words
    // describing a name the phrase points at are how the question finds it, no overlap either.
    const own = instance ? termOf.slice(instance.from, instance.to).flat().filter((x) => x.length > 0) : span.source === "head" ? termOf.slice(span.from, span.to - 1).flat().filter((x) => x.length > 0) : content;
    const overlap = own.length ? own.filter((x) => questionTerms.has(x) || asked.has(x)).length / own.length : 1;
    if (overlap >= 1) continue;
    const inSegment = span.source === "head" && !instance ? segmentAlignment(tokens, aligned, span) : null;
    // The "of" part of an asked name stands with that name, however much of it the question spells.
    const near = inSegment ? inSegment.distance : span.source === "asked-of" ? 0 : anchors.length ? Math.min(...anchors.map((a) => (a < span.from ? span.from - a : a >= span.to ? a - span.to + 1 : 0))) : 10;
    // "Ann Ruel, head of the survey unit, is available to comment": who does it stands at the verb after the aside that describes them.
    const aside = PERSON_TYPES.has(expected.type) && span.kind !== "phrase" ? distanceAcrossAside(tokens, tags, span, anchors) : null;
    const distance = aside !== null ? Math.min(near, aside) : near;
    // "pro-Beijing veteran politician Wong Kwok-hing": a description right before or after a name the question uses is that name's, not the answer.
    // Only beside a name: "An anonymous collector | bought the painting" is the doer of the question's verb.
    if (people && distance <= 1 && besideName(tokens, span, nameTerms, termOf)) continue;
    const head = expected.head ? headMatch(expected.head, tokens, span) : 0;
    const cue = cueBonus(expected, tokens, span);
    const long = Math.max(0, content.length - w.longPhrase) * w.perExtraWord;
    // "What was he wearing?": the phrase right after the question's own verb fills its object slot.
    // A sentence without that verb has no such slot: "arrested at his school" does not say what he wore.
    // "Chance The Rapper won …": the tags may end the subject at a capitalised "The" inside a name; the whole name fills it.
    const fillsRole = roles.some((r) => (span.from >= r.from && span.to <= r.to) || (span.kind !== "phrase" && span.to === r.to && span.from < r.from && /^\p{Lu}/u.test(tokens[r.from]!.text)));
    // The tags' reading of the verb wins where they give one ("throw", not the words' guess "pillar").
    const nextToVerb = verb !== null && (side === "after" ? span.source === "after" && span.from > 0 && nearVerb(termOf, span.from, verb, verbForms) : span.source === "before" && verbAfter(termOf, span.to, verb, verbForms));
    const filled = fillsRole || nextToVerb;
    // A sentence without the question's verb has no such slot: "arrested at his school" does not say what he wore.
    // "Which city was the flight diverted to?" asks the object of "diverted to": the flight's own phrase ("from Vell") fills no slot of it;
    // the phrase right after the verb still does where the sentence words the verb without the preposition ("told to prepare | a quasi-state of war").
    const slot = fillsStranded || (stranded ? nextToVerb && !wordsStranded : filled) ? w.verbSlot : verb && !hasVerb ? -w.verbSlot : 0;
    const segment = inSegment ? inSegment.anchors * w.headSegmentWord : 0;
    const score = fit * w.typeFit + head * w.head + cue + slot + segment - overlap * w.overlap + w.proximity / (1 + distance * w.proximityDecay) - long;
    // "two people, retired attorney Ann Roe and designer Bo Lind": the names in apposition say who.
    const apposed = people ? appositiveNames(s.text, tokens, span, names) : null;
    // "Harbin Mart, Norland's largest appliance retailer": the phrase with the noun asked about describes the name beside it, which answers.
    // "by Commandant of the Marine Corps Gen. Ann Roe": a title the question's "who" is answered by the person it titles.
    const titled = !apposed && !instance && (expected.type === "agent" || expected.type === "person") && span.kind !== "person" ? personAfterTitle(tokens, span, names) : null;
    const shown = apposed ?? titled ?? (instance ? { ...instance, kind: refineKind(instance, tokens, expected) } : { ...span, kind });
    out.push({ span: shown, sentence: s, tokens, score, distance, verbless: (role !== null || verb !== null) && !hasVerb && !fillsStranded && !filled, marked: head >= 1 || cue > 0 || fit >= 1, why: `fit ${fit}, head ${head}, cue ${round(cue)}, overlap ${round(overlap)}, distance ${distance}${apposed ? "; names in apposition" : titled ? "; the person it titles" : instance ? "; the name it describes" : ""}` });
  }
  return out;
}

/** Whether the question writes the noun it asks about in the singular: "Which industry …?" */
function askedInSingular(question: string, head: string): boolean {
  return words(question).includes(head);
}

function termsOf(text: string): string[] {
  return words(text).filter((x) => !STOPWORDS.has(x)).map(canonical);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** "What prize did she win?": the noun asked comes right after "what" (not "what was the name of the exercise"). */
function whatHead(rawQuestion: string, head: string): boolean {
  return new RegExp(`^\\s*(?:and |so )?what\\s+(?:[\\p{L}-]+\\s+)?${escapeRegExp(head)}s?\\b`, "iu").test(rawQuestion);
}
