// "What happened next?", "and then what?": the article's own next sentence after the one the
// last answer cited (past any it cited too), in the article's words. Out of a conversation it
// has nothing to follow and leaves the question to the other answerers.

import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";

export function answerNext(q: Query, index: KnowledgeIndex): Answer | { decline: string } | null {
  const first = q.previous?.sentences[0];
  if (first === undefined) return null;
  const cited = index.sentences[first]!;
  const shown = new Set(q.previous!.sentences);
  const next = index.sentencesOf(cited.doc).find((s) => s.position > cited.position && !shown.has(s.id));
  if (!next) return { decline: messages.articleEndsThere };
  return compose(index, { kind: "what", lead: messages.articleGoesOn, short: null, sentences: [next], confidence: tuning.confidence.nextSentence });
}
