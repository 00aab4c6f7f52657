// "What do they call it?", "what does the church call it?", "what is it known as?": the name the
// article gives the thing, after a naming cue ("Known as the “Darkhorse” battalion", "which the
// Church describes as a religious retreat"). "It" is what the conversation was about: the
// sentence the last answer cited and its neighbours are read first; the question's other words
// (who does the calling) pick among them.

import { NAMING_CUES } from "../../analysis/lexicon.ts";
import { compose } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { shareOf } from "./causeClauses.ts";
import { entityTerms, nearness, rankSentences } from "./rankSentences.ts";

/** A naming cue, never "called for" or "called on" (a demand, not a name). */
const CUE = new RegExp(String.raw`\b(?:${NAMING_CUES.map((c) => c.replace(/ /g, "\\s+")).join("|")})\s+(?!(?:for|on|off|in|up|upon|back|out|to)\b)`, "giu");
/** The asking words themselves: not who does the calling. */
const ASKING = new Set(["call", "called", "calls", "name", "named", "known", "nickname", "nicknamed", "dub", "dubbed", "describe", "describes", "described"]);

export function answerCalled(q: Query, index: KnowledgeIndex): Answer | null {
  const cited = q.previous?.sentences[0] !== undefined ? index.sentences[q.previous.sentences[0]] : undefined;
  const namer = new Set([...q.topic.filter((t) => !ASKING.has(t)), ...entityTerms(q)]);
  const pool = new Map<number, IndexedSentence>();
  if (cited) for (const s of index.sentencesOf(cited.doc)) if (nearness(cited, s) > 0) pool.set(s.id, s);
  if (namer.size > 0) for (const r of rankSentences(q, index, [...namer]).filter((r) => r.coverage >= tuning.answer.minCoverage)) pool.set(r.sentence.id, r.sentence);
  const found = [...pool.values()]
    .flatMap((s) => namesIn(s.text).map((n) => ({ s, name: n, score: (cited ? nearness(cited, s) : 0) + shareOf(s.text, namer) })))
    .sort((a, b) => b.score - a.score || a.s.id - b.s.id)[0];
  if (!found) return null;
  return compose(index, { kind: "what", lead: `${found.name.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}.`, short: found.name, sentences: [found.s], confidence: tuning.confidence.calledName });
}

/** The names a sentence gives after a naming cue, quotation marks dropped, up to the end of the phrase. */
export function namesIn(text: string): string[] {
  return [...text.matchAll(CUE)].map((m) => {
    const rest = text.slice(m.index! + m[0].length);
    const phrase = /^[^,;.:!?()]+/u.exec(rest)?.[0] ?? "";
    // "but critics charge …", "by the agency": the name ends before another clause or its namer.
    return phrase.replace(/\s+(?:but|and|by|which|who|while)\s.*$/iu, "").replace(/["“”]/gu, "").trim();
  }).filter((n) => n.length > 0);
}
