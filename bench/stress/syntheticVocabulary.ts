// Articles whose words make a large vocabulary (35,000 distinct words by default), for timing
// the question path where it depends on the vocabulary: typo correction and fuzzy name lookup.
import type { Article } from "../../src/engine/types.ts";
import { makeRandom } from "../generateArchive.ts";

const SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu tra tre pri plo gra sto".split(" ");

/** `count` distinct invented words of 4 to 14 letters. */
export function inventedWords(count: number, seed = 7): string[] {
  const random = makeRandom(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const n = 2 + Math.floor(random() * 5);
    out.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(""));
  }
  return [...out];
}

/** Articles using every invented word at least once, in news-like sentences. */
export function vocabularyArticles(words = 35_000, perArticle = 700): Article[] {
  const vocabulary = inventedWords(words);
  const articles: Article[] = [];
  for (let a = 0; a * perArticle < vocabulary.length; a++) {
    const mine = vocabulary.slice(a * perArticle, (a + 1) * perArticle);
    const paragraphs: string[] = [];
    for (let i = 0; i < mine.length; i += 10) {
      const w = mine.slice(i, i + 10);
      paragraphs.push(`Officials in ${cap(w[0]!)} said the ${w[1]} and the ${w[2]} would ${w[3]} ${w[4]} troops. ${cap(w[5]!)} ${cap(w[6]!)} told reporters the ${w[7]} ${w[8]} ${w[9] ?? "plan"} was ready.`);
    }
    articles.push({ id: `vocabulary-${a}`, title: `Report ${a}`, published: "2022-01-01", source: "Stress Wire", url: null, paragraphs });
  }
  return articles;
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
