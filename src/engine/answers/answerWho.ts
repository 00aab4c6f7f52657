import { compose } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { findByRole, introducingSentence, nameWithRole } from "./describeEntity.ts";
import { rankSentences } from "./rankSentences.ts";
import { tuning } from "../../tuning.ts";

/**
 * Who is X / who is the <role>: a named entity with its role, or the person whose title
 * (or the role noun the article used for them, "the chief diplomat") matches the words asked.
 */
export function answerWho(q: Query, index: KnowledgeIndex): Answer | null {
  // "Who did Trump meet?": someone else in the sentence that tells of it.
  // "Who welcomed al-Kadhimi?": the other person in the sentence that tells of it.
  if (/^(and |so )?(who|whom) ((did|does|do|has|have|had|will|would)\b|\w+ed\b)/.test(q.text) && q.entities.length) return answerObject(q, index);
  // "Who is the Pentagon spokesman?" names an organisation but asks for a role: roles first.
  const byRole = q.topic.length ? findByRole(index, q.words) : null;
  const named = q.entities[0];
  if (byRole && (!named || named.entity.kind !== "person")) {
    const s = introducingSentence(index, byRole.entity, byRole.role);
    if (s) return compose(index, { kind: "who", lead: `${byRole.entity.name}, ${byRole.role}.`, short: byRole.entity.name, sentences: [s], confidence: byRole.score });
  }
  // "Who was he?" after an answer about someone.
  const previous = !named && q.previous?.entity && /\b(he|she|him|her|they|them)\b/.test(q.text) ? index.entities.get(q.previous.entity) : undefined;
  if (previous) {
    const s = introducingSentence(index, previous);
    if (s) return compose(index, { kind: "who", lead: `${nameWithRole(previous)}.`, short: previous.name, sentences: [s], confidence: 0.8 });
  }
  if (named) {
    const e = named.entity;
    const s = introducingSentence(index, e, named.wording);
    if (!s) return null;
    return compose(index, { kind: "who", lead: `${nameWithRole(e)}.`, short: e.name, sentences: [s], confidence: 0.9 });
  }
  return null;
}

function answerObject(q: Query, index: KnowledgeIndex): Answer | null {
  const asked = new Set(q.entities.map((e) => e.entity.id));
  for (const r of rankSentences(q, index).slice(0, 3)) {
    if (r.coverage < tuning.answer.minCoverage) break;
    const other = r.sentence.entities.map((id) => index.entities.get(id)!).find((e) => e.kind === "person" && !asked.has(e.id));
    if (other) return compose(index, { kind: "who", lead: `${nameWithRole(other)}.`, short: other.name, sentences: [r.sentence], confidence: r.coverage * 0.8 });
  }
  return null;
}
