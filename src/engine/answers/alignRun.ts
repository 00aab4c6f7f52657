import { NEGATION_WORDS, REFUSAL_VERBS, STOPWORDS } from "../../analysis/lexicon.ts";
import { words } from "../../analysis/text.ts";
import { tuning } from "../../tuning.ts";
import type { IndexedSentence } from "../../index/knowledgeIndex.ts";
import type { Statement } from "../../analysis/speechTypes.ts";
import { clausesOf, formOf, normalise, sameForm, type RunClause } from "./alignStatement.ts";
import { judgeAlignment, UNREALISED } from "./judgeAlignment.ts";
import { matchName, matchWords, saysDefinite, type Match } from "./matchAsked.ts";
import type { Asked, Reading } from "./readYesNo.ts";
import { otherValuesAt, placeFigure } from "./otherFigure.ts";
import { contestVerdict, contestWordAt, isContestWord } from "./contestRoles.ts";
import { circumstanceDenied, cohere, gather, otherKind, reversedComparison, rivalModifier, turnRound } from "./rereadMatches.ts";

// How well one run of sentences says the statement a yes/no question asks: each asked word found
// (or not) in the run's clauses, then the verdict the clauses that say it give.

export interface Alignment {
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
  /** The run gives another value than the figure asked ("six players" for "eight players"): a run giving the asked one is better. */
  otherFigure: boolean;
  /** Said by a looser reading: the run lacks some of the statement's words. */
  loose: boolean;
}

/** A looser reading, for when no run says every word of the statement: the share of its own words a run must still say, and how many at least. */
export interface Loose {
  minCore: number;
  minWords: number;
  /** The asked words a run must say all the same: names and nouns ("with aircraft" is not "with artillery"). */
  required: (a: Asked) => boolean;
}

/** A run of sentences that does not say the statement: the first word of it they lack, for the trace. */
export interface Miss {
  sentences: IndexedSentence[];
  missed: string;
  /** How many of the statement's own words they said before it. */
  coreGot: number;
}

/** How well a run of sentences says what the question asks, and whether it affirms or denies it. */
export function align(reading: Reading, sentences: IndexedSentence[], title = "", onMiss?: (m: Miss) => void, definite?: IndexedSentence, loose?: Loose): Alignment | null {
  const minCore = loose?.minCore ?? tuning.yesNo.minCoreAlignment;
  // What the article's title says is the article's subject: a sentence need not repeat it ("Australian" manufacturers).
  const implied = titleForms(title);
  const clauses: RunClause[] = sentences.flatMap((s) => clausesOf(s.text).map((c) => ({ ...c, sentence: s })));
  // "Were eight players booked?": the run's figure of that kind decides the figure's words ("booked six players").
  const holdsAsked = (c: number) => reading.asked.some((a) => a.core && !a.figure && !a.name && a.forms.some((f) => clauses[c]!.tokens.some((t) => sameForm(t.form, f))));
  const figure = reading.figure ? placeFigure(reading.figure, clauses, holdsAsked) : null;
  const locate = locator(reading, clauses, definite);
  // "Did Brenford beat Ashdale?" against "Brenford lost 3-0 to Ashdale": any word of the contest beside the subject tells of the asked verb; the sides decide.
  const contest = reading.contest;
  // No figure of the asked kind: the figure's words may still stand alone, never inside a figure of another value.
  const otherValues = reading.figure && !figure ? otherValuesAt(reading.figure, clauses) : [];
  const locateFigure = (a: Asked) => {
    const m = locate(a);
    return m && otherValues.some((o) => o.clause === m.clause && o.token === m.token) ? null : m;
  };
  const find = (a: Asked) => (a.figure && figure ? figure.at : a === contest?.verb ? locate(a) ?? contestWordAt(contest, clauses) : a.figure ? locateFigure(a) : locate(a));
  const tally = tallyAsked(reading, sentences, find, implied, (a) => rivalModifier(a, clauses), onMiss !== undefined, (a, r) => otherKind(a, r, clauses), minCore, loose?.required);
  if ("miss" in tally) return onMiss?.(tally.miss), null;
  const { total, got, cores, coreGot, missed, missedCircumstance } = tally;
  const matches = cohere(gather(tally.matches, clauses), clauses);
  if (total === 0 || cores === 0 || matches.length === 0) return null;
  const score = got / total;
  const core = coreGot / cores;
  if (score < tuning.yesNo.minAlignment || core < minCore || (loose && coreGot < loose.minWords)) return onMiss?.({ sentences, missed: missed.map((a) => a.raw.join(" ")).join(", "), coreGot }), null;
  const words = judgeAlignment(reading, sentences, clauses, matches, missed, missedCircumstance);
  if (!words) return onMiss?.({ sentences, missed: "a figure for the threshold", coreGot }), null;
  // "Did Ajax win?" against "Manchester United defeated Ajax … to win the title": who won is read from the sides of the contest word.
  // Another figure ("2-1" for "3-1") has answered already.
  // Words alone never tell who won: the asked verb told by a contest word where no clause names the subject beside one is left open ("Avon beat Tyne; Granby drew with Hollis" for "Did Granby beat Hollis?").
  const verbAt = contest ? tally.matches.find((m) => m.forms === contest.verb.forms) : undefined;
  const byContestWord = verbAt !== undefined && isContestWord(clauses[verbAt.clause]!.tokens[verbAt.token]!.raw);
  const contested = contest && words.verdict !== "open" && !(figure && !figure.said) ? contestVerdict(contest, clauses) ?? (byContestWord ? "open" : null) : null;
  const judged = contested ? { ...words, verdict: contested, why: `${contested === words.verdict ? "affirmed" : "read"} by the sides of the contest` } : words;
  // "won a Grammy for a video, never winning the award in a major category": the asked circumstance
  // is told where the asked verb is negated, which denies the statement with it.
  const negatedThere = judged.verdict === "yes" ? circumstanceDenied(reading, clauses, tally.circumstances) : undefined;
  const told = negatedThere ? { verdict: "no" as const, why: "negated where the circumstance is told", denied: negatedThere } : judged;
  // "Is the star smaller than the Sun?" against "the Sun is smaller than the star": the comparison turned round says the reverse.
  const turned = reversedComparison(reading, clauses, matches) ? turnRound(told) : told;
  // Read loosely, a word the run lacks may be the very verb it turns down: a refusal or a negation in a clause that says the rest says no.
  const refused = loose && turned.verdict === "yes" ? refusalIn(clauses, matches) : undefined;
  const { verdict, why, denied: deciding } = refused ? { verdict: "no" as const, why: `loosely: turned down at ${clauses[refused.clause]!.tokens[refused.token]!.raw}`, denied: refused } : turned;
  const count = (s: IndexedSentence) => matches.filter((m) => clauses[m.clause]!.sentence === s).length;
  // A tie goes to the later sentence: a run's last sentence tells the statement, the one before lends it a name ("They made the trip twice").
  const decisive = deciding ? clauses[deciding.clause]!.sentence : [...sentences].reverse().sort((a, b) => count(b) - count(a))[0]!;
  return { sentences, score, core, verdict, why: loose && !refused ? `loosely: ${why}` : why, spread: spreadOf(matches), unrealised: verdict === "open" && why === UNREALISED, decisive, otherFigure: figure !== null && !figure.said, loose: loose !== undefined };
}

/** The first negation or verb of refusal in a clause holding the statement's words, as a match. */
function refusalIn(clauses: RunClause[], matches: Match[]): Match | undefined {
  for (const c of new Set(matches.map((m) => m.clause))) {
    const token = clauses[c]!.tokens.findIndex((t) => NEGATION_WORDS.has(t.raw.toLowerCase()) || REFUSAL_VERBS.has(t.raw.toLowerCase()));
    if (token >= 0) return { clause: c, token, opposite: false };
  }
  return undefined;
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
function tallyAsked(reading: Reading, sentences: IndexedSentence[], locate: (a: Asked) => Match | null, implied: Set<string>, rivalled: (a: Asked) => boolean, exhaustive: boolean, rivalKind: (a: Asked, r: Reading) => Match | null, minCore: number, required?: (a: Asked) => boolean): Tally | { miss: Miss } {
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
  const mayMiss = Math.floor(coreCount * (1 - minCore) + 1e-9);
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
      // A loose reading may lack the statement's verbs, never its names or nouns: another thing is another statement.
      else if (a.core && (cores - coreGot > mayMiss || required?.(a))) {
        // For the trace, every word the run lacks, so the closest run is the one that says most.
        if (!exhaustive) return { miss: { sentences, missed: a.raw.join(" "), coreGot } };
        lacking.push(a.raw.join(" "));
      }
      continue;
    }
    got += weight;
    if (!a.core && m.clause >= 0) circumstances.push(m);
    // Another value in a circumstance ("after five minutes" for "after ten minutes") denies as the statement's own words do.
    if (!a.core && a.figure && m.opposite) matches.push(m);
    if (a.core) {
      coreGot++;
      if (m.clause >= 0) matches.push({ ...m, forms: a.forms, ...(a.precedes ? { precedes: a.precedes } : {}), ...(a.negated ? { negatedAsked: true } : {}), ...(!a.name && !m.opposite ? { movable: true } : {}) });
    }
  }
  if (lacking.length) return { miss: { sentences, missed: lacking.join(", "), coreGot } };
  return { total, got, cores, coreGot, matches, circumstances, missed, missedCircumstance };
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

