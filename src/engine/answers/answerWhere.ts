import { isPlaceName, PLACE_PART } from "../../analysis/places.ts";
import { MONTHS, WEEKDAYS } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";
import { anchorsOf, compose, distanceToAnchors, sentenceCase } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { rankSentences } from "./rankSentences.ts";

/** "at Baghdad airport", "in the White House", "at the University of Oxford": a capitalised place after a preposition. */
const PLACE = /\b(at|in|near|outside|inside|from|across|to|along|off)\s+((?:the\s+)?(?:other\s+|neighbou?ring\s+|nearby\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]*(?:\.(?=\p{L}))?(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]*)?(?:\s+(?:airport|base|bases|airbase|province|city|border|region|capital|embassy|compound|camp|headquarters|port|area|district|countries|nations|states))?)/gu;
const NOT_PLACES = new RegExp(String.raw`^(the\s+)?(${[...MONTHS, ...WEEKDAYS.slice(1), WEEKDAYS[0]].join("|")})\b`, "i");

/** Where: the place named in the sentence that tells of the event, other than places the question already names. */
export function answerWhere(q: Query, index: KnowledgeIndex): Answer | null {
  const ranked = q.previous && q.entities.length === 0 && q.topic.filter((t) => !["happen"].includes(t)).length === 0
    ? q.previous.sentences.map((id) => ({ sentence: index.sentences[id]!, coverage: 1 }))
    : rankSentences(q, index);
  const asked = new Set(q.words.map(canonical));
  for (const r of ranked.slice(0, 5)) {
    if (r.coverage < tuning.answer.minCoverage) break;
    const text = r.sentence.text;
    // Places the question doesn't already name, nearest first to the question's own words ("moved … to").
    const anchors = anchorsOf(text, asked);
    const places = [...text.matchAll(PLACE), ...text.matchAll(PLACE_PART)]
      // "at Islam's most holy site": a possessor says whose the place is, not where.
      .filter((m) => !/[’']s$/.test(m[2]!))
      .map((m) => ({ prep: m[1]!, place: m[2]!.replace(/[.,]$/, ""), at: m.index! }))
      .filter((p) => !NOT_PLACES.test(p.place) && !words(p.place).every((w) => asked.has(canonical(w))))
      .filter((p) => p.prep !== "to" || /\b(move|moved|sent|send|relocat\w*|deploy\w*|transfer\w*|go|went|travel\w*|flown|flew)\b/i.test(text.slice(Math.max(0, p.at - 30), p.at)))
      .sort((a, b) => distanceToAnchors(a.at, anchors) - distanceToAnchors(b.at, anchors));
    const found = places[0];
    if (!found) continue;
    const best = { ...found, place: wholeList(text, found.at, found.prep, found.place) };
    const lead = `${best.prep} ${best.place}.`;
    return compose(index, { kind: "where", lead: sentenceCase(lead), short: best.place, sentences: [r.sentence], confidence: r.coverage });
  }
  return null;
}

const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*`;
/** ", Victoria, South Australia, Western Australia and Queensland": the rest of a list of names. */
const LIST_REST = new RegExp(String.raw`^(?:,\s+${NAME})*,?\s+(?:and|or)\s+${NAME}`, "u");

/** A place that opens a list of names is the whole list: "in New South Wales, Victoria, … and Queensland". */
function wholeList(text: string, at: number, prep: string, place: string): string {
  const end = text.indexOf(place, at + prep.length) + place.length;
  const rest = LIST_REST.exec(text.slice(end));
  if (!rest) return place;
  // A list of places, not "in Iraq, Pompeo and Esper said": a known place ends it or opens it, and no one speaks after it.
  const last = /(?:and|or)\s+(?:the\s+)?(.+)$/u.exec(rest[0])![1]!.replace(/[.,]$/, "");
  const spoken = /^\s*(?:said|say|says|told|added)\b/.test(text.slice(end + rest[0].length));
  return !spoken && (isPlaceName(last) || isPlaceName(place.replace(/^the\s+/i, ""))) ? place + rest[0].replace(/[.,]$/, "") : place;
}
