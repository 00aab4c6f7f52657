// "… designated by Commandant of the Marine Corps Gen. Ann Roe": a long title, broken into names
// by its "of the", stands before the person it titles; for a who-question, the phrase of the title
// is no answer, the person after it is. Read by the general answerer (answerFactoid.ts).

import { isPersonNoun } from "../answers/personTitle.ts";
import type { Span, Token } from "./answerSpans.ts";

/** The most tokens a title may run on between the phrase and the person's name. */
const MAX_TITLE_GAP = 8;
const TITLE_JOINS = new Set(["of", "the", "for", "and", "."]);

/**
 * The person's name a title phrase runs on to ("Commandant | of the Marine Corps Gen. | Ann Roe"):
 * only capitalised words, "of", "the", "for", "and" and points between, one of them (or the
 * phrase's last word) a word for what a person is. Null when no person's name follows so.
 */
export function personAfterTitle(tokens: Token[], span: Span, names: readonly Span[]): Span | null {
  const person = names.find((n) => n.kind === "person" && n.from >= span.to && n.from - span.to <= MAX_TITLE_GAP);
  if (!person) return null;
  const between = tokens.slice(span.to, person.from);
  if (!between.every((t) => /^\p{Lu}/u.test(t.text) || TITLE_JOINS.has(t.lower))) return null;
  const titleWords = [tokens[span.to - 1]!, ...between].filter((t) => /^\p{L}/u.test(t.text));
  return titleWords.some((t) => isPersonNoun(t.text)) ? person : null;
}
