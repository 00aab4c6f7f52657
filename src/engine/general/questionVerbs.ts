// The question's verb and how a sentence's phrase stands to it: "What was he wearing?" asks the
// phrase after "wearing"; "What will guide the options?" the phrase before "guide"; "Who are the
// troops working with?" the phrase after "working with". Read by the general answerer (answerFactoid.ts).

import { canonical, words } from "../../analysis/text.ts";
import { IRREGULAR_PAST, STOPWORDS, STRANDED_PARTICLES, STRANDED_PREPOSITIONS, TAKES_INFINITIVE } from "../../analysis/lexicon.ts";
import { tuning } from "../../tuning.ts";
import { hasEntry } from "../../analysis/ownEntry.ts";
import type { Span, Token } from "./answerSpans.ts";
import { inVerbFamily } from "../checkRelation.ts";

export interface Stranded {
  verb: string;
  prep: string;
}

const STRANDED = STRANDED_PREPOSITIONS;

/**
 * "Who are the troops working with?": the question ends in a verb and its preposition, whose
 * object it asks; a particle may stand between them ("Who was he substituted in for?").
 */
export function strandedPreposition(questionWords: string[]): Stranded | null {
  const prep = questionWords.at(-1);
  const particle = questionWords.length >= 5 && STRANDED_PARTICLES.has(questionWords.at(-2)!);
  const verb = questionWords.at(particle ? -3 : -2);
  if (!prep || !verb || !STRANDED.has(prep) || STOPWORDS.has(verb) || questionWords.length < 4) return null;
  return { verb: canonical(verb), prep };
}

/** Whether the phrase follows the question's verb and preposition in the sentence ("working with | the host government"). */
export function objectOf(termOf: string[][], tokens: Token[], span: Span, stranded: Stranded, forms: ReadonlySet<string> = new Set([stranded.verb])): boolean {
  for (let i = span.from - 1; i >= Math.max(1, span.from - 3); i--) if (tokens[i]!.lower === stranded.prep) return verbBefore(termOf, tokens, i, stranded, forms);
  return false;
}

/** Whether the sentence words the question's verb with its stranded preposition anywhere ("diverted to"). */
export function saysStranded(termOf: string[][], tokens: Token[], stranded: Stranded, forms: ReadonlySet<string> = new Set([stranded.verb])): boolean {
  return tokens.some((t, i) => t.lower === stranded.prep && verbBefore(termOf, tokens, i, stranded, forms));
}

/**
 * The question's verb stands before the preposition at `at`: "shipped goods worth £2 billion | into"
 * (not across a comma); its noun does too ("in partnership with" for "partnering with").
 */
function verbBefore(termOf: string[][], tokens: Token[], at: number, stranded: Stranded, forms: ReadonlySet<string>): boolean {
  for (let k = at - 1; k >= Math.max(0, at - tuning.factoid.strandedReach) && !/^[,;:]$/.test(tokens[k]!.text); k--) if (termOf[k]!.some((t) => forms.has(t)) || inVerbFamily(tokens[k]!.lower, stranded.verb)) return true;
  return false;
}

/**
 * The question's verb stands right after a phrase, past an auxiliary: "five core principles | will guide".
 * `forms`: the verb's matching forms, its related words included ("searching" for "hunting").
 */
export function verbAfter(termOf: string[][], to: number, verb: string, forms: ReadonlySet<string> = new Set([verb])): boolean {
  for (let i = to; i < Math.min(termOf.length, to + 3); i++) if (termOf[i]!.some((t) => forms.has(t))) return true;
  return false;
}

const DETERMINERS = new Set(["the", "a", "an", "those", "these", "this", "that", "its", "their", "his", "her", "our"]);

/**
 * "What will guide the options?", "What caused the fire?": the question word is the subject and
 * the verb follows it (after an auxiliary), its object after that. Canonical, or null.
 */
export function subjectVerb(questionWords: string[]): string | null {
  if (questionWords[0] !== "what") return null;
  const at = AUXILIARIES.has(questionWords[1] ?? "") && !/^(is|was|are|were)$/.test(questionWords[1]!) ? 2 : 1;
  const v = questionWords[at];
  if (!v || AUXILIARIES.has(v) || STOPWORDS.has(v) || !DETERMINERS.has(questionWords[at + 1] ?? "")) return null;
  // "what did the study find" has its subject after the auxiliary: only "what VERBed the" and "what will VERB the".
  if (at === 1 && !/ed$|s$/.test(v) && !hasEntry(IRREGULAR_PAST, v)) return null;
  if (at === 2 && /^(did|does|do)$/.test(questionWords[1]!)) return null;
  return canonical(v);
}

/** The sentence word before a phrase (past a preposition or an article) is the question's verb. */
export function nearVerb(termOf: string[][], from: number, verb: string, forms: ReadonlySet<string> = new Set([verb])): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) if (termOf[i]!.some((t) => forms.has(t))) return true;
  return false;
}

const AUXILIARIES = new Set("is was are were do does did has have had will would can could should might may".split(" "));
/** Irregular past forms the lexicon's table leaves out: "told" and "said" are merged with "say" there, "wore" is missing. */
const SAYING_PAST = new Set(["told", "said", "wore"]);

/**
 * The verb of "what AUX SUBJECT VERB …?" ("What was Ahmed wearing?", "What did the study find?"):
 * the first word after the auxiliary and its subject that reads as a verb. Canonical, or null.
 */
export function questionVerb(questionWords: string[]): string | null {
  // Only where the question word is the object: "what AUX …"; in "which city AUX …" it is the subject.
  const at = questionWords.findIndex((x) => AUXILIARIES.has(x));
  if (at !== 1 || questionWords[0] !== "what") return null;
  for (let i = at + 2; i < questionWords.length; i++) {
    const x = questionWords[i]!;
    if (/(ing|ed)$/.test(x) || hasEntry(IRREGULAR_PAST, x) || SAYING_PAST.has(x)) {
      // "What was the army told to prepare for?": the verb of the order, not the telling.
      const then = questionWords[i + 2];
      // Read again as text, so a two-word verb is one ("get ready" is "prepare").
      // Only after a verb that takes another ("told to prepare"): "providing to haitians" gives to someone.
      if (questionWords[i + 1] === "to" && then && !STOPWORDS.has(then) && TAKES_INFINITIVE.has(x)) return canonical(words(questionWords.slice(i + 2).join(" "))[0]!);
      return canonical(x);
    }
    if (AUXILIARIES.has(x)) continue;
  }
  // "What did the study find?": after "did", the verb is in its plain form, the last word.
  if (/^(did|does|do|will|would|can|could|should)$/.test(questionWords[at]!)) {
    const last = questionWords.filter((x) => !STOPWORDS.has(x)).at(-1);
    return last ? canonical(last) : null;
  }
  return null;
}
