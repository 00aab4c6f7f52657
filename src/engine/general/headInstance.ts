// "Which retailer …?" of "shut out from Harbin Mart, Norland's largest appliance retailer": the
// phrase with the noun asked about describes a name set beside it, and that name is the one
// asked for; so is the name the phrase is "called". "Which religion …?" of "neo-pagan religions,
// such as Wicca": the plural noun names a kind, and the name given as its example is the one asked for. Read by the general answerer
// (answerFactoid.ts) for the phrases headSpans (answerSpans.ts) finds.

import { textOf, type Span, type Token } from "./answerSpans.ts";

/** Words that may stand between a name's comma and the describing phrase: "Acme, the city's largest firm". */
const ARTICLE = new Set(["the", "a", "an"]);
/** Words that introduce examples of a kind: "religions such as Wicca", "firms including Acme", "cities like Lyon". */
const EXAMPLE_CUES: readonly (readonly string[])[] = [["such", "as"], ["including"], ["like"], ["notably"], ["especially"]];

/**
 * The name in apposition right before a head phrase ("Harbin Mart, | Norland's largest appliance
 * retailer"), past an article; null when the phrase stands alone.
 */
export function nameBefore(tokens: Token[], span: Span, names: readonly Span[]): Span | null {
  let k = span.from - 1;
  while (k >= 0 && ARTICLE.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.text !== ",") return null;
  // The phrase must end the apposition: "Acme, the largest retailer, …" or the sentence's end; "Acme, the retailer said" is a clause.
  const after = tokens[span.to]?.text;
  if (after !== undefined && !/^[,;:.)!?]$/.test(after)) return null;
  return names.find((n) => n.to === k && n.kind !== "phrase") ?? null;
}

/**
 * The name given as an example right after a phrase: "religions, such as Wicca" → "Wicca"; for
 * a question that asks for more than one (`many`), the whole list that starts there ("countries,
 * including Kenya, Uganda, and Zimbabwe"). Null when no cue or no name follows.
 */
export function exampleAfter(tokens: Token[], span: Span, names: readonly Span[], many = false): Span | null {
  let k = span.to;
  if (tokens[k]?.text === ",") k++;
  const cue = EXAMPLE_CUES.find((c) => c.every((w, i) => tokens[k + i]?.lower === w));
  if (!cue) return null;
  const there = names.filter((n) => n.from === k + cue.length).sort((a, b) => (many ? b.to - a.to : a.to - b.to));
  return there[0] ?? null;
}

/** Words that give a thing its name: "a show called The Beast", "a ship named Aurora". */
const NAMING_CUES = new Set(["called", "named", "titled", "entitled", "dubbed"]);
/** Words that give a thing its name with "as" after them: "a substance, identified as PETN", "a group known as the Front". */
const NAMING_AS_CUES = new Set(["identified", "known", "described", "listed"]);
/** What may stand between a phrase and the cue that names it: a place after it ("a show in Oslo, Norway called …"). */
const BETWEEN_NAMING = /^(?:in|at|from|of|for|on|,|\p{Lu}[\p{L}.'’-]*)$/u;
/** The most tokens read between a phrase and its naming cue. */
const MAX_NAMING_GAP = 6;

/**
 * The name a phrase is given by "called", "named", "known as" … after it, past a place it is in ("a new
 * television show in Chicago, Illinois called The Beast" → "The Beast"). Null when none.
 */
export function nameCalled(tokens: Token[], span: Span, names: readonly Span[]): Span | null {
  for (let k = span.to; k < tokens.length && k - span.to <= MAX_NAMING_GAP; k++) {
    if (NAMING_CUES.has(tokens[k]!.lower)) return names.find((n) => n.from === k + 1) ?? null;
    if (NAMING_AS_CUES.has(tokens[k]!.lower) && tokens[k + 1]?.lower === "as") return names.find((n) => n.from === k + 2 || (n.from === k + 3 && tokens[k + 2]!.lower === "the")) ?? null;
    if (!BETWEEN_NAMING.test(tokens[k]!.text)) return null;
  }
  return null;
}

/**
 * The name a head phrase describes or gives as its example, as a span of the sentence; null when
 * it names none. `names`: the sentence's names and lists of them; `many`: the question asks for
 * more than one.
 */
export function headInstance(text: string, tokens: Token[], span: Span, names: readonly Span[], many = false): Span | null {
  const name = nameBefore(tokens, span, names) ?? nameCalled(tokens, span, names) ?? exampleAfter(tokens, span, names, many);
  return name ? { ...name, text: textOf(text, tokens, name.from, name.to), source: "head-instance" } : null;
}
