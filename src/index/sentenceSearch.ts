// Candidate sentences for a question, in two steps so that cost stays bounded at 150,000
// sentences: an inverted index over whole articles (MiniSearch: BM25, typo tolerant, fast where
// a fuse.js scan takes seconds, see RESEARCH.md) picks the articles that fit, then their
// sentences are scored on the matched terms. A sentence-level index spent most of its time
// walking posting lists of words in every other sentence.
import MiniSearch from "minisearch";
import type { AnalysedSentence } from "../analysis/analyseArticle.ts";
import { canonical, contentTerms, words } from "../analysis/text.ts";
import { STOPWORDS } from "../analysis/lexicon.ts";
import { relatedForms } from "../analysis/relatedWords.ts";
import { tuning } from "../tuning.ts";
import type { ArticleCatalogue } from "./articleCatalogue.ts";
import type { Hit, IndexedSentence } from "./types.ts";

export class SentenceSearch {
  /** Every sentence of the knowledge; a sentence's id is its place here. */
  readonly sentences: IndexedSentence[] = [];
  private readonly byDoc = new Map<string, IndexedSentence[]>();
  /** How many sentences and articles hold each canonical term. */
  private readonly counts = new Map<string, TermCount>();
  private search: MiniSearch<{ id: string; text: string }> | null = null;

  constructor(private readonly catalogue: ArticleCatalogue) {}

  /** One article's sentences, given ids. Yields now and then: one article may hold thousands (a 200 KB paragraph). */
  *addSentences(analysed: AnalysedSentence[]): Generator<string> {
    const offset = this.sentences.length;
    // A copy: analysed articles may be shared with another index still answering (live reload).
    // Written out field by field, in the analysis's order: a spread copy (`{ ...s, id }`) of an
    // object read from JSON took ~470 bytes a sentence against ~110, 55 MB more at 10,000
    // articles for the garbage collector to copy and mark during a live reload.
    for (const s of analysed) {
      this.sentences.push({
        doc: s.doc,
        paragraph: s.paragraph,
        position: s.position,
        text: s.text,
        terms: s.terms,
        entities: s.entities,
        dates: s.dates,
        quantities: s.quantities,
        statements: s.statements,
        id: offset + s.position,
      });
      if ((s.position + 1) % 2000 === 0) yield "article sentences";
    }
  }

  /** Once every sentence and article is added: term counts and the article index. */
  *build(): Generator<string> {
    const search = new MiniSearch<{ id: string; text: string }>({
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
    this.search = search;
    // Each article is indexed by its distinct terms: which articles hold a word matters here,
    // how often is left to the sentence scoring (and halves the work of building). One pass
    // counts both the sentences and the articles of every term: a term's count remembers the
    // last article it was counted for, so an article's distinct terms need no set of their own
    // (10,000 Sets, and a look-up in three tables per word, were most of this build).
    const termsOf = new Map<string, TermCount[]>();
    // An article whose sentences come in several runs (never in a folder, where ids are file
    // names) goes on where it stopped, and gets its title's words after its last run.
    const runs = new Map<string, number>();
    let doc: string | null = null;
    let n = 0;
    for (const s of this.sentences) {
      if (++n % 5000 === 0) yield "sentence search";
      if (s.doc !== doc) runs.set((doc = s.doc), (runs.get(doc) ?? 0) + 1);
    }
    let terms: TermCount[] = [];
    let again = false;
    const close = () => {
      if (doc !== null && runs.set(doc, runs.get(doc)! - 1).get(doc) === 0) this.addTitle(doc, terms);
    };
    doc = null;
    for (const s of this.sentences) {
      if (++n % 500 === 0) yield "sentence search";
      if (s.doc !== doc) {
        close();
        doc = s.doc;
        const known = termsOf.get(doc);
        again = known !== undefined;
        if (!known) termsOf.set(doc, (terms = []));
        else terms = known;
      }
      for (let i = 0; i < s.terms.length; i++) {
        const t = s.terms[i]!;
        if (s.terms.indexOf(t) !== i) continue;
        let count = this.counts.get(t);
        if (!count) this.counts.set(t, (count = { term: t, sentences: 0, articles: 0, lastIn: null }));
        count.sentences++;
        if (count.lastIn !== terms && !(again && terms.includes(count))) {
          count.lastIn = terms;
          count.articles++;
          terms.push(count);
        }
      }
      const mine = this.byDoc.get(s.doc);
      if (mine) mine.push(s);
      else this.byDoc.set(s.doc, [s]);
    }
    close();
    // The articles' term lists are not kept past the build.
    for (const count of this.counts.values()) count.lastIn = null;
    // Words too common to pick an article out are never searched for (see `find`), so they are
    // not indexed either: in a large archive that is most of the words, and of the work.
    for (const [doc, terms] of termsOf) {
      yield "sentence search";
      search.add({ id: doc, text: terms.filter((count) => !this.isCommonCount(count)).map((count) => count.term).join(" ") });
    }
  }

  /** The words of an article's title, after those of its sentences: they pick the article out too. */
  private addTitle(doc: string, terms: TermCount[]): void {
    for (const t of contentTerms(this.catalogue.articles.get(doc)!.title)) {
      let count = this.counts.get(t);
      if (!count) this.counts.set(t, (count = { term: t, sentences: 0, articles: 0, lastIn: null }));
      if (terms.includes(count)) continue;
      count.lastIn = terms;
      count.articles++;
      terms.push(count);
    }
  }

  /** Every canonical term of the sentences (not of titles alone). */
  *sentenceTerms(): Generator<string> {
    for (const count of this.counts.values()) if (count.sentences > 0) yield count.term;
  }

  /** Candidate sentences for some words, best first, with a BM25-like score on the words they share with the query. */
  find(query: string, limit: number = tuning.search.candidates, filter?: (s: IndexedSentence) => boolean): Hit[] {
    const terms = [...new Set(this.queryTerms(query))];
    if (terms.length === 0 || !this.search) return [];
    const scoring = new Set(terms);
    const docs = this.candidateArticles(terms, scoring);
    // Each scoring word's weight, computed once per question rather than once per sentence.
    const weight = new Map<string, number>();
    for (const t of scoring) weight.set(t, Math.log(1 + this.sentences.length / this.sentenceDf(t)));
    // A sentence saying a word in another word of its meaning ("hazard" for "danger") is a candidate too, weighed less.
    for (const t of terms) {
      for (const r of relatedForms(t)) {
        if (!weight.has(r)) weight.set(r, tuning.related.search * Math.log(1 + this.sentences.length / this.sentenceDf(r)));
      }
    }
    const out: Hit[] = [];
    const counted: string[] = [];
    for (const doc of docs) {
      const recent = 1 + tuning.search.recencyBoost * this.catalogue.recency(doc);
      for (const s of this.byDoc.get(doc) ?? []) {
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

  /** The articles whose sentences are scored; adds the terms fuzzy search matched to `scoring`. */
  private candidateArticles(terms: string[], scoring: Set<string>): string[] {
    const distinctive = terms.filter((t) => !this.isCommon(t));
    // Every word is in most articles, so none picks an article out: read the newest ones,
    // which is also what a question about the present wants.
    if (!distinctive.length) return this.catalogue.latest(tuning.search.articles).map((a) => a.id);
    // Only the first few unknown words are looked up fuzzily: each such lookup walks much of the
    // index, and a question has a few typos, not hundreds.
    const fuzzyTerms = new Set(distinctive.filter((t) => this.fuzzyCandidate(t)).slice(0, tuning.search.maxFuzzyTerms));
    const hits = this.search!.search(distinctive.join(" "), { fuzzy: (term) => (fuzzyTerms.has(term) ? tuning.search.fuzzy : false) });
    for (const h of hits) for (const t of h.terms) scoring.add(t);
    // Among articles that fit alike (an archive repeats itself), the newer ones first.
    // (The boosted score is computed once per article, not once per comparison of the sort.)
    return hits
      .map((h) => ({ id: h.id as string, score: h.score * (1 + tuning.search.recencyBoost * this.catalogue.recency(h.id)) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, tuning.search.articles)
      .map((h) => h.id);
  }

  /** The sentences of one article, in order. */
  sentencesOf(doc: string): IndexedSentence[] {
    return this.byDoc.get(doc) ?? [];
  }

  /** The id of a cited sentence. */
  sentenceId(doc: string, text: string): number | undefined {
    return this.byDoc.get(doc)?.find((s) => s.text === text)?.id;
  }

  /**
   * A query's terms. Answerers often search with terms already made canonical ("nurs" for
   * "nurses"), and the stemmer is not idempotent ("nurs" would become "nur"): a word that is
   * itself a term of the index, where its canonical form is none, is kept as it is.
   */
  private queryTerms(query: string): string[] {
    return words(query)
      .filter((w) => !STOPWORDS.has(w))
      .map((w) => {
        const t = canonical(w);
        return t !== w && !this.counts.has(t) && this.counts.has(w) ? w : t;
      });
  }

  /**
   * Whether a search term is looked up fuzzily: only words the index doesn't hold (questions are
   * typo-corrected before they get here), and none longer than a word can be: its edit distance
   * (a share of its length) would make the search walk the whole index.
   */
  private fuzzyCandidate(term: string): boolean {
    return term.length >= tuning.search.minFuzzyLength && term.length <= tuning.vocabulary.maxLength && !this.counts.has(term);
  }

  /** How many sentences hold a term; 1 for a term of none (a title's word, a word the knowledge lacks), as a weight's floor. */
  private sentenceDf(term: string): number {
    return this.counts.get(term)?.sentences || 1;
  }

  /** Words in most articles say little about which article fits: they are left to sentence scoring. */
  private isCommon(term: string): boolean {
    const count = this.counts.get(term);
    return count !== undefined && this.isCommonCount(count);
  }

  private isCommonCount(count: TermCount): boolean {
    const articles = this.catalogue.size;
    return articles >= tuning.search.minArticlesToPrune && count.articles > articles * tuning.search.commonShare;
  }
}

/** How many sentences and articles hold a term; `lastIn` is the last article's term list it was counted for. */
interface TermCount {
  term: string;
  sentences: number;
  articles: number;
  lastIn: TermCount[] | null;
}

/**
 * The first `limit` candidates, one per wording: sentences with the same content words in the
 * same order (a paragraph repeated in an article, one wire story in several outlets) are one
 * candidate, the best-scored copy, so that copies of one sentence never crowd out the others.
 */
function distinct(sorted: Hit[], limit: number): Hit[] {
  const seen = new Set<string>();
  const out: Hit[] = [];
  for (const hit of sorted) {
    if (out.length >= limit) break;
    const key = hit.sentence.terms.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(hit);
  }
  return out;
}
