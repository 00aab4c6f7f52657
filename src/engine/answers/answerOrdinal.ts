import { canonical } from "../../analysis/text.ts";
import { STOPWORDS } from "../../analysis/lexicon.ts";
import { tuning } from "../../tuning.ts";
import { compose, coverage, humanDate, sentenceCase } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";

/** "Which mission was it?", "What number flight is this?": the noun a rank is asked of. */
const WHICH = /^(?:and |so )?(?:which|what)(?: number)? ([a-z][a-z-]+)\b/;

/** A name in apposition right after a noun phrase: ", No Need to Argue", " Blackstar". */
const NAMED_AFTER = /^,?\s+(?:“|")?\p{Lu}/u;

/**
 * Which <noun>: an ordinal of that noun ("its 39th mission") in a sentence that holds the
 * question's other words. Null when the question asks no rank or no ordinal fits, so another
 * answerer can try.
 */
export function answerOrdinal(q: Query, index: KnowledgeIndex): Answer | null {
  const noun = WHICH.exec(q.text)?.[1];
  if (!noun || STOPWORDS.has(noun)) return null;
  const head = canonical(noun);
  const rest = q.topic.filter((t) => t !== head);
  let best: { s: (typeof index.sentences)[number]; text: string; score: number } | null = null;
  for (const { sentence: s } of index.find(q.topic.join(" "), tuning.search.candidates, (s) => s.quantities.some((x) => x.measure === "ordinal"))) {
    for (const x of s.quantities) {
      if (x.measure !== "ordinal" || !x.unitTerms.includes(head)) continue;
      // "their second studio album, No Need to Argue,": a name the noun is given answers which one, not its rank.
      if (NAMED_AFTER.test(s.text.slice(x.end + 1 + x.unit.length))) continue;
      const cover = coverage(rest, s);
      if (rest.length && cover < tuning.count.minContext) continue;
      const score = cover + index.recency(s.doc) * tuning.rank.recency;
      if (!best || score > best.score) best = { s, text: `${x.text} ${x.unit.split(" ")[0]}`, score };
    }
  }
  if (!best) return null;
  const article = index.articles.get(best.s.doc)!;
  const lead = `${sentenceCase(best.text)} (reported ${humanDate(article.published)}).`;
  return compose(index, { kind: q.kind, lead, short: best.text, sentences: [best.s], confidence: Math.min(1, best.score) });
}
