import { agentNouns } from "../../analysis/agentNouns.ts";
import { words } from "../../analysis/text.ts";
import { compose } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { findPersonByTitle } from "./describeEntity.ts";
import { isPersonNoun } from "./personTitle.ts";

/**
 * "Who curated …?", "who founded …?", "who wrote …?", "who coaches …?": the verb whose doer is
 * asked, in the past or the present. Not a verb of being, having, doing or saying.
 */
const DOER_ASKED = /^(?:and |so )?who (?!(?:is|was|has|does|says|thinks|believes|claims|tells|knows|wants|needs|feels|seems|adds|goes|gets|comes)\b)(\w+ed|wrote|led|ran|made|built|began|chose|won|drew|sang|\w{3,}s)\b/;

/** The question asks who did or does something, by a verb. */
export function asksDoer(q: Query): boolean {
  return DOER_ASKED.test(q.text);
}

/**
 * "Who curated the exhibit?": the person a sentence titles with an agent noun of the question's
 * verb and its other words ("Kristen Wilkins, … curator of the exhibit"). The question's names may
 * qualify the act rather than the title ("the USI exhibit"), so they are tried with and without.
 */
export function answerDoer(q: Query, index: KnowledgeIndex): Answer | null {
  const verb = DOER_ASKED.exec(q.text)?.[1];
  if (!verb) return null;
  const rest = q.words.filter((w) => w !== verb && w !== "who");
  const capitalised = new Set([...q.raw.replace(/^\s*\S+/, "").matchAll(/\p{Lu}[\p{L}-]*/gu)].flatMap((m) => words(m[0])));
  const common = rest.filter((w) => !capitalised.has(w));
  for (const noun of agentNouns(verb).filter(isPersonNoun)) {
    for (const asked of [[noun, ...rest], [noun, ...common]]) {
      const titled = findPersonByTitle(index, asked);
      if (titled) return compose(index, { kind: "who", lead: `${titled.name}, ${titled.description}.`, short: titled.name, sentences: [titled.sentence], confidence: 0.8 });
    }
  }
  return null;
}
