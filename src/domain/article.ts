// The ground floor: the shapes every stage shares (loading makes articles, answers cite them).
// Plain data; this folder imports nothing.

/** One article after loading and validation (see src/knowledge). */
export interface Article {
  /** Stable id: the file name without `.md`. */
  id: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  source: string;
  url: string | null;
  /** Paragraphs in order; list items are paragraphs of their own. Verbatim text. */
  paragraphs: string[];
}

/** Where an answer comes from: always a verbatim sentence of an article. */
export interface Citation {
  doc: string;
  title: string;
  published: string;
  url: string | null;
  /** 1-based paragraph number in the article. */
  paragraph: number;
  /** The sentence, verbatim from the article. */
  sentence: string;
}
