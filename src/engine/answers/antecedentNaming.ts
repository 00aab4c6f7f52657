// Which sentences a sentence that names nothing of its own tells of: the nearest before it that
// names something (and those of that one's paragraph within reach). Read by the count answerer
// (carriedNames.ts) and by the grounding check, which must not depend on the answerers' modules.

import { MONTHS, WEEKDAYS } from "../../analysis/lexicon.ts";
import { inLexicon, tagWords } from "../../analysis/partsOfSpeech.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
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
