import type { DateMention } from "../../analysis/extractDates.ts";
import { BOUNDARY_VERBS, IRREGULAR_PAST, LIGHT_PARTICIPLES } from "../../analysis/lexicon.ts";
import { canonical } from "../../analysis/text.ts";
import type { Query } from "../understandQuestion.ts";

// How a when-question asks: the precision it wants ("what day"), the end of a span it wants
// ("when does it close"), its tense, and the verb of its event. Read from the question alone.

/** The question's verbs in the past, canonical, written in lowercase ("Ahmed" is a name, not a verb): "provoked" in "When does the North say the South provoked it?". */
export function pastVerbsOf(q: Query): string[] {
  const lowercase = (w: string) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, "u").test(q.raw);
  return q.words.filter((w) => (IRREGULAR_PAST[w] || /^[a-z]{2,}[^e]ed$|^[a-z]{2,}ied$/.test(w)) && lowercase(w)).map(canonical);
}

/** "When does the exhibit close?" asks for the end of a span, "When does it open?" for its start. */
export function boundaryAsked(q: Query): "first" | "last" | null {
  for (const w of q.words) {
    const b = BOUNDARY_VERBS[w];
    if (b) return b;
  }
  return null;
}

/** "What day …?", "over what period …?": the noun that says how the question asks for a date. */
export function askingNoun(q: Query): string | undefined {
  return /\b(?:what|which)\s+(day|date|month|year|period|time|span)\b/.exec(q.text)?.[1];
}

const PRECISIONS: DateMention["precision"][] = ["day", "week", "month", "year", "decade"];

/** "What day …?", "which year …?": the precision the question asks a date in, or null. */
export function precisionAsked(q: Query): "day" | "month" | "year" | null {
  const m = /\b(?:what|which)\s+(day|date|month|year)\b/.exec(q.text);
  if (!m) return null;
  return m[1] === "date" ? "day" : (m[1] as "day" | "month" | "year");
}

/** The date is as precise as asked or more: a day answers "what month", a week does not answer "what day". */
export function fineEnough(d: DateMention, precision: "day" | "month" | "year"): boolean {
  if (d.precision === "span" && d.ends) return precision !== "day"; // "on August 3-5, 2007" answers "what year", not "what day"
  const at = PRECISIONS.indexOf(d.precision);
  return at >= 0 && at <= PRECISIONS.indexOf(precision);
}

/** The verb of a passive question, in its canonical form: "adopted" in "When was the current flag adopted?". */
export function participleOf(q: Query): string | null {
  const at = questionPhraseEnd(q.words);
  if (at < 0 || !/^(was|were|is|are)$/.test(q.words[at + 1] ?? "")) return null;
  const after = { ...q, words: q.words.slice(at + 2) };
  const verb = pastVerbsOf(after).at(-1) ?? after.words.map(canonical).find((w) => BARE_PARTICIPLES.has(w)) ?? null;
  // "When were the awards held?": an event is held when it happens; a sentence dating the event need not say "held".
  // "When was he taken hostage?": a light verb leaves its meaning to the noun after it ("held … hostage").
  return verb && (HOLDING.has(verb) || LIGHT.has(verb)) ? null : verb;
}

/** Participles that are no past form of a verb in use ("born" of "bear"): "When was she born?" asks of a birth. */
const BARE_PARTICIPLES = new Set(["born", "sworn", "slain"].map(canonical));

/** LIGHT_PARTICIPLES in canonical form: in "was taken hostage" the event is the noun's. */
const LIGHT = new Set([...LIGHT_PARTICIPLES].map(canonical));

/** Verbs that say no more of an event than that it took place. */
export const HOLDING = new Set(["held", "staged", "hosted"].map(canonical));

/** Where the question's asking phrase ends: at "when", or at the noun of "on what date", "in which year". */
function questionPhraseEnd(words: string[]): number {
  const when = words.indexOf("when");
  if (when >= 0) return when;
  const at = words.findIndex((w, i) => /^(?:what|which)$/.test(w) && /^(?:day|date|month|year)$/.test(words[i + 1] ?? ""));
  return at >= 0 ? at + 1 : -1;
}

/** "When was / were X held?" */
export function heldAsked(q: Query): boolean {
  const at = questionPhraseEnd(q.words);
  return at >= 0 && /^(was|were|is|are|will)$/.test(q.words[at + 1] ?? "") && q.words.slice(at + 2).some((w) => HOLDING.has(canonical(w)));
}

/** The question writes this wording capitalised, as a name ("Close"), not as a word ("close"); in a question all in lowercase, every name counts. */
export function writtenAsName(raw: string, wording: string): boolean {
  if (!/\p{Lu}/u.test(raw.slice(1))) return true;
  const first = wording.split(" ")[0]!.replace(/[^\p{L}\p{N}-]/gu, "");
  if (!first) return false;
  const at = raw.toLowerCase().indexOf(first.toLowerCase());
  return at >= 0 && /\p{Lu}/u.test(raw.charAt(at));
}

/** The tense of the question's verb first ("By when had the hashtag passed …" asks about the past), then its other words ("plan", "deadline"). */
export function tenseOf(q: Query): "future" | "past" | null {
  if (/\b(will|shall|going to)\b/.test(q.text)) return "future";
  if (/\b(did|was|were|had)\b/.test(q.text)) return "past";
  return q.future ? "future" : null;
}
