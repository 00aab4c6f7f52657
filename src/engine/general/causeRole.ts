// "What caused the woman's death?": the agent of a causing verb is also what a sentence gives as
// the cause of the event after a reason cue ("died last year | as a result of | a runaway cart",
// "the delay was blamed on | a shortage of steel") or after the "from" / "of" of a verb whose
// cause it names ("died from | sepsis"). Read beside the verb's own agent (verbRoles.ts) by the
// general answerer (answerFactoid.ts).

import { CAUSE_PREPOSITION_VERBS, CAUSING_VERBS, REASON_CUES } from "../../analysis/lexicon.ts";
import { textOf, type Span, type Token } from "./answerSpans.ts";
import { nounPhraseFrom, type AskedRole, type Tagged } from "./verbRoles.ts";

const CUES = REASON_CUES.map((c) => c.split(" "));
const CAUSE_OF = new Set(CAUSE_PREPOSITION_VERBS);

/** Whether the question asks what caused something: the agent of "cause", "trigger" … */
export function asksCause(asked: AskedRole | null): boolean {
  return asked !== null && asked.role === "agent" && CAUSING_VERBS.has(asked.lemma);
}

/** The phrases a sentence names as a cause, for a question that asks what caused something. */
export function causeSpans(text: string, tokens: Token[], tags: Tagged[], asked: AskedRole | null): Span[] {
  if (!asksCause(asked)) return [];
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = CUES.find((c) => c.every((word, k) => tokens[i + k]?.lower === word));
    const after = cue ? i + cue.length : CAUSE_OF.has(tokens[i]!.lower) && /^(from|of)$/.test(tokens[i + 1]?.lower ?? "") ? i + 2 : -1;
    if (after < 0) continue;
    const range = nounPhraseFrom(tokens, tags, after);
    if (!range || (range[1] - range[0] === 1 && tags[range[0]]!.pos === "PRON")) continue;
    const from = /^an?$/.test(tokens[range[0]]!.lower) && range[1] - range[0] > 1 ? range[0] + 1 : range[0];
    // "as a result of" holds "result of": one phrase.
    if (!out.some((o) => o.from === from && o.to === range[1])) out.push({ text: textOf(text, tokens, from, range[1]), from, to: range[1], kind: "phrase", source: "role" });
  }
  return out;
}
