import { LIGHT_VERBS, OPPOSITES } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";
import { tagWords } from "../../analysis/partsOfSpeech.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { compose, coverage, previousInParagraph } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { TraceStep } from "../trace.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { clausesOf, formOf, hasOpposite, opposite } from "./alignStatement.ts";
import { COPULA, type Reading } from "./readYesNo.ts";

/**
 * The closest reading of a yes/no question no sentence says word for word: the sentence search
 * ranks first, when it names everyone the question names and holds most of its other words,
 * answers "Probably yes" — or "Probably no" when it is negated ("no", "never", "refused to") —
 * and is shown, so the reader judges the paraphrase. It must hold every common noun the question
 * asks of, the state a copula asks and any light verb, and at least two of the question's other
 * words; questions that are negated themselves, name what the articles never mention, or ask a
 * figure are left to "the articles don't say".
 */
export function answerClosestYesNo(q: Query, index: KnowledgeIndex, reading: Reading, step?: TraceStep): Answer | null {
  const w = tuning.closestYesNo;
  if (q.unknownNames.length || negated(q.text) || /\d/.test(q.text)) return null;
  const top = index.find(q.text, 1)[0]?.sentence;
  if (!top) return null;
  // Every name the articles know, named there (by a pronoun too); a capitalised word they know as no one written in its
  // paragraph or its article's title, which the sentence may leave implied: "Swedish" is not "Sweden".
  const around = [top.text, index.articles.get(top.doc)?.title ?? "", ...index.sentencesOf(top.doc).filter((s) => s.paragraph === top.paragraph).map((s) => s.text)];
  const written = new Set(words(around.join(" ").toLowerCase()));
  const unknown = reading.asked.filter((a) => a.name && !a.entity);
  const named = q.entities.every((e) => top.entities.includes(e.entity.id)) && unknown.every((a) => a.raw.every((x) => written.has(x)));
  const topic = [...new Set(q.topic)];
  // A word said in its opposite sense is held, contrarily: "decreased" tells of "go up".
  const saidForms = oppositeWords(top.text);
  const opposed = (t: string) => saidForms.some((x) => opposite(x, t));
  const share = topic.length ? topic.reduce((n, t) => n + (opposed(t) ? 1 : coverage([t], top)), 0) / topic.length : 1;
  // What the question tells of may be worded otherwise ("wounded" for "hurt"), never who or what it is about: another thing is another statement.
  // Common nouns only: a name is asked as a name, above.
  const things = new Set(tagWords(q.raw).flatMap((t) => (t.pos === "NOUN" && /^\p{Ll}/u.test(t.text) ? [canonical(t.text)] : [])));
  // A sentence opening with a pronoun ("They were wounded") holds the nouns of the one before it in its paragraph.
  const before = PRONOUN_OPENING.test(top.text) ? previousInParagraph(top, index) : undefined;
  const held = (t: string) => coverage([t], top) > 0 || opposed(t) || (before !== undefined && coverage([t], before) > 0);
  // Nor the state a copula asks ("Is the strike over?", "Is the base closed?"), nor a light verb ("take the bus", "go to"): without them the words left are only who and what.
  const state = COPULA.test(q.words[0] ?? "") ? reading.asked.filter((a) => !a.name).at(-1) : undefined;
  const verbs = reading.asked.filter((a) => a === state || a.raw.some((x) => LIGHT_VERBS.has(x)));
  const lacking = [...topic.filter((t) => things.has(t) && !held(t)), ...verbs.filter((a) => !a.forms.some((f) => held(canonical(f)) || opposed(formOf(f)))).map((a) => a.raw.join(" "))];
  step?.notes.push(`closest sentence: names ${named ? "all" : "not all"} asked, ${Math.round(share * 100)}% of the other words${lacking.length ? `, lacks "${lacking.join(", ")}"` : ""}`);
  if (!named || lacking.length || topic.length < w.minTopicWords || share < w.minTopicShare || share * topic.length < w.minTopicHeld) return null;
  // "Did the share go up?" of "the share decreased": a word of the opposite sense answers no, as a negation does (and a negated opposite yes).
  const contrary = contradicts(reading, saidForms);
  const no = negated(top.text) !== contrary;
  if (contrary) step?.notes.push("the closest sentence says the opposite of a word asked");
  return compose(index, { kind: "yesno", lead: no ? messages.probablyNo : messages.probablyYes, short: null, sentences: [top], confidence: share * w.confidence });
}

/** A sentence that opens by pointing back to what the one before named. */
const PRONOUN_OPENING = /^\W*(?:they|he|she|it|this|these|those|its|their|his|her)\b/i;

/** Whether a clause of the text is negated, as the yes/no aligner reads negation ("no", "never", "refused to", "found none"; not "not only"). */
function negated(text: string): boolean {
  return clausesOf(text).some((c) => c.tokens.some((t) => t.negated));
}

/** Every word listed with an opposite ("Opposites" in the lexicon) the text writes as listed, in its form: "close to the border" is no "closed". */
function oppositeWords(text: string): string[] {
  return words(text).filter((x) => OPPOSITE_WORDS.has(x)).map(formOf);
}

const OPPOSITE_WORDS = new Set(OPPOSITES.flat(2));

/** Whether a sentence, by the forms `oppositeWords` read in it, says the opposite of a word the question asks ("decreased" for "go up", "rejected" for "approve"), and not that word itself. */
function contradicts(reading: Reading, said: string[]): boolean {
  const asked = reading.asked.filter((a) => !a.name).flatMap((a) => a.forms.map(formOf)).filter(hasOpposite);
  return asked.some((f) => !said.includes(f) && said.some((x) => opposite(x, f)));
}
