import { contentTerms } from "../../analysis/text.ts";
import { compose } from "../answerSupport.ts";
import type { KnowledgeIndex, KnownEntity } from "../knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { introducingSentence, nameWithRole } from "./describeEntity.ts";

/**
 * Who is X / who is the <role>: a named entity with its role, or the person whose title
 * (or the role noun the article used for them, "the chief diplomat") matches the words asked.
 */
export function answerWho(q: Query, index: KnowledgeIndex): Answer | null {
  const named = q.entities[0];
  if (named) {
    const e = named.entity;
    const s = introducingSentence(index, e, named.wording);
    if (!s) return null;
    return compose(index, { kind: "who", lead: `${nameWithRole(e)}.`, short: e.name, sentences: [s], confidence: 0.9 });
  }
  const wanted = new Set(q.topic);
  if (wanted.size === 0) return null;
  let best: { e: KnownEntity; score: number; role: string } | null = null;
  for (const e of index.entities.values()) {
    if (e.kind !== "person") continue;
    for (const role of [...e.roles, ...e.aliases.filter((a) => a.includes(" "))]) {
      const terms = new Set(contentTerms(role));
      const hit = [...wanted].filter((t) => terms.has(t)).length;
      // Every word asked must be in the role; a shorter role with all of them is a closer fit.
      const score = hit / wanted.size - (terms.size - hit) * 0.01;
      if (hit > 0 && (!best || score > best.score)) best = { e, score, role };
    }
  }
  if (!best || best.score < 0.6) return null;
  const s = introducingSentence(index, best.e, best.role);
  if (!s) return null;
  return compose(index, { kind: "who", lead: `${best.e.name}, ${best.role}.`, short: best.e.name, sentences: [s], confidence: best.score });
}
