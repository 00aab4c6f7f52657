import { performance } from "node:perf_hooks";
import type { AnalysedArticle } from "../analysis/analyseArticle.ts";
import type { Article } from "../domain/article.ts";
import { tuning } from "../tuning.ts";
import { ArticleCatalogue } from "./articleCatalogue.ts";
import { NameIndex, type RoleTerms, type SpeakerRole } from "./nameIndex.ts";
import { SentenceSearch } from "./sentenceSearch.ts";
import { Timeline } from "./timeline.ts";
import type { Hit, IndexedSentence, KnownEntity, TimelineEvent } from "./types.ts";
import { Vocabulary } from "./vocabulary.ts";

export type { IndexedSentence, KnownEntity, TimelineEvent } from "./types.ts";
export { compareText } from "./order.ts";

/**
 * Everything the answerers search, built once from analysed articles: the article catalogue,
 * sentence search, names, vocabulary and timeline, each a part of its own (this folder). This
 * class only builds them in order and answers for them.
 */
export class KnowledgeIndex {
  private readonly catalogue = new ArticleCatalogue();
  private readonly search = new SentenceSearch(this.catalogue);
  private readonly names = new NameIndex();
  private readonly vocabulary = new Vocabulary();
  private readonly calendar = new Timeline();

  readonly articles: ReadonlyMap<string, Article> = this.catalogue.articles;
  readonly sentences: IndexedSentence[] = this.search.sentences;
  readonly entities: ReadonlyMap<string, KnownEntity> = this.names.entities;
  /**
   * The parts `build` leaves for after the index answers (the timeline), or null once built.
   * Whoever reads one of them first finishes them then; `indexed()` waits for them instead.
   */
  private later: Generator<string> | null = null;
  private finished: Promise<void> = Promise.resolve();

  /** Every precise date of every sentence, in date order: timelines and questions naming a time read it. */
  get timeline(): TimelineEvent[] {
    return this.dates().events;
  }

  /** A sentence's (first) place on the timeline, by sentence id. */
  get eventOf(): ReadonlyMap<number, TimelineEvent> {
    return this.dates().eventOf;
  }

  /** The other places of a sentence that tells of several dates ("yesterday … and tomorrow …"). */
  get moreEventsOf(): ReadonlyMap<number, TimelineEvent[]> {
    return this.dates().moreEventsOf;
  }

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
   * It is returned as soon as it can answer what most questions ask; the timeline (about a
   * quarter of the build at 10,000 articles) goes on being built in the same slices after that,
   * and `indexed()` resolves when it is done.
   */
  static async build(analysedArticles: AnalysedArticle[], sliceMs: number = tuning.load.sliceMs): Promise<KnowledgeIndex> {
    const index = new KnowledgeIndex([], false);
    await inSlices(index.firstSteps(analysedArticles), sliceMs);
    index.later = index.laterSteps();
    index.finished = index.finishInSlices(sliceMs);
    // A failure here reaches whoever awaits `indexed()`; nobody waiting is no reason to stop the process.
    index.finished.catch(() => undefined);
    return index;
  }

  /**
   * Resolves when every part is built. Until then a question that reads the timeline builds the
   * rest of it in one go, so callers that must never block long (the Discord surfaces) wait here first.
   */
  indexed(): Promise<void> {
    return this.finished;
  }

  /** Builds every part; yields now and then so that a sliced build can pause between slices. */
  private *steps(analysedArticles: AnalysedArticle[]): Generator<string> {
    yield* this.firstSteps(analysedArticles);
    yield* this.laterSteps();
  }

  /** What the parts a question reads first need: articles, sentence search, names, vocabulary. */
  private *firstSteps(analysedArticles: AnalysedArticle[]): Generator<string> {
    for (const analysed of analysedArticles) {
      yield "articles";
      this.catalogue.add(analysed.article);
      this.vocabulary.addWords(analysed.vocabulary);
      yield* this.search.addSentences(analysed.sentences);
      this.names.addEntities(analysed.entities);
    }
    this.catalogue.finish();
    let n = 0;
    for (const s of this.search.sentences) {
      if (++n % 500 === 0) yield "articles";
      this.names.addSentence(s);
    }
    yield "articles";
    yield* this.search.build();
    // The sentences' terms, counted by the search already (a second set of them, filled a word at a time, cost as much again).
    this.vocabulary.addTerms(this.search.sentenceTerms());
    yield* this.names.build();
    yield* this.vocabulary.build();
  }

  /** The parts left for after the index answers: the timeline. */
  private *laterSteps(): Generator<string> {
    yield "timeline";
    yield* this.calendar.build(this.search.sentences, (doc) => this.catalogue.publishedOf(doc));
  }

  /** The later parts, a slice at a time, starting on a turn of their own once `build` has returned. */
  private async finishInSlices(sliceMs: number): Promise<void> {
    await nextTurn();
    await inSlices(this.remaining(), sliceMs);
  }

  /** The later steps still to run; ends at once if a question has finished them meanwhile (`dates`). */
  private *remaining(): Generator<string> {
    while (this.later) {
      const step = this.later.next();
      if (step.done) this.later = null;
      else yield step.value;
    }
  }

  /** The timeline, finished first if a question needs it before its slices are done. */
  private dates(): Timeline {
    if (this.later) {
      const later = this.later;
      this.later = null;
      for (const _ of later);
    }
    return this.calendar;
  }

  /** Candidate sentences for some words, best first, with a BM25-like score on the words they share with the query. */
  find(query: string, limit?: number, filter?: (s: IndexedSentence) => boolean): Hit[] {
    return this.search.find(query, limit, filter);
  }

  /** The sentences of one article, in order. */
  sentencesOf(doc: string): IndexedSentence[] {
    return this.search.sentencesOf(doc);
  }

  /** The id of a cited sentence. */
  sentenceId(doc: string, text: string): number | undefined {
    return this.search.sentenceId(doc, text);
  }

  /** Articles, the newest first. */
  articlesNewestFirst(): Article[] {
    return this.catalogue.articlesNewestFirst();
  }

  /** The newest publication date, YYYY-MM-DD, or null without articles. */
  newestPublished(): string | null {
    return this.catalogue.newestPublished();
  }

  /** 0 for the oldest article .. 1 for the newest. */
  recency(doc: string): number {
    return this.catalogue.recency(doc);
  }

  /** Articles a question points to by the period or the source it names (see `ArticleCatalogue.docsFor`). */
  docsFor(questionWords: string[], period: { from: string; to: string } | null): Set<string> {
    return this.catalogue.docsFor(questionWords, period);
  }

  /** Sentences with a date overlapping the period, in date order. */
  sentencesInPeriod(from: string, to: string): IndexedSentence[] {
    return this.dates().sentencesInPeriod(from, to);
  }

  /** The latest year in which some event falls on this "-MM-DD" (or "-MM"), or null. */
  latestYearWith(monthDay: string): string | null {
    return this.dates().latestYearWith(monthDay);
  }

  /** Entities whose name or alias fuzzily matches `text`, best first. */
  findEntities(text: string, limit?: number): Array<{ entity: KnownEntity; score: number; alias: string }> {
    return this.names.findEntities(text, limit);
  }

  /** The exact alias index, for matching word sequences of a question. */
  entityByAlias(alias: string): KnownEntity | undefined {
    return this.names.entityByAlias(alias);
  }

  /** Every person's titles and multi-word aliases with their canonical words. */
  roleTerms(): RoleTerms[] {
    return this.names.roleTerms();
  }

  /** The roles of everyone quoted that hold the canonical word `term` (see NameIndex). */
  speakerRolesWith(term: string): readonly SpeakerRole[] {
    return this.names.speakerRolesWith(term);
  }

  /** Whether the knowledge uses this word, as written or by meaning. */
  knows(word: string): boolean {
    return this.vocabulary.knows(word);
  }

  /** Whether the knowledge has a word of the same family ("provoked" for "provocation"): no typo. */
  knowsFamily(word: string): boolean {
    return this.vocabulary.knowsFamily(word);
  }

  /** The knowledge word a misspelt word most likely means, or null. */
  correct(word: string): string | null {
    return this.vocabulary.correct(word);
  }
}

/** Lets the event loop run (timers, gateway heartbeats, interactions) before the next slice. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `steps` to the end, letting the event loop run every `sliceMs`. */
async function inSlices(steps: Generator<string>, sliceMs: number): Promise<void> {
  let started = performance.now();
  for (const _ of steps) {
    if (performance.now() - started < sliceMs) continue;
    await nextTurn();
    started = performance.now();
  }
}
