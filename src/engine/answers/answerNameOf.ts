// "What is the name of the ferry?", "What was his hotel called?", "What is the band's name?":
// the proper name the article gives the thing, where news gives names — in apposition right
// after its noun ("the ferry, the Silver Gull, struck a pier"; "ferry number 12, the Silver
// Gull,"), or after a naming cue that follows the noun ("a hotel called the Red Tower").
// When no sentence gives such a name, the general answerer tries next.

import { NAMING_CUES } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";
import { compose } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { entityTerms, rankSentences } from "./rankSentences.ts";

/** The words that ask for a name, as matching forms. */
const ASKING = new Set(["name", "title", "called", "named", "known"].map(canonical));

/** The owner or determiner before the asked noun: "the", "his", "Vale's". */
const OWNER = String.raw`(?:(?:the|a|an|this|that|his|her|their|its|our|[\w.'’-]+['’]s?)\s+)?`;
/** Ways a question asks for the name of a noun phrase; the phrase is the first group. */
const ASKS_NAME = [
  new RegExp(String.raw`^(?:and |so )?what(?:'s|s| is| was| are| were)? (?:the )?(?:name|title) of ${OWNER}([\w -]+?)\s*\??$`),
  new RegExp(String.raw`^(?:and |so )?what (?:is|was|are|were) ${OWNER}([\w -]+?) (?:called|named|known as)\s*\??$`),
  new RegExp(String.raw`^(?:and |so )?what(?:'s|s| is| was) ${OWNER}([\w -]+?)['’]s name\s*\??$`),
];

/** The noun whose name a question asks ("ferry" of "What is the name of the Vell ferry?"), or null. */
export function namedNounAsked(question: string): string | null {
  // The question as typed: its possessives ("the ferry's name") are what the patterns read.
  const text = question.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  for (const re of ASKS_NAME) {
    const phrase = re.exec(text)?.[1];
    const head = phrase ? words(phrase).at(-1) : undefined;
    if (head && !/^(it|they|this|that|he|she|them)$/.test(head)) return head;
  }
  return null;
}

/** A proper name: capitalised words, with lowercase joiners inside ("Bank of England"), in quotation marks or not. */
const NAME = String.raw`["“]?((?:the\s+)?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|and|de|la|du|del|the|for|on)\s+)*\p{Lu}[\p{L}\p{N}'’.-]*)*)["”]?`;
/** A tag between a noun and its name: "number 12", "No. 4", "flight 8501". */
const TAG = String.raw`(?:\s+(?:number|no\.)\s+\d+)?`;
const CUES = NAMING_CUES.filter((c) => !/\b(?:it|as)$/.test(c) || c.endsWith("known as")).map((c) => c.replace(/ /g, "\\s+")).join("|");

/** The names a sentence gives a noun (by its matching form): in apposition after it, or after a naming cue. */
export function namesGiven(text: string, noun: string): string[] {
  const out: string[] = [];
  const after = new RegExp(String.raw`\b([\p{L}-]+)${TAG}(?:,\s+(?:the\s+)?${NAME}(?=\s*[,;.)\u2013\u2014]|\s*$)|\s+(?:${CUES})\s+${NAME})`, "gu");
  for (const m of text.matchAll(after)) {
    if (canonical(m[1]!.toLowerCase()) !== noun) continue;
    const name = (m[2] ?? m[3] ?? "").replace(/^the\s+/i, "").trim();
    if (name && !/^(?:I|He|She|They|It|We|The|A|An|But|And)$/.test(name)) out.push(name);
  }
  return out;
}

export function answerNameOf(q: Query, index: KnowledgeIndex): Answer | null {
  const head = namedNounAsked(q.raw);
  if (!head) return null;
  const noun = canonical(head);
  const asked = new Set(q.words.map(canonical));
  const w = tuning.nameOf;
  // The asking words ("name", "called") are no words of the thing: the sentence that names it seldom says them.
  const terms = [...q.topic, ...entityTerms(q)].filter((t) => !ASKING.has(t));
  for (const r of rankSentences(q, index, terms).filter((r) => r.coverage >= w.minCoverage).slice(0, w.sentences)) {
    // A name the question already gives is no answer ("What is the name of the Vell ferry?" is not "Vell").
    const name = namesGiven(r.sentence.text, noun).find((n) => !words(n).every((x) => asked.has(canonical(x))));
    if (name) return compose(index, { kind: "what", lead: `${name}.`, short: name, sentences: [r.sentence], confidence: r.coverage * tuning.confidence.nameOf });
  }
  return null;
}
