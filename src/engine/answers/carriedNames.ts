// The names a sentence that names nothing itself is about: those of the nearest sentence before
// it that names something. "The Veldorian economy has suffered from the drought. The government
// ordered grain mills to close. The closures are costing the economy $40 million a week."
// The last sentence tells of the Veldorian economy though it names no country: a sentence with no
// name of its own continues the topic set before it, as a pronoun does.

import { canonical, contentTerms, words } from "../../analysis/text.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Query } from "../understandQuestion.ts";
import { coverage } from "../answerSupport.ts";
import { namesEntity } from "./quantityChecks.ts";
import { antecedentsNaming } from "./antecedentNaming.ts";


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
