// Checks shared by the answerers: an answer must come from a sentence that speaks of what the
// question names. An answer from a sentence about something else puts words in the article's
// mouth ("What is Safari's market share?" answered with another browser's), so it is declined.

import { BOUNDARY_VERBS, PLACE_PART_NOUNS, WHERE_PREPOSITIONS, MONTHS, QUALIFIER_GROUPS, QUALIFIERS_ASKED, QUESTION_WORDS, ROLE_ABBREVIATIONS, COMMON_ABBREVIATIONS, STOPWORDS, WEEKDAYS } from "../analysis/lexicon.ts";
import { ownEntry } from "../analysis/ownEntry.ts";
import { isDemonym, isPlaceName, isPlacePart } from "../analysis/places.ts";
import { canonical, escapeRegExp, words } from "../analysis/text.ts";
import { tagWords } from "../analysis/partsOfSpeech.ts";
import { tuning } from "../tuning.ts";
import type { IndexedSentence, KnowledgeIndex } from "../index/knowledgeIndex.ts";
import { describeEntity } from "./answers/describeEntity.ts";
import { hostsIn, isPlaceByName } from "./answers/placeNounPhrases.ts";
import { antecedentsNaming } from "./answers/antecedentNaming.ts";
import type { Query } from "./understandQuestion.ts";

const TIME_NAMES = new Set([...MONTHS, ...WEEKDAYS]);

/**
 * The names a question asks about: runs of capitalised words past its first word ("Safari",
 * "Skidmore College"), without question words, stopwords, "I", months and weekdays.
 */
export function questionNames(raw: string): string[] {
  const tokens = raw.trim().split(/\s+/).slice(1);
  // "How Many Troops Will Return?" or all capitals: capitals no longer tell names apart.
  const content = tokens.map((t) => t.replace(/[^\p{L}\d]/gu, "")).filter((t) => t && !STOPWORDS.has(t.toLowerCase()) && !QUESTION_WORDS.has(t.toLowerCase()));
  if (content.length && content.filter((t) => /^\p{Lu}/u.test(t)).length / content.length > tuning.grounding.maxCapitalisedShare) return [];
  const names: string[] = [];
  let run: string[] = [];
  const end = () => {
    if (run.length) names.push(run.join(" "));
    run = [];
  };
  for (const token of tokens) {
    const bare = token.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "").replace(/['’]s$/u, "");
    const lower = bare.toLowerCase();
    const isName = /^\p{Lu}/u.test(bare) && lower !== "i" && !STOPWORDS.has(lower) && !QUESTION_WORDS.has(lower) && !TIME_NAMES.has(lower);
    if (isName) run.push(bare);
    else end();
    // A possessive or punctuation ends the name: "Safari's market share".
    if (isName && bare !== token.replace(/^[^\p{L}\d]+/u, "")) end();
  }
  end();
  return names;
}

/** Whether the sentence names it: all its words, or the entity the question's wording resolved to. */
function names(s: IndexedSentence, nameWords: string[], q: Query): boolean {
  const raw = new Set(words(s.text));
  const terms = new Set(s.terms);
  if (nameWords.every((w) => raw.has(w) || terms.has(canonical(w)))) return true;
  // "the House Armed Services Committee", then "before the committee" or "the previous committee": its head noun, made definite.
  const head = nameWords.length > 1 ? nameWords[nameWords.length - 1]! : null;
  if (head && new RegExp(`\\b(the|this|that|its)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}${escapeRegExp(head)}\\b`, "iu").test(s.text)) return true;
  // "IE6" in the question, "Internet Explorer 6" in the sentence: the same entity.
  return q.entities.some((e) => words(e.wording).some((w) => nameWords.includes(w)) && s.entities.includes(e.entity.id));
}

/**
 * The first name of the question that the cited sentence (or the one before it in its
 * paragraph, which may hold what "it" refers to) doesn't mention and that its article
 * mentions rarely; null when the answer's sentence speaks of what the question names.
 * Places are left out: a sentence often leaves the country it happens in implied.
 */
export function missingName(q: Query, cited: IndexedSentence, index: KnowledgeIndex): string | null {
  const article = index.sentencesOf(cited.doc);
  const title = new Set(words(index.articles.get(cited.doc)?.title ?? ""));
  const before = article.find((s) => s.id === cited.id - 1 && s.paragraph === cited.paragraph);
  for (const name of questionNames(q.raw)) {
    // As the question reader corrected it ("Afhganistan").
    // "U.N." is "UN"; "CEO" is the "chief executive officer" the article may write.
    const written = words(name.split(" ").map((t) => (/^(?:\p{L}\.)+\p{L}?$/u.test(t) ? t.replace(/\./g, "") : t)).join(" "));
    const nameWords = written.flatMap((w) => ownEntry(ROLE_ABBREVIATIONS, w)?.split(" ") ?? [w]).filter((w) => !STOPWORDS.has(w)).map((w) => (index.knows(w) ? w : index.correct(w) ?? w));
    if (isPlaceName(name) || isPlaceName(written.join(" ")) || isPlaceName(nameWords.join(" "))) continue;
    // "the Congolese refugees": a people named by its country is left out as the country is ("fled into Uganda from … Congo").
    if (name.split(" ").every((w) => isDemonym(w) || isPlaceName(w))) continue;
    if (nameWords.length === 0 || nameWords.every((w) => title.has(w))) continue;
    if (names(cited, nameWords, q) || (before && names(before, nameWords, q))) continue;
    // "Okcular, the largest of the villages, … About 30 houses were demolished in this village.": a sentence naming
    // nothing of its own tells of what the nearest one before it that names something names (antecedentNaming.ts).
    if (antecedentsNaming(cited, index).some((a) => names(a, nameWords, q))) continue;
    // "TV" asked, "television" written: an everyday abbreviation names what the word spelt out does.
    const spelt = written.flatMap((w) => ownEntry(COMMON_ABBREVIATIONS, w)?.split(" ") ?? [w]).filter((w) => !STOPWORDS.has(w));
    if (spelt.join(" ") !== nameWords.join(" ") && (names(cited, spelt, q) || (before && names(before, spelt, q)))) continue;
    // "the Porthaven show" → "the show"; "Lena Ortiz, a 12-year-old girl" → "the girl": a sentence
    // may name it by the noun the question put after it or by what the article said it is.
    const nouns = [nounAfter(q.raw, name), ...describedAs(index, name)].filter((n): n is string => !!n);
    if (nouns.some((n) => definite(cited.text, n) || (before !== undefined && definite(before.text, n)))) continue;
    const mentions = article.filter((s) => names(s, nameWords, q)).length;
    if (mentions <= tuning.grounding.rareNameSentences) return name;
  }
  return null;
}

/** The lowercase noun right after a name in the question: "show" in "the Porthaven show". */
function nounAfter(raw: string, name: string): string | null {
  const at = raw.indexOf(name);
  if (at < 0) return null;
  // "the Athlon 64 launch": a model number between the name and its noun belongs to the name.
  const next = /^(?:['’]s)?(?:\s+\d[\w.-]*)?\s+(\p{Ll}[\p{Ll}-]+)/u.exec(raw.slice(at + name.length))?.[1];
  return next && !STOPWORDS.has(next) ? next : null;
}

/** The head nouns of what the articles say a named person is ("girl" for "a 12-year-old girl from Dunmore"). */
function describedAs(index: KnowledgeIndex, name: string): string[] {
  const e = index.entityByAlias(name.toLowerCase());
  if (!e || e.kind !== "person") return [];
  const found = describeEntity(index, e);
  if (!found) return [];
  // The description's nouns before any "of/from/at" tail.
  const head = found.description.split(/\s+(?:of|from|at|in|for|with)\s+/)[0]!;
  return words(head).filter((w) => !STOPWORDS.has(w) && /^\p{Ll}/u.test(w)).slice(-1);
}

/** "the girl", "this show", "the little-known show": the noun made definite. */
function definite(text: string, noun: string): boolean {
  return new RegExp(`\\b(the|this|that)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}${escapeRegExp(noun)}s?\\b`, "iu").test(text);
}

/**
 * A qualifier of the question ("the previous election", "her real name") that neither the cited
 * sentence nor the one before it says in any of its words: the sentence tells of another one
 * ("this election", the name she goes by). Null when every qualifier is there.
 */
export function missingQualifier(q: Query, cited: IndexedSentence, index: KnowledgeIndex): string | null {
  const asked = q.words.filter((w) => QUALIFIERS_ASKED.has(w));
  if (asked.length === 0) return null;
  const before = index.sentencesOf(cited.doc).find((s) => s.id === cited.id - 1 && s.paragraph === cited.paragraph);
  const said = new Set([...words(cited.text), ...(before ? words(before.text) : [])]);
  for (const w of asked) {
    const group = QUALIFIER_GROUPS.find((g) => g.includes(w)) ?? [w];
    if (!group.some((g) => said.has(g))) return w;
  }
  return null;
}

/** The ends of a place's or a show's run, events of their own: what happened there is no opening. */
const OPENING_OR_CLOSING = new Set(["open", "close"].map(canonical));

/** Each end of a span by the canonical forms of its verbs ("opened" and "opens" are "open"). */
const BOUNDARY_TERMS: Record<"first" | "last", Set<string>> = { first: new Set(), last: new Set() };
for (const [verb, end] of Object.entries(BOUNDARY_VERBS)) BOUNDARY_TERMS[end].add(canonical(verb));

/**
 * A when-question asking for one end of a span ("When does the festival close?") answered from
 * a sentence that tells only of the other end ("which opened in 2019"), or of neither end and
 * dates no span: returns the verb the question asked, or null when the sentence tells of that end
 * or gives a span ("runs from May 1 through June 9").
 */
export function otherEnd(q: Query, cited: IndexedSentence): string | null {
  const asked = q.words.find((w) => BOUNDARY_VERBS[w] !== undefined);
  if (!asked) return null;
  const end = BOUNDARY_VERBS[asked]!;
  const other = end === "first" ? "last" : "first";
  const said = words(cited.text).map(canonical);
  if (!said.some((t) => BOUNDARY_TERMS[end].has(t))) {
    if (said.some((t) => BOUNDARY_TERMS[other].has(t))) return asked;
    // "When did the hotel open?" answered by "Last week, … the hotel collapsed": a sentence that
    // tells of neither end, and dates no span whose end could be read, dates something else.
    // Not for "start": "when will building work start?" asks when the work happens ("is due in 2016").
    if (OPENING_OR_CLOSING.has(canonical(asked)) && !cited.dates.some((d) => d.ends)) return asked;
  }
  return null;
}

/**
 * A time the question names ("this year", "in 2020") that every date of the cited sentence lies
 * outside: the sentence tells of another time ("the 1991 Hajj" for "this year"). Returns the
 * sentence's date as written, or null when it has a date in the period or none at all (an
 * undated sentence is read as of its article).
 */
export function otherTime(q: Query, cited: IndexedSentence): string | null {
  const period = q.period;
  if (!period || cited.dates.length === 0) return null;
  const outside = cited.dates.every((d) => d.to < period.from || d.from > period.to);
  return outside ? cited.dates[0]!.text : null;
}

/** A where-question: "Where was it held?", "and where is he from?". */
const ASKS_WHERE = /^(?:and |so )?where\b/;

/**
 * A where-question answered with a phrase that the cited sentence puts after no preposition of
 * place ("Prior" of "Prior to the ruling, …", "encourage interest" of "founded … to encourage
 * interest") and that is no place by name: the sentence does not say where. Returns the phrase,
 * or null when it stands where a place stands ("in Baghdad", "at the old Volgograd Arena").
 */
export function unplacedAnswer(q: Query, short: string | null, cited: IndexedSentence, index: KnowledgeIndex): string | null {
  // "Vell Islands", "the Peterhead site": a name headed by a noun of place is a place wherever it stands;
  // so is a name the articles' reading took for a place ("Lyon will host the Games", "the Lyon plant").
  if (!short || !ASKS_WHERE.test(q.text) || isPlaceName(short) || isPlacePart(short) || isPlaceByName(short) || index.entityByAlias(short)?.kind === "place") return null;
  // "the Kessa-born director": where someone was born; "the Oslo-based firm": where it is based.
  if (cited.text.includes(`${short}-born`) || cited.text.includes(`${short}-based`)) return null;
  // "Lyon will host the Games": the host of what is asked is where it is held.
  if (hostsIn(cited.text).some((h) => h.name === short.replace(/^the\s+/i, ""))) return null;
  // "hosted by the city of Lyon", "the streets of Lyon": a name a noun of place says is one.
  if (new RegExp(`\\b(?:${PLACE_OF}) of (?:the )?${escapeRegExp(short)}\\b`, "i").test(cited.text)) return null;
  // "outside parliament": the answer opens with its own preposition of place.
  if (WHERE_PREPOSITIONS.has(words(short)[0] ?? "")) return null;
  const text = words(cited.text);
  const answer = words(short);
  if (answer.length === 0) return null;
  for (let i = 0; i < text.length; i++) {
    if (!answer.every((w, k) => text[i + k] === w)) continue;
    // A preposition of place a few words before it: "in the host city of Sochi".
    if (text.slice(Math.max(0, i - tuning.grounding.placePrepositionReach), i).some((w) => WHERE_PREPOSITIONS.has(w))) return null;
  }
  return afterPlacePreposition(cited.text, short) ? null : short;
}

/** Nouns of place that say the name after "of" is a place: "the city of", "the streets of". */
const PLACE_OF = [...PLACE_PART_NOUNS, "streets", "port"].join("|");

/** Words that may stand inside a noun phrase before a name: "in | the small coastal town of | Marrowby". */
const INSIDE_PHRASE = new Set(["DET", "ADJ", "ADV", "NOUN", "PROPN", "NUM"]);

/** The phrase stands at the end of a noun phrase that a preposition of place opens, however long. */
function afterPlacePreposition(text: string, short: string): boolean {
  const at = text.indexOf(short);
  if (at < 0) return false;
  const before = tagWords(text).filter((t) => t.end <= at);
  for (let k = before.length - 1; k >= 0; k--) {
    const t = before[k]!;
    if (WHERE_PREPOSITIONS.has(t.text.toLowerCase())) return true;
    if (!INSIDE_PHRASE.has(t.pos) && t.text.toLowerCase() !== "of" && t.text !== "-") return false;
  }
  return false;
}
