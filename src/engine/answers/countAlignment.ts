import type { Query } from "../understandQuestion.ts";
import { canonical, words } from "../../analysis/text.ts";
import { LIGHT_VERBS, STOPWORDS } from "../../analysis/lexicon.ts";
import { readNumberQuestion, type NumberQuestion } from "./numberQuestion.ts";
import { writtenWithCapital } from "./quantityChecks.ts";
import { PLACES } from "./countedNoun.ts";

/** Words of a count question that describe the wanted number rather than what is counted. */
export const COUNT_WORDS = new Set(["reduc", "reduct", "cut", "drop", "level", "number", "remain", "presenc", "total", "figur", "could", "might", "current", "deploy", "now", "be", "left", "lower", "fall", "rise", "increas", "percent", "percentag", "share", "proport", "proportion", "size", "strength", "count", "amount", "low", "high", "go", "get", "reach",
  // "How many took part" (read as "participated", src/analysis/phrasalVerbs.ts) says only that the counted were there, as "be" does.
  "particip",
  // "How long did the climb last?" asks for a span, as "take" does.
  "last"]);
export const LIGHT = new Set([...LIGHT_VERBS].map(canonical));

/** The question's words sorted by what they ask of the number's sentence. */
export interface Alignment {
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

/** Sorts the question's words into what is counted, names, and the rest. */
export function align(q: Query): Alignment {
  const nq = readNumberQuestion(q.words);
  const counted = new Set(nq.counted);
  if (counted.size === 0 && nq.measure === "count" && q.previous) for (const t of q.previous.unitTerms) counted.add(t);
  const asking = new Set(nq.asking);
  // A word the question writes with a capital, other than its first, is a name.
  const named = new Set<string>();
  q.topicWords.forEach((w, i) => {
    if (/^\p{Lu}/u.test(w) && !q.raw.startsWith(w) && !counted.has(q.topic[i]!)) named.add(q.topic[i]!);
    // "the Falcon 9", "Apollo 11": a number right after a name is part of it.
    else if (/^\d+$/.test(w) && i > 0 && named.has(q.topic[i - 1]!) && q.raw.includes(`${q.topicWords[i - 1]} ${w}`)) named.add(q.topic[i]!);
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
