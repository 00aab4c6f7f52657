// "Which bank does Lindqvist work for?", "What company did Vale run?": the organisation a person
// is tied to by a role, as news writes it next to the name — "Mara Lindqvist, senior economist at
// Nordbank", "As head of the Tessaly Group, Vale …", "Nordrail's CEO, Ada Brun". The question's verb
// (work for, run, lead …) is seldom the sentence's, so the general answerer, which aligns words,
// finds no sentence; the role noun and its preposition say the same.

import { AFFILIATION_VERBS } from "../../analysis/lexicon.ts";
import { tagSpans } from "../../analysis/partsOfSpeech.ts";
import { isPlaceName } from "../../analysis/places.ts";
import { words } from "../../analysis/text.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import { nameSpans, tokenize, type Span, type Token } from "../general/answerSpans.ts";
import type { Tagged } from "../general/verbRoles.ts";
import { expectedAnswer } from "../general/expectedAnswer.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";

const TIES = new Set(["at", "of", "for", "with"]);

export function asksAffiliation(q: Query): boolean {
  // "Where does Ann Roe work?" asks her employer as well as a place.
  const asks = expectedAnswer(q.raw)?.type === "organisation" || WHERE_EMPLOYED.test(q.text);
  return asks && q.words.some((w) => AFFILIATION_VERBS.has(w)) && q.entities.some((e) => e.entity.kind === "person");
}

/** Verbs of working for someone, before "for", "at" or "by". */
const EMPLOYED = /^(?:work|works|worked|working|employed)$/;

/** "Where does she work?", "where was he employed?": where someone works is whom they work for. */
const WHERE_EMPLOYED = /^(?:and |so )?where (?:does|did|do|is|was|has|had) .+ (?:work|worked|working|employed)\??$/;

export function answerAffiliation(q: Query, index: KnowledgeIndex): Answer | null {
  const person = q.entities.find((e) => e.entity.kind === "person")!.entity;
  const nameWords = new Set(words(person.name));
  let best: { org: string; s: IndexedSentence; distance: number } | null = null;
  for (const id of person.sentences) {
    const s = index.sentences[id]!;
    const tokens = tokenize(s.text);
    const names = nameSpans(s.text, tokens);
    const tags = tagSpans(s.text, tokens);
    const mentions = names.filter((n) => words(n.text).some((w) => nameWords.has(w)));
    for (const n of names) {
      if (mentions.includes(n) || isPlaceName(n.text) || !tiedByRole(tokens, tags, n)) continue;
      const distance = Math.min(...mentions.map((m) => (m.to <= n.from ? n.from - m.to : m.from - n.to)));
      if (distance >= 0 && distance <= tuning.affiliation.maxDistance && (!best || distance < best.distance)) best = { org: n.text.replace(/[’']s$/, ""), s, distance };
    }
  }
  if (!best) return null;
  return compose(index, { kind: q.kind, lead: `${best.org}.`, short: best.org, sentences: [best.s], confidence: tuning.affiliation.confidence });
}

/**
 * The name follows a role noun and its preposition ("economist at | Nordbank", "head of the |
 * Tessaly Group"), owns the role before it ("Nordrail's | CEO") or stands before it ("Vell Rovers |
 * striker Ann Roe").
 */
function tiedByRole(tokens: Token[], tags: Tagged[], n: Span): boolean {
  const noun = (i: number) => i >= 0 && tags[i]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[i]!.text);
  const prep = tokens[n.from - 1]?.lower === "the" ? n.from - 2 : n.from - 1;
  if (prep > 0 && TIES.has(tokens[prep]!.lower) && noun(prep - 1)) return true;
  // "works for | the Orrin Daily", "employed by | Nordbank": the verb ties them as the role noun does.
  if (prep > 0 && /^(?:for|at|by)$/.test(tokens[prep]!.lower) && EMPLOYED.test(tokens[prep - 1]!.lower)) return true;
  // "Vell Rovers striker Ann Roe": a name, a role noun, then the person it titles.
  if (noun(n.to) && /^\p{Lu}/u.test(tokens[n.to + 1]?.text ?? "")) return true;
  return /[’']s$/.test(tokens[n.to - 1]!.text) && (noun(n.to) || (tags[n.to]?.pos === "PROPN" && /^\p{Lu}+$/u.test(tokens[n.to]!.text)));
}
