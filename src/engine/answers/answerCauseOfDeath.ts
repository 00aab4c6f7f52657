// "What did Aretha Franklin die of?", "What killed her?", "What was the cause of death?": the cause
// a sentence gives after "died of / from", "cause of death was", "succumbed to" or "killed by",
// of the person asked about. The general answerer reads "die of" as a verb and its object and
// answers with a place ("died in her Detroit home"); the cause has its own wordings.

import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { IndexedSentence } from "../../index/types.ts";
import { tuning } from "../../tuning.ts";
import { canonical, sentenceCase } from "../../analysis/text.ts";
import { compose } from "../answerSupport.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";

/** The question asks what someone died of: its forms, on the corrected lowercase text (possessive endings dropped: "what was mara lind cause of death"). */
export const ASKS_CAUSE_OF_DEATH =
  /^(?:and |so )?(?:what (?:did|does|had) .+ die (?:of|from)\b|what (?:killed|caused (?:the death of\b|.+ death\b))|what (?:was|is|were) (?:the |(?:\S+ ){1,4}?)?causes? of (?:(?:\S+ ){1,4}?)?death\b|how did .+ die\b)/;

/**
 * Where a sentence gives a cause of death, the cause right after: "died of | pancreatic cancer",
 * "died in hospital from | complications", "the official cause of death was | pancreatic cancer",
 * "succumbed to | his injuries", "was killed by | a falling tree".
 */
const CAUSE_CUE =
  /\b(?:(?:died|dies|die|dying)(?:\s+[\p{L}-]+){0,3}?\s+(?:of|from)|deaths?\s+(?:was\s+|were\s+)?(?:caused by|due to|attributed to|from)|causes? of (?:(?:his|her|their|the)\s+)?death\s+(?:was|is|were|has been|had been)(?:\s+(?:given|listed|determined) as)?|succumbed to|(?:was|were) killed by)\s+/giu;
/** Where the cause's phrase ends: a clause, a time, a place or an age after it. */
const CAUSE_END = /\s*(?:[,;:.()"“”]|\s(?:after|at the age|aged|at age|on|in|at|while|when|last|earlier|this|surrounded|according|said|says)\b|$)/iu;
/** A determiner or possessive a cause opens with, left out of the short answer ("his injuries" → injuries). */
const OPENER = /^(?:a|an|the|his|her|their|its)\s+/i;

/** The cause of death the articles give for the person asked about; null when no sentence gives one. */
export function answerCauseOfDeath(q: Query, index: KnowledgeIndex): Answer | null {
  const people = q.entities.filter((e) => e.entity.kind === "person").map((e) => e.entity);
  // "What did the fisherman die of?": with no one named, the sentence holding most of the question's own words.
  const asked = q.topic.filter((t) => !DEATH_WORDS.has(t));
  const found: Array<{ sentence: IndexedSentence; cause: string; rank: number }> = [];
  for (const s of candidateSentences(q, index)) {
    const cue = causeIn(s.text);
    if (!cue) continue;
    // "Lind's bandmate Sten died of pneumonia": the person named nearest before the cause is whose cause it is.
    const nearest = nearestPerson(s, cue.at, index);
    if (people.length && nearest && !people.some((p) => p.id === nearest)) continue;
    const named = nearest !== null && people.some((p) => p.id === nearest);
    found.push({ sentence: s, cause: cue.cause, rank: (named ? 1 : 0) + asked.filter((t) => s.terms.includes(t)).length / Math.max(1, asked.length) });
  }
  // The sentence naming the person, then the one holding most of the question, then the article's order.
  const best = found.sort((a, b) => b.rank - a.rank || a.sentence.id - b.sentence.id)[0];
  if (!best) return null;
  const short = best.cause.replace(OPENER, "");
  return compose(index, { kind: q.kind, lead: `${sentenceCase(short)}.`, short, sentences: [best.sentence], confidence: tuning.confidence.causeOfDeath });
}

/** The words of dying the question asks with: not what it asks about. */
const DEATH_WORDS = new Set(["die", "died", "death", "kill", "killed", "cause", "caused"].map(canonical));

/** The person the sentence names last before a position, by any of their names; null when it names none there. */
function nearestPerson(s: IndexedSentence, at: number, index: KnowledgeIndex): string | null {
  let best: { id: string; at: number } | null = null;
  for (const id of s.entities) {
    const e = index.entities.get(id);
    if (e?.kind !== "person") continue;
    for (const name of [e.name, ...e.aliases]) {
      const found = s.text.slice(0, at).lastIndexOf(name);
      if (found >= 0 && (!best || found > best.at)) best = { id, at: found };
    }
  }
  return best?.id ?? null;
}

/** The cause after the first cue of the sentence, up to where its phrase ends, and where its cue stands; null without one. */
export function causeIn(text: string): { cause: string; at: number } | null {
  CAUSE_CUE.lastIndex = 0;
  for (let m = CAUSE_CUE.exec(text); m; m = CAUSE_CUE.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(CAUSE_END);
    const cause = (end < 0 ? rest : rest.slice(0, end)).trim();
    // "died of | a" or a name ("killed by Smith" is who, asked by "who killed"): no cause.
    if (cause.replace(OPENER, "").length >= 3 && /^\p{Ll}/u.test(cause.replace(OPENER, ""))) return { cause, at: m.index };
  }
  return null;
}

/** The sentences of every article that names the person asked about; without one, the sentences search finds. */
function candidateSentences(q: Query, index: KnowledgeIndex): IndexedSentence[] {
  const people = q.entities.filter((e) => e.entity.kind === "person");
  if (people.length === 0) return index.find(q.text, tuning.causeOfDeath.searchHits).map((hit) => hit.sentence);
  const docs = new Set(people.flatMap((e) => e.entity.sentences.map((id) => index.sentences[id]!.doc)));
  return [...docs].flatMap((doc) => index.sentencesOf(doc));
}
