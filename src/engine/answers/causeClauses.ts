// Where a sentence gives a cause, and which way it points: a cue that opens the cause after the
// event ("… evacuated after a shell landed"), a cue that opens the effect after its cause ("A bus
// tripped pilgrims, causing a bottleneck"), the agent of the event's own verb ("crushed by the
// wave of people", "died from infection"), or a connective that makes the whole sentence the
// effect of the sentence before ("Due to that, the religion was secretive."). Pure text work:
// which of them answers a question is decided by answerWhy and answerEffect.

import { CAUSE_CUES, CAUSE_PREPOSITION_VERBS, EFFECT_CUES, POINTER_WORDS, REASON_CUES, RESULT_CONNECTIVES, TEMPORAL_CAUSE_CUES } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";

const alternatives = (list: readonly string[]) => list.map((c) => c.replace(/'/g, "['’]").replace(/ /g, "\\s+")).join("|");

/** "was there to launch her novel": an infinitive after being at a place is its purpose. */
const PRESENCE_PURPOSE = String.raw`(?<=\b(?:was|were|is|are|be|been|am)\s+(?:there|here|present|on hand)\s+)to(?=\s+\p{Ll})`;
const CUE = new RegExp(`\\b(?:${alternatives(CAUSE_CUES)})\\b|${PRESENCE_PURPOSE}`, "giu");
/** An effect cue, never the passive "caused by" (a cause cue). */
const EFFECT_CUE = new RegExp(`\\b(?:${alternatives(EFFECT_CUES)})\\b(?!\\s+by\\b)`, "giu");
const POINTER = `(?:${POINTER_WORDS.join("|")})`;
const REASON = new RegExp(`^(?:${alternatives(REASON_CUES)})\\s+`, "iu");
const TEMPORAL = new RegExp(`^(?:${alternatives(TEMPORAL_CAUSE_CUES)})\\b`, "iu");
/** "As a result, …", "And for this reason …": the sentence opens with a connective that points back. */
const OPENS_WITH_RESULT = new RegExp(`^["“]?(?:(?:and|but|so)\\s*,?\\s+)?(?:${alternatives(RESULT_CONNECTIVES)})\\b`, "iu");
/** What is left of a cause clause that only points back: "that", "this decision". */
const ONLY_POINTER = new RegExp(`^${POINTER}(?:\\s+[\\p{L}-]+)?$`, "iu");

/** A cause or purpose clause: from its cue to the end of the clause. */
export interface CauseClause {
  text: string;
  /** Character offset of the cue. */
  at: number;
}

/** Cause and purpose clauses opened by a cue, each up to the end of its clause. */
export function causeClauses(sentence: string): CauseClause[] {
  return [...sentence.matchAll(CUE)].map((m) => {
    const rest = sentence.slice(m.index!);
    const end = clauseEnd(rest);
    return { text: trimClause(rest.slice(0, end)), at: m.index! };
  });
}

/** A cue that only orders events in time ("after …", "amid …"): the event itself when it holds the question's words. */
export function isTemporal(clause: CauseClause): boolean {
  return TEMPORAL.test(clause.text);
}

/** A cause clause that only points back ("due to that", "because of this decision"): its cause is in the sentence before. */
export function isPointer(clause: CauseClause): boolean {
  const m = REASON.exec(clause.text);
  return !!m && ONLY_POINTER.test(clause.text.slice(m[0].length).trim());
}

/** Whether the sentence tells the effect of the sentence before it ("As a result, …", "Due to that, …"). */
export function pointsBackToCause(sentence: string): boolean {
  return OPENS_WITH_RESULT.test(sentence.trim()) || causeClauses(sentence).some(isPointer);
}

/**
 * The sentence without the connective or pointing cause clause that opens it ("Due to that, the
 * guild met in secret." → "the guild met in secret"): the effect it tells, in its own words.
 */
export function withoutPointerOpening(sentence: string): string {
  const opening = OPENS_WITH_RESULT.exec(sentence.trim())?.[0] ?? causeClauses(sentence).find((c) => isPointer(c) && c.at === 0)?.text;
  if (!opening) return sentence;
  return sentence.trim().slice(opening.length).replace(/^\s*,?\s*/u, "").replace(/^(?:led to|caused|prompted)\s+/iu, "");
}

/** A cause before an effect cue and the effect after it, each as the article words them. */
export interface EffectSplit {
  cause: CauseClause;
  effect: CauseClause;
}

/** "The stampede began when luggage tripped pilgrims, causing a bottleneck": the clause before the cue causes the one after. */
export function effectSplits(sentence: string): EffectSplit[] {
  return [...sentence.matchAll(EFFECT_CUE)].flatMap((m) => {
    const before = sentence.slice(0, m.index!);
    const start = Math.max(before.lastIndexOf("; "), before.lastIndexOf(": ")) + 1;
    const causeText = trimClause(before.slice(start).trim().replace(/^(?:and|but|which|that)\s+/i, ""));
    const rest = sentence.slice(m.index! + m[0].length).replace(/^\s+/, "");
    const effectAt = sentence.length - rest.length;
    const effectText = trimClause(rest.slice(0, clauseEnd(rest)));
    // "This led to …" names no cause of its own: that is the sentence before's.
    if (causeText.split(/\s+/).length < 2 || ONLY_POINTER.test(causeText) || !effectText) return [];
    return [{ cause: { text: causeText, at: start }, effect: { text: effectText, at: effectAt } }];
  });
}

/**
 * The phrase after the event's own verb that says what did it: a passive's agent ("were crushed
 * by the wave of people"), what someone died or suffered from ("died from infection"), or what
 * a penalty was for ("booked for his bad foul", "on trial for manslaughter"). Only
 * when the verb is one of the question's words (`eventTerms`, canonical); a means ("by
 * installing") is no agent.
 */
export function agentCause(sentence: string, eventTerms: ReadonlySet<string>): CauseClause | null {
  for (const m of sentence.matchAll(/([\p{L}-]+)\s+(by|from|of|for)\s+(?=([\p{L}-]+))/giu)) {
    const verb = m[1]!.toLowerCase();
    const prep = m[2]!.toLowerCase();
    if (!eventTerms.has(canonical(verb))) continue;
    const passive = prep === "by" && /(?:ed|en)$/.test(verb) && !/ing$/i.test(m[3]!);
    const suffered = (prep === "from" || prep === "of") && CAUSE_PREPOSITION_VERBS.includes(verb);
    // "booked for his bad foul", "on trial for manslaughter": what it was for, never how long ("for two weeks").
    const reason = prep === "for" && /(?:ed|en|al)$/.test(verb) && !FOR_DURATION.test(sentence.slice(m.index! + m[0].length));
    if (!passive && !suffered && !reason) continue;
    const at = m.index! + m[1]!.length + 1;
    const rest = sentence.slice(at);
    return { text: trimClause(rest.slice(0, clauseEnd(rest))), at };
  }
  return null;
}

/** "for two weeks", "for the first time", "for years": a span or an occasion, not a reason. */
const FOR_DURATION = /^(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|another)\s+(?:[\p{L}-]+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|while|times?|seasons?|match(?:es)?|games?)\b|the\s+(?:first|last|past|next|second)\b|(?:years|months|weeks|days|hours|decades|ever|now|life|good)\b)/iu;

function trimClause(text: string): string {
  return text.replace(/[”"’,.;:]+$/u, "").trim();
}

/** Where a clause ends: a sentence stop, a dash, or a comma once it has said something (", officials said"). */
export function clauseEnd(rest: string): number {
  const stop = rest.search(/[;.!?](?:\s|$)|\s[-–—]\s/u);
  const limit = stop >= 0 ? stop : rest.length;
  let skipTo = -1;
  for (const m of rest.slice(0, limit).matchAll(/,\s/g)) {
    if (m.index! < skipTo) continue;
    const after = rest.slice(m.index! + 2);
    // A name set in commas ("her father, Albert Jaquier, committed suicide") stays in the clause.
    const apposition = /^(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*,\s(?=\p{Ll})(?!(?:said|says|told|added|according)\b)/u.exec(after);
    if (apposition) {
      skipTo = m.index! + 2 + apposition[0].length;
      continue;
    }
    if (rest.slice(0, m.index!).trim().split(/\s+/).length >= 3 && !/^\S+(?:\s\S+)?\s(?:and|or)\s/.test(after)) return m.index!;
  }
  return limit;
}

/** Share of the question's terms (canonical) a clause holds. */
export function shareOf(text: string, terms: ReadonlySet<string>): number {
  if (terms.size === 0) return 0;
  const have = new Set(words(text).map(canonical));
  return [...terms].filter((t) => have.has(t)).length / terms.size;
}

/** A boundary between two clauses that tell of different things (", but …", "; "). */
const CLAUSE_BOUNDARY = /,\s+(?:but|and|while|whereas|although|though|yet)\s|;\s/iu;

/**
 * Whether a cue at `at` belongs to the clause that tells of the event: no boundary to another
 * clause stands between the last of the question's words before it and the cue ("… denied
 * visas, but an envoy says they might stay after the contest": "after the contest" is not why
 * the visas were denied).
 */
export function attachedToEvent(text: string, at: number, terms: ReadonlySet<string>): boolean {
  let last = -1;
  for (const m of text.slice(0, at).matchAll(/[\p{L}\p{N}'’-]+/gu)) if (terms.has(canonical(m[0].toLowerCase()))) last = m.index!;
  return last >= 0 && !CLAUSE_BOUNDARY.test(text.slice(last, at));
}

/** "Officials have not said why the team was denied visas": the sentence speaks of the reason for the event, given or not. */
export function tellsWhy(text: string, terms: ReadonlySet<string>, minShare: number): boolean {
  const m = /\bwhy\b/iu.exec(text);
  if (!m || m.index === 0) return false;
  const rest = text.slice(m.index);
  return shareOf(rest.slice(0, clauseEnd(rest)), terms) >= minShare * shareOf(text, terms) && shareOf(text, terms) > 0;
}
