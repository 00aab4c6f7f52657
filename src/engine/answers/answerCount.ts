import type { TraceStep } from "../trace.ts";
import type { Quantity } from "../../analysis/extractQuantities.ts";
import { compose, humanDate, previousInParagraph, sentenceCase } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { canonical, words } from "../../analysis/text.ts";
import { countWord, listAnswering } from "./countList.ts";
import { alternative, ownDate } from "./numberInSentence.ts";
import { asksProjection, namedCoverage, openingSpan, referredNoun } from "./quantityChecks.ts";
import { countedMatch, EVENTS, HARMS, NAMED, otherPart, PERSONS, VICTIMS } from "./countedNoun.ts";
import { align, COUNT_WORDS, LIGHT, type Alignment } from "./countAlignment.ts";
import { ordinalForCount, scoreQuantity, TIMELESS, type QuantityScore } from "./scoreQuantity.ts";
import { spanByDates } from "./spanByDates.ts";
import { scorelineSide } from "./scoreline.ts";

/** How many passed-over numbers a trace names when none answered. */
const PASSED_OVER_SHOWN = 6;

/**
 * How many / how much / how long / how old / what share: a number of the kind asked whose noun
 * is what the question counts, in a sentence that holds the question's names and enough of its
 * other words. A question about a possible future ("could", "reduced to") prefers projected
 * numbers; one about now prefers current ones, from the most recent article.
 */
export function answerCount(q: Query, index: KnowledgeIndex, step?: TraceStep): Answer | null {
  const a = align(q);
  const pool = new Map<number, IndexedSentence>();
  // Only sentences with numbers: in an archive of near-duplicates the best-matching sentences
  // without any would fill the candidates.
  // "How many victims …": the sentences tell of what befell them ("killing 12"), not of victims.
  const befallen = [...a.counted].some((t) => VICTIMS.has(t) && !EVENTS.has(t)) ? [...HARMS] : [];
  const query = [...a.counted, ...a.named, ...a.context, ...a.carried, ...q.topic, ...befallen].join(" ");
  for (const h of index.find(query, tuning.search.candidates * 2, (s) => s.quantities.length > 0)) pool.set(h.sentence.id, h.sentence);
  if (q.previous) for (const id of q.previous.sentences) pool.set(id, index.sentences[id]!);
  // "Mara Lind died on Sunday. She was 90.": an age the next sentence gives her by a pronoun.
  if (a.nq.measure === "age") for (const e of q.entities) if (e.entity.kind === "person") for (const id of e.entity.sentences) {
    const next = index.sentences[id + 1];
    if (next && previousInParagraph(next, index)?.id === id && /^\s*(?:he|she)\b/i.test(next.text) && next.quantities.some((x) => x.measure === "age")) pool.set(next.id, next);
  }
  // A sentence opening with a span ("After nearly half an hour, …") may time the event a found sentence tells, which holds no number itself.
  const scenes = a.nq.measure === "duration" ? index.find(query, tuning.search.candidates).map((h) => h.sentence) : [];
  for (const s of [...pool.values(), ...scenes]) {
    const next = index.sentences[s.id + 1];
    if (next && previousInParagraph(next, index) === s && next.quantities.some((x) => openingSpan(next.text, x))) pool.set(next.id, next);
  }

  const scored: Array<{ s: IndexedSentence; quantity: Quantity } & QuantityScore> = [];
  const passed: string[] = [];
  // "How many goals did Spain score?": a scoreline is read as the asked side's number.
  const sides = [...a.named, ...a.context];
  for (const s of pool.values()) {
    for (const written of s.quantities) {
      const quantity = scorelineSide(s.text, written, sides, a.counted) ?? written;
      const why: string[] = [];
      const found = scoreQuantity(q, a, s, quantity, index, step ? why : undefined);
      if (found !== null) scored.push({ s, quantity, ...found });
      else if (why.length) passed.push(`"${quantity.short ?? quantity.text}" (s${s.position} of ${s.doc}): ${why[0]}`);
    }
  }
  if (step) {
    step.candidates = [...scored].sort((a, b) => b.score - a.score).slice(0, 8).map((c) => ({ text: c.quantity.short ?? c.quantity.text, score: Math.round(c.score * 100) / 100, why: `${c.quantity.unit || "no unit"}; s${c.s.position} of ${c.s.doc}` }));
    if (scored.length === 0) step.notes.push("no number counting what is asked in the candidate sentences", ...passed.slice(0, PASSED_OVER_SHOWN));
  }
  // A figure taken though its sentence lacks the question's verb must be the article's only figure of what is counted.
  const usable = scored.filter((c) => !c.verbSaidOtherwise || onlyFigure(q, a, c.s, c.quantity, index));
  if (step && usable.length < scored.length) step.notes.push(`passed over ${scored.length - usable.length} figure(s) whose sentence lacks the question's verb, as the article counts that noun more than once`);
  let lone = false;
  if (usable.length === 0) {
    const told = listAnswer(a, query, index, step) ?? spanByDates(q, a, query, index, step);
    if (told) return told;
    const only = loneFigure(q, a, pool.values(), index, step);
    if (!only) return null;
    usable.push(only);
    lone = true;
  }
  let best = usable.reduce((x, y) => (y.score > x.score ? y : x));
  // "How many troops are in Iraq?" asks for the figure now: of the figures that answer about as
  // well, the one from the newest article.
  const present = !q.period && !q.preferredDocs.size && !asksProjection(q) && !/\b(was|were|did|had|used to)\b/.test(q.text);
  if (present) {
    const published = (x: { s: IndexedSentence }) => index.articles.get(x.s.doc)!.published;
    for (const c of usable) {
      if (c.score < best.score - tuning.count.newestMargin) continue;
      if (published(c) > published(best)) best = c;
    }
  }

  const { s, quantity } = best;
  const article = index.articles.get(s.doc)!;
  const when = ownDate(s, quantity)?.label ?? humanDate(article.published);
  const ahead = s.dates.find((d) => d.from > article.published);
  const planned = /\b(will|plans?|planned|set to|is to|are to|ordered)\b/i.test(s.text);
  // "its fifth title" answers how many titles as "Five", so far, with the phrase that says so.
  const ordinal = ordinalForCount(a, quantity);
  const context = TIMELESS.has(quantity.measure) && quantity.measure !== "age" && !ordinal
    ? `reported ${humanDate(article.published)}`
    : !quantity.projected
      ? messages.asOf(when)
      : ahead
        ? `the target by ${ahead.label}, reported ${humanDate(article.published)}`
        : `${planned ? "a planned" : "a possible"} figure, reported ${humanDate(article.published)}`;
  // "by either 49 percent or by 27 percent": the figure is one of two, and the answer is both.
  const other = alternative(s, quantity);
  // "two sons and one daughter": the parts of what is asked, each of its own kind, are the answer together.
  const part = other ? undefined : otherPart(s, quantity, a.counted);
  const phrase = other ? s.text.slice(Math.min(quantity.start, other.start), Math.max(quantity.end, other.end)) : part ? [quantity, part].sort((x, y) => x.start - y.start).map((x) => x.phrase).join(" and ") : quantity.phrase;
  const short = ordinal ? countWord(quantity.value) : other || part ? phrase : quantity.short;
  const lead = ordinal ? `${sentenceCase(short)} (${phrase}, ${context}).` : `${sentenceCase(phrase)} (${context}).`;
  // "After nearly half an hour, …" is read with the sentence before it, which tells what lasted.
  const scene = openingSpan(s.text, quantity) ? previousInParagraph(s, index) : undefined;
  const confidence = lone ? tuning.count.loneConfidence : Math.min(1, best.score / tuning.count.confidentAt);
  return compose(index, { kind: "count", lead, short, sentences: scene ? [s, scene] : [s], confidence });
}

/**
 * "How long did Archbishop Vale lead the church?" against "Archbishop Vale … after serving almost
 * ten years as the church's leader": no figure holds enough of the question's other words, as the
 * article says them otherwise. Taken then: the one figure of the kind asked (a span, a count of
 * what is asked) in a sentence that names the question's subject (its first name) and holds a word
 * of the question, if only as the start of a longer one, when no other sentence offers another
 * such figure, and never a number the question itself gives.
 */
function loneFigure(q: Query, a: Alignment, pool: Iterable<IndexedSentence>, index: KnowledgeIndex, step?: TraceStep): ({ s: IndexedSentence; quantity: Quantity } & QuantityScore) | null {
  const wanted = a.nq.measure;
  if (wanted === null || a.named.length === 0 || (wanted === "count" && a.counted.size === 0)) return null;
  const strong = a.context.filter((t) => !LIGHT.has(t) && !COUNT_WORDS.has(t));
  const asked = q.words.filter((w) => strong.includes(canonical(w)));
  const found: Array<{ s: IndexedSentence; quantity: Quantity } & QuantityScore> = [];
  for (const s of pool) {
    const ofKind = s.quantities.filter((x) => x.measure === wanted || x.measure === a.nq.also);
    // The question's subject, its first name, must be there ("Christodoulos"); its other names as the scoring asks.
    if (ofKind.length !== 1 || namedCoverage([a.named[0]!], q, s, index) < 1) continue;
    // And a word of the question, if only as the start of a longer one ("lead": "leader").
    const said = words(s.text);
    if (strong.length && !asked.some((w) => s.terms.includes(canonical(w)) || said.some((x) => w.length >= 4 && x.startsWith(w)))) continue;
    const quantity = ofKind[0]!;
    if (q.text.includes(quantity.text.toLowerCase())) continue;
    const scored = scoreQuantity(q, a, s, quantity, index, undefined, true);
    if (scored) found.push({ s, quantity, ...scored });
  }
  if (found.length === 0 || found.some((x) => x.quantity.value !== found[0]!.quantity.value)) return null;
  step?.notes.push(`no figure holds enough of the question's words; the one ${wanted} beside its subject`);
  return found[0]!;
}

/**
 * "How many crops do farmers grow?" when the article gives no number but lists them: "Farmers
 * grow wheat, barley, oats and potatoes". Only for a count of a named noun, from a sentence that
 * holds every other word of the question (two at least, light verbs aside) before the list.
 */
function listAnswer(a: Alignment, query: string, index: KnowledgeIndex, step?: TraceStep): Answer | null {
  if (a.nq.measure !== "count" || a.counted.size === 0) return null;
  const asked = [...new Set([...a.named, ...a.context.filter((t) => !LIGHT.has(t) && !COUNT_WORDS.has(t))])];
  // A subject alone ("farmers") does not say what is listed: its verb must be there too.
  if (asked.length < 2) return null;
  for (const { sentence: s } of index.find(query, tuning.search.candidates)) {
    const list = listAnswering(s.text, asked);
    // A list of names counts people, countries, teams …; a list of common nouns counts things.
    const names = list?.items.every((i) => /^\p{Lu}/u.test(i));
    if (!list || names !== [...a.counted].some((t) => PERSONS.has(t) || NAMED.has(t))) continue;
    step?.notes.push(`no number; a list of ${list.items.length} after the question's words`);
    const count = countWord(list.items.length);
    return compose(index, { kind: "count", lead: `${sentenceCase(count)}: ${list.text}.`, short: count, sentences: [s], confidence: tuning.count.listConfidence });
  }
  return null;
}

/** Whether no other number of the article counts what is asked (the same figure said twice is one). */
function onlyFigure(q: Query, a: Alignment, s: IndexedSentence, quantity: Quantity, index: KnowledgeIndex): boolean {
  for (const other of index.sentencesOf(s.doc)) {
    for (const x of other.quantities) {
      if (x === quantity || x.measure !== quantity.measure || x.value === quantity.value) continue;
      if (countedMatch(q, a.counted, other, referredNoun(other, x, index), false) !== null) return false;
    }
  }
  return true;
}
