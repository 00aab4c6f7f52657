// The vocabulary a misspelt word is corrected against, with a filter that keeps the fuzzy search
// small: a word within k edits of (part of) another shares at least (length - 1 - 2k) of its
// letter pairs with it (the q-gram lemma), so words sharing fewer cannot match and are never
// scored. The result is the one a fuse.js search over the whole vocabulary gives, found in a
// handful of candidates instead of thousands.
import Fuse from "fuse.js";

export class TypoVocabulary {
  private readonly all: Fuse<string>;
  /** For each letter pair, the positions in `words` of the words holding it. */
  private readonly pairs = new Map<string, number[]>();

  constructor(
    private readonly words: string[],
    private readonly threshold: number,
  ) {
    this.all = new Fuse(words, { includeScore: true, threshold });
    words.forEach((w, i) => {
      for (const pair of new Set(letterPairs(w))) {
        const list = this.pairs.get(pair);
        if (list) list.push(i);
        else this.pairs.set(pair, [i]);
      }
    });
  }

  /** The best fuzzy match of `word` (what `new Fuse(words).search(word)[0]` gives), or null. */
  best(word: string): string | null {
    const maxErrors = Math.floor(this.threshold * word.length + 1e-9);
    const needed = word.length - 1 - 2 * maxErrors;
    if (needed <= 0) return this.all.search(word, { limit: 1 })[0]?.item ?? null;
    const shared = new Map<number, number>();
    for (const pair of letterPairs(word)) for (const i of this.pairs.get(pair) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const candidates: number[] = [];
    for (const [i, n] of shared) if (n >= needed) candidates.push(i);
    if (candidates.length === 0) return null;
    // In vocabulary order, so that ties resolve as in the whole list.
    candidates.sort((a, b) => a - b);
    const fuse = new Fuse(candidates.map((i) => this.words[i]!), { includeScore: true, threshold: this.threshold });
    return fuse.search(word, { limit: 1 })[0]?.item ?? null;
  }
}

function letterPairs(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
  return out;
}
