// How far a name stands from the question's words when an aside set off by commas lies
// between them: "Ann Ruel, head of the Harbour Trust's survey unit, is available to comment"
// — the aside describes Ann Ruel, and the verb after it is hers, as near as if the aside were gone.

import type { PartOfSpeech } from "../../analysis/partsOfSpeech.ts";
import { tuning } from "../../tuning.ts";
import type { Span, Token } from "./answerSpans.ts";

/** Parts of speech that open a predicate after the aside: "…, is available", "…, said". */
const PREDICATE: ReadonlySet<PartOfSpeech> = new Set(["VERB", "AUX"]);

/**
 * The distance from a name to the nearest anchor after the aside that follows it, counted from
 * the aside's closing comma; null when no comma-enclosed aside followed by a verb follows the name.
 * The aside may hold commas ("Ph.D., chief of …") but no semicolon, bracket or quotation mark,
 * is no list (a comma before "and" / "or"), and is at most `tuning.factoid.maxAsideWords` tokens long.
 */
export function distanceAcrossAside(tokens: Token[], tags: ReadonlyArray<{ pos: PartOfSpeech }>, span: Span, anchors: number[]): number | null {
  if (tokens[span.to]?.text !== ",") return null;
  const limit = Math.min(tokens.length - 1, span.to + 1 + tuning.factoid.maxAsideWords);
  for (let c = span.to + 1; c < limit; c++) {
    const t = tokens[c]!.text;
    if (/^[;()[\]“”"]$/.test(t)) return null;
    if (t !== ",") continue;
    const next = tokens[c + 1]!;
    // "X, chief of Y, and Z": a list, not an aside.
    if (next.lower === "and" || next.lower === "or") return null;
    // "X, Ph.D., chief of Y, is …": the aside may hold commas; a verb after one closes it.
    if (!/^\p{Ll}/u.test(next.text) || !PREDICATE.has(tags[c + 1]?.pos ?? "X")) continue;
    const after = anchors.filter((a) => a > c);
    return after.length ? Math.min(...after.map((a) => a - c)) : null;
  }
  return null;
}
