import type { Quantity } from "../../analysis/extractQuantities.ts";
import { tallySide } from "../../analysis/numberPatterns.ts";
import { coverage, previousInParagraph } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Query } from "../understandQuestion.ts";
import { canonical, words } from "../../analysis/text.ts";
import { DIMENSION_WORDS, LOSS_FAMILIES, STOPWORDS } from "../../analysis/lexicon.ts";
import { formOf, opposite } from "./alignStatement.ts";
import { tuning } from "../../tuning.ts";
import { MONEY_WORDS } from "./numberQuestion.ts";
import { clauseTerms, distance, nearness, placeOfNumber } from "./numberInSentence.ts";
import { ageOfAsked, asksProjection, datedElsewhen, kindCoverage, namedCoverage, openingSpan, ownStatement, partitiveRole, partOfWhole, referredNoun } from "./quantityChecks.ts";
import { befell, countedMatch, EVENTS, HARMS } from "./countedNoun.ts";
import { carriedNamedCoverage, headlineNamedCoverage } from "./carriedNames.ts";
import { COUNT_WORDS, LIGHT, type Alignment } from "./countAlignment.ts";
import { countedHead } from "../../analysis/numberPatterns.ts";

/** Numbers that do not hold at a date: a span, a rate, a rank. */
export const TIMELESS = new Set(["duration", "length", "frequency", "ordinal", "age"]);
/** Numbers that count no noun, whose own clause must hold a word of the question. */
const OWN_CLAUSE = new Set(["length", "duration"]);
const MONEY_TERMS = new Set(MONEY_WORDS.map(canonical));
/** Question words that ask for the size of a move ("how many troops were withdrawn"). */
const CHANGE_ASKED = /^(cut|cuts|cutting|reduc\w*|withdr\w*|remov\w*|pull\w*|sen[dt]\w*|add\w*|leav\w*|left|brought|return\w*|mov\w*|by|more|fewer|extra|additional|increas\w*|decreas\w*)$/;

/** A number's score, and whether it answers only as the article's one figure of what is counted (the question's verb is not in its sentence). */
export interface QuantityScore {
  score: number;
  verbSaidOtherwise: boolean;
}

/**
 * How well a number answers the question, or null (with the reason in `why`) when it cannot.
 * `anyWords` takes a number whose sentence holds too few of the question's other words (the
 * question said them otherwise): only for the one figure of the kind asked beside the question's
 * subject (`loneFigure` in answerCount.ts).
 */
export function scoreQuantity(q: Query, a: Alignment, s: IndexedSentence, quantity: Quantity, index: KnowledgeIndex, why?: string[], anyWords = false): QuantityScore | null {
  const w = tuning.count;
  // Why the number was passed over, for the trace.
  const no = (reason: string): null => (why?.push(reason), null);
  const wanted = a.nq.measure;
  const percentForCount = wanted === "count" && quantity.measure === "percent";
  if (wanted === null ? quantity.measure === "ordinal" || quantity.measure === "frequency" : quantity.measure !== wanted && quantity.measure !== a.nq.also && !percentForCount && !ordinalForCount(a, quantity)) return no(`a ${quantity.measure}, not a ${wanted ?? "count"}`);
  // What is counted: the number's noun ("about 80 people"), or for a share, its sentence.
  const unitMatch = a.counted.size ? countedMatch(q, a.counted, s, referredNoun(s, quantity, index), percentForCount) : 0;
  if (unitMatch === null) return no(`counts ${quantity.unit || "no noun"}, not ${[...a.counted].join(" ")}`);
  if (a.places.length && coverage(a.places, s) < 1 && headlineNamedCoverage(a.places, s, index) < 1) return no("names another country");
  if (quantity.measure === "age" && !ageOfAsked(q, a.context.filter((t) => !LIGHT.has(t) && !COUNT_WORDS.has(t)), s.text, quantity)) return no("the age of someone else");
  const namedCover = a.named.length ? namedCoverage(a.named, q, s, index) : 1;
  // A sentence naming nothing of its own ("The closures are costing the economy …") is about the names of the one before that names some.
  // Names its article's headline gives count as well: the story tells of them throughout.
  const carried = namedCover < 1 ? Math.max(namedCover, carriedNamedCoverage(a.named, q, s, index), headlineNamedCoverage(a.named, s, index)) : namedCover;
  if (carried < w.minNamedCoverage) return no(`lacks the names asked (${a.named.join(", ")})`);
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
  if (lacking && !verbSaidOtherwise && !anyWords) return no(`too few of the question's words (${strong.join(", ")}: ${Math.round(about * 100) / 100})`);
  // "How much was he fined?", "How much money was raised?": a question whose only words say how it asks of money ("fined") or
  // what the money did ("raised") is about the sentence that says them.
  const moneyOnly = !strong.length && wanted === "money" && a.context.some((t) => (MONEY_TERMS.has(t) || COUNT_WORDS.has(t)) && !LIGHT.has(t) && s.terms.includes(t));
  if (!strong.length && !a.named.length && !unitMatch && !moneyOnly && carriedCover < w.minContext) return no("nothing of the question");
  // "How far did the storm travel?": a length or a span counts no noun, so its own clause must
  // tell of what is asked ("the tide rose 2 metres" answers of the tide, not of the storm).
  // Taken with too few of the question's words, the statement must at least name what the question names.
  const told = anyWords ? [...strong, ...a.carried, ...a.named] : [...strong, ...a.carried];
  if (OWN_CLAUSE.has(quantity.measure) && strong.length && !ownStatement(told, s.text, quantity) && !scene) return no("its clause tells of something else");

  let score = unitMatch * w.unitWord + (namedCover + (carried - namedCover) * w.carriedName) * w.named + strongCover * w.restCoverage + carriedCover * w.carried + coverage(a.context, s) * w.lightWords;
  // The question's subject ("did the North give …") named in the sentence: the sentence tells of its act.
  if (a.named.length && coverage([a.named[0]!], s) === 1) score += w.subject;
  // "How deep is the wreck?": of two lengths, the one the sentence says is a depth ("at a depth of 4,000 metres").
  if (quantity.measure === "length" && namesDimension(q.words, s.text, quantity)) score += w.dimensionNamed;
  // "Over how many years …": of two spans, the one in the unit the question names.
  if (a.nq.unit && quantity.unitTerms[0] === a.nq.unit) score += w.askedUnit;
  // Only figures that hold at a time have a tense to match; "within 48 hours" is a span whatever the verb.
  const projection = asksProjection(q);
  if (projection === quantity.projected && !TIMELESS.has(quantity.measure)) score += w.sameTense;
  // A percentage is a weaker match on its sentence than a counted noun, unless one was asked for.
  if (percentForCount) score -= w.unaskedPercent;
  // "How many would remain / be left?" asks for where a change ends, not its size.
  // Only in the tense asked: "how many would remain" wants a projected target, "what is the rate now" a level reached.
  if (quantity.target && quantity.projected === projection && q.words.some((word) => /^(remain|remaining|left|stay|keep|level|reduced|drop|cut|now|current|currently|today)$/.test(word))) score += w.target;
  // "has risen from three to four": the level reached is today's, the one it left is not.
  if (quantity.target && !quantity.projected) score += w.reachedLevel;
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
  // "How many died in the earthquake?" asks of the article's own news, not of the one its background recalls ("a 1999 quake killed 20,000").
  if (!period && !TIMELESS.has(quantity.measure) && recalled(s, index.articles.get(s.doc)?.published)) score -= w.recalled;
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
  // "shut down two of the nine engines": the part when the question asks of what was done to it ("how many were shut down"), else the whole ("how many does it have").
  // The question's words but what it counts count here, light verbs too ("took 18 of the 22 employees" for "how many were taken").
  const partitive = partitiveRole(s, quantity);
  const actAsked = (t: string) => !STOPWORDS.has(t) && !a.counted.has(t) && q.words.some((x) => canonical(x) === t);
  if (partitive && (partitive.role === "part") !== partitive.actOnPart.some(actAsked)) score -= w.partOfWhole;
  // "killed 12 people in Orrin and 3 in Vell": of numbers each said of a name, the one said of the name the question asks.
  if (a.named.length && s.quantities.length > 1) {
    const place = placeOfNumber(s.text, quantity);
    if (place.length) score += place.every((t) => a.named.includes(t)) ? w.ownPlace : -w.ownPlace;
  }
  // "passed by 52 votes to 48": the votes for, unless the question asks of those against.
  const side = tallySide(s.text, quantity);
  if (side && (side === "against") !== q.words.some((x) => AGAINST.test(x))) score -= w.tallySide;
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

/** The question asks a length by its dimension ("how deep") and the words right around the number name it ("a depth of", "above sea level"). */
function namesDimension(questionWords: string[], text: string, quantity: Quantity): boolean {
  const at = questionWords.indexOf("how");
  const dimension = at >= 0 ? DIMENSION_WORDS[questionWords[at + 1] ?? ""] : undefined;
  if (!dimension) return false;
  // Past the number's unit and a conversion in brackets: "about 500 miles (800 km) from the coast" is a distance, and so is its conversion.
  let after = text.slice(quantity.end);
  if (quantity.unit && after.startsWith(` ${quantity.unit}`)) after = after.slice(quantity.unit.length + 1);
  after = after.replace(/^\s*\([^)]*\)/, "");
  const before = text.slice(0, quantity.start).replace(/\([^)]*$/, "");
  const near = [...words(before).slice(-3), ...words(after).slice(0, 3)];
  return near.some((x) => dimension.includes(x));
}

/** The words of the loss a question asks of ("stolen": steal, stole, theft …), if any; "the wreck" names a thing, not a loss. */
function lossAsked(questionWords: string[]): readonly string[] | undefined {
  // A determiner before the family's plain form makes it a noun for a thing ("the wreck"); "the loss", "the theft" are losses.
  const named = (family: readonly string[], i: number) => questionWords[i] === family[0] && /^(the|a|an|this|that)$/.test(questionWords[i - 1] ?? "");
  return LOSS_FAMILIES.find((family) => questionWords.some((x, i) => family.includes(x) && !named(family, i)));
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

/**
 * The sentence dates what it tells only to years before its article's publication ("in August
 * 1999" in a 2010 story): background, not the news. A trend up to the last year or two ("from
 * 1980 to 2012" in a 2014 story) is still the news.
 */
function recalled(s: IndexedSentence, published: string | undefined): boolean {
  if (!published || s.dates.length === 0) return false;
  const before = `${Number(published.slice(0, 4)) - tuning.count.recalledYears}${published.slice(4)}`;
  return s.dates.every((d) => d.to < before);
}

/**
 * "How many titles has the club won?" of "the club won its fifth title": an ordinal of the very
 * noun counted says how many there have been, this one the last ("for the third time": three times).
 */
export function ordinalForCount(a: Alignment, quantity: Quantity): boolean {
  // An ordinal numbers one thing, in the singular: "a second jobs bill" is a bill, no count of jobs.
  return a.nq.measure === "count" && quantity.measure === "ordinal" && quantity.unitTerms.length > 0 && !countedHead(quantity.unit) && quantity.unitTerms.every((t) => a.counted.has(t));
}

/** Words that ask of the votes against a motion. */
const AGAINST = /^(against|opposed|oppose|opposing|no|nay|nays|rejected|reject)$/;
