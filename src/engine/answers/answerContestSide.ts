// "Who won the final?" / "Who lost the final?" of "Ana Roe beat Tom Lee in the final": the side of
// a contest verb the asked side stands on. The general answerer reads "won" as a verb whose agent
// it looks for, and a sentence saying "beat" never says "won"; the yes/no reader of contests
// (contestRoles.ts) knows the sides, this reads them for a who-question.

import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { CONTEST_BEAT_VERBS } from "../../analysis/lexicon.ts";
import { canonical } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import { nameSpans, tokenize, type Span, type Token } from "../general/answerSpans.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { rankSentences } from "./rankSentences.ts";

/** "Who won the final?", "which team lost the match against Vell?": which kind of side, which side, and the contest after it. */
export const ASKS_CONTEST_SIDE = /^(?:and |so )?(?:who|(?:which|what) (team|side|club|country|nation|player|candidate|party|school|crew|boxer|fighter|driver|rider|runner|horse|pair)) (won|lost)\b(?!\s*$)/;

/**
 * The contest verbs whose winner stands before them and loser after ("Roe beat Lee"), and the
 * forms that turn them round: "Lee lost to Roe", "Lee was beaten by Roe".
 */
const WINNER_FIRST = new RegExp(`^(?:${CONTEST_BEAT_VERBS.join("|")})$`);
const LOSER_FIRST = /^(?:lost|loses)$/;
/** Nouns that say a contest took place, not which one. */
const CONTEST_NOUNS = ["match", "game", "contest", "bout", "fixture", "tie", "race", "fight"];
/** How far a name may stand from the contest verb, in tokens ("Roe, the top seed, beat …" past an aside; "beat world champion Lee"). */
const REACH = 8;

/** The winner or loser of the contest the question names, from the best sentences that tell one with two named sides. */
export function answerContestSide(q: Query, index: KnowledgeIndex): Answer | null {
  const m = ASKS_CONTEST_SIDE.exec(q.text);
  if (!m) return null;
  const wantsWinner = m[2] === "won";
  // "the match", "the game" say only that there was a contest; every other word names which one ("the doubles final").
  // "Which team won?": the kind of side asked for is no word the sentence need say.
  const asking = new Set(["win", "won", "lose", "lost", ...CONTEST_NOUNS, ...(m[1] ? [m[1]] : [])].map(canonical));
  const terms = q.topic.filter((t) => !asking.has(t));
  for (const r of rankSentences(q, index, terms).slice(0, tuning.contestSide.sentences)) {
    if (!terms.every((t) => r.sentence.terms.includes(t))) continue;
    const side = sidesIn(r.sentence);
    if (!side) continue;
    const name = wantsWinner ? side.winner : side.loser;
    return compose(index, { kind: q.kind, lead: `${name}.`, short: name, sentences: [r.sentence], confidence: r.coverage * tuning.confidence.contestSide });
  }
  return null;
}

/** The two named sides of the sentence's first contest verb: "Roe beat Lee", "Lee lost 2–1 to Roe", "Lee was beaten by Roe". */
export function sidesIn(s: IndexedSentence): { winner: string; loser: string } | null {
  const tokens = tokenize(s.text);
  const names = nameSpans(s.text, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const passive = WINNER_FIRST.test(w) || w === "beaten" ? /^(?:was|were|been)$/.test(tokens[i - 1]?.lower ?? "") : false;
    if (passive) {
      // "Lee was beaten by Roe": the winner after "by".
      const by = tokens.findIndex((t, k) => k > i && k <= i + 3 && t.lower === "by");
      const winner = by >= 0 ? nameAfter(names, tokens, by) : null;
      const loser = nameBefore(names, tokens, i - 1);
      if (winner && loser) return { winner, loser };
      continue;
    }
    if (WINNER_FIRST.test(w)) {
      const winner = nameBefore(names, tokens, i);
      const loser = nameAfter(names, tokens, i);
      if (winner && loser) return { winner, loser };
    }
    if (LOSER_FIRST.test(w)) {
      // "Lee lost 2–1 to Roe": the winner after "to", a score or a few words between.
      const to = tokens.findIndex((t, k) => k > i && k <= i + 4 && t.lower === "to");
      const winner = to >= 0 ? nameAfter(names, tokens, to) : null;
      const loser = nameBefore(names, tokens, i);
      if (winner && loser) return { winner, loser };
    }
  }
  return null;
}

/** The name ending nearest before token `at`, within reach and not across a colon or semicolon (a country is a side too: "Sweden beat Korea"). */
function nameBefore(names: Span[], tokens: Token[], at: number): string | null {
  const before = names.filter((n) => n.to <= at && at - n.to <= REACH).at(-1);
  if (!before || tokens.slice(before.to, at).some((t) => t.text === ";" || t.text === ":")) return null;
  return withoutScore(before.text.replace(/[’']s$/, ""));
}

/** A side's name without the score a name span may run into ("Vell City 2-0" of "beat Vell City 2-0"). */
function withoutScore(name: string): string {
  return name.replace(/\s+\d+\s*[-–]\s*\d+$/, "");
}

/** The name starting nearest after token `at`, within reach and not past a colon or semicolon. */
function nameAfter(names: Span[], tokens: Token[], at: number): string | null {
  const after = names.find((n) => n.from > at && n.from - at <= REACH);
  return after && !tokens.slice(at, after.from).some((t) => t.text === ";" || t.text === ":") ? withoutScore(after.text) : null;
}
