import { tuning } from "../tuning.ts";
import { messages } from "../messages.ts";
import { answerQuote } from "./answers/answerQuote.ts";
import { answerTimeline } from "./answers/answerTimeline.ts";
import { answerTroops } from "./answers/answerTroops.ts";
import { answerWhoSaid } from "./answers/answerWhoSaid.ts";
import { ANSWERERS } from "./answerers.ts";
import { declineAnswer } from "./declineAnswer.ts";
import { createCompleter, type Completer } from "./complete/createCompleter.ts";
import { checkMessage } from "./factCheck/checkMessage.ts";
import { newStep, type Trace } from "./trace.ts";
import { KnowledgeIndex, type IndexedSentence } from "../index/knowledgeIndex.ts";
import { loadPartsOfSpeech } from "../analysis/partsOfSpeech.ts";
import { missingName, missingQualifier, otherEnd, otherTime, unplacedAnswer } from "./checkGrounding.ts";
import { unquotedSpeaker } from "./checkSpeakerGrounding.ts";
import { askedRelation, askedRole, relationOfAnother, tellsOfRelation } from "./checkRelation.ts";
import { analyseArticle, type AnalysedArticle } from "../analysis/analyseArticle.ts";
import { analyseArticles } from "../analysis/analyseArticles.ts";
import type { Answer, Article, ArticleSummary, Citation, Conversation, Engine, SpeakerSummary, TurnFocus } from "./types.ts";
import { understandQuestion, type Query } from "./understandQuestion.ts";
import { words } from "../analysis/text.ts";
import { loadRelatedWords } from "../analysis/relatedWords.ts";
import { loadNarrowerWords } from "../analysis/narrowerWords.ts";

/** Builds the answer engine over a set of articles. Everything after this is synchronous and pure. */
export function createEngine(articles: Article[]): Engine {
  return createEngineFromAnalysed(articles.map(analyseArticle));
}

/** Like `createEngine`, analysing on every core: what loading a large archive uses. */
export async function buildEngine(articles: Article[]): Promise<Engine> {
  return buildEngineFromAnalysed(await analyseArticles(articles));
}

/** Like `createEngineFromAnalysed`, leaving the event loop free every few milliseconds while it builds. */
export async function buildEngineFromAnalysed(analysed: AnalysedArticle[]): Promise<Engine> {
  return engineFor(await KnowledgeIndex.build(analysed));
}

/** Builds the engine from articles analysed earlier (for example kept in a cache): skips the costly step. */
export function createEngineFromAnalysed(analysed: AnalysedArticle[]): Engine {
  return engineFor(new KnowledgeIndex(analysed));
}

export function engineFor(index: KnowledgeIndex): Engine {
  // The part-of-speech model (~50 ms) and the related-words lookup (10-20 ms) load once here, not inside the first question.
  loadPartsOfSpeech();
  loadRelatedWords();
  loadNarrowerWords();
  const ask = (question: string, conversation?: Conversation): Answer => {
    const q = understandQuestion(question, index, conversation);
    const trace: Trace = { rule: q.rule, kind: q.kind, steps: [] };
    const answer = { ...answerQuery(q, index, trace, conversation), trace };
    if (conversation) {
      conversation.turns.push({ question, answer, focus: focusOf(q, answer, index) });
      if (conversation.turns.length > tuning.conversation.maxTurns) conversation.turns.shift();
    }
    return answer;
  };

  // Built on first use: a bot never asked to autocomplete never pays for it.
  let completer: Completer | null = null;
  const engine: Engine = {
    ask,
    troops: (place) =>
      answerTroops(index, place) ?? declineAnswer(index, "count", place ? messages.noTroopsFor(place) : messages.noTroops),
    timeline: (filter) => {
      const ids = filter ? index.findEntities(filter, 1).filter((h) => h.score < tuning.names.timelineFilterMaxScore).map((h) => h.entity.id) : [];
      return answerTimeline(index, filter, ids) ?? declineAnswer(index, "timeline", filter ? messages.noTimelineAbout(filter) : messages.noTimeline);
    },
    quotes: (speaker, topic) => {
      const hit = index.entityByAlias(speaker) ?? index.findEntities(speaker, 1).find((h) => h.score < tuning.names.quoteSpeakerMaxScore)?.entity;
      if (!hit) return declineAnswer(index, "quote", messages.notQuoted(speaker));
      const q = understandQuestion(`What did ${hit.name} say${topic ? ` about ${topic}` : ""}?`, index);
      const r = answerQuote(q, index, new Set(), hit.id);
      return !r ? declineAnswer(index, "quote") : "declined" in r ? declineAnswer(index, "quote", messages.notQuoted(r.declined)) : r;
    },
    whoSaid: (phrase) => {
      const clean = phrase.replace(/["“”]/g, "");
      return answerWhoSaid(understandQuestion(`Who said "${clean}"?`, index), index) ?? declineAnswer(index, "whosaid");
    },
    speakers: (query, limit = 25) => speakers(index, query, limit),
    articles: () => summaries(index),
    paragraphOf: (c: Pick<Citation, "doc" | "paragraph">) => index.articles.get(c.doc)?.paragraphs[c.paragraph - 1] ?? null,
    checkMessage: (text) => checkMessage(text, index),
    complete: (field, typed, options) => (completer ??= createCompleter(index, engine)).complete(field, typed, options),
    indexed: () => index.indexed(),
  };
  return engine;
}

/** Offers the question to each answerer registered for its kind, in order; declines when none can support an answer. */
function answerQuery(q: Query, index: KnowledgeIndex, trace: Trace, conversation?: Conversation): Answer {
  if (q.words.length === 0) return declineAnswer(index, "unknown", messages.emptyQuestion);
  if (q.unknownNames.length > 0 && q.entities.length === 0 && !q.followUp) {
    trace.steps.push({ answerer: "names", outcome: "declined", notes: [`names no article mentions: ${q.unknownNames.join(", ")}`] });
    return declineAnswer(index, q.kind, messages.unknownName(q.unknownNames.join(" ")));
  }
  for (const answerer of ANSWERERS) {
    if (!answerer.kinds.includes(q.kind) || (answerer.applies && !answerer.applies(q))) continue;
    const step = newStep(answerer.name);
    trace.steps.push(step);
    const out = answerer.run(q, index, step, conversation);
    if (!out) continue;
    if ("decline" in out) {
      step.outcome = "declined";
      step.notes.push(out.decline);
      return declineAnswer(index, q.kind, out.decline);
    }
    const ungrounded = groundingProblem(q, out, answerer.name, index);
    if (ungrounded) {
      step.outcome = "declined";
      step.notes.push(ungrounded.note);
      return declineAnswer(index, q.kind, ungrounded.message);
    }
    step.outcome = "answered";
    step.notes.push(`chose ${out.short ? `"${out.short}"` : "a sentence"} from ${out.citations[0] ? `${out.citations[0].doc}, paragraph ${out.citations[0].paragraph}` : "no citation"}`);
    if (!step.candidates && out.short) step.candidates = [{ text: out.short, score: out.confidence }];
    return out;
  }
  return declineAnswer(index, q.kind);
}

/** Answers read off one sentence: it must name what the question names (a quote, a timeline or a yes/no has its own checks). */
const GROUNDED_KINDS = new Set<string>(["count", "when", "what", "where", "who", "search"]);

/**
 * Why the answer's sentence does not speak of what the question asks (`checkGrounding.ts`,
 * `checkSpeakerGrounding.ts`): the trace's note and the reply; null when it does.
 */
function groundingProblem(q: Query, out: Answer, answerer: string, index: KnowledgeIndex): { note: string; message: string } | null {
  const cited = citedSentence(out, index);
  if (!cited) return null;
  // "What did the Taliban say?" answered by search: the sentence must be them speaking.
  if (out.kind === "quote" && answerer === "search") {
    const speaker = unquotedSpeaker(q, cited);
    return speaker ? { note: `the cited sentence does not report ${speaker} speaking`, message: messages.notQuoted(speaker) } : null;
  }
  // "Who is Sweden's coach?": the sentence must name that role, and not as another's.
  const role = out.kind === "who" || out.kind === "whosaid" ? askedRole(q.text, q.raw) : null;
  if (role) {
    if (!tellsOfRelation(role, withSentenceBefore(cited, index), null)) return { note: `the cited sentence never names a ${role.verb}`, message: messages.notSaid };
    const another = role.object.length ? relationOfAnother(role, cited.text, namesOf(q, role.object)) : null;
    if (another) return { note: `the cited sentence's "${another}" is of something else than the question asks`, message: messages.notSaid };
  }
  if (!GROUNDED_KINDS.has(out.kind)) return null;
  const missing = missingName(q, cited, index);
  if (missing) return { note: `the cited sentence never names ${missing}`, message: messages.notSaid };
  const qualifier = missingQualifier(q, cited, index) ?? (out.kind === "when" ? otherEnd(q, cited) : null);
  if (qualifier) return { note: `the cited sentence doesn't say "${qualifier}"`, message: messages.notSaid };
  // "Where does she work?" answered by whom she works for: an employer, not a place.
  const unplaced = answerer === "affiliation" ? null : unplacedAnswer(q, out.short, cited, index);
  if (unplaced) return { note: `the cited sentence puts "${unplaced}" where no place stands`, message: messages.notSaid };
  const time = out.kind === "when" ? null : otherTime(q, cited);
  if (time) return { note: `the cited sentence tells of another time ("${time}")`, message: messages.notSaid };
  // "Who commands the battalion?": the sentence must tell of that relation, to that thing.
  // (A question the kind rules read as a search, "Who built the bridge?", asks a relation too.)
  // The contest reader reads its relation from the sides of the contest verb ("lost to" tells who won),
  // the converse reader from the other end of an exchange ("awarded to" tells who got it).
  const relation = (out.kind === "who" || out.kind === "search" || out.kind === "what") && !OWN_RELATION_READERS.has(answerer) ? askedRelation(q.text) : null;
  if (relation) {
    const another = relationOfAnother(relation, cited.text, namesOf(q, relation.object));
    if (another) return { note: `the cited sentence's "${another}" is of something else than the question asks`, message: messages.notSaid };
    if (!tellsOfRelation(relation, withSentenceBefore(cited, index), out.short)) return { note: `the cited sentence never tells who ${relation.verb}`, message: messages.notSaid };
  }
  return null;
}

/** Answerers that read the asked relation from other words than its verb: the grounding does not look for the verb. */
const OWN_RELATION_READERS = new Set(["contest-side", "converse"]);

/** Every name, as words, of the entities the question named among these words ("kpa" → Korean People's Army). */
function namesOf(q: Query, among: string[]): string[][] {
  return q.entities.filter((e) => words(e.wording).every((w) => among.includes(w))).flatMap((e) => [e.entity.name, ...e.entity.aliases].map((n) => words(n)));
}

/** The cited sentence with the one before it in its paragraph, which may tell what it goes on about. */
function withSentenceBefore(cited: IndexedSentence, index: KnowledgeIndex): string {
  const before = index.sentences[cited.id - 1];
  return before && before.doc === cited.doc && before.paragraph === cited.paragraph ? `${before.text} ${cited.text}` : cited.text;
}

function citedSentence(answer: Answer, index: KnowledgeIndex): IndexedSentence | undefined {
  const c = answer.citations[0];
  const id = c ? index.sentenceId(c.doc, c.sentence) : undefined;
  return id === undefined ? undefined : index.sentences[id];
}

/** What a follow-up may refer to: the entity the answer was about and what it cited. */
function focusOf(q: Query, answer: Answer, index: KnowledgeIndex): TurnFocus {
  const sentences = answer.citations
    .map((c) => index.sentenceId(c.doc, c.sentence))
    .filter((id): id is number => id !== undefined);
  let entity = q.entities[0]?.entity.id ?? null;
  if (answer.answered && answer.short) {
    const e = index.entityByAlias(answer.short);
    if (e) entity = e.id;
  }
  const first = sentences[0] !== undefined ? index.sentences[sentences[0]]! : undefined;
  // A quote is about whom it quotes, even when the question named them by a role.
  if (answer.answered && answer.kind === "quote" && first) {
    const said = first.statements;
    entity = said.find((st) => st.speaker === entity)?.speaker ?? said[0]?.speaker ?? entity;
  }
  if (!entity && q.previous) entity = q.previous.entity;
  const unitTerms = answer.kind === "count" && first ? first.quantities.find((x) => x.text === answer.short)?.unitTerms ?? [] : q.previous?.unitTerms ?? [];
  return { kind: q.kind, entity, sentences, topic: q.topic.length ? q.topic : q.previous?.topic ?? [], unitTerms };
}

function speakers(index: KnowledgeIndex, query: string | undefined, limit: number): SpeakerSummary[] {
  const summary = (e: { name: string; roles: string[]; kind: string; statements: unknown[] }): SpeakerSummary => ({
    name: e.name,
    role: e.roles[0] ?? null,
    kind: e.kind === "person" ? "person" : "organisation",
    statements: e.statements.length,
  });
  if (query && query.trim()) {
    return index.findEntities(query.trim(), limit * 2).map((h) => h.entity).filter((e) => e.statements.length > 0).slice(0, limit).map(summary);
  }
  return [...index.entities.values()]
    .filter((e) => e.statements.length > 0)
    .sort((a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(summary);
}

const summaryCache = new WeakMap<KnowledgeIndex, ArticleSummary[]>();

/** The articles, newest first; computed once per index (`/sources` asks often, the index never changes). */
function summaries(index: KnowledgeIndex): ArticleSummary[] {
  const known = summaryCache.get(index);
  if (known) return known;
  const list = computeSummaries(index);
  summaryCache.set(index, list);
  return list;
}

function computeSummaries(index: KnowledgeIndex): ArticleSummary[] {
  // The index keeps articles in date order already.
  return index
    .articlesNewestFirst()
    .map((a) => ({ id: a.id, title: a.title, published: a.published, source: a.source, url: a.url, paragraphs: a.paragraphs.length, sentences: index.sentencesOf(a.id).length }));
}
