// "Which singer announced a visit?": a sentence may tell of the verb by its noun, its agent the
// possessor before it ("after | Ricardo Arjona's | announcement to visit Chile", "Lena Voss's
// resignation"). Read beside the verb's own agent (verbRoles.ts) by the general answerer.

import { stemmer } from "stemmer";
import { canonical } from "../../analysis/text.ts";
import { areRelated } from "../../analysis/relatedWords.ts";
import { textOf, type Span, type Token } from "./answerSpans.ts";
import type { AskedRole, Tagged } from "./verbRoles.ts";

const POSSESSIVE = /[’']s$/;

/** Whether a sentence's noun is the asked verb's own noun: "announcement" for "announce", "decision" for "decide". */
function nounOfVerb(tag: Tagged, asked: AskedRole): boolean {
  return tag.pos === "NOUN" && tag.lemma !== asked.lemma && (stemmer(tag.lemma) === asked.stem || areRelated(asked.verb, canonical(tag.lemma)));
}

/** The names that possess the asked verb's noun, for a question that asks the verb's agent. */
export function nominalAgentSpans(text: string, tokens: Token[], tags: Tagged[], asked: AskedRole | null): Span[] {
  if (!asked || asked.role !== "agent") return [];
  const out: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!nounOfVerb(tags[k]!, asked)) continue;
    // "Arjona's planned announcement": past up to two describing words.
    let p = k - 1;
    while (p > 0 && k - p <= 2 && tags[p]!.pos === "ADJ" && !POSSESSIVE.test(tokens[p]!.text)) p--;
    if (!POSSESSIVE.test(tokens[p]!.text) || !/^\p{Lu}/u.test(tokens[p]!.text)) continue;
    let from = p;
    while (from > 0 && /^\p{Lu}/u.test(tokens[from - 1]!.text) && !POSSESSIVE.test(tokens[from - 1]!.text)) from--;
    out.push({ text: textOf(text, tokens, from, p + 1).replace(POSSESSIVE, ""), from, to: p + 1, kind: "name", source: "role" });
  }
  return out;
}
