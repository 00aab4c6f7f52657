import type { TraceStep } from "../trace.ts";
import type { Quantity } from "../../analysis/extractQuantities.ts";
import { compose, coverage, humanDate, previousInParagraph, sentenceCase } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { messages } from "../../messages.ts";
import { canonical, words } from "../../analysis/text.ts";
import { LIGHT_VERBS, LOSS_FAMILIES, STOPWORDS } from "../../analysis/lexicon.ts";
import { formOf, opposite } from "./alignStatement.ts";
import { tuning } from "../../tuning.ts";
import { MONEY_WORDS, readNumberQuestion, type NumberQuestion } from "./numberQuestion.ts";
import { countWord, listAnswering } from "./countList.ts";
import { alternative, clauseTerms, distance, nearness, ownDate } from "./numberInSentence.ts";
import { ageOfAsked, asksProjection, datedElsewhen, kindCoverage, namedCoverage, openingSpan, ownStatement, partOfWhole, referredNoun, writtenWithCapital } from "./quantityChecks.ts";
import { befell, countedMatch, EVENTS, HARMS, NAMED, PERSONS, PLACES, VICTIMS } from "./countedNoun.ts";

/** Words of a count question that describe the wanted number rather than what is counted. */
const COUNT_WORDS = new Set(["reduc", "reduct", "cut", "drop", "level", "number", "remain", "presenc", "total", "figur", "could", "might", "current", "deploy", "now", "be", "left", "lower", "fall", "rise", "increas", "percent", "percentag", "share", "proport", "proportion", "size", "strength", "count", "amount", "low", "high", "go", "get", "reach",
  // "How many took part" (read as "participated", src/analysis/phrasalVerbs.ts) says only that the counted were there, as "be" does.
  "particip",
  // "How long did the climb last?" asks for a span, as "take" does.
  "last"]);
/** Numbers that do not hold at a date: a span, a rate, a rank. */
const TIMELESS = new Set(["duration", "length", "frequency", "ordinal", "age"]);
/** Numbers that count no noun, whose own clause must hold a word of the question. */
const OWN_CLAUSE = new Set(["length", "duration"]);
const MONEY_TERMS = new Set(MONEY_WORDS.map(canonical));
/** Question words that ask for the size of a move ("how many troops were withdrawn"). */
const CHANGE_ASKED = /^(cut|cuts|cutting|reduc\w*|withdr\w*|remov\w*|pull\w*|sen[dt]\w*|add\w*|leav\w*|left|brought|return\w*|mov\w*|by|more|fewer|extra|additional|increas\w*|decreas\w*)$/;
const LIGHT = new Set([...LIGHT_VERBS].map(canonical));
/** How many passed-over numbers a trace names when none answered. */
const PASSED_OVER_SHOWN = 6;

/** The question's words sorted by what they ask of the number's sentence. */
interface Alignment {
  nq: NumberQuestion;
  /** What is counted ("troop"): the number's own noun must be one of these. */
  counted: Set<string>;
  /** Names the question writes with a capital ("South Korea", "Iraq"): the sentence must hold most of them. */
  named: string[];
  /** Other content words ("evacuate", "study"): the sentence should hold some. */
  context: string[];
  /** Words of the previous turn, for a follow-up: a weaker kind of context. */
  carried: string[];
  /** Countries the question names outside what it counts ("troops in Iraq"): the sentence must name every one. */
  places: string[];
}

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
  // A sentence opening with a span ("After nearly half an hour, …") may time the event a found sentence tells, which holds no number itself.
  const scenes = a.nq.measure === "duration" ? index.find(query, tuning.search.candidates).map((h) => h.sentence) : [];
  for (const s of [...pool.values(), ...scenes]) {
    const next = index.sentences[s.id + 1];
    if (next && previousInParagraph(next, index) === s && next.quantities.some((x) => openingSpan(next.text, x))) pool.set(next.id, next);
  }

  const scored: Array<{ s: IndexedSentence; quantity: Quantity } & QuantityScore> = [];
  const passed: string[] = [];
  for (const s of pool.values()) {
    for (const quantity of s.quantities) {
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
  if (usable.length === 0) return listAnswer(a, query, index, step);
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
  const context = TIMELESS.has(quantity.measure) && quantity.measure !== "age"
    ? `reported ${humanDate(article.published)}`
    : !quantity.projected
      ? messages.asOf(when)
      : ahead
        ? `the target by ${ahead.label}, reported ${humanDate(article.published)}`
        : `${planned ? "a planned" : "a possible"} figure, reported ${humanDate(article.published)}`;
  // "by either 49 percent or by 27 percent": the figure is one of two, and the answer is both.
  const other = alternative(s, quantity);
  const phrase = other ? s.text.slice(Math.min(quantity.start, other.start), Math.max(quantity.end, other.end)) : quantity.phrase;
  const lead = `${sentenceCase(phrase)} (${context}).`;
  // "After nearly half an hour, …" is read with the sentence before it, which tells what lasted.
  const scene = openingSpan(s.text, quantity) ? previousInParagraph(s, index) : undefined;
  return compose(index, { kind: "count", lead, short: other ? phrase : quantity.short, sentences: scene ? [s, scene] : [s], confidence: Math.min(1, best.score / tuning.count.confidentAt) });
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

/**
 * Whether the one word of the question a sentence lacks is its verb after "did / does / will …"
 * ("how many coins did they dig up?": "dig"), and that verb tells no event of its own (killed,
 * injured): such a verb only says how the counted came about.
 */
function onlyVerbLacking(q: Query, strong: string[], s: IndexedSentence): boolean {
  const verb = doSupportedVerb(q.words);
  if (!verb || EVENTS.has(canonical(verb)) || HARMS.has(canonical(verb))) return false;
  // "How many shares did they sell?" is not answered by "bought 14 shares".
  if (words(s.text).some((x) => opposite(formOf(x), formOf(verb)))) return false;
  const lacking = [...new Set(strong)].filter((t) => kindCoverage([t], s) === 0);
  return lacking.length === 1 && lacking[0] === canonical(verb);
}

/** The words of the loss a question asks of ("stolen": steal, stole, theft …), if any. */
function lossAsked(questionWords: string[]): readonly string[] | undefined {
  return LOSS_FAMILIES.find((family) => questionWords.some((x) => family.includes(x)));
}

/** Whether a sentence tells of that loss in any of its words' forms. */
function tellsOf(family: readonly string[], s: IndexedSentence): boolean {
  return words(s.text).some((x) => family.includes(x));
}

/** The plain verb of "how many X did they dig up?" — the last content word after "did / does / will …" — or null. */
function doSupportedVerb(questionWords: string[]): string | null {
  const at = questionWords.findIndex((x, i) => i >= 2 && DO_SUPPORT.has(x));
  if (at < 0) return null;
  return questionWords.slice(at + 1).filter((x) => !STOPWORDS.has(x)).at(-1) ?? null;
}
const DO_SUPPORT = new Set(["did", "do", "does", "will", "would", "can", "could"]);

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

/** Sorts the question's words into what is counted, names, and the rest. */
function align(q: Query): Alignment {
  const nq = readNumberQuestion(q.words);
  const counted = new Set(nq.counted);
  if (counted.size === 0 && nq.measure === "count" && q.previous) for (const t of q.previous.unitTerms) counted.add(t);
  const asking = new Set(nq.asking);
  // A word the question writes with a capital, other than its first, is a name.
  const named = new Set<string>();
  q.topicWords.forEach((w, i) => {
    if (/^\p{Lu}/u.test(w) && !q.raw.startsWith(w) && !counted.has(q.topic[i]!)) named.add(q.topic[i]!);
  });
  // An entity the question names with a capital ("the Defense Logistics Agency"), not one a common word happens to name ("study").
  for (const e of q.entities) {
    if (!writtenWithCapital(e.wording, q.raw)) continue;
    for (const w of words(e.entity.name)) if (!STOPWORDS.has(w)) named.add(canonical(w));
  }
  // Light verbs as the question wrote them: the vocabulary's typo correction may have made "part" something else.
  const raw = words(q.raw);
  const light = new Set(raw.length === q.words.length ? q.words.filter((_, i) => LIGHT_VERBS.has(raw[i]!)).map(canonical) : []);
  const context = [...new Set(q.topic)].filter((t) => !counted.has(t) && !named.has(t) && !asking.has(t) && !light.has(t));
  const carried = q.previous ? q.previous.topic.filter((t) => !counted.has(t) && !COUNT_WORDS.has(t)) : [];
  // A share counts what follows "of" ("a quarter of citizens"), so its noun is matched on the sentence.
  if (nq.measure === "percent") for (const t of counted) if (!named.has(t)) context.push(t);
  const places = [...new Set(q.topic)].filter((t) => PLACES.has(t) && !counted.has(t));
  return { nq, counted: nq.measure === "percent" ? new Set() : counted, named: [...named], context, carried, places };
}

/** A number's score, and whether it answers only as the article's one figure of what is counted (the question's verb is not in its sentence). */
interface QuantityScore {
  score: number;
  verbSaidOtherwise: boolean;
}

function scoreQuantity(q: Query, a: Alignment, s: IndexedSentence, quantity: Quantity, index: KnowledgeIndex, why?: string[]): QuantityScore | null {
  const w = tuning.count;
  // Why the number was passed over, for the trace.
  const no = (reason: string): null => (why?.push(reason), null);
  const wanted = a.nq.measure;
  const percentForCount = wanted === "count" && quantity.measure === "percent";
  if (wanted === null ? quantity.measure === "ordinal" || quantity.measure === "frequency" : quantity.measure !== wanted && quantity.measure !== a.nq.also && !percentForCount) return no(`a ${quantity.measure}, not a ${wanted ?? "count"}`);
  // What is counted: the number's noun ("about 80 people"), or for a share, its sentence.
  const unitMatch = a.counted.size ? countedMatch(q, a.counted, s, referredNoun(s, quantity, index), percentForCount) : 0;
  if (unitMatch === null) return no(`counts ${quantity.unit || "no noun"}, not ${[...a.counted].join(" ")}`);
  if (a.places.length && coverage(a.places, s) < 1) return no("names another country");
  if (quantity.measure === "age" && !ageOfAsked(q, a.context.filter((t) => !LIGHT.has(t) && !COUNT_WORDS.has(t)), s.text, quantity)) return no("the age of someone else");
  const namedCover = a.named.length ? namedCoverage(a.named, q, s, index) : 1;
  if (namedCover < w.minNamedCoverage) return no(`lacks the names asked (${a.named.join(", ")})`);
  // Words that say how the number is asked ("reduced to", "raise", "spend") need not be in its sentence.
  const strong = a.context.filter((t) => !LIGHT.has(t) && !COUNT_WORDS.has(t) && !(wanted === "money" && MONEY_TERMS.has(t)));
  // "After nearly half an hour, the team …": a span opening the sentence times the event the sentence before tells.
  // Told in another sentence, the event needs more of the question's words than the number's own sentence would.
  const before = openingSpan(s.text, quantity) ? previousInParagraph(s, index) : undefined;
  const scene = before && coverage(strong, before) >= w.sceneCoverage ? before : undefined;
  const strongCover = Math.max(kindCoverage(strong, s), scene ? kindCoverage(strong, scene) : 0);
  const carriedCover = a.carried.length ? coverage(a.carried, s) : 0;
  // Without a counted noun to vouch for it, the number's sentence must be about the question.
  const about = Math.max(strongCover, carriedCover);
  // A number whose own noun is what is counted, in a sentence holding every name the question
  // gives, answers even when the question words its verb otherwise ("built around" for "bases
  // … around"), unless the verb missed is an event ("killed"): that is another fact about them.
  const vouched = unitMatch > 0 && !percentForCount && a.named.length > 0 && namedCover >= 1 && !strong.some((t) => EVENTS.has(t) && !s.terms.includes(t));
  // "How many coins did they dig up?" against "The expedition has found … 22 bronze coins": the number's own
  // noun is what is counted and all the sentence lacks is the question's verb, said otherwise. Taken only
  // when the article counts that noun nowhere else (see `answerCount`): a second figure would need the verb.
  // "How many coins did the divers lose?" is never answered by the coins they recovered: a loss the question asks of must be told.
  const loss = lossAsked(q.words);
  if (loss && !tellsOf(loss, s) && !(scene && tellsOf(loss, scene))) return no(`tells of no loss ("${loss[0]}")`);
  const lacking = strong.length > 0 && !vouched && about < (unitMatch ? w.minContextCounted : w.minContext);
  const verbSaidOtherwise = lacking && unitMatch >= 1 && !percentForCount && a.named.length === 0 && onlyVerbLacking(q, strong, s);
  if (lacking && !verbSaidOtherwise) return no(`too few of the question's words (${strong.join(", ")}: ${Math.round(about * 100) / 100})`);
  if (!strong.length && !a.named.length && !unitMatch && carriedCover < w.minContext) return no("nothing of the question");
  // "How far did the storm travel?": a length or a span counts no noun, so its own clause must
  // tell of what is asked ("the tide rose 2 metres" answers of the tide, not of the storm).
  if (OWN_CLAUSE.has(quantity.measure) && strong.length && !ownStatement([...strong, ...a.carried], s.text, quantity) && !scene) return no("its clause tells of something else");

  let score = unitMatch * w.unitWord + namedCover * w.named + strongCover * w.restCoverage + carriedCover * w.carried + coverage(a.context, s) * w.lightWords;
  // The question's subject ("did the North give …") named in the sentence: the sentence tells of its act.
  if (a.named.length && coverage([a.named[0]!], s) === 1) score += w.subject;
  // Only figures that hold at a time have a tense to match; "within 48 hours" is a span whatever the verb.
  const projection = asksProjection(q);
  if (projection === quantity.projected && !TIMELESS.has(quantity.measure)) score += w.sameTense;
  // A percentage is a weaker match on its sentence than a counted noun, unless one was asked for.
  if (percentForCount) score -= w.unaskedPercent;
  // "How many would remain / be left?" asks for where a change ends, not its size.
  // Only in the tense asked: "how many would remain" wants a projected target, "what is the rate now" a level reached.
  if (quantity.target && quantity.projected === projection && q.words.some((word) => /^(remain|remaining|left|stay|keep|level|reduced|drop|cut|now|current|currently|today)$/.test(word))) score += w.target;
  // "By how much …?" asks for the size of the change; "how many are there" does not.
  // "How many were cut from …?" asks for it too.
  if (quantity.change && (/^(and |so )?by how (much|many)\b/.test(q.text) || q.words.some((word) => CHANGE_ASKED.test(word)))) score += w.target;
  else if (quantity.change) score -= w.unaskedChange;
  // "what might that drop to?" asks for another number than the one just given.
  if (q.previous?.sentences.includes(s.id) && q.followUp) score -= w.alreadyGiven;
  // "How much did they spend last year?": of the sentence's numbers, the one nearest the date that is the time asked.
  const period = q.period;
  // "How many pilgrims came this year?" is not answered by a sentence that dates its figure to another time only ("the 1991 Hajj").
  if (period && datedElsewhen(s, period)) return no("dated to another time");
  if (period && s.quantities.length > 1) {
    for (const d of s.dates.filter((d) => d.from <= period.to && d.to >= period.from)) {
      const own = s.quantities.reduce((a, b) => (distance(d, b, s.text) < distance(d, a, s.text) ? b : a));
      if (own === quantity) score += w.inPeriod;
    }
  }
  // A question naming a time or a source is about that article; one about now, the newest.
  if (q.preferredDocs.size) score += q.preferredDocs.has(s.doc) ? w.preferredArticle : 0;
  else score += index.recency(s.doc) * w.recency;
  // Of two numbers in one sentence, the one standing nearer the question's own words ("moved").
  // The number's noun belongs to its clause even when written once for several numbers ("about 6,400 returning").
  const clause = new Set([...clauseTerms(s.text, quantity.start), ...quantity.unitTerms]);
  score += nearness(clause, q.words) * w.sameClause;
  // "more than 13,000 troops -- including about 10,000 aboard ships": a part answers only when the question says what sets it apart.
  if (partOfWhole(s, quantity)) score -= w.partOfWhole;
  // "4,500 troops have been killed" answers how many were killed, not how many are there.
  // Read by their first five letters too, as `coverage` reads them: "injurd" asks of the injured.
  const asked = new Set(q.words.map(canonical).flatMap((t) => (t.length >= 5 ? [t, t.slice(0, 5)] : [t])));
  const isAsked = (t: string) => asked.has(t) || asked.has(t.slice(0, 5));
  // A question that asks of no event at all is never answered with the number killed or hurt ("how many people live there?").
  if ([...clause].some((t) => EVENTS.has(t) && !isAsked(t))) {
    // Only a count can be of the killed or hurt: "twelve years of talks … the death penalty" is a span.
    const countsPeople = quantity.measure === "count" || quantity.measure === "percent";
    if (countsPeople && [...clause].some((t) => HARMS.has(t)) && ![...EVENTS].some(isAsked) && !befell(a.counted, s.text, quantity)) return no("counts the killed or hurt, not asked");
    score -= w.otherEvent;
  }
  return { score, verbSaidOtherwise };
}
