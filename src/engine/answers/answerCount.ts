import type { Quantity } from "../../analysis/extractQuantities.ts";
import { compose, coverage, humanDate, sentenceCase } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { messages } from "../../messages.ts";
import { canonical, words } from "../../analysis/text.ts";
import { STOPWORDS } from "../../analysis/lexicon.ts";
import { tuning } from "../../tuning.ts";

/** Words of a count question that describe the wanted number rather than what is counted. */
const COUNT_WORDS = new Set(["reduc", "reduct", "cut", "drop", "level", "number", "remain", "presenc", "total", "figur", "could", "might", "current", "deploy", "now", "be", "left", "lower", "fall", "rise", "increas", "percent", "percentag", "share", "proport", "proportion", "size", "strength", "count", "amount", "low", "high", "go", "get", "reach"]);

/**
 * How many / how much: a number whose unit is what the question counts, in a sentence that
 * matches the rest of the question (places, people). A question about a possible future
 * ("could", "reduced to") prefers projected numbers; one about now prefers current ones, from
 * the most recent article.
 */
export function answerCount(q: Query, index: KnowledgeIndex): Answer | null {
  const unitTerms = new Set(q.topic.filter((t) => !COUNT_WORDS.has(t)));
  if (unitTerms.size === 0 && q.previous) for (const t of q.previous.unitTerms) unitTerms.add(t);
  const carried = q.previous ? q.previous.topic.filter((t) => !COUNT_WORDS.has(t)) : [];
  const pool = new Map<number, IndexedSentence>();
  // Only sentences with numbers: in an archive of near-duplicates the best-matching sentences
  // without any would fill the candidates.
  for (const h of index.find([...unitTerms, ...carried, ...q.topic].join(" "), tuning.search.candidates * 2, (s) => s.quantities.length > 0)) pool.set(h.sentence.id, h.sentence);
  if (q.previous) for (const id of q.previous.sentences) pool.set(id, index.sentences[id]!);

  const w = tuning.count;
  const wantsPercent = q.words.some((word) => /^(percent|percentage|share|proportion)$/.test(word));
  let best: { s: IndexedSentence; quantity: Quantity; score: number } | null = null;
  for (const s of pool.values()) {
    for (const quantity of s.quantities) {
      if (wantsPercent && !quantity.isPercent) continue;
      // A percentage counts what follows "of" ("12 percent of the remaining force") or what
      // the sentence is about ("inflation … was 8.5 percent"), so it matches on the sentence.
      const matchedUnit = quantity.isPercent ? [...unitTerms].filter((t) => s.terms.includes(t)) : quantity.unitTerms.filter((t) => unitTerms.has(t));
      if (matchedUnit.length === 0) continue;
      // The rest of the question (places, people) must be in the sentence.
      const rest = [...unitTerms].filter((t) => !quantity.unitTerms.includes(t));
      const restCover = coverage(rest, s);
      if (rest.length && restCover < w.minRestCoverage) continue;
      let score = matchedUnit.length * w.unitWord + restCover * w.restCoverage + coverage(q.topic, s);
      if (q.projection === quantity.projected) score += w.sameTense;
      // A percentage is a weaker match on its sentence than a counted noun, unless one was asked for.
      if (quantity.isPercent && !wantsPercent) score -= w.unaskedPercent;
      // "How many would remain / be left?" asks for where a change ends, not its size.
      // Only in the tense asked: "how many would remain" wants a projected target, "what is the rate now" a level reached.
      if (quantity.target && quantity.projected === q.projection && q.words.some((word) => /^(remain|remaining|left|stay|keep|level|reduced|drop|cut|now|current|currently|today)$/.test(word))) score += w.target;
      // "By how much …?" asks for the size of the change.
      if (quantity.change && /^(and |so )?by how (much|many)\b/.test(q.text)) score += w.target;
      // "what might that drop to?" asks for another number than the one just given.
      if (q.previous?.sentences.includes(s.id) && q.followUp) score -= w.alreadyGiven;
      // A question naming a time or a source is about that article; one about now, the newest.
      if (q.preferredDocs.size) score += q.preferredDocs.has(s.doc) ? w.preferredArticle : 0;
      else score += index.recency(s.doc) * w.recency;
      // Of two numbers in one sentence, the one standing nearer the question's own words ("moved").
      score += nearness(s.text, quantity.start, q.words) * w.sameClause;
      if (!best || score > best.score) best = { s, quantity, score };
    }
  }
  if (!best) return null;

  const { s, quantity } = best;
  const article = index.articles.get(s.doc)!;
  const when = s.dates[0]?.label ?? humanDate(article.published);
  const ahead = s.dates.find((d) => d.from > article.published);
  const planned = /\b(will|plans?|planned|set to|is to|are to|ordered)\b/i.test(s.text);
  const context = !quantity.projected
    ? messages.asOf(when)
    : ahead
      ? `the target by ${ahead.label}, reported ${humanDate(article.published)}`
      : `${planned ? "a planned" : "a possible"} figure, reported ${humanDate(article.published)}`;
  const lead = `${sentenceCase(quantity.phrase)} (${context}).`;
  return compose(index, { kind: "count", lead, short: quantity.text, sentences: [s], confidence: Math.min(1, best.score / w.confidentAt) });
}

/**
 * Share of the question's words found in the number's own clause ("roughly 5,600 will be moved
 * to other NATO countries" holds "moved"; "About 6,400 … will return home" holds "return").
 */
function nearness(text: string, at: number, questionWords: string[]): number {
  const wanted = new Set(questionWords.filter((w) => w.length > 3 && !STOPWORDS.has(w)).map(canonical));
  if (wanted.size === 0) return 0;
  const boundary = /,(?!\d{3})|;|\band\b|\bbut\b|\bwhile\b|\bwhich\b/gi;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index! < at) from = m.index! + m[0].length;
    else if (m.index! > at + 3) {
      to = m.index!;
      break;
    }
  }
  const clause = new Set(words(text.slice(from, to)).map(canonical));
  return [...wanted].filter((w) => clause.has(w)).length / wanted.size;
}
