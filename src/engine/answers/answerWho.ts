import { compose } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { findByRole, introducingSentence, nameWithRole } from "./describeEntity.ts";
import { entityTerms } from "./rankSentences.ts";

/**
 * Who is X / who is the <role>: a named entity with its role, or the person whose title
 * (or the role noun the article used for them, "the chief diplomat") matches the words asked.
 */
export function answerWho(q: Query, index: KnowledgeIndex): Answer | null {
  // "Who is the Pentagon spokesman?" names an organisation but asks for a role: roles first.
  const asked = [...q.topic, ...entityTerms(q)];
  const byRole = q.topic.length ? findByRole(index, asked) : null;
  const named = q.entities[0];
  if (byRole && (!named || named.entity.kind !== "person")) {
    const s = introducingSentence(index, byRole.entity, byRole.role);
    if (s) return compose(index, { kind: "who", lead: `${byRole.entity.name}, ${byRole.role}.`, short: byRole.entity.name, sentences: [s], confidence: byRole.score });
  }
  if (named) {
    const e = named.entity;
    const s = introducingSentence(index, e, named.wording);
    if (!s) return null;
    return compose(index, { kind: "who", lead: `${nameWithRole(e)}.`, short: e.name, sentences: [s], confidence: 0.9 });
  }
  return null;
}
