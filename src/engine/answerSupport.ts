import { THIRD_PERSON_PRONOUNS } from "../analysis/lexicon.ts";
import { canonical } from "../analysis/text.ts";
import { relatedForms } from "../analysis/relatedWords.ts";
import { tuning } from "../tuning.ts";
import { dayLabel } from "../analysis/dateSupport.ts";
import { messages } from "../messages.ts";
import type { IndexedSentence, KnowledgeIndex } from "../index/knowledgeIndex.ts";
import type { Answer, AnswerItem, Citation, QuestionKind } from "./types.ts";

/** The citation of a sentence: verbatim text and where it stands. */
export function citationOf(index: KnowledgeIndex, s: IndexedSentence): Citation {
  const a = index.articles.get(s.doc)!;
  return { doc: a.id, title: a.title, published: a.published, url: a.url, paragraph: s.paragraph, sentence: s.text };
}

/** "August 21, 2020" from "2020-08-21". */
export function humanDate(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  // Formatted by hand, as Intl's en-US long date would write it: toLocaleDateString was the
  // slowest step of answering when-questions and timelines (about a tenth of all question time).
  if (Number.isNaN(d.getTime())) return d.toLocaleDateString("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
  return dayLabel(d);
}

/**
 * Share of the terms found in the sentence. A term also matches a sentence term that
 * shares its first five letters, so "requirement" meets "requiring", and counts for a little
 * less through a related word ("hazard" for "danger").
 */
export function coverage(terms: string[], s: IndexedSentence): number {
  const unique = [...new Set(terms)];
  if (unique.length === 0) return 1;
  const have = new Set(s.terms);
  let hit = 0;
  for (const t of unique) {
    if (have.has(t) || (t.length >= 5 && s.terms.some((x) => x.length >= 5 && x.slice(0, 5) === t.slice(0, 5)))) hit++;
    // "hazard" says what "danger" asks, at a little less than the question's own word.
    else if (holdsRelated(t, have)) hit += tuning.related.coverage;
  }
  return hit / unique.length;
}

/** How a cited sentence reads under an answer. */
export function quoteBlock(c: Citation): string {
  return `» ${c.sentence}\n  ${messages.source(c.title, humanDate(c.published), c.paragraph)}`;
}

export interface Composed {
  kind: QuestionKind;
  /** The fact, first line of the text. */
  lead: string;
  short: string | null;
  sentences: IndexedSentence[];
  confidence: number;
  items?: AnswerItem[];
}

/** An answer: the fact first, then the source sentence(s) verbatim with title, date and paragraph. */
export function compose(index: KnowledgeIndex, c: Composed): Answer {
  const citations = dedupe(c.sentences).map((s) => citationOf(index, s));
  const body = c.items?.length
    ? c.items.map((i) => `• ${i.text}`).join("\n")
    : citations.map(quoteBlock).join("\n");
  return {
    answered: true,
    text: `${c.lead}\n${body}`,
    lead: c.lead,
    short: c.short,
    citations,
    kind: c.kind,
    confidence: Math.max(0, Math.min(1, Number(c.confidence.toFixed(2)))),
    ...(c.items ? { items: c.items } : {}),
  };
}

function dedupe(list: IndexedSentence[]): IndexedSentence[] {
  const seen = new Set<number>();
  return list.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}

export { sentenceCase } from "../analysis/text.ts";

/** Where the question's own words (longer than three letters, by canonical form) stand in a sentence. */
export function anchorsOf(text: string, asked: Set<string>): number[] {
  return [...text.matchAll(/\p{L}+/gu)].filter((w) => w[0].length > 3 && asked.has(canonical(w[0].toLowerCase()))).map((w) => w.index!);
}

/** Characters from `at` to the nearest anchor; 0 when there is none. */
export function distanceToAnchors(at: number, anchors: number[]): number {
  return anchors.length ? Math.min(...anchors.map((a) => Math.abs(a - at))) : 0;
}

/** A pronoun that may stand for what the sentence before named. */
export const THIRD_PERSON = new RegExp(`\\b(?:${THIRD_PERSON_PRONOUNS.join("|")})\\b`, "i");

/** The sentence before, in the same paragraph. */
export function previousInParagraph(s: IndexedSentence, index: KnowledgeIndex): IndexedSentence | undefined {
  const before = index.sentences[s.id - 1];
  return before && before.doc === s.doc && before.paragraph === s.paragraph ? before : undefined;
}

/** Whether a sentence's terms hold a word related to a term. */
export function holdsRelated(term: string, have: ReadonlySet<string>): boolean {
  for (const r of relatedForms(term)) if (have.has(r)) return true;
  return false;
}
