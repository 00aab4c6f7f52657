// Who won a contest a yes/no question asks about ("Did Spain beat the Czech Republic?", "Did Ajax
// win the final?", "Did Italy lose?"), read from the side of the contest word the clause puts the
// question's subject on, not from the words alone: "Manchester United defeated Ajax … to win the
// title" says every word of "Did Ajax win?" and answers it No.
import { CONTEST_DRAW_WORDS, CONTEST_LOSE_VERBS, CONTEST_LOSS_NOUNS, CONTEST_NOUN_OPENERS, CONTEST_WIN_NOUNS, CONTEST_WIN_VERBS, PASSIVE_AUXILIARIES, STOPWORDS } from "../../analysis/lexicon.ts";
import type { ClauseToken, RunClause } from "./alignStatement.ts";
import { matchName, type Match } from "./matchAsked.ts";
import type { Asked } from "./markAskedWords.ts";

/** A question about a contest's outcome: whether it asks a loss, its subject, and whom it names as the other side. */
export interface ContestAsk {
  /** The asked verb ("beat", "lose"): any word of a contest in the subject's clause tells of it, the sides decide. */
  verb: Asked;
  loses: boolean;
  subject: Asked;
  opponent: Asked | null;
}

/** The contest a question asks about: a verb of winning or losing with a name before it; null for any other question. */
export function readContest(asked: Asked[]): ContestAsk | null {
  const verb = asked.findIndex((a) => a.core && !a.name && a.raw.length === 1 && (CONTEST_WIN_VERBS.has(a.raw[0]!) || CONTEST_LOSE_VERBS.has(a.raw[0]!)));
  if (verb < 0) return null;
  const subject = asked.slice(0, verb).filter((a) => a.core && a.name).at(-1);
  if (!subject) return null;
  const opponent = asked.slice(verb + 1).find((a) => a.name) ?? null;
  return { verb: asked[verb]!, loses: CONTEST_LOSE_VERBS.has(asked[verb]!.raw[0]!), subject, opponent };
}

/**
 * The verdict the run's first clause naming the subject beside a contest word gives: "yes" when
 * it puts the subject on the side the question asks (the winner of "beat", the loser of "lose"),
 * "no" on the other side or where its win is negated ("had not defeated"), "open" when the side
 * cannot be told (a name after "win", a hedge, the opponent missing or on the same side); null
 * when no clause names the subject beside a contest word.
 */
export function contestVerdict(c: ContestAsk, clauses: RunClause[]): "yes" | "no" | "open" | null {
  const joined = joinScores(clauses);
  for (const [n, clause] of joined.entries()) {
    const tokens = clause.tokens;
    const k = tokens.findIndex((t, i) => contestKind(tokens, i, t) !== null);
    if (k < 0) continue;
    const at = nameAt(c.subject, clause) >= 0 ? nameAt(c.subject, clause) : participleSubject(c, joined, n, k);
    if (at < 0) continue;
    const kind = contestKind(tokens, k, tokens[k]!)!;
    if (clause.hedged || tokens[k]!.hedged || tokens[k]!.unrealised) return "open";
    if (kind === "draw") return c.opponent && nameAt(c.opponent, clause) < 0 ? "open" : tokens[k]!.negated ? "open" : "no";
    const won = sideOf(kind, tokens, at, k);
    if (won === null) return "open";
    // "Did Spain beat Italy?" against "Spain defeated the Czech Republic": the clause must set the opponent on the other side.
    if (c.opponent) {
      const other = nameAt(c.opponent, clause);
      if (other < 0 || sideOf(kind, tokens, other, k) === won) return "open";
    }
    if (tokens[k]!.negated) return won && !c.loses ? "no" : "open";
    return won !== c.loses ? "yes" : "no";
  }
  return null;
}

/** The first word of a contest in a clause naming the subject ("lost" for "Did Brenford beat Ashdale?"), as a match; null for none. */
export function contestWordAt(c: ContestAsk, clauses: RunClause[]): Match | null {
  for (let n = 0; n < clauses.length; n++) {
    const tokens = clauses[n]!.tokens;
    if (nameAt(c.subject, clauses[n]!) < 0) continue;
    const k = tokens.findIndex((t, i) => contestKind(tokens, i, t) !== null);
    if (k >= 0) return { clause: n, token: k, opposite: false };
  }
  return null;
}

/**
 * "Barcelona bowed out …, even after defeating Liverpool 1-0": a clause that opens on a participle
 * of the contest (only small words before it) has the subject of the clause before it in its sentence
 * (standing before the participle: -1); else -1 for none found (as no position).
 */
function participleSubject(c: ContestAsk, clauses: RunClause[], n: number, k: number): number {
  const clause = clauses[n]!;
  const before = clauses[n - 1];
  if (!before || before.sentence !== clause.sentence || !clause.tokens[k]!.raw.endsWith("ing")) return -1;
  if (!clause.tokens.slice(0, k).every((t) => STOPWORDS.has(t.raw))) return -1;
  return nameAt(c.subject, before) >= 0 ? k - 1 : -1;
}

/** Whether a word tells of a contest's outcome by itself ("defeated", "lost", "win"), not as a prize ("awarded"). */
export function isContestWord(raw: string): boolean {
  return CONTEST_WIN_VERBS.has(raw) || CONTEST_LOSE_VERBS.has(raw) || CONTEST_LOSS_NOUNS.has(raw) || CONTEST_DRAW_WORDS.has(raw);
}

/** The run's clauses, a score's dash mended: "Belgium lost 2–0 to Italy" is one clause, not "Belgium lost 2" and "0 to Italy". */
function joinScores(clauses: RunClause[]): RunClause[] {
  const out: RunClause[] = [];
  for (const c of clauses) {
    const last = out.at(-1);
    const broken = last?.sentence === c.sentence && /\d$/.test(last.tokens.at(-1)?.raw ?? "") && /^\d/.test(c.tokens[0]?.raw ?? "");
    if (last && broken) out[out.length - 1] = { ...last, tokens: [...last.tokens, ...c.tokens], text: `${last.text}-${c.text}`, hedged: last.hedged || c.hedged };
    else out.push(c);
  }
  return out;
}

/** What a contest word at i is: a verb of winning (active or passive), of losing, a noun of a win or a loss told of the clause's first name. */
function contestKind(tokens: ClauseToken[], i: number, t: ClauseToken): "win" | "passive" | "lose" | "noun" | "loss" | "draw" | null {
  const before = tokens[i - 1]?.raw ?? "";
  const noun = CONTEST_NOUN_OPENERS.has(before) || /\d/.test(before);
  const after = tokens[i + 1]?.raw ?? "";
  if (CONTEST_DRAW_WORDS.has(t.raw) && ((noun && t.raw.startsWith("draw")) || /^\d/.test(after) || after === "with")) return "draw";
  if (noun && CONTEST_WIN_NOUNS.has(t.raw)) return "noun";
  if (noun && CONTEST_LOSS_NOUNS.has(t.raw)) return "loss";
  if (CONTEST_WIN_VERBS.has(t.raw)) return PASSIVE_AUXILIARIES.has(before) ? "passive" : "win";
  if (CONTEST_LOSE_VERBS.has(t.raw)) return "lose";
  return null;
}

/**
 * Whether the name at position `at` won, by its side of the contest word at k; null when the word
 * does not tell. A name after "for" is the one the win is for ("winning the game for Spain"); a
 * noun tells only of the name the clause opens with ("Hungary stunned Austria in a 2–0 win").
 */
function sideOf(kind: "win" | "passive" | "lose" | "noun" | "loss" | "draw", tokens: ClauseToken[], at: number, k: number): boolean | null {
  if (at > k && tokens[at - 1]?.raw === "for") return kind === "loss" ? false : true;
  // "the election won by the Greens": a participle of winning with "by" before the name, no
  // auxiliary, is passive all the same; the name after "by" won (not "won by two goals").
  if (kind === "win" && at === k + 2 && tokens[k + 1]?.raw === "by") return true;
  const opens = tokens.slice(0, at).every((t) => STOPWORDS.has(t.raw));
  switch (kind) {
    case "win":
      return at < k;
    case "passive":
    case "lose":
      return at > k;
    case "noun":
      return at < k && opens ? true : null;
    case "loss":
      return at < k && opens ? false : null;
    case "draw":
      return null;
  }
}

/** Where a clause writes an asked name, or -1. */
function nameAt(a: Asked, clause: RunClause): number {
  const m = matchName(a, [clause]);
  return m && m.clause === 0 ? m.token : -1;
}
