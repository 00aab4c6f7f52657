// "Where was he when he said it?", "Where did Lynn speak?": the place the speaker spoke at, read
// from the attribution of one of their statements ("…,” Lynn told attendees at the Institute
// for Policy Analysis), never a place inside what they said. The sentence the last answer cited
// is read first, then the speaker's other statements in article order.

import { compose } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { canonical } from "../../analysis/text.ts";
import { MONTHS, WEEKDAYS } from "../../analysis/lexicon.ts";

const SPEAKING = /^(say|said|says|saying|speak|spoke|speaking|tell|told|remarks?|speech|talk|talked|talking)$/;
const SPEAKING_TERMS = new Set(["say", "said", "says", "saying", "speak", "spoke", "speaking", "tell", "told", "remark", "remarks", "speech", "talk", "talked", "talking"].map(canonical));

/**
 * The question asks where the speaking itself took place ("where was he when he said it?"), and
 * nothing else: "Where did Lynn say troops are working?" asks for a place in what was said.
 */
export function asksWhereSpoken(q: Query): boolean {
  return q.words.some((w) => SPEAKING.test(w)) && q.topic.every((t) => SPEAKING_TERMS.has(t));
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}’'.-]*`;
/** A name of a place or gathering: capitalised words, joined by "of", "for", "on", "and" ("Conference on National Security Strategy and Policy"). */
const VENUE = String.raw`(?:the\s+)?${CAPITALISED}(?:\s+(?:(?:of|for|on|and|the)\s+)*${CAPITALISED})*`;
/** A day or month joined on ("… Forum on Tuesday") is when, not part of the venue's name. */
const WHEN_TAIL = new RegExp(String.raw`\s+(?:on|in|of|for|and|the)\s+(?:${[...WEEKDAYS, ...MONTHS].join("|")})\b.*$`, "iu");
/** A verb or noun of speaking, then, in the same clause, "at" or "in" and the venue. */
const SPOKE_AT = new RegExp(String.raw`\b(?:said|says|told|tells|spoke|speaking|addressed|addressing|remarks|speech|address)\b[^.;,"“”]{0,80}?\b(at|in)\s+(${VENUE})`, "gu");

export function answerWhereSpoken(q: Query, index: KnowledgeIndex): Answer | null {
  const speaker = q.entities.find((e) => e.entity.kind !== "place")?.entity ?? (q.previous?.entity ? index.entities.get(q.previous.entity) : undefined);
  if (!speaker) return null;
  const ids = [...new Set([...(q.previous?.sentences ?? []), ...speaker.statements.map((st) => st.sentence)])];
  for (const id of ids) {
    const s = index.sentences[id]!;
    if (!s.statements.some((st) => st.speaker === speaker.id)) continue;
    const venue = venueOf(s);
    if (venue) return compose(index, { kind: "where", lead: `${venue.prep === "at" ? "At" : "In"} ${venue.place}.`, short: venue.place, sentences: [s], confidence: tuning.confidence.whereSpoken });
  }
  return null;
}

/** The venue in the sentence's attribution, outside its quotation marks. */
function venueOf(s: IndexedSentence): { prep: string; place: string } | null {
  // Quoted words blanked out, so a place inside the quotation is never read as where it was said.
  const outside = s.text.replace(/[“"][^”"]*[”"]/gu, (m) => " ".repeat(m.length));
  const m = SPOKE_AT.exec(outside);
  SPOKE_AT.lastIndex = 0;
  return m ? { prep: m[1]!, place: m[2]!.replace(WHEN_TAIL, "").replace(/[’']s$/u, "").replace(/[.,]$/u, "") } : null;
}
