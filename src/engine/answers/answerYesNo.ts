import { LIGHT_VERBS, NOT_FOLLOWED, STOPWORDS } from "../../analysis/lexicon.ts";
import { canonical } from "../../analysis/text.ts";
import { messages } from "../../messages.ts";
import { tagWords, type PartOfSpeech } from "../../analysis/partsOfSpeech.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { TraceStep } from "../trace.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { align, type Alignment, type Loose, type Miss } from "./alignRun.ts";
import { YET_TO_COME } from "./judgeAlignment.ts";
import { windows } from "./readingRuns.ts";
import { readYesNo, type Reading } from "./readYesNo.ts";
import { answerClosestYesNo } from "./answerClosestYesNo.ts";

/**
 * Yes/no questions ("Did the South shoot back?"): the sentence that best says what is asked
 * answers "Yes." when it affirms it, "No." when it negates it ("No injuries or deaths were
 * reported", "gave no detailed timeline") or says the opposite ("a decrease" for "grown"); when
 * no sentence says it well enough, or says it only as a possibility, the articles don't say.
 */
export function answerYesNo(q: Query, index: KnowledgeIndex, step?: TraceStep, opts: { closest?: boolean } = {}): Answer | null {
  const reading = readYesNo(q, index);
  if (step) step.notes.push(`asks ${reading.asked.map((a) => `${a.core ? "" : "~"}${a.negated ? "not " : ""}${a.raw.join(" ")}`).join(", ") || "nothing"}${reading.open ? " (open)" : ""}`);
  if (reading.asked.length === 0) return null;
  const refused = declinedComment(q, index);
  if (refused) {
    step?.notes.push("the named speaker declined to comment");
    return compose(index, { kind: "yesno", lead: messages.no, short: null, sentences: [refused], confidence: tuning.confidence.yesNo });
  }
  const expanded = [q.text, ...q.entities.map((e) => e.entity.name), ...reading.asked.flatMap((a) => [...a.forms, ...(a.entity ? [a.entity.name] : [])])].join(" ");
  const hits = index.find(expanded, tuning.yesNo.candidates);
  const strict = bestRun(reading, index, hits, step);
  // No run says every word: one that says most of them, every name among them, may still decide, said as "probably".
  const loosely = !strict.best && !strict.found && !reading.asked.some((a) => a.negated) && !reading.threshold && !reading.figure && !reading.restricting ? bestRun(reading, index, hits, undefined, loose(q)) : null;
  if (loosely?.best && step) step.notes.push(`read loosely: ${loosely.best.why}`);
  let best = strict.best ?? loosely?.best ?? null;
  const instead = best?.unrealised ? notFollowed(index, best) : null;
  if (instead) (best = instead), step?.notes.push("the next sentence says it was not followed");

  // A loose reading affirms nothing: a sentence that says most of the statement but not all of it, with nothing turning it down, may tell of something else.
  // No run said it at all, and the question needs no very words: the closest sentence, shown as such.
  // Asked only for a reader's question: a claim checked (factCheck) is covered by what says it, never by what comes close.
  if (opts.closest && !best && !strict.found && !loosely?.found && !needsVeryWords(reading)) return answerClosestYesNo(q, index, reading, step);
  if (!best || best.verdict === "open" || (best.loose && best.verdict === "yes")) return null;
  const sentences = [best.decisive, ...best.sentences.filter((s) => s !== best!.decisive)];
  return compose(index, {
    kind: "yesno",
    lead: best.loose ? messages.probablyNo : best.verdict === "yes" ? messages.yes : best.why === YET_TO_COME ? messages.notYet : messages.no,
    short: null,
    sentences,
    confidence: best.score * tuning.confidence.yesNo * (best.loose ? best.core : 1),
  });
}

/**
 * "Did the company comment?" of "The company declined to comment": someone the question names asked
 * whether they commented, responded or replied, and a sentence naming them says they would not.
 */
function declinedComment(q: Query, index: KnowledgeIndex): IndexedSentence | null {
  if (!COMMENT_ASKED.test(q.text) || q.entities.length !== 1) return null;
  const id = q.entities[0]!.entity.id;
  // "Did she comment on the bridge?": a refusal to comment on something else says nothing of it.
  const about = (/\b(?:comment|respond|reply)\w*\s+(?:on|about|to)\s+(.+)$/.exec(q.text)?.[1] ?? "").split(/\s+/).filter((w) => w && !STOPWORDS.has(w)).map(canonical);
  // Asked of no topic, someone quoted elsewhere did comment, whatever they declined.
  if (about.length === 0 && q.entities[0]!.entity.statements.length > 0) return null;
  for (const sid of q.entities[0]!.entity.sentences) {
    const s = index.sentences[sid]!;
    if (s.entities.includes(id) && NO_COMMENT.test(s.text) && about.every((t) => s.terms.includes(t))) return s;
  }
  return null;
}
/** "Did X comment / respond / reply (to …)?" */
const COMMENT_ASKED = /^(?:and |so )?(?:did|has|have|had) .+ (?:comment|respond|reply)\b/;
/** "declined to comment", "did not respond to requests for comment", "could not be reached for comment". */
const NO_COMMENT = /\b(?:declined|refused) to (?:comment|respond|reply)\b|\bdid not (?:respond|reply) to (?:a |repeated )?requests? for comment\b|\bcould not be reached for comment\b/i;

/**
 * A question whose statement only its very words tell: a figure or a threshold, "the only", "all",
 * a date, "now" against "former", a plan or a denial, a belief, a comparison, "almost", a contest,
 * a negation, or what someone said. No sentence that words it otherwise answers it.
 */
function needsVeryWords(r: Reading): boolean {
  return r.threshold !== null || r.figure !== null || r.restricting || r.universal || r.period !== null || r.intended || r.believing || r.approximate || r.compared !== null || r.contest !== null || r.saying || r.classifying || r.asked.some((a) => a.negated);
}

/**
 * The looser reading of a question: a run may lack some of the statement's verbs ("heed the calls"
 * against "rejected such calls"), never a name or a noun ("Is her brother a Quaker?" is not told by
 * "she is a former Quaker"), nor a light verb ("go", "get"), without which the words it says are only
 * who and what, in any relation ("opposed the plan for a stadium" says nothing of "go to the
 * stadium"). Figures, thresholds and "the only …" are never read loosely: they need the very words.
 */
function loose(q: Query): Loose {
  const things = new Set(tagWords(q.raw).flatMap((w) => (THING_TAGS.has(w.pos) ? [w.text.toLowerCase()] : [])));
  return { minCore: tuning.yesNo.looseCoreAlignment, minWords: tuning.yesNo.looseMinWords, required: (a) => a.name || a.raw.some((w) => LIGHT_VERBS.has(w) || things.has(w)) };
}

/** Parts of speech of the words that name who or what the statement is about: another one is another statement. */
const THING_TAGS = new Set<PartOfSpeech>(["NOUN", "PROPN", "NUM"]);

/** The run of sentences among the hits' that says the statement best (strictly, or with `loose`), and whether any run said it at all (an open one too). */
function bestRun(reading: Reading, index: KnowledgeIndex, hits: ReturnType<KnowledgeIndex["find"]>, step?: TraceStep, loose?: Loose): { best: Alignment | null; found: boolean } {
  const asked = new Set(reading.asked.flatMap((a) => (a.entity ? [a.entity.id] : [])));
  let best: Alignment | null = null;
  const seen = new Set<string>();
  const found: Alignment[] = [];
  let closest: Miss | null = null;
  const onMiss = step ? (m: Miss) => void (!closest || m.coreGot > closest.coreGot ? (closest = m) : undefined) : undefined;
  for (const hit of hits) {
    for (const { sentences: run, definite } of windows(index, hit.sentence, reading)) {
      const key = `${run.map((s) => s.id).join(",")}${definite ? "the" : ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // "Did Pompeo say …?" is answered only by what Pompeo said.
      if (reading.saying && asked.size && !run.some((s) => s.statements.some((st) => asked.has(st.speaker)))) continue;
      const a = align(reading, run, index.articles.get(run[0]!.doc)?.title, onMiss, definite, loose);
      if (a) found.push(a);
      if (a && (!best || better(a, best))) best = a;
    }
  }
  if (step) traceAlignments(step, found, closest);
  return { best, found: found.length > 0 };
}

/** Whether one run says the statement better: more of its words, then more of its own words, closer together, in fewer sentences. */
function better(a: Alignment, b: Alignment): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.core !== b.core) return a.core > b.core;
  if (a.otherFigure !== b.otherFigure) return !a.otherFigure;
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
