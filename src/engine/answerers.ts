// Every answerer, registered once, in the order they are tried. A question is offered to each
// answerer whose kinds include the question's kind (and whose `applies` accepts it), in this
// order, until one answers or declines with a reason; when none does, the kind's decline
// message is given. Adding an answer type = one answerer file + one row here.

import { IRREGULAR_PAST, QUESTION_WORDS, STOPWORDS } from "../analysis/lexicon.ts";
import { hasEntry } from "../analysis/ownEntry.ts";
import { messages } from "../messages.ts";
import { answerAffiliation, asksAffiliation } from "./answers/answerAffiliation.ts";
import { answerCauseOfDeath, ASKS_CAUSE_OF_DEATH } from "./answers/answerCauseOfDeath.ts";
import { answerContestSide, ASKS_CONTEST_SIDE } from "./answers/answerContestSide.ts";
import { answerClockTime, ASKS_CLOCK_TIME } from "./answers/answerClockTime.ts";
import { answerConverse, ASKS_CONVERSE } from "./answers/answerConverse.ts";
import { answerCount } from "./answers/answerCount.ts";
import { answerDoer, asksDoer } from "./answers/answerDoer.ts";
import { answerOrdinal } from "./answers/answerOrdinal.ts";
import { answerUnattributed } from "./answers/answerUnattributed.ts";
import { speakerPhrase } from "./answers/findSpeakerByRole.ts";
import { answerQuote } from "./answers/answerQuote.ts";
import { answerSearch } from "./answers/answerSearch.ts";
import { answerTimeline } from "./answers/answerTimeline.ts";
import { answerWhen } from "./answers/answerWhen.ts";
import { answerWhere } from "./answers/answerWhere.ts";
import { answerCalled } from "./answers/answerCalled.ts";
import { answerNameOf, namedNounAsked } from "./answers/answerNameOf.ts";
import { answerNext } from "./answers/answerNext.ts";
import { answerWhereSpoken, asksWhereSpoken } from "./answers/answerWhereSpoken.ts";
import { answerWho, asksOtherParty, asksWhatNameIs } from "./answers/answerWho.ts";
import { answerWhoSaid } from "./answers/answerWhoSaid.ts";
import { answerEffect } from "./answers/answerEffect.ts";
import { answerWhy } from "./answers/answerWhy.ts";
import { answerYesNo } from "./answers/answerYesNo.ts";
import { classifyPerson } from "./answers/classifyPerson.ts";
import { answerFactoid } from "./general/answerFactoid.ts";
import { strandedPreposition } from "./general/questionVerbs.ts";
import { expectedAnswer } from "./general/expectedAnswer.ts";
import type { KnowledgeIndex } from "../index/knowledgeIndex.ts";
import type { TraceStep } from "./trace.ts";
import type { Answer, Conversation, QuestionKind, Turn } from "./types.ts";
import type { Query } from "./understandQuestion.ts";

/** An answerer's result: an answer, a decline with its reason (ends the search), or nothing (the next one tries). */
export type Outcome = Answer | { decline: string } | null;

export interface Answerer {
  name: string;
  kinds: QuestionKind[];
  /** What it answers, for the trace and the docs. */
  about: string;
  applies?: (q: Query) => boolean;
  run: (q: Query, index: KnowledgeIndex, step: TraceStep, conversation?: Conversation) => Outcome;
}

/**
 * "Who is X?" / "Who was the …?": a description, not someone who did something. A question that
 * ends in a preposition asks for its object ("Who are the troops working with?"), and one whose
 * verb follows in "-ing" before its object asks who does it ("Who is leading the inquiry?").
 */
const COPULAR_WHO = /^(and |so )?(whos\b|(who|whom)('s| is| was| are| were)\b)(?!.*\b(with|to|for|from|against|alongside|beside)\W*$)(?!\s+\w+ing\s+(?:the|a|an|this|that|these|those|his|her|their|its)\b)/;

/**
 * "Who was declared the winner?", "who is accused of killing X?", "who was found dead?": a
 * participle after the copula makes the question passive; it asks who had it done to them, which
 * the general answerer reads (the subject of the sentence's passive), not a description. A
 * capitalised word there is a name ("Who was Fred?"), and "-ed" words of four letters or fewer
 * ("red", "bed") are no participles. "Who was worried that …", "who is concerned about …" tell a
 * state of mind, whose holder speaks: no passive. "Who was killed?" is passive with nothing after it.
 * A prefix the question's words split off at its hyphen ("re-elected" is read "re elected") goes before the participle.
 */
const PASSIVE_WHO = /^(?:and |so )?who(?:'s| is| was| are| were) (?:\w+ly )?(?:(?:re|co|pre|un|over|under) )?([a-z][a-z-]{2,}ed|[a-z]+)\b(?!\s+(?:that|about)\b)/;

function asksPassiveWho(q: Query): boolean {
  const word = PASSIVE_WHO.exec(q.text)?.[1];
  if (!word || !(/ed$/.test(word) || hasEntry(IRREGULAR_PAST, word))) return false;
  return new RegExp(`\\b${word}\\b`).test(q.raw);
}

/** "Who is X?", "who was the …": a description asked, not a passive. Read once per question: five rows ask it. */
function asksDescription(q: Query): boolean {
  let asks = descriptionAsked.get(q);
  if (asks === undefined) descriptionAsked.set(q, (asks = COPULAR_WHO.test(q.text) && !asksPassiveWho(q)));
  return asks;
}
const descriptionAsked = new WeakMap<Query, boolean>();

/** "Who is leading the inquiry?": who does something now, its doer read by the general answerer. */
const PROGRESSIVE_WHO = /^(and |so )?who(?:'s| is| was| are| were) \w+ing\b/;

export const ANSWERERS: readonly Answerer[] = [
  { name: "classify", kinds: ["yesno"], about: "'Is X an alderman?' from X's own title, when the article gives that role to someone else beside X", run: (q, index, step) => classifyPerson(q, index, step) },
  { name: "yesno", kinds: ["yesno"], about: "Yes. / No. from the sentence that says what is asked; Probably yes/no from the closest sentence when none says it word for word", run: (q, index, step) => answerYesNo(q, index, step, { closest: true }) ?? { decline: messages.notSaid } },
  { name: "count", kinds: ["count"], about: "a number with its modifier and unit", run: (q, index, step) => answerCount(q, index, step) },
  { name: "clock-time", kinds: ["when"], about: "a time of day ('at 22:30', 'yesterday afternoon') for 'what time …'", applies: (q) => ASKS_CLOCK_TIME.test(q.text), run: (q, index) => answerClockTime(q, index) },
  { name: "when", kinds: ["when"], about: "a date, resolved against the article's", run: (q, index) => answerWhen(q, index) },
  { name: "timeline", kinds: ["timeline"], about: "dated events in order", run: (q, index) => timeline(q, index) },
  { name: "quote", kinds: ["quote"], about: "what someone said, on the topic first", run: (q, index, step, c) => quote(q, index, step, c) },
  { name: "whosaid", kinds: ["whosaid"], about: "who said a statement", run: (q, index) => answerWhoSaid(q, index) },
  { name: "contest-side", kinds: ["who", "what", "search"], about: "who won or lost a contest: the side of its verb ('Roe beat Lee', 'Lee lost to Roe', 'was beaten by')", applies: (q) => ASKS_CONTEST_SIDE.test(q.text), run: (q, index) => answerContestSide(q, index) },
  { name: "converse", kinds: ["who", "what", "search"], about: "the other end of an exchange: who got it from 'awarded / given / sold to', who sold it from 'bought from', who taught from 'learned from'", applies: (q) => ASKS_CONVERSE.test(q.text), run: (q, index) => answerConverse(q, index) },
  { name: "doer", kinds: ["who", "search"], about: "who did it: the person titled with the verb's agent noun (curated → curator, coaches → coach); a who-question the kind rules read as a search too", applies: asksDoer, run: (q, index) => answerDoer(q, index) },
  { name: "describe", kinds: ["who"], about: "who someone is, or who holds a role", applies: (q) => asksDescription(q) || q.rule === "role-of", run: (q, index) => answerWho(q, index) },
  {
    name: "who-object",
    kinds: ["who"],
    about: "the other person in the sentence that tells of what the question's person did",
    // "Who was Rode substituted in for?" asks the object of the verb's preposition, which the general answerer reads.
    // "Who is accused of killing Tom Lee?" asks who had it done to them: the general answerer reads the passive's subject.
    applies: (q) => !asksDescription(q) && !PROGRESSIVE_WHO.test(q.text) && q.rule !== "role-of" && q.entities.length > 0 && (asksOtherParty(q) || (strandedPreposition(q.words) === null && !asksPassiveWho(q))),
    run: (q, index) => answerWho(q, index),
  },
  { name: "where-spoken", kinds: ["where"], about: "where the speaker spoke: the venue in the attribution of their statement", applies: asksWhereSpoken, run: (q, index) => answerWhereSpoken(q, index) },
  { name: "where", kinds: ["where"], about: "the best place phrase of the best-aligned sentences: a place after a preposition, a common noun of place, where someone is from or was born", run: (q, index, step) => answerWhere(q, index, step) },
  { name: "cause-of-death", kinds: ["what", "search", "why", "who"], about: "what someone died of: the cause after 'died of', 'cause of death was', 'succumbed to'", applies: (q) => ASKS_CAUSE_OF_DEATH.test(q.text), run: (q, index) => answerCauseOfDeath(q, index) },
  { name: "next", kinds: ["what"], about: "what happened next: the article's sentence after the one cited last", applies: (q) => q.rule === "what-next", run: (q, index) => answerNext(q, index) },
  { name: "describe-name", kinds: ["what"], about: "what a name stands for ('What is KRAX?'), described as 'Who is X?' is", applies: asksWhatNameIs, run: (q, index) => answerWho(q, index) },
  { name: "name-of", kinds: ["what", "search"], about: "the proper name of the noun asked about, in apposition after it or after a naming cue", applies: (q) => namedNounAsked(q.raw) !== null, run: (q, index) => answerNameOf(q, index) },
  { name: "called", kinds: ["what"], about: "the name something goes by, after a naming cue near what the conversation was about", applies: (q) => q.rule === "what-called", run: (q, index) => answerCalled(q, index) },
  { name: "affiliation", kinds: ["what", "who", "where"], about: "the organisation a person is tied to by a role ('researcher at ING') for 'which company does X work for'", applies: asksAffiliation, run: (q, index) => answerAffiliation(q, index) },
  { name: "ordinal", kinds: ["what", "search"], about: "which one in a series: an ordinal of the noun asked about", run: (q, index) => answerOrdinal(q, index) },
  {
    name: "factoid",
    kinds: ["who", "where", "what", "search"],
    about: "the phrase of the expected kind that fills the question's missing slot",
    applies: (q) => !asksDescription(q) && q.rule !== "role-of" && expectedAnswer(q.raw) !== null,
    // "What is the population of X?" when no sentence names a population: declined, not answered by search.
    run: (q, index, step) => answerFactoid(q, index, step) ?? (expectedAnswer(q.raw)!.headRequired ? { decline: messages.declinedGeneric } : null),
  },
  {
    name: "factoid-for-whosaid",
    kinds: ["whosaid"],
    // "Who wrote the script?", "Who confirmed her death?": no statement answers when the verb tells of an act (a work made, a
    // fact confirmed) the speech analysis credits to no one; the general answerer reads its doer ("… her publicist Ann Lee confirmed").
    about: "which newspaper / agency / official, or who did what a verb of saying tells of: the phrase of the kind asked in the sentence that tells of it",
    run: (q, index, step) => answerFactoid(q, index, step),
  },
  { name: "who", kinds: ["who"], about: "a role named in the question", applies: (q) => !asksDescription(q) && q.entities.length === 0, run: (q, index) => answerWho(q, index) },
  { name: "whosaid-for-who", kinds: ["who"], about: "who said what the question describes", run: (q, index) => answerWhoSaid(q, index) },
  { name: "effect", kinds: ["why"], about: "what came of the event: the clause after an effect cue, or the next sentence pointing back", applies: (q) => q.rule === "effect-of", run: (q, index, step) => answerEffect(q, index, step) },
  { name: "why", kinds: ["why"], about: "the cause or purpose clause after the event asked about", applies: (q) => q.rule !== "effect-of", run: (q, index, step) => answerWhy(q, index, step) },
  { name: "search", kinds: ["quote", "why", "what", "search"], about: "the sentence that holds most of the question", run: (q, index) => answerSearch(q, index, q.kind) },
];

function timeline(q: Query, index: KnowledgeIndex): Outcome {
  // "a timeline of Syria", "Trump's timeline": only the events about that topic or person.
  const ids = q.entities.map((e) => e.entity.id);
  const topic = q.words.filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !/^timelines?$/.test(w)).join(" ");
  const about = q.entities.map((e) => e.entity.name).join(", ") || topic;
  return answerTimeline(index, topic || undefined, ids) ?? { decline: about ? messages.noTimelineAbout(about) : messages.noTimeline };
}

function quote(q: Query, index: KnowledgeIndex, step: TraceStep, conversation?: Conversation): Outcome {
  const exclude = new Set<number>();
  // "What else / what more did he say?" leaves out what the conversation already said he said: the
  // statements quoted or asked about, not a sentence another answer cited ("Who is he?" of "…, said …").
  if (/\b(else|more|other|another|again)\b/.test(q.text)) for (const t of conversation?.turns ?? []) if (SAYING_KINDS.has(t.answer.kind)) for (const id of saidSentences(t, index)) exclude.add(id);
  const r = answerQuote(q, index, exclude);
  // Not credited with a statement (or none on the topic): a sentence may still tell of the words.
  const unquoted = r === null ? speakerPhrase(q.text) : r && "declined" in r && !r.exhausted ? r.declined : null;
  const told = unquoted ? answerUnattributed(q, index, unquoted, r && "declined" in r ? r.topic : undefined) : null;
  if (told) {
    step.notes.push(`no statement of ${unquoted}'s on this; a sentence that tells of their words`);
    return told;
  }
  if (r && "declined" in r) return { decline: r.exhausted ? messages.noMoreStatements(r.declined) : r.topic ? messages.notQuotedOn(r.declined, r.topic) : messages.notQuoted(r.declined) };
  return r;
}

/** Answers that tell what someone said: their sentences are what "What else did he say?" has had. */
const SAYING_KINDS = new Set(["quote", "whosaid"]);

/**
 * The sentences a turn gave as its answer. A quote's lead says the statement of its first cited
 * sentence only; a sentence cited after it where the quotation runs on with no verb or name of its
 * own ("… ,\" Lai said. \"I have to do things step by step.\"") is shown as context, not said, so
 * "What else did he say?" may still give it. One with its own "he said" was a statement given.
 */
function saidSentences(turn: Turn, index: KnowledgeIndex): number[] {
  const sentences = turn.focus?.sentences ?? [];
  if (turn.answer.kind !== "quote" || !turn.answer.answered) return sentences;
  return sentences.filter((id, i) => i === 0 || !index.sentences[id]?.statements.every((st) => st.via === "continuation"));
}
