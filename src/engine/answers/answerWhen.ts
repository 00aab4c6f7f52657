import type { DateMention } from "../../analysis/extractDates.ts";
import { canonical, words } from "../../analysis/text.ts";
import { compose, humanDate } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { entityTerms, rankSentences, type Ranked } from "./rankSentences.ts";

/**
 * When: the sentence that tells of the event asked about, and in it the date nearest to the
 * words of the question. Relative dates are given resolved, with the article's own wording.
 * When the best-matching sentence has no date, the answer says so and cites it.
 */
export function answerWhen(q: Query, index: KnowledgeIndex): Answer | null {
  // "When was the article published?" asks about the article itself.
  if (/\b(article|story|report|piece)\b/.test(q.text) && /\b(published|written|come out|came out|released|dated)\b/.test(q.text)) {
    const doc = [...q.preferredDocs][0] ?? index.articlesNewestFirst()[0]?.id;
    const first = doc ? index.sentencesOf(doc)[0] : undefined;
    if (first) {
      const a = index.articles.get(first.doc)!;
      return compose(index, { kind: "when", lead: `${humanDate(a.published)}: “${a.title}” (${a.source}).`, short: humanDate(a.published), sentences: [first], confidence: 0.9 });
    }
  }
  // "When?" / "When did he say that?": the sentence the previous answer cited.
  if (q.previous && q.topic.length === 0 && q.entities.length === 0) {
    const s = q.previous.sentences.map((id) => index.sentences[id]!).find((x) => x.dates.length > 0);
    if (s) return dated(index, s, pickDate(s, q, index.articles.get(s.doc)!.published), 0.8);
  }
  const ranked = rankSentences(q, index);
  const bestAny = ranked[0];
  // A question about the future ("will", "must … be completed") looks for a date after the article.
  const fits = (r: Ranked) => {
    const published = index.articles.get(r.sentence.doc)!.published;
    return r.sentence.dates.some((d) => (q.future ? d.to > published : d.from <= published)) ? 0.25 : 0;
  };
  const bestDated = rankSentences(q, index, undefined, (s) => s.dates.length > 0)
    .map((r) => ({ r, value: r.score + fits(r) }))
    .sort((a, b) => b.value - a.value)[0]?.r;
  if (!bestAny || bestAny.coverage < tuning.answer.minCoverage) return null;
  if (!bestDated || bestDated.coverage + 0.2 < bestAny.coverage || bestDated.coverage < tuning.answer.minCoverage) {
    return compose(index, { kind: "when", lead: messages.noDate, short: null, sentences: [bestAny.sentence], confidence: bestAny.coverage * 0.7 });
  }
  const s = bestDated.sentence;
  return dated(index, s, pickDate(s, q, index.articles.get(s.doc)!.published), bestDated.coverage);
}

function dated(index: KnowledgeIndex, s: IndexedSentence, d: DateMention, confidence: number): Answer {
  const published = humanDate(index.articles.get(s.doc)!.published);
  const wording = d.text.replace(/^(on|in)\s+/i, "");
  const lead = d.relative ? `${capital(d.label)} (the article, published ${published}, says “${d.text}”).` : `${capital(d.label)}.`;
  // A week is best told in the article's words ("last week"); other dates resolved.
  const short = d.precision === "week" || d.precision === "range" ? wording : d.label;
  return compose(index, { kind: "when", lead, short, sentences: [s], confidence });
}

/** The date of the sentence nearest to where the question's own words appear in it. */
function pickDate(s: IndexedSentence, q: Query, published: string): DateMention {
  if (s.dates.length === 1) return s.dates[0]!;
  // A question in the future tense asks for a date after the article; one in the past, before it.
  const past = /\b(did|was|were|had)\b/.test(q.text);
  const tensed = q.future || past ? s.dates.filter((d) => (q.future ? d.to > published : d.from <= published)) : s.dates;
  if (tensed.length === 1) return tensed[0]!;
  const wanted = new Set([...q.topic, ...entityTerms(q)]);
  const positions: number[] = [];
  for (const m of s.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = words(m[0])[0];
    if (w && wanted.has(canonical(w))) positions.push(m.index!);
  }
  // The question's first content word is usually its verb ("report", "kill", "hold").
  const verb = q.topic[0];
  const verbAt = verb ? [...s.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].find((m) => canonical(words(m[0])[0] ?? "") === verb)?.index : undefined;
  const anchor = verbAt !== undefined ? [verbAt] : positions;
  if (anchor.length === 0) return s.dates.find((d) => d.precision !== "range") ?? s.dates[0]!;
  // A date in the verb's own clause ("told the AP last week") beats a nearer one in an aside
  // (", who faces elections in October,").
  const clauseOf = (at: number) => (s.text.slice(0, at).match(/,/g) ?? []).length;
  const verbClause = clauseOf(anchor[0]!);
  const distance = (d: DateMention) => Math.min(...anchor.map((p) => Math.abs(d.start - p))) + (clauseOf(d.start) === verbClause ? 0 : 1000);
  return [...s.dates].sort((a, b) => distance(a) - distance(b))[0]!;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

