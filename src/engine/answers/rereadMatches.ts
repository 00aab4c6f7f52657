// Re-reading where a run's matched words stand before the verdict: a word said twice is read where
// the others are, an opposite before the same noun in a clause saying more, another name before the
// asked noun, a comparison turned round, a circumstance told where the verb is negated.
import { STOPWORDS } from "../../analysis/lexicon.ts";
import { tuning } from "../../tuning.ts";
import { opposite, sameForm, type RunClause } from "./alignStatement.ts";
import { capitalised } from "./judgeAlignment.ts";
import type { Match } from "./matchAsked.ts";
import type { Asked, Reading } from "./readYesNo.ts";

/**
 * "The Amtrak train, with reportedly 139 passengers aboard, hit the freight train, which was parked
 * with no one on board": a word said more than once is read where the statement's other words
 * stand ("on board" beside "the freight train", "aboard" beside "the Amtrak train"), not at its
 * first place. Each word moves to the clause nearest the others; a tie goes to where it is told
 * plainly (not reported or possible), then to the first place.
 */
export function gather(matches: Match[], clauses: RunClause[]): Match[] {
  if (matches.length < 2 || !matches.some((m) => m.movable)) return matches;
  const placed = [...matches];
  const plain = (c: number, t: number) => !clauses[c]!.hedged && clauses[c]!.tokens[t]!.hedged !== "possible";
  for (let round = 0; round < tuning.yesNo.gatherRounds; round++) {
    for (let k = 0; k < placed.length; k++) {
      const m = placed[k]!;
      if (!m.movable || !m.forms) continue;
      const distance = (c: number) => placed.reduce((sum, x, j) => (j === k ? sum : sum + Math.abs(x.clause - c)), 0);
      let best = { c: m.clause, t: m.token, d: distance(m.clause), plain: plain(m.clause, m.token) };
      for (let c = 0; c < clauses.length; c++) {
        clauses[c]!.tokens.forEach((tok, t) => {
          if (tok.unrealised || !m.forms!.some((f) => sameForm(tok.form, f))) return;
          const d = distance(c);
          const p = plain(c, t);
          if (d < best.d || (d === best.d && p && !best.plain)) best = { c, t, d, plain: p };
        });
      }
      if (best.c !== m.clause || best.t !== m.token) placed[k] = { ...m, clause: best.c, token: best.t };
    }
  }
  return placed;
}

/**
 * "ProtoStar-1 was launched in the upper position, …, whilst Badr-6 was in the lower position":
 * a word the question puts before a noun ("lower position") is read in the clause that says more
 * of the statement's other words, as its opposite there before the same noun ("upper position"),
 * not where another subject has it.
 */
export function cohere(matches: Match[], clauses: RunClause[]): Match[] {
  // How many of the other matched words a clause says anywhere (a word is matched where it is first said).
  const says = (c: number, x: Match) => x.clause === c || (x.forms ?? []).some((f) => clauses[c]!.tokens.some((t) => sameForm(t.form, f)));
  const others = (c: number, m: Match) => matches.filter((x) => x !== m && says(c, x)).length;
  const asked = matches.flatMap((x) => x.forms ?? []);
  return matches.map((m) => {
    // Where the word itself is hedged ("it felt like the first"), the sentence leaves it open: no opposite decides.
    if (!m.forms || !m.precedes || m.opposite || clauses[m.clause]!.tokens[m.token]!.hedged) return m;
    const here = others(m.clause, m);
    for (let c = 0; c < clauses.length; c++) {
      if (c === m.clause || others(c, m) <= here) continue;
      const tokens = clauses[c]!.tokens;
      const t = tokens.findIndex((tok, i) => sameForm(tokens[i + 1]?.form ?? "", m.precedes!) && !asked.some((f) => sameForm(tok.form, f)) && m.forms!.some((f) => opposite(f, tok.form) || tok.unprefixed === f));
      if (t >= 0) return { ...m, clause: c, token: t, opposite: true };
    }
    return m;
  });
}

/** Whether a clause writes another name right before the noun an asked word modifies ("the European team" for "the Afghan team"). */
export function rivalModifier(a: Asked, clauses: RunClause[]): boolean {
  const head = a.precedes;
  if (!head) return false;
  return clauses.some((c) => c.tokens.some((t, i) => i > 0 && sameForm(t.form, head) && !a.forms.includes(c.tokens[i - 1]!.form) && capitalised(c.text, c.tokens[i - 1]!.raw)));
}

/**
 * "Is Kim an Irish poet?" against "Kim, a Welsh poet" or "Welsh poet Kim": where the sentence sets
 * the subject beside the asked noun with another name before it, the asked name is denied there
 * (an opposite). Only for a name the question puts before a noun, and only beside the subject.
 */
export function otherKind(a: Asked, reading: Reading, clauses: RunClause[]): Match | null {
  const head = a.precedes;
  if (!a.core || !a.name || !head) return null;
  const subject = reading.asked.filter((x) => x !== a && x.name && x.core && x.forms.length > 0);
  const isSubject = (form: string | undefined) => form !== undefined && subject.some((x) => x.forms.includes(form));
  for (let c = 0; c < clauses.length; c++) {
    const tokens = clauses[c]!.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const before = tokens[i - 1]!;
      if (!sameForm(tokens[i]!.form, head) || a.forms.includes(before.form) || STOPWORDS.has(before.raw)) continue;
      // A capital opening the sentence is a name only where the subject follows at once ("Welsh poet Owen Price read").
      const named = capitalised(clauses[c]!.text, before.raw) || (i === 1 && isSubject(tokens[i + 1]?.form) && /^\P{L}*\p{Lu}/u.test(clauses[c]!.text));
      if (!named) continue;
      // "Martinez, a Dominican archaeologist" (the subject up to three words before, or ending the clause
      // before, which the comma closed) or "Dominican archaeologist Kathleen Martinez".
      // Only articles may stand between: "Kim met Welsh poet Owen Price" says nothing of Kim's kind.
      const opens = (from: number) => tokens.slice(from, i - 1).every((t) => ARTICLES.test(t.raw));
      const prior = i <= 2 && opens(0) && clauses[c - 1]?.sentence === clauses[c]!.sentence ? clauses[c - 1]!.tokens.slice(-2) : [];
      const ahead = [i - 2, i - 3].some((k) => isSubject(tokens[k]?.form) && opens(k + 1));
      const after = isSubject(tokens[i + 1]?.form) || (isSubject(tokens[i + 2]?.form) && !STOPWORDS.has(tokens[i + 1]!.raw));
      const near = ahead || after || prior.some((t) => isSubject(t.form));
      if (near) return { clause: c, token: i - 1, opposite: true };
    }
  }
  return null;
}

/**
 * Whether the run compares the other way round from the question: after the "than" that follows a
 * matched word stands another asked word, not the one the question compares with ("the Sun is
 * larger than the star" for "Is the star smaller than the Sun?").
 */
export function reversedComparison(reading: Reading, clauses: RunClause[], matches: Match[]): boolean {
  const compared = reading.compared;
  if (!compared) return false;
  for (const m of matches) {
    const tokens = clauses[m.clause]!.tokens;
    const than = tokens.findIndex((t, i) => i > m.token && i <= m.token + COMPARISON_REACH && t.raw === "than");
    if (than < 0) continue;
    // The subject's own words: asked, neither the compared word nor what the question sets it against ("tam" of "Is the river Tam longer than the river Osk?").
    const subject = reading.asked.filter((a) => a.core).flatMap((a) => a.forms).filter((f) => !(m.forms ?? []).includes(f) && !compared.some((c) => sameForm(c, f)));
    return tokens.slice(than + 1).some((t) => subject.some((f) => sameForm(f, t.form)));
  }
  return false;
}

/** How many words after a compared word its "than" may stand ("larger in mass than"). */
const COMPARISON_REACH = 4;

/** The verdict of a comparison read the other way round: a plain yes or an opposite's no turns over; anything else stands. */
export function turnRound(j: { verdict: "yes" | "no" | "open"; why: string; denied: Match | undefined }): typeof j {
  if (j.verdict === "yes") return { verdict: "no", why: "the comparison turned round", denied: undefined };
  if (j.verdict === "no" && j.why.startsWith("opposite:")) return { verdict: "yes", why: "opposite, the comparison turned round", denied: undefined };
  return j;
}

/** A circumstance found in a clause that negates one of the statement's own words (not a name), if any. */
export function circumstanceDenied(reading: Reading, clauses: RunClause[], found: Match[]): Match | undefined {
  const own = reading.asked.filter((a) => a.core && !a.name && !a.negated).flatMap((a) => a.forms);
  for (const m of found) {
    const t = clauses[m.clause]!.tokens.findIndex((x) => x.negated && own.some((f) => sameForm(x.form, f)));
    if (t >= 0) return { clause: m.clause, token: t, opposite: false };
  }
  return undefined;
}


/** Words that may stand between a subject and its apposition ("Kim, a Welsh poet"). */
const ARTICLES = /^(a|an|the)$/;
