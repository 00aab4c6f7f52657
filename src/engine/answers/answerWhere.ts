import { canonical, words } from "../../analysis/text.ts";
import { compose } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { rankSentences } from "./rankSentences.ts";

/** "at Baghdad airport", "in the White House", "near the Syrian border": a capitalised place after a preposition. */
const PLACE = /\b(at|in|near|outside|inside|from|across)\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*(?:\s+(?:airport|base|airbase|province|city|border|region|capital|embassy|compound|camp|headquarters|port|area|district))?)/gu;
const NOT_PLACES = /^(the\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Where: the place named in the sentence that tells of the event, other than places the question already names. */
export function answerWhere(q: Query, index: KnowledgeIndex): Answer | null {
  const ranked = q.previous && q.topic.filter((t) => !["happen"].includes(t)).length === 0
    ? q.previous.sentences.map((id) => ({ sentence: index.sentences[id]!, coverage: 1 }))
    : rankSentences(q, index);
  const asked = new Set(q.words.map(canonical));
  for (const r of ranked.slice(0, 5)) {
    if (r.coverage < tuning.answer.minCoverage) break;
    for (const m of r.sentence.text.matchAll(PLACE)) {
      const place = m[2]!.replace(/[’']s$/, "");
      if (NOT_PLACES.test(place)) continue;
      if (words(place).every((w) => asked.has(canonical(w)))) continue;
      const lead = `${m[1]} ${place}.`;
      return compose(index, { kind: "where", lead: lead.charAt(0).toUpperCase() + lead.slice(1), short: place, sentences: [r.sentence], confidence: r.coverage });
    }
  }
  return null;
}
