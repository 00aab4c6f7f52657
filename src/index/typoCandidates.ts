// Fuzzy search over many short strings (the vocabulary, the names) that scores only the few
// that could match: a pattern within k edits of (part of) a text shares at least
// (length - 1 - 2k) of its letter pairs with it (the q-gram lemma), so texts sharing fewer are
// never scored. The result is the one a fuse.js search over the whole list gives, found among
// a handful of candidates instead of thousands.
import Fuse, { type FuseResult, type IFuseOptions } from "fuse.js";

/** fuse.js's Bitap scores patterns up to this long in one piece; longer ones are searched in the whole list. */
const BITAP_MAX = 32;

export class FilteredFuse<T> {
  private readonly all: Fuse<T>;
  /** For each letter pair, the positions in `items` of the items whose text holds it. */
  private readonly pairs = new Map<string, number[]>();

  constructor(
    private readonly items: T[],
    text: (item: T) => string,
    private readonly options: IFuseOptions<T> & { threshold: number },
  ) {
    this.all = new Fuse(items, options);
    items.forEach((item, i) => {
      for (const pair of new Set(letterPairs(text(item).toLowerCase()))) {
        const list = this.pairs.get(pair);
        if (list) list.push(i);
        else this.pairs.set(pair, [i]);
      }
    });
  }

  /** What `new Fuse(items, options).search(pattern, { limit })` gives. */
  search(pattern: string, limit: number): Array<FuseResult<T>> {
    const lower = pattern.toLowerCase();
    const maxErrors = Math.floor(this.options.threshold * lower.length + 1e-9);
    const needed = lower.length - 1 - 2 * maxErrors;
    if (needed <= 0 || lower.length > BITAP_MAX) return this.all.search(pattern, { limit });
    const shared = new Map<number, number>();
    for (const pair of letterPairs(lower)) for (const i of this.pairs.get(pair) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const candidates: number[] = [];
    for (const [i, n] of shared) if (n >= needed) candidates.push(i);
    if (candidates.length === 0) return [];
    // Too weak a filter here (short pattern, words alike): building a second index would cost more.
    if (candidates.length * 2 > this.items.length) return this.all.search(pattern, { limit });
    // In list order, so that ties resolve as in the whole list.
    candidates.sort((a, b) => a - b);
    return new Fuse(candidates.map((i) => this.items[i]!), this.options).search(pattern, { limit });
  }
}

/** The vocabulary a misspelt word is corrected against. */
export class TypoVocabulary {
  private readonly fuse: FilteredFuse<string>;

  constructor(words: string[], threshold: number) {
    this.fuse = new FilteredFuse(words, (w) => w, { includeScore: true, threshold });
  }

  /** The best fuzzy match of `word` (what `new Fuse(words).search(word)[0]` gives), or null. */
  best(word: string): string | null {
    return this.fuse.search(word, 1)[0]?.item ?? null;
  }
}

function letterPairs(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
  return out;
}
