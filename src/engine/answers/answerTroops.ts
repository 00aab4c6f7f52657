import { canonical, contentTerms } from "../../analysis/text.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { citationOf, compose, coverage, humanDate, sentenceCase } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer, AnswerItem } from "../types.ts";

const TROOP = canonical("troops");

/**
 * Every troop or force number the articles give (for a place, when one is named), each with
 * the date it held and its source, newest first: the list `/troops` shows. The first item is
 * the most recent current figure.
 */
export function answerTroops(index: KnowledgeIndex, place?: string): Answer | null {
  const placeTerms = place ? contentTerms(place) : [];
  const hits = index.find(`troops forces ${place ?? ""}`, tuning.answer.maxItems * 8, (s) => s.quantities.some((q) => q.unitTerms.includes(TROOP)));
  const items: Array<AnswerItem & { published: string; current: boolean; sentence: IndexedSentence }> = [];
  for (const { sentence: s } of hits) {
    if (placeTerms.length && coverage(placeTerms, s) < 1) continue;
    const article = index.articles.get(s.doc)!;
    for (const q of s.quantities) {
      if (!q.unitTerms.includes(TROOP)) continue;
      const held = q.projected ? `planned or possible, reported ${humanDate(article.published)}` : messages.asOf(s.dates[0]?.label ?? humanDate(article.published));
      items.push({ text: `${sentenceCase(q.phrase)} (${held}) — ${s.text}`, short: q.text, citation: citationOf(index, s), published: article.published, current: !q.projected, sentence: s });
    }
  }
  if (items.length === 0) return null;
  // Newest first; within an article, current figures before projections.
  items.sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : Number(b.current) - Number(a.current)));
  const kept = items.slice(0, tuning.answer.maxItems);
  const shown = kept.map(({ text, short, citation }) => ({ text, short, citation }));
  const first = shown[0]!;
  const lead = `${items.length} troop figure${items.length === 1 ? "" : "s"}${place ? ` for ${place}` : ""}; the latest: ${first.text.split(" — ")[0]}.`;
  return compose(index, { kind: "count", lead, short: first.short, sentences: kept.map((i) => i.sentence), confidence: tuning.confidence.troops, items: shown });
}
