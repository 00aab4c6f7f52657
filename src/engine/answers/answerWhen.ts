import type { DateMention } from "../../analysis/extractDates.ts";
import { BOUNDARY_VERBS, IRREGULAR_PAST, NO_DATE_GIVEN, ORGANISATION_DESCRIPTIONS, STOPWORDS, UNCHANGED_PAST_VERBS } from "../../analysis/lexicon.ts";
import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { tagWords, type PartOfSpeech, type TaggedWord } from "../../analysis/partsOfSpeech.ts";
import { compose, coverage, humanDate, sentenceCase } from "../answerSupport.ts";
import { declineAnswer } from "../declineAnswer.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { entityTerms, rankSentences, type Ranked } from "./rankSentences.ts";
import { areRelated } from "../../analysis/relatedWords.ts";
import { relativeTime } from "./relativeTime.ts";
import { ledeAnswer } from "./headlineLede.ts";
import { askingNoun, boundaryAsked, fineEnough, HOLDING, heldAsked, participleOf, pastVerbsOf, precisionAsked, tenseOf, writtenAsName } from "./whenQuestion.ts";

/** Words of a sentence that speaks of what is still to come. */
const FUTURE_CUE = /\b(?:will|shall|going to|plans?|planned|scheduled|expected|due|(?:is|are) to|intends?|aims?|hopes?|wish(?:es)?|wants?|next|upcoming|coming|soon|would)\b|['’]ll\b/i;

/**
 * When: the sentence that tells of the event asked about, and in it the date nearest to the
 * words of the question. Relative dates are given resolved, with the article's own wording.
 * An answer always gives a date: when the sentence that tells of the event has none (and no
 * sentence next to it dates it), the engine declines and says so.
 */
export function answerWhen(q: Query, index: KnowledgeIndex): Answer | null {
  const published = whenPublished(q, index);
  if (published) return published;
  const boundary = boundaryAsked(q);
  // "When?" / "When was that?": the date of the sentence the previous answer cited.
  if (q.previous && q.topic.length === 0 && q.entities.length === 0) {
    const s = q.previous.sentences.map((id) => index.sentences[id]!).find((x) => x.dates.length > 0);
    if (s) return dated(index, s, pickDate(s, q, index.articles.get(s.doc)!.published), tuning.confidence.whenFollowUp, boundary);
    return declineAnswer(index, "when", messages.noDateFound);
  }
  // "What day was …?" asks for a day, "over what period …?" for a span: that noun is how it asks, not what it asks about.
  const precision = precisionAsked(q);
  const asking = askingNoun(q);
  // "When were the awards held?": "held" says only that they took place (see HOLDING).
  const terms = [...q.topic, ...entityTerms(q)].filter((t) => (!asking || t !== canonical(asking)) && !(HOLDING.has(t) && heldAsked(q)));
  // Asked for an end or a start, a span stands for the verb: "is to run from January 23 through
  // March 9" tells when an exhibit closes, "was close to" does not.
  const withoutBoundary = terms.filter((t) => !q.words.some((w) => BOUNDARY_VERBS[w] && canonical(w) === t));
  const spanFor = (s: IndexedSentence) => boundary !== null && s.dates.some((d) => d.precision === "span");
  const covers = (r: Ranked) => (spanFor(r.sentence) ? Math.max(r.coverage, coverage(withoutBoundary, r.sentence)) : r.coverage);
  const ranked = rankSentences(q, index, terms, undefined, true);
  if (!ranked[0] || ranked[0].coverage < tuning.answer.minCoverage) return null;
  // An event between two named people needs a sentence naming them both ("When did A meet B?").
  // Only people the question names as names: "close" in "when does it close?" is no Mr Close.
  const named = q.entities.filter((e) => writtenAsName(q.raw, e.wording));
  const people = named.filter((e) => e.entity.kind === "person").map((e) => e.entity.id);
  // "When was the flag adopted?" is about an adopting: a sentence without that verb tells of something else.
  const verb = participleOf(q);
  const verbs = pastVerbsOf(q);
  // A question naming one thing ("When does the Skidmore College exhibit close?") is not answered by a sentence about another.
  // Only names of things and bodies: a person may be the question's "her" carried from the conversation, not its subject.
  const things = named.filter((e) => e.entity.kind !== "person");
  const names = (s: IndexedSentence, e: (typeof things)[number]) => s.entities.includes(e.entity.id) || coverage(words(e.entity.name).filter((x) => !STOPWORDS.has(x)).map(canonical), s) === 1;
  const namesAsked = (s: IndexedSentence) => things.length === 0 || things.some((e) => names(s, e) || (e.entity.kind !== "place" && describedNearby(index, s, (o) => names(o, e))));
  const tellsOf = (s: IndexedSentence) => (named.length < 2 || people.every((id) => s.entities.includes(id))) && (!verb || coverage([verb], s) > 0) && namesAsked(s);
  // A question about the future ("will", "must … be completed") looks for a date after the article, one in the past before it.
  const w = tuning.when;
  // A question in a clear tense wants a date on its side of the publication: "When will … leave?" is not answered by "in recent months".
  const tense = tenseOf(q);
  const inTense = (s: IndexedSentence) => {
    const published = index.articles.get(s.doc)!.published;
    return s.dates.some((d) => (tense === "future" ? d.from >= published && d.to > published : tense === "past" ? d.from <= published : true));
  };
  // The sentence that tells of the event best, leaving out those dated only on the other side of the publication
  // ("is leaving … said … today" does not tell when they will have left).
  // Asked of the future, an undated sentence that speaks only of the past ("The team used radar to …") tells of another
  // event, unless it says no date was given ("gave no timeline for the withdrawal").
  const undatedFits = (s: IndexedSentence) => tense !== "future" || FUTURE_CUE.test(s.text) || NO_DATE_GIVEN.test(s.text);
  const bestAny = ranked.find((r) => (r.sentence.dates.length === 0 && undatedFits(r.sentence)) || inTense(r.sentence)) ?? ranked[0];
  const value = (r: Ranked) => {
    const published = index.articles.get(r.sentence.doc)!.published;
    const fits = r.sentence.dates.some((d) => d.precision !== "range" && (q.future ? d.to > published : d.from <= published));
    const precise = precision !== null && r.sentence.dates.some((d) => fineEnough(d, precision));
    return r.score + (fits ? w.tenseFits : 0) + (spanFor(r.sentence) ? w.spanForBoundary : 0) + (sameVerb(terms, r.sentence, verbs) ? w.sameVerb : 0) + (precise ? w.precisionFits : 0);
  };
  // An end or a start is a point in time: "the 1960s" is no closing date.
  const pointFor = (s: IndexedSentence) => !boundary || s.dates.some((d) => d.precision !== "decade" && d.precision !== "range");
  const bestDated = rankSentences(q, index, terms, (s) => s.dates.length > 0 && inTense(s) && pointFor(s), true)
    .filter((r) => covers(r) >= tuning.answer.minCoverage && covers(r) + w.maxCoverageGap >= bestAny.coverage && tellsOf(r.sentence))
    .map((r) => ({ r, value: value(r) }))
    .sort((a, b) => b.value - a.value)[0]?.r;
  // The sentence that tells of the event best may leave its date to the next one ("… had
  // started to broadcast … The broadcasts began on August 10").
  const undated = bestAny.sentence.dates.length === 0 && tellsOf(bestAny.sentence);
  // A passive question's verb must be the neighbour's too: "The trial began yesterday" does not date "were arrested" in the sentence after it.
  const neighbour = undated ? datedNeighbour(index, bestAny.sentence, (n) => inTense(n) && (!verb || coverage([verb], n) > 0)) : null;
  // It dates the event when it tells of it at least as well as the best dated sentence (its verb counts as much as a word).
  const told = (s: IndexedSentence) => coverage(terms, s) + (sameVerb(terms, s, verbs) ? w.sameVerbCoverage : 0);
  if (neighbour && (!bestDated || told(neighbour) > told(bestDated.sentence))) {
    return dated(index, neighbour, pickDate(neighbour, q, index.articles.get(neighbour.doc)!.published), bestAny.coverage * tuning.confidence.whenNeighbour, boundary);
  }
  if (!bestDated) {
    if (!undated) return null;
    // Only for a past event the sentence tells with the question's verb, and not asked for its first or last time.
    // Nor asked for a day, month or year: "after crossing the border" names none.
    const past = tense !== "future" && !q.future && boundary === null && precision === null && !q.words.some((x) => /^(?:first|last|initially|originally)$/.test(x));
    return (past && ledeAnswer(index, bestAny.sentence, bestAny.coverage)) || undatedAnswer(q, index, bestAny, terms, past && sameVerb(terms, bestAny.sentence, verbs));
  }
  const s = bestDated.sentence;
  return dated(index, s, pickDate(s, q, index.articles.get(s.doc)!.published), bestDated.coverage, boundary);
}

/**
 * The sentence that tells of the event gives no date: "… but gave no detailed timeline" says
 * there is none; "… taken to hospital shortly before her death" gives the time it has, for a
 * plain past event; otherwise the engine declines.
 */
function undatedAnswer(q: Query, index: KnowledgeIndex, best: Ranked, terms: string[], plain: boolean): Answer {
  if (NO_DATE_GIVEN.test(best.sentence.text)) return compose(index, { kind: "when", lead: messages.noDate, short: null, sentences: [best.sentence], confidence: best.coverage * tuning.confidence.whenNoDateGiven });
  const asked = new Set([...terms, ...q.words.map(canonical)]);
  const relative = plain && relativeTime(best.sentence.text, (phrase) => {
    // "after a long renovation" for "… reopened after renovation?": its head word is the question's own.
    const content = words(phrase).filter((x) => !STOPWORDS.has(x));
    return content.length === 0 || asked.has(canonical(content.at(-1)!));
  });
  if (relative) return compose(index, { kind: "when", lead: `${sentenceCase(relative)}.`, short: relative, sentences: [best.sentence], confidence: best.coverage * tuning.confidence.whenRelative });
  return declineAnswer(index, "when", messages.noDateFound);
}

/** "When was the article published?" asks about the article itself: its date, title and source; null for any other question. */
function whenPublished(q: Query, index: KnowledgeIndex): Answer | null {
  if (/\b(article|story|report|piece)\b/.test(q.text) && /\b(published|written|come out|came out|released|dated)\b/.test(q.text)) {
    const doc = [...q.preferredDocs][0] ?? index.articlesNewestFirst()[0]?.id;
    const first = doc ? index.sentencesOf(doc)[0] : undefined;
    if (first) {
      const a = index.articles.get(first.doc)!;
      return compose(index, { kind: "when", lead: `${humanDate(a.published)}: “${a.title}” (${a.source}).`, short: humanDate(a.published), sentences: [first], confidence: tuning.confidence.whenPublished });
    }
  }
  return null;
}

/**
 * The sentence tells of the question's event with its verb: a verb in the past in the sentence
 * that is one of the question's words ("began" for "when did … begin"), or a word of the same
 * family as a verb in the past in the question ("provocation" for "provoked").
 */
function sameVerb(terms: string[], s: IndexedSentence, questionVerbs: string[] = []): boolean {
  const wanted = new Set(terms);
  for (const m of s.text.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    // "constructed" tells of "when was it built?": a verb of the same meaning is the question's verb.
    if ((IRREGULAR_PAST[w] || UNCHANGED_PAST_VERBS.has(w) || /[a-z]{2}ed$/.test(w)) && (wanted.has(canonical(w)) || terms.some((t) => areRelated(t, canonical(w))))) return true;
  }
  return questionVerbs.some((v) => coverage([v], s) > 0);
}

/** The date of a neighbouring sentence of the same paragraph that goes on about the same thing (shares a content word with it). */
function datedNeighbour(index: KnowledgeIndex, s: IndexedSentence, inTense: (s: IndexedSentence) => boolean): IndexedSentence | null {
  const own = new Set(s.terms);
  for (const id of [s.id + 1, s.id - 1]) {
    const n = index.sentences[id];
    if (!n || n.doc !== s.doc || n.paragraph !== s.paragraph || !n.dates.some((d) => d.precision !== "range") || !inTense(n)) continue;
    if (n.terms.some((t) => own.has(t))) return n;
  }
  return null;
}

/** "the band", "the company": a sentence that names an organisation by what it is. */
const DESCRIBED_ORGANISATION = new RegExp(`\\bthe\\s+(?:${[...ORGANISATION_DESCRIPTIONS].join("|")})\\b`, "i");

/** The sentence speaks of the thing by what it is ("In 2003, the band split") in a paragraph that names it. */
function describedNearby(index: KnowledgeIndex, s: IndexedSentence, names: (o: IndexedSentence) => boolean): boolean {
  return DESCRIBED_ORGANISATION.test(s.text) && index.sentencesOf(s.doc).some((o) => o.paragraph === s.paragraph && names(o));
}

function dated(index: KnowledgeIndex, s: IndexedSentence, d: DateMention, confidence: number, boundary: "first" | "last" | null): Answer {
  const published = humanDate(index.articles.get(s.doc)!.published);
  // A span asked for its end or its start answers with that end; a vague range in the article's words.
  const label = d.ends && boundary ? d.ends[boundary] : d.label;
  const short = d.precision === "range" ? d.text.replace(/^(on|in)\s+/i, "") : label;
  // The article's own wording beside the resolved date, unless they read the same.
  const wording = d.text.replace(/^(on|in)\s+/i, "");
  const lead = d.relative ? `${sentenceCase(label)} (the article, published ${published}, says “${d.text}”).` : `${sentenceCase(label)}${wording !== label ? ` (“${d.text}”)` : ""}.`;
  return compose(index, { kind: "when", lead, short, sentences: [s], confidence });
}

/** The date of the sentence nearest to where the question's own words appear in it. */
function pickDate(s: IndexedSentence, q: Query, published: string): DateMention {
  const points = s.dates.filter((d) => d.precision !== "range");
  // "the 2008 Summer Olympics" names the games; "On Wednesday" dates the verb.
  const timing = points.filter((d) => !yearAsName(d));
  const usable = timing.length ? timing : points;
  const precision = precisionAsked(q);
  const precise = precision ? usable.filter((d) => fineEnough(d, precision)) : [];
  const dates = precise.length ? precise : usable.length ? usable : s.dates;
  if (dates.length === 1) return dates[0]!;
  // A question in the future tense asks for a date after the article; one in the past, before it.
  const tense = tenseOf(q);
  const tensed = tense ? dates.filter((d) => (tense === "future" ? d.to > published : d.from <= published)) : dates;
  if (tensed.length === 1) return tensed[0]!;
  const pool = tensed.length ? tensed : dates;
  // "What year did Taipei host it?": "year" is how the question asks, not a word of its event.
  const asking = askingNoun(q);
  const topic = asking ? q.topic.filter((t) => t !== canonical(asking)) : q.topic;
  const wanted = new Set([...topic, ...entityTerms(q)]);
  const tokens = [...s.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  const positions: number[] = [];
  for (const m of tokens) {
    const w = words(m[0])[0];
    if (w && wanted.has(canonical(w))) positions.push(m.index!);
  }
  // The question's first content word is usually its verb ("report", "kill", "hold") or the subject of it; a word the
  // question's own tagging calls a verb ("ratified" of "When was the treaty ratified?") anchors too.
  const at = (term: string | undefined) => (term ? tokens.find((m) => contentTerms(m[0])[0] === term)?.index : undefined);
  const tags = tagWords(q.raw);
  const tagged = [...tags.flatMap((t) => (t.pos === "VERB" ? [canonical(t.text.toLowerCase())] : [])), ...doSupportVerb(tags)].find((t) => topic.includes(t) && t !== topic[0]);
  const verbAt = at(topic[0]);
  const taggedAt = at(tagged);
  const anchor = verbAt !== undefined ? [verbAt, ...(taggedAt !== undefined ? [taggedAt] : [])] : positions;
  if (anchor.length === 0) return pool[0]!;
  // A date in the verb's own clause ("told the AP last week") beats a nearer one in an aside
  // (", who faces elections in October,").
  // The comma after a date that opens the sentence ("On Wednesday, the board voted") closes no clause.
  const opening = pool.find((d) => /^\s*,/.test(s.text.slice(d.end)) && !/\p{L}/u.test(s.text.slice(0, d.start)));
  const clauseOf = (at: number) => (s.text.slice(0, at).match(/,/g) ?? []).length - (opening && at > opening.end ? 1 : 0);
  const verbClause = clauseOf(anchor[0]!);
  // "On June 19, X addressed parliament saying, “Today …”": a date inside a quotation is the speaker's, not the verb's outside it.
  const quoted = (at: number) => [...s.text.matchAll(/"[^"]*"|“[^”]*”/g)].some((m) => m.index! < at && at < m.index! + m[0].length);
  const verbQuoted = quoted(anchor[0]!);
  // Counted from the word's end for a date after it, from its start for one before: "signed in 1990 and ratified | in 1992".
  const ends = new Map(tokens.map((m) => [m.index!, m.index! + m[0].length]));
  const gap = (d: DateMention, p: number) => (d.start >= p ? d.start - (ends.get(p) ?? p) : Math.abs(p - d.end));
  const distance = (d: DateMention) => Math.min(...anchor.map((p) => gap(d, p))) + (clauseOf(d.start) === verbClause ? 0 : 1000) + (quoted(d.start) === verbQuoted ? 0 : 2000);
  // Of two as near, the first written.
  return [...pool].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0]!;
}

/**
 * "When did the bridge close?": after "did" and its subject, the verb, whatever the tagger calls it
 * ("close" is tagged an adjective there). Its canonical form, or nothing.
 */
function doSupportVerb(tags: TaggedWord[]): string[] {
  const aux = tags.findIndex((t) => DO_FORMS.has(t.text.toLowerCase()));
  if (aux < 0) return [];
  let i = aux + 1;
  while (i < tags.length && MODIFIER_TAGS.has(tags[i]!.pos)) i++;
  const head = i;
  while (i < tags.length && HEAD_TAGS.has(tags[i]!.pos)) i++;
  const next = tags[i];
  return i > head && next && WORD_TAGS.has(next.pos) ? [canonical(next.text.toLowerCase())] : [];
}
const DO_FORMS = new Set(["did", "does", "do", "will", "would", "can", "could"]);
/** Tags of the words before a subject's head ("the old", "he"), and of its head ("bridge", "Ann Roe's mother"). */
const MODIFIER_TAGS = new Set<PartOfSpeech>(["DET", "ADJ", "NUM"]);
const HEAD_TAGS = new Set<PartOfSpeech>(["NOUN", "PROPN", "PART", "PRON"]);
/** Tags the verb after a subject may be given ("close" as an adjective, "land" as a noun). */
const WORD_TAGS = new Set<PartOfSpeech>(["VERB", "ADJ", "NOUN", "ADV"]);

/**
 * A year naming which one of a thing ("the 2008 Summer Olympics", "its 2019 budget", read so by
 * calendarDateRules) tells which thing, not when the sentence's event happened.
 */
function yearAsName(d: DateMention): boolean {
  return /^\p{L}+\s+\d{4}\s/u.test(d.text);
}
