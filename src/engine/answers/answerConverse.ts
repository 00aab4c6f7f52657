// "Who got the contract?" of "The contract was awarded to Orrin Steel": one exchange told from its
// other end. The general answerer looks for the agent of "get" beside a "get" the sentence never
// writes; a verb of giving, selling or learning names the getter, buyer or teacher after its "to"
// or "from" ("sold to a local family", "learned to paint from Tom Lee").

import { canonical } from "../../analysis/text.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import { nameSpans, PUNCT, textOf, tokenize } from "../general/answerSpans.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { rankSentences } from "./rankSentences.ts";

/** An asked verb's converse verbs, and the preposition before the asked end in a sentence told with them. */
interface Converse {
  verbs: string[];
  before: "to" | "from";
}
const GIVING: Converse = { verbs: ["award", "give", "grant", "present", "hand", "offer", "sell", "lend", "send", "pay", "donate", "bestow"], before: "to" };
/** The question's verb (as written) to the verbs that tell the same exchange from its other end. */
const CONVERSES: Record<string, Converse> = {
  got: GIVING, get: GIVING, gets: GIVING, received: GIVING, receive: GIVING, receives: GIVING, won: GIVING, obtained: GIVING, earned: GIVING,
  bought: { verbs: ["sell"], before: "to" }, buy: { verbs: ["sell"], before: "to" }, purchased: { verbs: ["sell"], before: "to" }, acquired: { verbs: ["sell"], before: "to" },
  sold: { verbs: ["buy", "purchase", "acquire"], before: "from" }, sell: { verbs: ["buy", "purchase", "acquire"], before: "from" },
  taught: { verbs: ["learn"], before: "from" }, teach: { verbs: ["learn"], before: "from" },
  lent: { verbs: ["borrow"], before: "from" }, borrowed: { verbs: ["lend", "loan"], before: "to" },
  gave: { verbs: ["receive", "accept"], before: "from" }, give: { verbs: ["receive", "accept"], before: "from" },
};

/** "Who got …?", "Which company bought …?", "who did X buy the house from" is not asked: the asked end is the subject. */
export const ASKS_CONVERSE = new RegExp(`^(?:and |so )?(?:who|(?:which|what) ([a-z-]+)) (?:did )?(${Object.keys(CONVERSES).join("|")})\\b(?!\\s*\\??$)`);

/** How far the preposition may stand after the converse verb, in tokens ("given by the king to Ann Roe"). */
const PREPOSITION_REACH = 6;
/** Words that end the phrase after the preposition when it is no name. */
const PHRASE_END = new Set(["by", "in", "on", "at", "for", "with", "from", "to", "and", "or", "but", "after", "before", "who", "which", "that", "when", "as", "of"]);

export function answerConverse(q: Query, index: KnowledgeIndex): Answer | null {
  const m = ASKS_CONVERSE.exec(q.text);
  const converse = m ? CONVERSES[m[2]!] : undefined;
  if (!m || !converse) return null;
  // What was exchanged and who else is named: the words a sentence must hold beside the converse verb.
  // The verb, and the kind of end asked for ("which company"): no word the sentence need say.
  const asked = new Set([m[2]!, ...(m[1] ? [m[1]] : [])].map(canonical));
  const terms = q.topic.filter((t) => !asked.has(t));
  if (terms.length === 0) return null;
  const verbs = new Set(converse.verbs.map(canonical));
  for (const r of rankSentences(q, index, terms).slice(0, tuning.converse.sentences)) {
    if (!terms.every((t) => r.sentence.terms.includes(t))) continue;
    const end = otherEnd(r.sentence, verbs, converse.before);
    if (!end || q.text.includes(end.toLowerCase())) continue;
    return compose(index, { kind: q.kind, lead: `${end}.`, short: end, sentences: [r.sentence], confidence: r.coverage * tuning.confidence.converse });
  }
  return null;
}

/** The phrase after "to" / "from" of the sentence's converse verb: a name, or a few words up to the next preposition or clause. */
function otherEnd(s: IndexedSentence, verbs: Set<string>, before: "to" | "from"): string | null {
  const tokens = tokenize(s.text);
  const names = nameSpans(s.text, tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (!verbs.has(canonical(tokens[i]!.lower))) continue;
    const at = tokens.findIndex((t, k) => k > i && k <= i + PREPOSITION_REACH && t.lower === before);
    // "learned to paint from …": "to" opening a verb is no recipient; the first "to" / "from" past the verb's own words.
    if (at < 0 || tokens.slice(i + 1, at).some((t) => PUNCT.test(t.text))) continue;
    const name = names.find((n) => n.from === at + 1 || (n.from === at + 2 && tokens[at + 1]!.lower === "the"));
    if (name) return name.text;
    let to = at + 1;
    while (to < tokens.length && to - at <= tuning.converse.phraseWords && !PUNCT.test(tokens[to]!.text) && !PHRASE_END.has(tokens[to]!.lower)) to++;
    // "handed to the team captain, Ann Roe": the name in apposition is who it is.
    const apposed = tokens[to]?.text === "," ? names.find((n) => n.from === to + 1) : undefined;
    if (apposed && to > at + 1) return apposed.text;
    const phrase = to > at + 1 ? textOf(s.text, tokens, at + 1, to) : "";
    // A verb after "to" ("learned to paint") is no end of the exchange: read on for another.
    if (phrase && !/^(?:a|an|the|his|her|their|its)$/i.test(phrase) && (before === "from" || !/^[a-z]+$/.test(phrase))) return phrase;
  }
  return null;
}
