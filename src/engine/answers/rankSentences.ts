import { STOPWORDS, QUESTION_WORDS } from "../../analysis/lexicon.ts";
import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { coverage, previousInParagraph, THIRD_PERSON } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { headlineTerms } from "./headlineLede.ts";
import { definedNameTerms } from "./definedNames.ts";

export interface Ranked {
  sentence: IndexedSentence;
  /** Share of the question's words (topic and names) found in the sentence. */
  coverage: number;
  score: number;
}

/** The canonical words of the entities a question names, as a sentence would contain them. */
export function entityTerms(q: Query): string[] {
  return q.entities.flatMap((e) => contentTerms(e.wording));
}

/**
 * Sentences ranked for a question: candidates from the inverted index, then ordered by how
 * much of the question they contain (names count: a sentence about the person asked about
 * wins), with the index's BM25 score to break ties. With `headlines`, an article's lede is
 * read with its headline's words (see headlineLede.ts).
 */
export function rankSentences(q: Query, index: KnowledgeIndex, terms: string[] = [...q.topic, ...entityTerms(q)], only?: (s: IndexedSentence) => boolean, headlines = false): Ranked[] {
  const names = q.entities.map((e) => e.entity.id);
  const query = [q.text, ...q.entities.map((e) => e.entity.name)].join(" ");
  const hits = index.find(query, undefined, only);
  // "What happened on January 5?": sentences dated in the period asked about are candidates too.
  if (q.period) {
    const seen = new Set(hits.map((h) => h.sentence.id));
    for (const s of index.sentencesInPeriod(q.period.from, q.period.to)) if (!seen.has(s.id) && (!only || only(s))) hits.push({ sentence: s, score: 0 });
  }
  // The lede of an article a candidate comes from tells its headline's event, though it may share no word with the question.
  if (headlines) {
    const seen = new Set(hits.map((h) => h.sentence.id));
    const asked = new Set(terms);
    for (const doc of new Set(hits.map((h) => h.sentence.doc))) {
      const lede = index.sentencesOf(doc)[0];
      if (lede && !seen.has(lede.id) && (!only || only(lede)) && headlineTerms(index, lede).some((t) => asked.has(t))) hits.push({ sentence: lede, score: 0 });
    }
  }
  const top = hits[0]?.score || 1;
  const cited = q.followUp && q.previous?.sentences[0] !== undefined ? index.sentences[q.previous.sentences[0]] : undefined;
  // The question's own words, as written: a sentence using them beats one using synonyms.
  const asked = q.words.filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w));
  // Names the index keeps no entity for ("Sweden" in "Who scored Sweden's goal?") pick a sentence out as entities do.
  const nameTerms = questionNameTerms(q, hits.map((h) => h.sentence));
  return hits
    .map((h) => {
      const held = heldNames(index, h.sentence, names, nameTerms);
      // A name held by a pronoun counts as written: the sentence's words read with it.
      const s = held.byPronoun.length ? { ...h.sentence, terms: [...h.sentence.terms, ...held.byPronoun] } : h.sentence;
      // An article's lede reads with its headline's words, at part of their weight: the sentence's own words say it more surely.
      const headline = headlines ? [...headlineTerms(index, s), ...definedNameTerms(index, s)] : [];
      const named = names.length ? held.ids.length / names.length : 0;
      const namedTerms = nameTerms.length ? held.terms.length / nameTerms.length : 0;
      const own = Math.max(coverage(terms, s), names.length ? (coverage(q.topic, s) * q.topic.length + named * names.length) / (q.topic.length + names.length || 1) : 0);
      const cov = headline.length ? own + Math.max(0, coverage(terms, { ...s, terms: [...s.terms, ...headline] }) - own) * tuning.rank.headline : own;
      const near = proximity(terms, h.sentence.terms);
      // A date inside the period asked about counts fully; one that only overlaps it ("early January" for "January 5"), half.
      const p = q.period;
      const inPeriod = !p ? 0 : s.dates.some((d) => d.from >= p.from && d.to <= p.to) ? 1 : s.dates.some((d) => d.from <= p.to && d.to >= p.from) ? tuning.rank.overlappingPeriod : 0;
      const sentenceWords = asked.length ? new Set(words(s.text)) : null;
      const ownWords = sentenceWords ? asked.filter((w) => sentenceWords.has(w)).length / asked.length : 0;
      const w = tuning.rank;
      const score =
        cov * w.coverage + named * w.named + namedTerms * w.nameTerms + ownWords * w.ownWords + near * w.proximity + (h.score / top) * w.indexScore +
        inPeriod * w.inPeriod + (q.preferredDocs.has(s.doc) ? w.preferredArticle : 0) + index.recency(s.doc) * w.recency +
        (cited ? nearness(cited, s) * w.followUpContext : 0);
      return { sentence: s, coverage: cov, score };
    })
    .sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id)
    .slice(0, tuning.search.candidates);
}

/** A pronoun that stands for someone or something named earlier. */

/**
 * The question's words the articles write as names, however the question is typed: "sweden"
 * in "who scored sweden's goal" when the candidate sentences write "Sweden" and never "sweden".
 * A word the articles capitalise only inside a longer name the question does not give
 * ("Esports" of "Northern Arena Esports Championship") is no name of its own. Canonical terms,
 * leaving out the entities the question names (counted as such).
 */
export function questionNameTerms(q: Query, sentences: readonly IndexedSentence[]): string[] {
  const entityWords = new Set(q.entities.flatMap((e) => words(e.wording)));
  const asked = new Set(q.words);
  const candidates = new Map<string, string>();
  for (const w of asked) {
    if (w.length < 2 || STOPWORDS.has(w) || QUESTION_WORDS.has(w) || entityWords.has(w) || !/^\p{L}/u.test(w)) continue;
    candidates.set(w, canonical(w));
  }
  if (candidates.size === 0) return [];
  const wanted = new Set(candidates.values());
  const asName = new Set<string>();
  const lowercase = new Set<string>();
  for (const s of sentences) {
    if (!s.terms.some((t) => wanted.has(t))) continue;
    const lower = s.text.toLowerCase();
    for (const w of candidates.keys()) {
      // Once written in lowercase, a word is no name: no need to read it again.
      if (lowercase.has(w)) continue;
      for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
        // A whole word only: "sweden" in "Sweden's", not in "Swedenborg".
        if (LETTER.test(lower[at - 1] ?? "") || LETTER.test(lower[at + w.length] ?? "")) continue;
        if (s.text[at] === lower[at]) lowercase.add(w);
        // Past the sentence's first word, in a run of capitalised words the question holds all of.
        else if (!/^\P{L}*$/u.test(s.text.slice(0, at)) && runAt(s.text, at).every((x) => asked.has(x))) asName.add(w);
      }
    }
  }
  const out = new Set<string>();
  for (const [w, term] of candidates) if (asName.has(w) && !lowercase.has(w)) out.add(term);
  return [...out];
}

const LETTER = /[\p{L}\d]/u;
/** Capitalised words in a row ("South Korea"), a possessive ending the run ("Korea's | Kim"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*/gu;

/** The lowercase words of the run of capitalised words that holds the word at `at`. */
function runAt(text: string, at: number): string[] {
  for (const m of text.matchAll(CAPITALISED_RUN)) if (m.index <= at && at < m.index + m[0].length) return m[0].toLowerCase().split(/[\s-]+/);
  return [text.slice(at).split(/[^\p{L}\d]/u)[0]!.toLowerCase()];
}

/**
 * The names asked that a sentence holds: entities it names, name terms it uses, and those the
 * sentence before (in its paragraph) names when this one goes on with a pronoun
 * ("Mozilla Firefox, its main rival, …" after a sentence on Internet Explorer).
 */
function heldNames(index: KnowledgeIndex, s: IndexedSentence, ids: readonly string[], terms: readonly string[]): { ids: string[]; terms: string[]; byPronoun: string[] } {
  const heldIds = ids.filter((id) => s.entities.includes(id));
  const heldTerms = terms.filter((t) => s.terms.includes(t));
  const byPronoun: string[] = [];
  if (heldIds.length + heldTerms.length < ids.length + terms.length && THIRD_PERSON.test(s.text)) {
    const before = previousInParagraph(s, index);
    if (before) {
      for (const id of ids) {
        if (heldIds.includes(id) || !before.entities.includes(id)) continue;
        heldIds.push(id);
        byPronoun.push(...contentTerms(id));
      }
      for (const t of terms) {
        if (heldTerms.includes(t) || !before.terms.includes(t)) continue;
        heldTerms.push(t);
        byPronoun.push(t);
      }
    }
  }
  return { ids: heldIds, terms: heldTerms, byPronoun };
}

/**
 * How close together the question's words stand in the sentence: matched words divided by
 * the shortest stretch of content words holding them all (1 when adjacent, 0 when under two
 * words match). "US troops deployed in Iraq" answers "troops in Iraq" better than a sentence
 * with "forces" at its start and "Iraq" at its end.
 */
export function proximity(queryTerms: string[], sentenceTerms: string[]): number {
  const wanted = new Set(queryTerms);
  const seq = sentenceTerms.map((t, i) => ({ t, i })).filter((x) => wanted.has(x.t));
  const distinct = new Set(seq.map((x) => x.t)).size;
  if (distinct < 2) return 0;
  const counts = new Map<string, number>();
  let best = Infinity;
  let have = 0;
  let left = 0;
  for (let right = 0; right < seq.length; right++) {
    const r = seq[right]!;
    counts.set(r.t, (counts.get(r.t) ?? 0) + 1);
    if (counts.get(r.t) === 1) have++;
    while (have === distinct) {
      const l = seq[left]!;
      best = Math.min(best, r.i - l.i + 1);
      counts.set(l.t, counts.get(l.t)! - 1);
      if (counts.get(l.t) === 0) have--;
      left++;
    }
  }
  return distinct / best;
}

/**
 * How near a sentence stands to the one the last answer cited, for a follow-up: a conversation
 * reads on through the article ("what status did they end up getting?" is told just after
 * "… asked the council to help the girls"). 1 for the cited sentence itself, less for each
 * sentence after it in its paragraph, less again for those before it; 0 elsewhere.
 */
export function nearness(cited: IndexedSentence, s: IndexedSentence): number {
  if (s.doc !== cited.doc || s.paragraph !== cited.paragraph) return 0;
  const d = s.position - cited.position;
  const w = tuning.rank;
  return Math.max(0, 1 - Math.abs(d) * w.followUpDistanceStep) * (d < 0 ? w.followUpBefore : 1);
}
