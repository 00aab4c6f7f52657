// The names a sentence that names nothing itself is about: those of the nearest sentence before
// it that names something. "The Veldorian economy has suffered from the drought. The government
// ordered grain mills to close. The closures are costing the economy $40 million a week."
// The last sentence tells of the Veldorian economy though it names no country: a sentence with no
// name of its own continues the topic set before it, as a pronoun does.

import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { MONTHS, WEEKDAYS } from "../../analysis/lexicon.ts";
import { inLexicon, tagWords } from "../../analysis/partsOfSpeech.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Query } from "../understandQuestion.ts";
import { coverage } from "../answerSupport.ts";
import { namesEntity } from "./quantityChecks.ts";
import { tuning } from "../../tuning.ts";

/** A word written with a capital past a sentence's first word: a name ("Tarnia", "VDA-7"). */
const CAPITALISED = /(?<=[\s(\u2014\u2013-])\p{Lu}[\p{L}\p{N}'’-]*/gu;
/** Capitalised words that name a time, not a topic ("On Monday, …", "in May"). */
const TIME_NAMES = new Set<string>([...MONTHS, ...WEEKDAYS].map((x) => x.toLowerCase()));

const namelessCache = new WeakMap<IndexedSentence, boolean>();

/** Whether a sentence names no one and nothing of its own: no entity, no capitalised word past its first but a month or a day. */
export function namesNothing(s: IndexedSentence): boolean {
  let nameless = namelessCache.get(s);
  if (nameless === undefined) {
    nameless = s.entities.length === 0 && [...s.text.matchAll(CAPITALISED)].every((m) => TIME_NAMES.has(m[0].toLowerCase())) && !opensWithName(s.text);
    namelessCache.set(s, nameless);
  }
  return nameless;
}

/** "Okcular, the largest of the villages, …": a sentence's first word that its tagging reads as a name and no English word ("Police said …" names no one). */
function opensWithName(text: string): boolean {
  const first = tagWords(text.slice(0, 60))[0];
  return first?.pos === "PROPN" && !TIME_NAMES.has(first.text.toLowerCase()) && !inLexicon(first.text);
}

/**
 * The sentences a nameless one tells of: the nearest before it, in its article and a few sentences
 * back, that names something, and those naming something before that one in its paragraph and
 * still within reach ("Tarnia led at half time. Ostrel levelled late in the match." both name the
 * match's sides). None for a sentence with names of its own.
 */
export function antecedentsNaming(s: IndexedSentence, index: KnowledgeIndex): IndexedSentence[] {
  if (!namesNothing(s)) return [];
  const found: IndexedSentence[] = [];
  for (let id = s.id - 1; id >= 0 && s.id - id <= tuning.count.antecedentReach; id--) {
    const before = index.sentences[id];
    if (!before || before.doc !== s.doc || (found.length && before.paragraph !== found[0]!.paragraph)) break;
    if (!namesNothing(before)) found.push(before);
  }
  return found;
}

/** Share of the question's names a sentence holds, or, for a sentence naming nothing of its own, its antecedents hold (by word or entity). */
export function carriedNamedCoverage(named: string[], q: Query, s: IndexedSentence, index: KnowledgeIndex): number {
  const antecedents = antecedentsNaming(s, index);
  if (antecedents.length === 0 || named.length === 0) return 0;
  const byEntity = new Set(q.entities.filter((e) => antecedents.some((a) => namesEntity(a, e))).flatMap((e) => words(e.entity.name).map(canonical)));
  return named.filter((t) => byEntity.has(t) || antecedents.some((a) => coverage([t], a) === 1)).length / named.length;
}

const headlineCache = new WeakMap<object, Set<string>>();

/** The canonical words of the headline of a sentence's article. */
function headlineWords(s: IndexedSentence, index: KnowledgeIndex): Set<string> {
  const article = index.articles.get(s.doc);
  if (!article) return new Set();
  let found = headlineCache.get(article);
  if (!found) {
    found = new Set(contentTerms(article.title));
    headlineCache.set(article, found);
  }
  return found;
}

/**
 * Share of the question's names a sentence holds itself or its article's headline holds: "How
 * many people died in the Veldorian floods?" of an article headlined "Veldorian floods kill
 * dozens", whose sentence says "The floods have claimed at least 40 lives". A story's every
 * sentence tells of what its headline names, though it need not name it again.
 */
export function headlineNamedCoverage(named: string[], s: IndexedSentence, index: KnowledgeIndex): number {
  if (named.length === 0) return 0;
  const headline = headlineWords(s, index);
  return named.filter((t) => headline.has(t) || coverage([t], s) === 1).length / named.length;
}
