import { performance } from "node:perf_hooks";
import MiniSearch from "minisearch";
import type { AnalysedArticle, AnalysedSentence } from "../analysis/analyseArticle.ts";
import type { Statement } from "../analysis/attributeSpeech.ts";
import type { Entity } from "../analysis/entities.ts";
import { STOPWORDS } from "../analysis/lexicon.ts";
import { canonical, contentTerms, words } from "../analysis/text.ts";
import { tuning } from "../tuning.ts";
import { FilteredFuse, TypoVocabulary } from "./typoCandidates.ts";
import { dayLabel } from "../analysis/dateSupport.ts";
import { eventsOf, leadEvent } from "./timelineEvents.ts";
import type { Article } from "./types.ts";

/** A sentence of the knowledge with its global id. */

/** A role of someone quoted, with its canonical words and those of their name. */
export interface SpeakerRole {
  entity: KnownEntity;
  role: string;
  terms: Set<string>;
  nameTerms: Set<string>;
}
export interface IndexedSentence extends AnalysedSentence {
  id: number;
}

/** A dated sentence on the timeline: its first precise date. */
export interface TimelineEvent {
  sentence: IndexedSentence;
  from: string;
  to: string;
  label: string;
}

/** One entity across all articles. */
export interface KnownEntity extends Entity {
  /** Every statement attributed to it: sentence id and index in that sentence's statements. */
  statements: Array<{ sentence: number; statement: Statement }>;
  /** Sentences that name it. */
  sentences: number[];
}

/**
 * Everything the answerers search: sentences with their facts, entities, an inverted index
 * for candidates (MiniSearch: BM25 with typo tolerance, fast at 150,000 sentences where a
 * fuse.js scan takes seconds, see RESEARCH.md) and fuse.js over names and words, where
 * fuzzy matching of short strings is what it does best.
 */
export class KnowledgeIndex {
  readonly articles = new Map<string, Article>();
  readonly sentences: IndexedSentence[] = [];
  readonly entities = new Map<string, KnownEntity>();
  private search!: MiniSearch<{ id: string; text: string }>;
  private readonly sentencesByDoc = new Map<string, IndexedSentence[]>();
  /** How many sentences / articles hold each canonical term. */
  private readonly sentenceDf = new Map<string, number>();
  private readonly articleDf = new Map<string, number>();
  private names!: FilteredFuse<{ entity: string; alias: string }>;
  /** In a large archive, the names again by the first letter of each of their words (see `findEntities`). */
  private namesByLetter: Map<string, FilteredFuse<{ entity: string; alias: string }>> | null = null;
  /** Raw lowercase words of the knowledge, by first letter, for typo correction. */
  private readonly vocabulary = new Map<string, TypoVocabulary>();
  private readonly rawWords = new Set<string>();
  private readonly terms = new Set<string>();
  private readonly aliasMap = new Map<string, string>();
  /** Articles by the distinctive words of their source ("xinhua", "reuters"), for questions naming one. */
  private readonly docsBySourceWord = new Map<string, string[]>();
  private readonly articlesByDate: Article[] = [];
  /** Every precise date of every sentence, in date order: timelines and questions naming a time read it. */
  readonly timeline: TimelineEvent[] = [];
  /** A sentence's (first) place on the timeline, by sentence id. */
  readonly eventOf = new Map<number, TimelineEvent>();
  /** The other places of a sentence that tells of several dates ("yesterday … and tomorrow …"). */
  readonly moreEventsOf = new Map<number, TimelineEvent[]>();
  /** Events spanning more than a year (decades, long spans): searched apart when a period is asked about. */
  private readonly longEvents: TimelineEvent[] = [];
  private newest: string | null = null;
  /** Sentences that carry a date, for timelines and questions naming a time. */
  readonly dated: IndexedSentence[] = [];
  /** 0 for the oldest article .. 1 for the newest, so questions about "now" prefer the latest. */
  private readonly recencyOf = new Map<string, number>();

  /**
   * Builds the index from analysed articles. Analysis is most of the cost of loading and its
   * result is plain data, so a caller may keep it (on disk, keyed by each file's content) and
   * pass it back here without analysing again; see `analyseArticle`.
   */
  constructor(analysedArticles: AnalysedArticle[], runNow = true) {
    // `build` passes false and runs the same steps itself, in slices.
    if (runNow) for (const _ of this.steps(analysedArticles));
  }

  /**
   * The same index, built in slices of at most `sliceMs` with the event loop free between
   * them: a live reload of 10,000 articles never makes a Discord heartbeat or an answer wait.
   */
  static async build(analysedArticles: AnalysedArticle[], sliceMs: number = tuning.load.sliceMs): Promise<KnowledgeIndex> {
    const index = new KnowledgeIndex([], false);
    let started = performance.now();
    for (const _ of index.steps(analysedArticles)) {
      if (performance.now() - started < sliceMs) continue;
      await new Promise((resolve) => setImmediate(resolve));
      started = performance.now();
    }
    return index;
  }

  /** Builds the index; yields now and then (the name of the step it is in) so that `build` can pause between slices. */
  private *steps(analysedArticles: AnalysedArticle[]): Generator<string> {
    for (const analysed of analysedArticles) {
      yield "articles";
      const article = analysed.article;
      this.articles.set(article.id, article);
      for (const w of new Set(words(article.source).filter((x) => x.length > 3 && !STOPWORDS.has(x)))) {
        const list = this.docsBySourceWord.get(w) ?? [];
        list.push(article.id);
        this.docsBySourceWord.set(w, list);
      }
      this.articlesByDate.push(article);
      if (!this.newest || article.published > this.newest) this.newest = article.published;
      for (const w of analysed.vocabulary) this.rawWords.add(w);
      const offset = this.sentences.length;
      // A copy: analysed articles may be shared with another index still answering (live reload).
      // One article may hold thousands of sentences (a 200 KB paragraph): a pause now and then.
      for (const s of analysed.sentences) {
        this.sentences.push({ ...s, id: offset + s.position });
        if ((s.position + 1) % 2000 === 0) yield "article sentences";
      }
      for (const e of analysed.entities) {
        const known = this.entities.get(e.id);
        if (known) {
          for (const r of e.roles) if (!known.roles.includes(r)) known.roles.push(r);
          for (const a of e.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
        } else this.entities.set(e.id, { ...e, roles: [...e.roles], aliases: [...e.aliases], statements: [], sentences: [] });
      }
    }
    const byDate = [...this.articles.values()].sort((a, b) => compareText(a.published, b.published));
    byDate.forEach((a, i) => this.recencyOf.set(a.id, byDate.length > 1 ? i / (byDate.length - 1) : 0));
    let n = 0;
    for (const s of this.sentences) {
      if (++n % 500 === 0) yield "sentence links";
      if (s.dates.length) this.dated.push(s);
      for (const id of s.entities) this.entities.get(id)?.sentences.push(s.id);
      for (const st of s.statements) this.entities.get(st.speaker)?.statements.push({ sentence: s.id, statement: st });
      for (const t of s.terms) this.terms.add(t);
    }

    // Candidates come in two steps, so that cost stays bounded at 150,000 sentences: an
    // inverted index over whole articles (MiniSearch: BM25, typo tolerant) picks the articles
    // that fit, then their sentences are scored on the matched terms. A sentence-level index
    // spent most of its time walking posting lists of words in every other sentence.
    // Timelines read dated sentences in date order: sort once here, not per question.
    this.articlesByDate.sort((a, b) => compareText(a.published, b.published) || compareText(a.id, b.id));
    yield "articles by date";
    // Grouped by day, then the days sorted: the same order as sorting every event, without one
    // long sort of a whole archive's events (sentences arrive in id order within a day).
    const byDay = new Map<string, TimelineEvent[]>();
    const place = (event: TimelineEvent) => {
      const day = byDay.get(event.from);
      if (day) day.push(event);
      else byDay.set(event.from, [event]);
      if (addDays(event.from, 366) < event.to) this.longEvents.push(event);
    };
    // Each article's undated opening sentence, as of its publication; then every date of every sentence.
    for (const s of this.sentences) {
      if (++n % 20000 === 0) yield "lead events";
      const published = s.position === 0 ? this.articles.get(s.doc)!.published : "";
      const event = published && leadEvent(s, published, `as of ${dayLabel(new Date(`${published}T00:00:00Z`))}`);
      if (event) (this.eventOf.set(s.id, event), place(event));
    }
    for (const s of this.dated) {
      if (++n % 500 === 0) yield "dated events";
      const events = eventsOf(s);
      if (events.length === 0) continue;
      this.eventOf.set(s.id, events[0]!);
      if (events.length > 1) this.moreEventsOf.set(s.id, events.slice(1));
      for (const event of events) place(event);
    }
    yield "events";
    for (const day of [...byDay.keys()].sort(compareText)) {
      if (++n % 200 === 0) yield "timeline";
      for (const event of byDay.get(day)!) this.timeline.push(event);
    }
    yield "timeline done";
    this.search = new MiniSearch({
      fields: ["text"],
      idField: "id",
      tokenize: (text) => text.split(" "),
      processTerm: (term) => term || null,
      searchOptions: {
        // Words the index holds are matched exactly (questions are typo-corrected before they get
        // here); only unknown words are looked up fuzzily, which is what costs.
        fuzzy: (term) => (this.fuzzyCandidate(term) ? tuning.search.fuzzy : false),
        combineWith: "OR",
      },
    });
    // Each article is indexed by its distinct terms: which articles hold a word matters here,
    // how often is left to the sentence scoring (and halves the work of building).
    const byDoc = new Map<string, Set<string>>();
    for (const s of this.sentences) {
      if (++n % 500 === 0) yield "term counts";
      let terms = byDoc.get(s.doc);
      if (!terms) byDoc.set(s.doc, (terms = new Set()));
      for (let i = 0; i < s.terms.length; i++) {
        const t = s.terms[i]!;
        terms.add(t);
        if (s.terms.indexOf(t) === i) this.sentenceDf.set(t, (this.sentenceDf.get(t) ?? 0) + 1);
      }
      const mine = this.sentencesByDoc.get(s.doc);
      if (mine) mine.push(s);
      else this.sentencesByDoc.set(s.doc, [s]);
    }
    for (const [doc, terms] of byDoc) {
      if (++n % 500 === 0) yield "article terms";
      for (const t of contentTerms(this.articles.get(doc)!.title)) terms.add(t);
      for (const t of terms) this.articleDf.set(t, (this.articleDf.get(t) ?? 0) + 1);
    }
    // Words too common to pick an article out are never searched for (see `find`), so they are
    // not indexed either: in a large archive that is most of the words, and of the work.
    for (const [doc, terms] of byDoc) {
      yield "article search";
      this.search.add({ id: doc, text: [...terms].filter((t) => !this.isCommon(t)).join(" ") });
    }

    const aliases: Array<{ entity: string; alias: string }> = [];
    for (const e of this.entities.values()) {
      // "New York Times" is also "NYT"; "Islamic Revolution Guards Corps", "IRGC".
      const parts = e.id.split(/\s+/).filter((w) => !/^(of|the|and|for)$/.test(w));
      if (e.kind === "organisation" && parts.length >= 2) e.aliases.push(parts.map((w) => w[0]).join(""));
      // Questions are read as words, so "al-Kadhimi" is also "al kadhimi" and "kadhimi".
      const hyphenated = [e.id, ...e.aliases].filter((a) => a.includes("-"));
      for (const a of hyphenated) e.aliases.push(a.replace(/-/g, " "), a.split(/[\s-]/).at(-1)!);
      for (const a of [e.id, ...e.aliases]) {
        aliases.push({ entity: e.id, alias: a });
        if (!this.aliasMap.has(a)) this.aliasMap.set(a, e.id);
      }
    }
    yield "entity aliases";
    const nameOptions = { keys: ["alias"], includeScore: true, threshold: tuning.names.threshold, ignoreLocation: true };
    this.names = new FilteredFuse(aliases, (a) => a.alias, nameOptions);
    if (aliases.length >= tuning.names.byLetterFrom) {
      const byLetter = new Map<string, Array<{ entity: string; alias: string }>>();
      for (const a of aliases) {
        for (const letter of new Set(a.alias.toLowerCase().split(/[\s-]+/).map((w) => w.charAt(0)).filter(Boolean))) {
          const list = byLetter.get(letter);
          if (list) list.push(a);
          else byLetter.set(letter, [a]);
        }
      }
      this.namesByLetter = new Map();
      for (const [letter, list] of byLetter) {
        yield "names by letter";
        this.namesByLetter.set(letter, new FilteredFuse(list, (a) => a.alias, nameOptions));
      }
    }

    const byLetter = new Map<string, string[]>();
    for (const w of this.rawWords) {
      if (w.length < tuning.vocabulary.minLength || /\d/.test(w)) continue;
      const list = byLetter.get(w[0]!) ?? [];
      list.push(w);
      byLetter.set(w[0]!, list);
    }
    for (const [letter, list] of byLetter) {
      yield "typo vocabulary";
      this.vocabulary.set(letter, new TypoVocabulary(list, tuning.vocabulary.typoThreshold));
    }
    yield "typo vocabulary done";
    this.roleTerms();
    yield "role terms";
    // Who holds a role a question names ("the director of the study") is looked up by the role's
    // words here, not searched for among every entity per question (see findSpeakerByRole).
    let k = 0;
    for (const e of this.entities.values()) {
      if (++k % 500 === 0) yield "speaker roles";
      if (e.statements.length === 0) continue;
      const nameTerms = new Set(contentTerms(e.name));
      for (const role of [...e.roles, ...e.aliases.filter((a) => a.includes(" "))]) {
        const terms = new Set(contentTerms(role));
        const entry: SpeakerRole = { entity: e, role, terms, nameTerms };
        for (const t of terms) {
          const list = this.speakerRoles.get(t);
          if (list) list.push(entry);
          else this.speakerRoles.set(t, [entry]);
        }
      }
    }
  }

  /** The roles (titles, multi-word aliases) of everyone quoted that hold the canonical word `term`, in entity then role order. */
  speakerRolesWith(term: string): readonly SpeakerRole[] {
    return this.speakerRoles.get(term) ?? [];
  }

  /** Candidate sentences for some words, best first, with a BM25-like score on the words they share with the query. */
  find(query: string, limit: number = tuning.search.candidates, filter?: (s: IndexedSentence) => boolean): Array<{ sentence: IndexedSentence; score: number }> {
    const terms = [...new Set(contentTerms(query))];
    if (terms.length === 0) return [];
    const distinctive = terms.filter((t) => !this.isCommon(t));
    const scoring = new Set(terms);
    let docs: string[];
    if (distinctive.length) {
      // Only the first few unknown words are looked up fuzzily: each such lookup walks much of the
      // index, and a question has a few typos, not hundreds.
      const fuzzyTerms = new Set(distinctive.filter((t) => this.fuzzyCandidate(t)).slice(0, tuning.search.maxFuzzyTerms));
      const hits = this.search.search(distinctive.join(" "), { fuzzy: (term) => (fuzzyTerms.has(term) ? tuning.search.fuzzy : false) });
      for (const h of hits) for (const t of h.terms) scoring.add(t);
      // Among articles that fit alike (an archive repeats itself), the newer ones first.
      // (The boosted score is computed once per article, not once per comparison of the sort.)
      docs = hits
        .map((h) => ({ id: h.id as string, score: h.score * (1 + tuning.search.recencyBoost * this.recency(h.id)) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, tuning.search.articles)
        .map((h) => h.id);
    } else {
      // Every word is in most articles, so none picks an article out: read the newest ones,
      // which is also what a question about the present wants.
      docs = this.articlesByDate.slice(-tuning.search.articles).map((a) => a.id);
    }

    // Each scoring word's weight, computed once per question rather than once per sentence.
    const weight = new Map<string, number>();
    for (const t of scoring) weight.set(t, Math.log(1 + this.sentences.length / (this.sentenceDf.get(t) ?? 1)));
    const out: Array<{ sentence: IndexedSentence; score: number }> = [];
    const counted: string[] = [];
    for (const doc of docs) {
      const recent = 1 + tuning.search.recencyBoost * this.recency(doc);
      for (const s of this.sentencesByDoc.get(doc) ?? []) {
        if (filter && !filter(s)) continue;
        let score = 0;
        counted.length = 0;
        for (const t of s.terms) {
          const w = weight.get(t);
          if (w === undefined || counted.includes(t)) continue;
          counted.push(t);
          score += w;
        }
        // Long sentences match more words by chance; newer articles win ties (archives repeat themselves).
        if (score > 0) out.push({ sentence: s, score: (score / Math.sqrt(1 + s.terms.length / 12)) * recent });
      }
    }
    out.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
    return distinct(out, limit);
  }

  private readonly speakerRoles = new Map<string, SpeakerRole[]>();
  private newestFirst: Article[] | null = null;
  private roles: Array<{ entity: KnownEntity; role: string; terms: Set<string> }> | null = null;

  /** Every person's titles and multi-word aliases with their canonical words (computed while building). */
  roleTerms(): Array<{ entity: KnownEntity; role: string; terms: Set<string> }> {
    if (!this.roles) {
      this.roles = [];
      for (const e of this.entities.values()) {
        if (e.kind !== "person") continue;
        for (const role of [...e.roles, ...e.aliases.filter((a) => a.includes(" "))]) {
          const terms = new Set(contentTerms(role));
          if (terms.size) this.roles.push({ entity: e, role, terms });
        }
      }
    }
    return this.roles;
  }

  /** The sentences of one article, in order. */
  sentencesOf(doc: string): IndexedSentence[] {
    return this.sentencesByDoc.get(doc) ?? [];
  }

  /** Articles, the newest first. */
  articlesNewestFirst(): Article[] {
    this.newestFirst ??= [...this.articlesByDate].reverse();
    return this.newestFirst;
  }

  /** The newest publication date, YYYY-MM-DD, or null without articles. */
  newestPublished(): string | null {
    return this.newest;
  }

  /**
   * Articles a question points to: published in the period it names, or from a source it
   * names ("according to Xinhua"). Empty when it names neither, or when every article fits.
   */
  docsFor(questionWords: string[], period: { from: string; to: string } | null): Set<string> {
    const out = new Set<string>();
    for (const w of new Set(questionWords)) for (const doc of this.docsBySourceWord.get(w) ?? []) out.add(doc);
    if (period) {
      // Articles in date order: the ones published in the period (or within a month after it, reporting on it).
      const to = addDays(period.to, 31);
      for (let i = lowerBound(this.articlesByDate, period.from, (a) => a.published); i < this.articlesByDate.length && this.articlesByDate[i]!.published <= to; i++) out.add(this.articlesByDate[i]!.id);
    }
    return out.size === this.articles.size ? new Set() : out;
  }

  /** Sentences with a date overlapping the period, in date order. */
  sentencesInPeriod(from: string, to: string): IndexedSentence[] {
    // Events of a year or less that can overlap start within a year before `from`; longer ones are kept apart.
    const first = lowerBound(this.timeline, addDays(from, -366), (e) => e.from);
    const out = new Set<IndexedSentence>();
    for (const e of this.longEvents) if (e.from <= to && e.to >= from) out.add(e.sentence);
    for (let i = first; i < this.timeline.length && this.timeline[i]!.from <= to; i++) {
      if (this.timeline[i]!.to >= from) out.add(this.timeline[i]!.sentence);
    }
    return [...out];
  }

  /** The latest year in which some event falls on this "-MM-DD" (or "-MM"), or null. A scan: only for questions that name a date without its year. */
  latestYearWith(monthDay: string): string | null {
    for (let i = this.timeline.length - 1; i >= 0; i--) {
      const from = this.timeline[i]!.from;
      if (from.slice(4, 4 + monthDay.length) === monthDay) return from.slice(0, 4);
    }
    return null;
  }

  /** The id of a cited sentence. */
  sentenceId(doc: string, text: string): number | undefined {
    return this.sentencesByDoc.get(doc)?.find((s) => s.text === text)?.id;
  }

  recency(doc: string): number {
    return this.recencyOf.get(doc) ?? 0;
  }

  /**
   * Whether a search term is looked up fuzzily: only words the index doesn't hold (questions are
   * typo-corrected before they get here), and none longer than a word can be: its edit distance
   * (a share of its length) would make the search walk the whole index.
   */
  private fuzzyCandidate(term: string): boolean {
    return term.length >= tuning.search.minFuzzyLength && term.length <= tuning.vocabulary.maxLength && !this.articleDf.has(term);
  }

  /** Words in most articles say little about which article fits: they are left to sentence scoring. */
  private isCommon(term: string): boolean {
    const articles = this.articles.size;
    return articles >= tuning.search.minArticlesToPrune && (this.articleDf.get(term) ?? 0) > articles * tuning.search.commonShare;
  }

  /** Whether the knowledge uses this word, as written or by meaning. */
  knows(word: string): boolean {
    const c = canonical(word);
    return this.rawWords.has(word) || this.terms.has(c) || this.rawWords.has(c);
  }

  private termPrefixes: Set<string> | null = null;

  /**
   * Whether the knowledge has a word of the same family: "provoked" when an article says
   * "provocation" (their first five letters, as `coverage` matches them). Such a word is no typo.
   */
  knowsFamily(word: string): boolean {
    const c = canonical(word);
    if (c.length < 5) return false;
    if (!this.termPrefixes) this.termPrefixes = new Set([...this.terms].filter((t) => t.length >= 5).map((t) => t.slice(0, 5)));
    return this.termPrefixes.has(c.slice(0, 5));
  }

  /** The knowledge word a misspelt word most likely means, or null. */
  correct(word: string): string | null {
    // A word longer than any plausible word is no typo: correcting it would cost a scan of the
    // vocabulary per letter (a 2,000-letter word took 1.5 s on a 35,000-word archive).
    if (word.length < tuning.vocabulary.minLength || word.length > tuning.vocabulary.maxLength || this.knows(word)) return null;
    // Two letters swapped ("sryia", "pompoe") is the commonest typo, and Bitap scores it as two
    // edits; try the swaps first, then fuse.js for everything else.
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (this.rawWords.has(swapped)) return swapped;
    }
    return this.vocabulary.get(word[0]!)?.best(word) ?? null;
  }

  /** Entities whose name or alias fuzzily matches `text`, best first. */
  findEntities(text: string, limit = 5): Array<{ entity: KnownEntity; score: number; alias: string }> {
    // Fuzzy matching costs with the length of the text times the number of names: no name is this long.
    if (text.length > tuning.names.maxQueryLength) return [];
    // In a large archive, only names with a word starting with the text's first letter: a scan of
    // every name per question word cost 50-150 ms at 20,000 names. Scores are the same either way.
    const names = this.namesByLetter ? this.namesByLetter.get(text.trim().charAt(0).toLowerCase()) : this.names;
    if (!names) return [];
    const seen = new Set<string>();
    const out: Array<{ entity: KnownEntity; score: number; alias: string }> = [];
    for (const r of names.search(text, limit * 3)) {
      if (seen.has(r.item.entity)) continue;
      seen.add(r.item.entity);
      out.push({ entity: this.entities.get(r.item.entity)!, score: r.score ?? 1, alias: r.item.alias });
    }
    return out.slice(0, limit);
  }

  /** The exact alias index, for matching word sequences of a question. */
  entityByAlias(alias: string): KnownEntity | undefined {
    const id = this.aliasMap.get(alias.toLowerCase());
    return id ? this.entities.get(id) : undefined;
  }
}

/**
 * The first `limit` candidates, one per wording: sentences with the same content words in the
 * same order (a paragraph repeated in an article, one wire story in several outlets) are one
 * candidate, the best-scored copy, so that copies of one sentence never crowd out the others.
 */
function distinct(sorted: Array<{ sentence: IndexedSentence; score: number }>, limit: number): Array<{ sentence: IndexedSentence; score: number }> {
  const seen = new Set<string>();
  const out: Array<{ sentence: IndexedSentence; score: number }> = [];
  for (const hit of sorted) {
    if (out.length >= limit) break;
    const key = hit.sentence.terms.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(hit);
  }
  return out;
}

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}


/** The first index whose key is not below `key`, in an array sorted by that key. */
function lowerBound<T>(sorted: T[], key: string, keyOf: (x: T) => string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(sorted[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Plain code-unit order, for ISO dates and ids. `localeCompare` sorts by language rules, which
 * these strings do not need, and it made sorting the timeline of an archive take 100 ms.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
