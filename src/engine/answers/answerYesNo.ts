import { STOPWORDS } from "../../analysis/lexicon.ts";
import { words } from "../../analysis/text.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { clausesOf, formOf, hasOpposite, normalise, opposite, sameForm, type Clause } from "./alignStatement.ts";
import { PREDICATE, readYesNo, type Asked, type Reading } from "./readYesNo.ts";

/** Sentences that begin by pointing back ("This is a decrease…") are read with the sentence before. */
const POINTS_BACK = /^(this|that|these|those|it|they|such|he|she)\b/i;

interface Match {
  clause: number;
  token: number;
  opposite: boolean;
}

interface Alignment {
  sentences: IndexedSentence[];
  score: number;
  core: number;
  verdict: "yes" | "no" | "open";
  /** The sentence that decides the answer, cited first. */
  decisive: IndexedSentence;
}

/** How well a run of sentences says what the question asks, and whether it affirms or denies it. */
export function align(reading: Reading, sentences: IndexedSentence[], title = ""): Alignment | null {
  // What the article's title says is the article's subject: a sentence need not repeat it ("Australian" manufacturers).
  const implied = titleForms(title);
  const clauses: Array<Clause & { sentence: IndexedSentence }> = sentences.flatMap((s) => clausesOf(s.text).map((c) => ({ ...c, sentence: s })));
  let total = 0;
  let got = 0;
  let missedCircumstance = false;
  let leaned = false;
  let cores = 0;
  let coreGot = 0;
  const matches: Match[] = [];
  const missed: Asked[] = [];
  // The statement's own words first: most sentences miss one, and are left at once.
  const coreCount = reading.asked.filter((a) => a.core).length;
  const mayMiss = Math.floor(coreCount * (1 - tuning.yesNo.minCoreAlignment) + 1e-9);
  for (const a of [...reading.asked].sort((x, y) => Number(y.core) - Number(x.core))) {
    const weight = a.core ? 1 : tuning.yesNo.circumstanceWeight;
    total += weight;
    if (a.core) cores++;
    const m = a.name ? matchName(a, clauses) : matchWord(a.forms[0]!, clauses);
    if (!m) {
      if (!a.core) (missedCircumstance = true), missed.push(a);
      // One word at most may rest on the title: the sentence itself must say the rest.
      if (a.core && !leaned && a.forms.length && a.forms.every((f) => implied.has(f))) (coreGot++, (leaned = true));
      else if (a.core && cores - coreGot > mayMiss) return null;
      continue;
    }
    got += weight;
    if (a.core) {
      coreGot++;
      if (m.clause >= 0) matches.push(m);
    }
  }
  if (total === 0 || cores === 0 || matches.length === 0) return null;
  const score = got / total;
  const core = coreGot / cores;
  if (score < tuning.yesNo.minAlignment || core < tuning.yesNo.minCoreAlignment) return null;
  const negation = matches.find((m) => clauses[m.clause]!.tokens[m.token]!.negated);
  const flip = matches.find((m) => m.opposite);
  const hedged = !reading.open && matches.some((m) => clauses[m.clause]!.hedged);
  // "only 10 per cent of salt" denies "all salt"; "had only seen it in photos" leaves "in person" unsaid.
  const restriction = reading.restricting ? undefined : matches.find((m) => clauses[m.clause]!.restricted);
  const narrower = restriction && reading.universal ? restriction : undefined;
  // "had only seen it before in film" denies "in person": the restriction fills the slot the question asks about with something else.
  const otherwise = restriction && !reading.universal && missed.some((a) => a.preposition && a.preposition !== PREDICATE && fillsOtherwise(clauses[restriction.clause]!, a)) ? restriction : undefined;
  const unsaid = restriction && !reading.universal && missedCircumstance && !otherwise;
  const denied = negation ?? flip ?? narrower ?? otherwise;
  const verdict = (negation && flip) || hedged || unsaid ? "open" : denied ? "no" : "yes";
  const deciding = denied;
  const count = (s: IndexedSentence) => matches.filter((m) => clauses[m.clause]!.sentence === s).length;
  const decisive = deciding ? clauses[deciding.clause]!.sentence : [...sentences].sort((a, b) => count(b) - count(a))[0]!;
  return { sentences, score, core, verdict, decisive };
}

/** Whether a clause has the circumstance's preposition followed by another content word ("in film" for "in person"). */
function fillsOtherwise(clause: Clause, a: Asked): boolean {
  const t = clause.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i]!.raw !== a.preposition) continue;
    const next = t.slice(i + 1).find((x) => !STOPWORDS.has(x.raw));
    if (next && !a.forms.includes(next.form)) return true;
  }
  return false;
}

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

function matchWord(form: string, clauses: Clause[]): Match | null {
  let flipped: Match | null = null;
  const flips = hasOpposite(form);
  for (let c = 0; c < clauses.length; c++) {
    const tokens = clauses[c]!.tokens;
    for (let t = 0; t < tokens.length; t++) {
      if (sameForm(tokens[t]!.form, form)) return { clause: c, token: t, opposite: false };
      if (flips && !flipped && opposite(form, tokens[t]!.form)) flipped = { clause: c, token: t, opposite: true };
    }
  }
  return flipped;
}

/**
 * A name is said when the sentence names its entity (by surname or coreference), holds all its
 * words, or uses the short form news writes with the article ("the South" for "South Korea").
 */
function matchName(a: Asked, clauses: Array<Clause & { sentence: IndexedSentence }>): Match | null {
  const locate = (pred: (c: Clause & { sentence: IndexedSentence }) => number): Match | null => {
    for (let c = 0; c < clauses.length; c++) {
      const t = pred(clauses[c]!);
      if (t >= 0) return { clause: c, token: t, opposite: false };
    }
    return null;
  };
  const all = locate((c) => (a.forms.length && a.forms.every((f) => c.tokens.some((t) => t.form === f)) ? c.tokens.findIndex((t) => t.form === a.forms[0]) : -1));
  if (all) return all;
  const entityIn = (s: IndexedSentence) => (a.entity && s.entities.includes(a.entity.id)) || (a.raw.length === 1 && s.entities.some((id) => nameWords(id).includes(a.raw[0]!)));
  const named = locate((c) => (entityIn(c.sentence) ? c.tokens.findIndex((t) => a.raw.includes(t.raw)) : -1));
  if (named) return named;
  if (clauses.some((c) => entityIn(c.sentence))) return { clause: -1, token: -1, opposite: false };
  if (a.shortForm) {
    const first = a.raw[0]!;
    return locate((c) => (a.shortForm!.test(c.text) ? c.tokens.findIndex((t) => t.raw === first) : -1));
  }
  return null;
}

const nameWordCache = new Map<string, string[]>();

/** The words of an entity's name ("ahmed mohamed" → ahmed, mohamed), so "Ahmed" finds the sentence naming Mohamed. */
function nameWords(id: string): string[] {
  let known = nameWordCache.get(id);
  if (!known) {
    known = id.split(/[\s-]+/);
    if (nameWordCache.size >= 50_000) nameWordCache.clear();
    nameWordCache.set(id, known);
  }
  return known;
}

/** The runs of sentences a candidate sentence can be read in: alone, and with the one it points back to. */
function windows(index: KnowledgeIndex, s: IndexedSentence): IndexedSentence[][] {
  const doc = index.sentencesOf(s.doc);
  const out = [[s]];
  const previous = doc[s.position - 1];
  if (previous && POINTS_BACK.test(s.text)) out.push([previous, s]);
  const next = doc[s.position + 1];
  if (next && POINTS_BACK.test(next.text)) out.push([s, next]);
  return out;
}

/**
 * Yes/no questions ("Did the South shoot back?"): the sentence that best says what is asked
 * answers "Yes." when it affirms it, "No." when it negates it ("No injuries or deaths were
 * reported", "gave no detailed timeline") or says the opposite ("a decrease" for "grown"); when
 * no sentence says it well enough, or says it only as a possibility, the articles don't say.
 */
export function answerYesNo(q: Query, index: KnowledgeIndex): Answer | null {
  const reading = readYesNo(q, index);
  if (reading.asked.length === 0) return null;
  const expanded = [q.text, ...q.entities.map((e) => e.entity.name), ...reading.asked.flatMap((a) => [...a.forms, ...(a.entity ? [a.entity.name] : [])])].join(" ");
  const asked = new Set(reading.asked.flatMap((a) => (a.entity ? [a.entity.id] : [])));
  let best: Alignment | null = null;
  const seen = new Set<string>();
  for (const hit of index.find(expanded, tuning.yesNo.candidates)) {
    for (const run of windows(index, hit.sentence)) {
      const key = run.map((s) => s.id).join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      // "Did Pompeo say …?" is answered only by what Pompeo said.
      if (reading.saying && asked.size && !run.some((s) => s.statements.some((st) => asked.has(st.speaker)))) continue;
      const a = align(reading, run, index.articles.get(run[0]!.doc)?.title);
      if (a && (!best || a.score > best.score || (a.score === best.score && a.core > best.core) || (a.score === best.score && a.core === best.core && run.length < best.sentences.length))) best = a;
    }
  }
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
