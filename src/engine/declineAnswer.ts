import { countedHead } from "../analysis/numberPatterns.ts";
import { messages } from "../messages.ts";
import type { KnowledgeIndex } from "../index/knowledgeIndex.ts";
import type { Answer, QuestionKind } from "./types.ts";

/** A reply that answers nothing, says so, and offers questions the articles can answer. */
export function declineAnswer(index: KnowledgeIndex, kind: QuestionKind, reason: string = messages.declinedGeneric): Answer {
  const suggestions = suggestQuestions(index);
  const text = suggestions.length ? `${reason}\n${messages.suggestionsIntro}\n${suggestions.map((s) => `• ${s}`).join("\n")}` : reason;
  return { answered: false, text, lead: reason, short: null, citations: [], kind, confidence: 0, suggestions };
}

const cache = new WeakMap<KnowledgeIndex, string[]>();

/** Questions built from what the knowledge holds: its most quoted speaker, a counted thing, a titled person. */
export function suggestQuestions(index: KnowledgeIndex): string[] {
  const known = cache.get(index);
  if (known) return known;
  const out: string[] = [];
  const entities = [...index.entities.values()];
  const speaker = entities.filter((e) => e.statements.length > 0 && e.kind === "person").sort((a, b) => b.statements.length - a.statements.length)[0];
  if (speaker) out.push(`What did ${speaker.name} say?`);
  // The largest counted thing is the likeliest to interest a reader ("troops", not "years").
  // From the newest articles: what a reader is likeliest to ask about, and a bounded amount of work.
  let counted: { value: number; unit: string } | undefined;
  for (const article of index.articlesNewestFirst().slice(0, 50)) {
    for (const s of index.sentencesOf(article.id)) {
      // Only a plain count of a plural noun makes a question that reads well ("How many troops are there?").
      for (const q of s.quantities) if (q.measure === "count" && countedHead(q.unit) && (!counted || q.value > counted.value)) counted = q;
    }
  }
  if (counted) out.push(`How many ${counted.unit} are there?`);
  const titled = entities.find((e) => e.kind === "person" && e.roles.length > 0 && e !== speaker);
  if (titled) out.push(`Who is ${titled.name}?`);
  if (index.sentences.some((s) => s.dates.length > 0)) out.push("Give me a timeline of the events");
  cache.set(index, out);
  return out;
}
