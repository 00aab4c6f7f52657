import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { analyseArticle, type AnalysedSentence } from "../analysis/analyseArticle.ts";
import type { Statement } from "../analysis/attributeSpeech.ts";
import type { Entity } from "../analysis/entities.ts";
import { STOPWORDS } from "../analysis/lexicon.ts";
import { canonical, words } from "../analysis/text.ts";
import { tuning } from "../tuning.ts";
import type { Article } from "./types.ts";

/** A sentence of the knowledge with its global id. */
export interface IndexedSentence extends AnalysedSentence {
  id: number;
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
  private readonly search: MiniSearch<{ id: number; text: string }>;
  private readonly names: Fuse<{ entity: string; alias: string }>;
  /** Raw lowercase words of the knowledge, by first letter, for typo correction. */
  private readonly vocabulary = new Map<string, Fuse<string>>();
  private readonly rawWords = new Set<string>();
  private readonly terms = new Set<string>();
  private readonly aliasMap = new Map<string, string>();
  private readonly sentenceIds = new Map<string, number>();
  /** Distinctive words of each article's source ("xinhua", "reuters"), for questions naming one. */
  private readonly sourceWords = new Map<string, string[]>();
  private newest: string | null = null;
  /** Sentences that carry a date, for timelines and questions naming a time. */
  readonly dated: IndexedSentence[] = [];
  /** 0 for the oldest article .. 1 for the newest, so questions about "now" prefer the latest. */
  private readonly recencyOf = new Map<string, number>();

  constructor(articles: Article[]) {
    for (const article of articles) {
      this.articles.set(article.id, article);
      this.sourceWords.set(article.id, words(article.source).filter((w) => w.length > 3 && !STOPWORDS.has(w)));
      if (!this.newest || article.published > this.newest) this.newest = article.published;
      const analysed = analyseArticle(article);
      const offset = this.sentences.length;
      for (const s of analysed.sentences) this.sentences.push({ ...s, id: offset + s.position });
      for (const e of analysed.entities) {
        const known = this.entities.get(e.id);
        if (known) {
          for (const r of e.roles) if (!known.roles.includes(r)) known.roles.push(r);
          for (const a of e.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
        } else this.entities.set(e.id, { ...e, roles: [...e.roles], aliases: [...e.aliases], statements: [], sentences: [] });
      }
    }
    const byDate = [...this.articles.values()].sort((a, b) => a.published.localeCompare(b.published));
    byDate.forEach((a, i) => this.recencyOf.set(a.id, byDate.length > 1 ? i / (byDate.length - 1) : 0));
    for (const s of this.sentences) {
      this.sentenceIds.set(`${s.doc}\u0000${s.text}`, s.id);
      if (s.dates.length) this.dated.push(s);
      for (const id of s.entities) this.entities.get(id)?.sentences.push(s.id);
      for (const st of s.statements) this.entities.get(st.speaker)?.statements.push({ sentence: s.id, statement: st });
      for (const w of words(s.text)) this.rawWords.add(w);
      for (const t of s.terms) this.terms.add(t);
    }

    this.search = new MiniSearch({
      fields: ["text"],
      idField: "id",
      tokenize: (text) => words(text),
      processTerm: (term) => (STOPWORDS.has(term) ? null : canonical(term)),
      searchOptions: {
        fuzzy: (term) => (term.length >= tuning.search.minFuzzyLength ? tuning.search.fuzzy : false),
        combineWith: "OR",
      },
    });
    this.search.addAll(this.sentences.map((s) => ({ id: s.id, text: s.text })));

    const aliases: Array<{ entity: string; alias: string }> = [];
    for (const e of this.entities.values()) {
      // "New York Times" is also "NYT"; "Islamic Revolution Guards Corps", "IRGC".
      const parts = e.id.split(/\s+/).filter((w) => !/^(of|the|and|for)$/.test(w));
      if (e.kind === "organisation" && parts.length >= 2) e.aliases.push(parts.map((w) => w[0]).join(""));
      for (const a of [e.id, ...e.aliases]) {
        aliases.push({ entity: e.id, alias: a });
        if (!this.aliasMap.has(a)) this.aliasMap.set(a, e.id);
      }
    }
    this.names = new Fuse(aliases, { keys: ["alias"], includeScore: true, threshold: tuning.names.threshold, ignoreLocation: true });

    const byLetter = new Map<string, string[]>();
    for (const w of this.rawWords) {
      if (w.length < tuning.vocabulary.minLength || /\d/.test(w)) continue;
      const list = byLetter.get(w[0]!) ?? [];
      list.push(w);
      byLetter.set(w[0]!, list);
    }
    for (const [letter, list] of byLetter) this.vocabulary.set(letter, new Fuse(list, { includeScore: true, threshold: tuning.vocabulary.typoThreshold }));
  }

  /** Candidate sentences for some words, best first, with MiniSearch's score. */
  find(query: string, limit: number = tuning.search.candidates, filter?: (s: IndexedSentence) => boolean): Array<{ sentence: IndexedSentence; score: number }> {
    const hits = this.search.search(query, filter ? { filter: (r) => filter(this.sentences[r.id as number]!) } : undefined);
    return hits.slice(0, limit).map((h) => ({ sentence: this.sentences[h.id as number]!, score: h.score }));
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
    const asked = new Set(questionWords);
    for (const a of this.articles.values()) {
      const inPeriod = period && a.published >= period.from && a.published <= addDays(period.to, 31);
      if (inPeriod || this.sourceWords.get(a.id)!.some((w) => asked.has(w))) out.add(a.id);
    }
    return out.size === this.articles.size ? new Set() : out;
  }

  /** Sentences with a date overlapping the period, in article order. */
  sentencesInPeriod(from: string, to: string): IndexedSentence[] {
    return this.dated.filter((s) => s.dates.some((d) => d.from <= to && d.to >= from && d.precision !== "range"));
  }

  /** The id of a cited sentence. */
  sentenceId(doc: string, text: string): number | undefined {
    return this.sentenceIds.get(`${doc}\u0000${text}`);
  }

  recency(doc: string): number {
    return this.recencyOf.get(doc) ?? 0;
  }

  /** Whether the knowledge uses this word, as written or by meaning. */
  knows(word: string): boolean {
    const c = canonical(word);
    return this.rawWords.has(word) || this.terms.has(c) || this.rawWords.has(c);
  }

  /** The knowledge word a misspelt word most likely means, or null. */
  correct(word: string): string | null {
    if (word.length < tuning.vocabulary.minLength || this.knows(word)) return null;
    const best = this.vocabulary.get(word[0]!)?.search(word, { limit: 1 })[0];
    return best ? best.item : null;
  }

  /** Entities whose name or alias fuzzily matches `text`, best first. */
  findEntities(text: string, limit = 5): Array<{ entity: KnownEntity; score: number; alias: string }> {
    const seen = new Set<string>();
    const out: Array<{ entity: KnownEntity; score: number; alias: string }> = [];
    for (const r of this.names.search(text, { limit: limit * 3 })) {
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

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
