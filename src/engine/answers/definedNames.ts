import { canonical, contentTerms } from "../../analysis/text.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";

/**
 * "Wikimania is an annual international conference for …": an article that says what a name is
 * goes on to call it by that noun ("The first conference was held in Frankfurt"). The name (a
 * capitalised subject), the copula, an article, up to four words and the head noun, which ends
 * before a preposition, a relative word or punctuation.
 */
const DEFINITION = /^(?:The\s+)?((?:\p{Lu}[\p{L}\d'’-]*\s+){0,3}\p{Lu}[\p{L}\d'’-]*)\s+(?:is|was|are|were)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,4}?)(\p{Ll}[\p{L}-]*)(?=\s+(?:for|of|in|on|at|with|that|which|who|whose|from|by|based|founded|held)\b|\s*[,.;:(]|$)/u;

const cache = new WeakMap<KnowledgeIndex, Map<string, ReadonlyMap<string, string[]>>>();

/** The nouns an article defines its names by: each noun's canonical form to the name's terms. */
function definitionsOf(index: KnowledgeIndex, doc: string): ReadonlyMap<string, string[]> {
  let byDoc = cache.get(index);
  if (!byDoc) cache.set(index, (byDoc = new Map()));
  let found = byDoc.get(doc);
  if (found) return found;
  const map = new Map<string, string[]>();
  for (const s of index.sentencesOf(doc)) {
    const m = DEFINITION.exec(s.text);
    if (!m) continue;
    const noun = canonical(m[3]!);
    const name = contentTerms(m[1]!);
    // The first definition of a noun holds: a later "X is a conference" names another one.
    if (name.length && !map.has(noun) && !name.includes(noun)) map.set(noun, name);
  }
  byDoc.set(doc, (found = map));
  return found;
}

/**
 * The name's words a sentence stands for by the noun its article defines the name by: "The first
 * conference was held in Frankfurt" holds "Wikimania" in an article that says "Wikimania is an
 * annual international conference". Only the words the sentence lacks; empty when none.
 */
export function definedNameTerms(index: KnowledgeIndex, s: IndexedSentence): string[] {
  const definitions = definitionsOf(index, s.doc);
  if (definitions.size === 0) return [];
  const own = new Set(s.terms);
  const lent = new Set<string>();
  for (const t of s.terms) for (const n of definitions.get(t) ?? []) if (!own.has(n)) lent.add(n);
  return [...lent];
}
