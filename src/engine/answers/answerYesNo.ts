import { NOT_FOLLOWED, STOPWORDS } from "../../analysis/lexicon.ts";
import { words } from "../../analysis/text.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Statement } from "../../analysis/speechTypes.ts";
import type { TraceStep } from "../trace.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { clausesOf, formOf, normalise, opposite, sameForm, type Clause } from "./alignStatement.ts";
import { capitalised, judgeAlignment, UNREALISED } from "./judgeAlignment.ts";
import { matchName, matchWords, saysDefinite, type Match } from "./matchAsked.ts";
import { windows } from "./readingRuns.ts";
import { readYesNo, type Asked, type Reading } from "./readYesNo.ts";

interface Alignment {
  sentences: IndexedSentence[];
  score: number;
  core: number;
  verdict: "yes" | "no" | "open";
  /** Why the verdict is what it is ("negated at no", "hedged"), for the trace. */
  why: string;
  /** How far apart the statement's words stand: words of other clauses count as far. A tie between runs goes to the closer. */
  spread: number;
  /** Open only because what it tells was advised, planned or promised: a sentence after it may say it was not done. */
  unrealised: boolean;
  /** The sentence that decides the answer, cited first. */
  decisive: IndexedSentence;
}

/** A run of sentences that does not say the statement: the first word of it they lack, for the trace. */
interface Miss {
  sentences: IndexedSentence[];
  missed: string;
  /** How many of the statement's own words they said before it. */
  coreGot: number;
}

/** A clause of a run, with the sentence it belongs to. */
type RunClause = Clause & { sentence: IndexedSentence };

/** How well a run of sentences says what the question asks, and whether it affirms or denies it. */
export function align(reading: Reading, sentences: IndexedSentence[], title = "", onMiss?: (m: Miss) => void, definite?: IndexedSentence): Alignment | null {
  // What the article's title says is the article's subject: a sentence need not repeat it ("Australian" manufacturers).
  const implied = titleForms(title);
  const clauses: RunClause[] = sentences.flatMap((s) => clausesOf(s.text).map((c) => ({ ...c, sentence: s })));
  const tally = tallyAsked(reading, sentences, locator(reading, clauses, definite), implied, (a) => rivalModifier(a, clauses), onMiss !== undefined, (a, r) => otherKind(a, r, clauses));
  if ("miss" in tally) return onMiss?.(tally.miss), null;
  const { total, got, cores, coreGot, missed, missedCircumstance } = tally;
  const matches = cohere(gather(tally.matches, clauses), clauses);
  if (total === 0 || cores === 0 || matches.length === 0) return null;
  const score = got / total;
  const core = coreGot / cores;
  if (score < tuning.yesNo.minAlignment || core < tuning.yesNo.minCoreAlignment) return onMiss?.({ sentences, missed: missed.map((a) => a.raw.join(" ")).join(", "), coreGot }), null;
  const judged = judgeAlignment(reading, sentences, clauses, matches, missed, missedCircumstance);
  if (!judged) return onMiss?.({ sentences, missed: "a figure for the threshold", coreGot }), null;
  // "won a Grammy for a video, never winning the award in a major category": the asked circumstance
  // is told where the asked verb is negated, which denies the statement with it.
  const negatedThere = judged.verdict === "yes" ? circumstanceDenied(reading, clauses, tally.circumstances) : undefined;
  const told = negatedThere ? { verdict: "no" as const, why: "negated where the circumstance is told", denied: negatedThere } : judged;
  // "Is the star smaller than the Sun?" against "the Sun is smaller than the star": the comparison turned round says the reverse.
  const { verdict, why, denied: deciding } = reversedComparison(reading, clauses, matches) ? turnRound(told) : told;
  const count = (s: IndexedSentence) => matches.filter((m) => clauses[m.clause]!.sentence === s).length;
  // A tie goes to the later sentence: a run's last sentence tells the statement, the one before lends it a name ("They made the trip twice").
  const decisive = deciding ? clauses[deciding.clause]!.sentence : [...sentences].reverse().sort((a, b) => count(b) - count(a))[0]!;
  return { sentences, score, core, verdict, why, spread: spreadOf(matches), unrealised: verdict === "open" && why === UNREALISED, decisive };
}

/** Finds an asked word or name in a run's clauses; with a definite sentence ("the event"), in it and after, borrowing only modifiers from before. */
function locator(reading: Reading, clauses: RunClause[], definite?: IndexedSentence): (a: Asked) => Match | null {
  // Read with the sentence before only for what "the event" leaves to it: the words that modify the noun.
  const from = definite ? clauses.findIndex((c) => c.sentence === definite) : 0;
  const own = clauses.slice(from);
  // In a chain of modifiers ("the Athlon 64 launch") a word modifies the noun through the word it stands before.
  const borrows = (a: Asked, depth = 0): boolean => {
    if (a.modifies === undefined) return false;
    if (own.some((c) => saysDefinite(c, a.modifies!))) return true;
    const head = depth < tuning.yesNo.modifierChain ? reading.asked.find((h) => h.forms[0] === a.modifies && h.modifies !== undefined) : undefined;
    return head !== undefined && borrows(head, depth + 1);
  };
  // Another asked word: a relative clause about it may say this one with a related word ("the divers, who were in pain").
  const otherAsked = (a: Asked) => (form: string) => reading.asked.some((x) => x !== a && x.forms.some((f) => sameForm(f, form)));
  const matchIn = (a: Asked, cs: typeof clauses): Match | null => (a.name ? matchName(a, cs) : matchWords(a.forms, cs, a.optional ?? false, otherAsked(a)));
  return (a: Asked): Match | null => {
    if (!definite) return matchIn(a, clauses);
    const m = matchIn(a, own);
    if (m) return m.clause >= 0 ? { ...m, clause: m.clause + from } : m;
    // A word borrowed from the sentence before only names what "the ban" is: it says neither yes nor no.
    return borrows(a) && matchIn(a, clauses.slice(0, from)) ? BORROWED : null;
  };
}

/** How much of the statement a run says: weights of the asked words found, the statement's own words found, and where. */
interface Tally {
  total: number;
  got: number;
  cores: number;
  coreGot: number;
  /** Where the statement's own words were found, in a clause. */
  matches: Match[];
  /** Where the circumstances the run says were found. */
  circumstances: Match[];
  /** The circumstances the run does not say. */
  missed: Asked[];
  missedCircumstance: boolean;
}

/** Finds each asked word in the run; stops with a miss as soon as too many of the statement's own words are lacking. */
function tallyAsked(reading: Reading, sentences: IndexedSentence[], locate: (a: Asked) => Match | null, implied: Set<string>, rivalled: (a: Asked) => boolean, exhaustive: boolean, rivalKind: (a: Asked, r: Reading) => Match | null): Tally | { miss: Miss } {
  let total = 0;
  let got = 0;
  let missedCircumstance = false;
  let leaned = false;
  let cores = 0;
  let coreGot = 0;
  const matches: Match[] = [];
  const circumstances: Match[] = [];
  const missed: Asked[] = [];
  const lacking: string[] = [];
  // The statement's own words first: most sentences miss one, and are left at once.
  const coreCount = reading.asked.filter((a) => a.core).length;
  const mayMiss = Math.floor(coreCount * (1 - tuning.yesNo.minCoreAlignment) + 1e-9);
  for (const a of [...reading.asked].sort((x, y) => Number(y.core) - Number(x.core))) {
    // The verb of saying need not be written when the sentence reports speech of what is asked; else its absence weighs.
    // "Is Kim an Irish poet?": "Kim, a Welsh poet" writes another kind where the question has one.
    const m = locate(a) ?? (a.optional && reports(reading, sentences) ? SPOKEN : null) ?? (reading.classifying ? rivalKind(a, reading) : null);
    // "Did they say what killed her?" asks the telling: a run that does not tell it does not say the statement.
    if (!m && a.optional && !a.telling) {
      total += 1;
      continue;
    }
    if (!m && a.unit) continue;
    const weight = a.core ? 1 : tuning.yesNo.circumstanceWeight;
    total += weight;
    if (a.core) cores++;
    if (!m) {
      if (!a.core) (missedCircumstance = true), missed.push(a);
      // One word at most may rest on the title: the sentence itself must say the rest.
      // Not when the run names another in its place: "the European team won" is no word on "the Afghan team".
      if (a.core && !leaned && a.forms.length && a.forms.every((f) => implied.has(f)) && !rivalled(a)) (coreGot++, (leaned = true));
      else if (a.core && cores - coreGot > mayMiss) {
        // For the trace, every word the run lacks, so the closest run is the one that says most.
        if (!exhaustive) return { miss: { sentences, missed: a.raw.join(" "), coreGot } };
        lacking.push(a.raw.join(" "));
      }
      continue;
    }
    got += weight;
    if (!a.core && m.clause >= 0) circumstances.push(m);
    if (a.core) {
      coreGot++;
      if (m.clause >= 0) matches.push({ ...m, forms: a.forms, ...(a.precedes ? { precedes: a.precedes } : {}), ...(a.negated ? { negatedAsked: true } : {}), ...(!a.name && !m.opposite ? { movable: true } : {}) });
    }
  }
  if (lacking.length) return { miss: { sentences, missed: lacking.join(", "), coreGot } };
  return { total, got, cores, coreGot, matches, circumstances, missed, missedCircumstance };
}

/**
 * "The Amtrak train, with reportedly 139 passengers aboard, hit the freight train, which was parked
 * with no one on board": a word said more than once is read where the statement's other words
 * stand ("on board" beside "the freight train", "aboard" beside "the Amtrak train"), not at its
 * first place. Each word moves to the clause nearest the others; a tie goes to where it is told
 * plainly (not reported or possible), then to the first place.
 */
function gather(matches: Match[], clauses: RunClause[]): Match[] {
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
function cohere(matches: Match[], clauses: RunClause[]): Match[] {
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
function rivalModifier(a: Asked, clauses: RunClause[]): boolean {
  const head = a.precedes;
  if (!head) return false;
  return clauses.some((c) => c.tokens.some((t, i) => i > 0 && sameForm(t.form, head) && !a.forms.includes(c.tokens[i - 1]!.form) && capitalised(c.text, c.tokens[i - 1]!.raw)));
}

/**
 * "Is Kim an Irish poet?" against "Kim, a Welsh poet" or "Welsh poet Kim": where the sentence sets
 * the subject beside the asked noun with another name before it, the asked name is denied there
 * (an opposite). Only for a name the question puts before a noun, and only beside the subject.
 */
function otherKind(a: Asked, reading: Reading, clauses: RunClause[]): Match | null {
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
function reversedComparison(reading: Reading, clauses: RunClause[], matches: Match[]): boolean {
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
function turnRound(j: { verdict: "yes" | "no" | "open"; why: string; denied: Match | undefined }): typeof j {
  if (j.verdict === "yes") return { verdict: "no", why: "the comparison turned round", denied: undefined };
  if (j.verdict === "no" && j.why.startsWith("opposite:")) return { verdict: "yes", why: "opposite, the comparison turned round", denied: undefined };
  return j;
}

/** A circumstance found in a clause that negates one of the statement's own words (not a name), if any. */
function circumstanceDenied(reading: Reading, clauses: RunClause[], found: Match[]): Match | undefined {
  const own = reading.asked.filter((a) => a.core && !a.name && !a.negated).flatMap((a) => a.forms);
  for (const m of found) {
    const t = clauses[m.clause]!.tokens.findIndex((x) => x.negated && own.some((f) => sameForm(x.form, f)));
    if (t >= 0) return { clause: m.clause, token: t, opposite: false };
  }
  return undefined;
}

/** How far apart the matched words stand: the words' distance in one clause, a clause apart counted as far. */
function spreadOf(matches: Match[]): number {
  const clauses = new Set(matches.map((m) => m.clause));
  if (clauses.size > 1) return CLAUSE_APART * (clauses.size - 1);
  const at = matches.map((m) => m.token);
  return Math.max(...at) - Math.min(...at);
}

/** Words of different clauses count as this many words apart. */
const CLAUSE_APART = 50;

/** Whether a run reports speech holding a word the question asks was said ("critics charge … forced" is not the Church's "describes as a retreat"). */
function reports(reading: Reading, sentences: IndexedSentence[]): boolean {
  const said = reading.asked.filter((a) => a.reported && !a.name).flatMap((a) => a.forms);
  if (said.length === 0) return false;
  return sentences.some((s) => s.statements.some((st) => toldForms(st).some((w) => said.some((f) => sameForm(w, f)))));
}

const toldCache = new Map<string, string[]>();

/** The forms of what a statement tells (remembered: statements recur across questions). Reported speech is read to its clause's end: "describes as a retreat, but critics charge …" is not all the Church's. */
function toldForms(st: Statement): string[] {
  const text = st.quote ?? clausesOf(st.content)[0]?.text ?? "";
  let known = toldCache.get(text);
  if (!known) {
    known = words(normalise(text)).map(formOf);
    if (toldCache.size >= 20_000) toldCache.clear();
    toldCache.set(text, known);
  }
  return known;
}

/** Words that may stand between a subject and its apposition ("Kim, a Welsh poet"). */
const ARTICLES = /^(a|an|the)$/;

/** A modifier found in the sentence before one that says "the <noun>", at no word that could negate it. */
const BORROWED: Match = { clause: -1, token: -1, opposite: false };

/** The verb of saying matched by the speech a sentence reports, at no word of it. */
const SPOKEN: Match = { clause: -1, token: -1, opposite: false };

const titleCache = new Map<string, Set<string>>();

/** The forms of a title's words (remembered: every sentence of an article shares its title). */
function titleForms(title: string): Set<string> {
  let known = titleCache.get(title);
  if (!known) {
    known = new Set(words(normalise(title)).filter((w) => !STOPWORDS.has(w)).map(formOf));
    if (titleCache.size >= 20_000) titleCache.clear();
    titleCache.set(title, known);
  }
  return known;
}

/**
 * Yes/no questions ("Did the South shoot back?"): the sentence that best says what is asked
 * answers "Yes." when it affirms it, "No." when it negates it ("No injuries or deaths were
 * reported", "gave no detailed timeline") or says the opposite ("a decrease" for "grown"); when
 * no sentence says it well enough, or says it only as a possibility, the articles don't say.
 */
export function answerYesNo(q: Query, index: KnowledgeIndex, step?: TraceStep): Answer | null {
  const reading = readYesNo(q, index);
  if (step) step.notes.push(`asks ${reading.asked.map((a) => `${a.core ? "" : "~"}${a.negated ? "not " : ""}${a.raw.join(" ")}`).join(", ") || "nothing"}${reading.open ? " (open)" : ""}`);
  if (reading.asked.length === 0) return null;
  const expanded = [q.text, ...q.entities.map((e) => e.entity.name), ...reading.asked.flatMap((a) => [...a.forms, ...(a.entity ? [a.entity.name] : [])])].join(" ");
  const asked = new Set(reading.asked.flatMap((a) => (a.entity ? [a.entity.id] : [])));
  let best: Alignment | null = null;
  const seen = new Set<string>();
  const found: Alignment[] = [];
  let closest: Miss | null = null;
  const onMiss = step ? (m: Miss) => void (!closest || m.coreGot > closest.coreGot ? (closest = m) : undefined) : undefined;
  for (const hit of index.find(expanded, tuning.yesNo.candidates)) {
    for (const { sentences: run, definite } of windows(index, hit.sentence, reading)) {
      const key = `${run.map((s) => s.id).join(",")}${definite ? "the" : ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // "Did Pompeo say …?" is answered only by what Pompeo said.
      if (reading.saying && asked.size && !run.some((s) => s.statements.some((st) => asked.has(st.speaker)))) continue;
      const a = align(reading, run, index.articles.get(run[0]!.doc)?.title, onMiss, definite);
      if (a && step) found.push(a);
      if (a && (!best || better(a, best))) best = a;
    }
  }
  if (step) traceAlignments(step, found, closest);
  const instead = best?.unrealised ? notFollowed(index, best) : null;
  if (instead) (best = instead), step?.notes.push("the next sentence says it was not followed");

  if (!best || best.verdict === "open") return null;
  const sentences = [best.decisive, ...best.sentences.filter((s) => s !== best!.decisive)];
  return compose(index, {
    kind: "yesno",
    lead: best.verdict === "yes" ? messages.yes : messages.no,
    short: null,
    sentences,
    confidence: best.score * tuning.confidence.yesNo,
  });
}

/** Whether one run says the statement better: more of its words, then more of its own words, closer together, in fewer sentences. */
function better(a: Alignment, b: Alignment): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.core !== b.core) return a.core > b.core;
  if (a.spread !== b.spread) return a.spread < b.spread;
  return a.sentences.length < b.sentences.length;
}

/**
 * "The parents were advised to send her to a specialist. He instead decided to treat her himself.":
 * advice, a plan or a promise that the next sentence of its paragraph says was not followed
 * answers no, citing that sentence first.
 */
function notFollowed(index: KnowledgeIndex, a: Alignment): Alignment | null {
  const last = a.sentences.at(-1)!;
  const next = index.sentencesOf(last.doc)[last.position + 1];
  if (!next || next.paragraph !== last.paragraph || !NOT_FOLLOWED.test(next.text)) return null;
  return { ...a, sentences: [...a.sentences, next], verdict: "no", why: `${a.why}, then not followed ("instead")`, unrealised: false, decisive: next };
}

/** The trace: the runs that said the statement, best first, or the one that came closest and the word it lacked. */
function traceAlignments(step: TraceStep, found: Alignment[], closest: Miss | null): void {
  const text = (run: IndexedSentence[]) => run.map((s) => s.text).join(" ").slice(0, 90);
  step.candidates = [...found].sort((a, b) => b.score - a.score).slice(0, 5).map((a) => ({ text: text(a.sentences), score: Math.round(a.score * 100) / 100, why: `${a.verdict}: ${a.why}` }));
  if (found.length === 0) step.notes.push(closest ? `no sentence says every word; closest lacks "${closest.missed}": ${text(closest.sentences)}` : "no candidate sentence says the statement's words");
  else if (found.every((a) => a.verdict === "open")) step.notes.push("the sentences that say it leave it open");
}
