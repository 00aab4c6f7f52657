import { isPlaceName } from "../../analysis/places.ts";
import { COMMON_VERBS, LIGHT_VERBS, STOPWORDS } from "../../analysis/lexicon.ts";
import { countedHead } from "../../analysis/numberPatterns.ts";
import { canonical, words } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { suggestQuestions } from "../declineAnswer.ts";
import type { IndexedSentence, KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";
import type { CompletionField } from "../types.ts";
import { keyed, type Keyed } from "./matchTyped.ts";

/** The options whose candidates are built from the whole knowledge (/quote topic depends on the speaker chosen). */
export type SourceField = Exclude<CompletionField, "topic">;

const TROOP = canonical("troops");
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*/gu;
const fits = (text: string) => text.length > 0 && text.length <= tuning.complete.maxChoiceLength;

/**
 * What autocomplete can offer for each option, built from what the index already holds, in
 * order of use (most quoted, most counted, newest first): questions of the kinds the engine
 * answers, places with troop figures, people and places on the timeline, what was said. Built
 * per option on first use, from the newest `tuning.complete.articles` articles, so the cost is
 * the same at 1,000 articles as at 10,000. A question marked `check` is offered only once the
 * engine has answered it; the others are answered by construction.
 */
export const SOURCE_BUILDERS: Readonly<Record<SourceField, (index: KnowledgeIndex) => Keyed[]>> = {
  question: questions,
  place: troopPlaces,
  about: timelineSubjects,
  phrase: statements,
};

function newestSentences(index: KnowledgeIndex): IndexedSentence[] {
  return index.articlesNewestFirst().slice(0, tuning.complete.articles).flatMap((a) => index.sentencesOf(a.id));
}

function questions(index: KnowledgeIndex): Keyed[] {
  const out = new Map<string, boolean>();
  const add = (question: string, check: boolean) => {
    if (fits(question) && !out.has(question)) out.set(question, check);
  };
  for (const q of suggestQuestions(index)) add(q, true);
  const speakers = [...index.entities.values()].filter((e) => e.statements.length > 0).sort(byStatements);
  // Answered by construction, unless the name does not read back as written ("Mark T. Esper"):
  // someone with statements is what the quote answerer answers, on a topic that is a word of
  // their statements; someone titled is what "who is" answers; someone the dated events tell
  // of, what the timeline answers about.
  for (const e of speakers) add(`What did ${nameInSentence(e)} say?`, !readsBack(e));
  for (const e of speakers.slice(0, tuning.complete.topicSpeakers)) {
    for (const topic of topicsOf(e, index).filter((t) => questionTopic(t, index)).slice(0, 2)) add(`What did ${nameInSentence(e)} say about ${topic}?`, !readsBack(e));
  }
  for (const e of index.entities.values()) if (e.kind === "person" && e.roles.length > 0) add(`Who is ${e.name}?`, !readsBack(e));
  for (const e of timelineEntities(index).slice(0, tuning.complete.maxChoices)) add(`Give me a timeline of ${nameInSentence(e)}`, !readsBack(e));
  // A count may not be what the count answerer reads for "how many" (measured: 1 in 10 is not), so these are checked.
  for (const q of countQuestions(index)) add(q, true);
  for (const place of timelinePlaces(index).slice(0, tuning.complete.maxChoices)) add(`Give me a timeline of ${place}`, true);
  return [...out].map(([question, check]) => keyed(question, check));
}

/** "How many US troops are in Iraq?": every counted thing of the newest articles, with the place its figure is in. */
function countQuestions(index: KnowledgeIndex): string[] {
  const out: string[] = [];
  for (const s of newestSentences(index)) {
    for (const q of s.quantities) {
      if (q.measure !== "count" || q.projected || q.change || !countedHead(q.unit)) continue;
      // The place the figure is in ("5,000 US troops deployed in Iraq"), in its own clause.
      const place = placesIn(s.text.slice(q.end).split(/[,;]/)[0]!)[0];
      out.push(place ? `How many ${q.unit} are in ${place}?` : `How many ${q.unit} are there?`);
    }
  }
  return out;
}

function troopPlaces(index: KnowledgeIndex): Keyed[] {
  const counts = new Map<string, number>();
  for (const s of newestSentences(index)) {
    if (!s.quantities.some((q) => q.unitTerms.includes(TROOP))) continue;
    for (const place of new Set(placesIn(s.text))) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return byCount(counts).filter(fits).map((p) => keyed(p));
}

/** Names of people and organisations, by how many dated events tell of them, then places on the timeline. */
function timelineSubjects(index: KnowledgeIndex): Keyed[] {
  const out = new Set([...timelineEntities(index).map((e) => e.name), ...timelinePlaces(index)]);
  return [...out].filter(fits).map((x) => keyed(x));
}

/** Places the dated sentences of the newest articles name, the most often named first. */
function timelinePlaces(index: KnowledgeIndex): string[] {
  const places = new Map<string, number>();
  for (const s of newestSentences(index)) if (index.eventOf.has(s.id)) for (const place of placesIn(s.text)) places.set(place, (places.get(place) ?? 0) + 1);
  return byCount(places);
}

function timelineEntities(index: KnowledgeIndex): KnownEntity[] {
  const dated = (e: KnownEntity) => e.sentences.filter((id) => index.eventOf.has(id)).length;
  return [...index.entities.values()]
    .filter((e) => e.kind !== "place")
    .map((e) => ({ e, n: dated(e) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.e.name.localeCompare(b.e.name))
    .map((x) => x.e);
}

/** What was said, newest article first, quotations before reported speech; cut to fit a choice at a word. */
function statements(index: KnowledgeIndex): Keyed[] {
  const quoted = new Set<string>();
  const reported = new Set<string>();
  for (const s of newestSentences(index)) {
    for (const st of s.statements) {
      const said = cutAtWord((st.quote ?? st.content).replace(/["“”]/g, "").replace(/\s+/g, " ").trim().replace(/[,.;:]$/, ""));
      if (said.split(" ").length >= 3) (st.quote ? quoted : reported).add(said);
    }
  }
  return [...quoted, ...reported].map((x) => keyed(x));
}

/** The topic words of what someone said, the most frequent first ("troops", "Iraq"): what /quote topic offers. */
export function topicsOf(e: KnownEntity, index: KnowledgeIndex): string[] {
  const own = new Set(words(e.name));
  const counts = new Map<string, number>();
  for (const { statement } of e.statements.slice(-tuning.complete.topicStatements)) {
    for (const w of statement.content.match(/[\p{L}][\p{L}-]*/gu) ?? []) {
      const lower = w.toLowerCase();
      if (!topicWord(lower) || own.has(lower)) continue;
      // A name keeps its capitals ("Iraq", "Baghdad"); any other word is offered in lowercase.
      const shown = isName(w, index) ? w : lower;
      counts.set(shown, (counts.get(shown) ?? 0) + 1);
    }
  }
  return byCount(counts).slice(0, tuning.complete.topicsPerSpeaker);
}

/** A word that can be a topic: long enough, no grammar word, verb or adverb ("possibly", "coming"). */
function topicWord(lower: string): boolean {
  return lower.length >= tuning.complete.minTopicLength && !STOPWORDS.has(lower) && !COMMON_VERBS.has(lower) && !LIGHT_VERBS.has(lower) && !/(ly|ing)$/.test(lower);
}

/** A topic a question reads well with: a name, or a plural noun ("troops", "forces"). */
function questionTopic(topic: string, index: KnowledgeIndex): boolean {
  return isName(topic, index) || countedHead(topic);
}

function isName(word: string, index: KnowledgeIndex): boolean {
  return /^\p{Lu}/u.test(word) && (isPlaceName(word) || index.entityByAlias(word) !== undefined);
}

function placesIn(text: string): string[] {
  return (text.match(CAPITALISED_RUN) ?? []).map((run) => run.replace(/^The\s+/, "")).filter((run) => isPlaceName(run));
}

/** Whether a question naming `e` finds `e` again: its name is its words, without initials or punctuation that reading drops. */
function readsBack(e: KnownEntity): boolean {
  return words(e.name).join(" ") === e.name.toLowerCase().replace(/-/g, " ");
}

/** "the joint statement", not "The joint statement", inside a question. */
function nameInSentence(e: KnownEntity): string {
  return e.name.replace(/^The\s+(?=\p{Ll})/u, "the ");
}

function byStatements(a: KnownEntity, b: KnownEntity): number {
  return b.statements.length - a.statements.length || a.name.localeCompare(b.name);
}

function byCount(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text]) => text);
}

/** Text cut to a choice's length at a word boundary, without an ellipsis: the value is searched for as it is. */
function cutAtWord(text: string): string {
  const max = tuning.complete.maxChoiceLength;
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf(" ")).trim().replace(/[,;:]$/, "");
}
