// The articles of the knowledge: by id, by date and by the words of their source, with how
// recent each is. Questions naming a time or a source, and questions about "now", read it.
import { STOPWORDS } from "../analysis/lexicon.ts";
import { words } from "../analysis/text.ts";
import type { Article } from "../domain/article.ts";
import { addDays, compareText, lowerBound } from "./order.ts";

export class ArticleCatalogue {
  readonly articles = new Map<string, Article>();
  /** Oldest first; ties by id. Sorted by `finish`. */
  private readonly byDate: Article[] = [];
  /** Articles by the distinctive words of their source ("xinhua", "reuters"), for questions naming one. */
  private readonly bySourceWord = new Map<string, string[]>();
  /** 0 for the oldest article .. 1 for the newest, so questions about "now" prefer the latest. */
  private readonly recencyOf = new Map<string, number>();
  private newest: string | null = null;
  private newestFirst: Article[] | null = null;

  add(article: Article): void {
    this.articles.set(article.id, article);
    for (const w of new Set(words(article.source).filter((x) => x.length > 3 && !STOPWORDS.has(x)))) {
      const list = this.bySourceWord.get(w) ?? [];
      list.push(article.id);
      this.bySourceWord.set(w, list);
    }
    this.byDate.push(article);
    if (!this.newest || article.published > this.newest) this.newest = article.published;
  }

  /** Once every article is added: recency and date order. */
  finish(): void {
    const byDate = [...this.articles.values()].sort((a, b) => compareText(a.published, b.published));
    byDate.forEach((a, i) => this.recencyOf.set(a.id, byDate.length > 1 ? i / (byDate.length - 1) : 0));
    this.byDate.sort((a, b) => compareText(a.published, b.published) || compareText(a.id, b.id));
  }

  get size(): number {
    return this.articles.size;
  }

  /** The publication date of an article, YYYY-MM-DD. */
  publishedOf(doc: string): string {
    return this.articles.get(doc)!.published;
  }

  /** Articles, the newest first. */
  articlesNewestFirst(): Article[] {
    this.newestFirst ??= [...this.byDate].reverse();
    return this.newestFirst;
  }

  /** The `count` newest articles, oldest of them first. */
  latest(count: number): Article[] {
    return this.byDate.slice(-count);
  }

  /** The newest publication date, YYYY-MM-DD, or null without articles. */
  newestPublished(): string | null {
    return this.newest;
  }

  recency(doc: string): number {
    return this.recencyOf.get(doc) ?? 0;
  }

  /**
   * Articles a question points to: published in the period it names, or from a source it
   * names ("according to Xinhua"). Empty when it names neither, or when every article fits.
   */
  docsFor(questionWords: string[], period: { from: string; to: string } | null): Set<string> {
    const out = new Set<string>();
    for (const w of new Set(questionWords)) for (const doc of this.bySourceWord.get(w) ?? []) out.add(doc);
    if (period) {
      // Articles in date order: the ones published in the period (or within a month after it, reporting on it).
      const to = addDays(period.to, 31);
      for (let i = lowerBound(this.byDate, period.from, (a) => a.published); i < this.byDate.length && this.byDate[i]!.published <= to; i++) out.add(this.byDate[i]!.id);
    }
    return out.size === this.articles.size ? new Set() : out;
  }
}
