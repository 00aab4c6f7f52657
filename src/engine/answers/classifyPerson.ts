import { PERSON_DESCRIPTIONS, ROLE_HEADS } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";
import { messages } from "../../messages.ts";
import { tuning } from "../../tuning.ts";
import { compose } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { TraceStep } from "../trace.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { describeEntity } from "./describeEntity.ts";

/** "Is Susana Mendoza an alderman?", "Was Kim a nurse?": a person asked of, then the role noun asked. */
const IS_A = /^(?:is|was)\s+(.+?)\s+(?:a|an)\s+((?:[a-z-]+\s+)?[a-z-]+)\s*\??$/i;

/**
 * "Is X an alderman?" when the article titles X otherwise ("City Clerk Susana Mendoza") and gives
 * the role asked only to someone else in the same sentence ("alderman James Cappleman, …, City
 * Clerk Susana Mendoza"): "No.", citing that sentence. "Yes." when X's own description holds the
 * role. Null when the question is no such question, or the article gives X no description, or
 * never uses the role for anyone (then nothing tells the roles apart, and the general yes/no
 * reading decides).
 */
export function classifyPerson(q: Query, index: KnowledgeIndex, step?: TraceStep): Answer | null {
  const m = IS_A.exec(q.raw.trim());
  if (!m) return null;
  const role = words(m[2]!).at(-1)!;
  if (!ROLE_HEADS.has(role) && !PERSON_DESCRIPTIONS.has(role)) return null;
  const person = q.entities.find((e) => e.entity.kind === "person")?.entity;
  if (!person) return null;
  const described = describeEntity(index, person);
  if (!described) return null;
  const asked = canonical(role);
  const own = words(described.description).map(canonical);
  // "Is Lena Brandt a Swedish geologist?" against "a Norwegian geologist": the kind, not the role, differs — the general reading decides.
  if (own.includes(asked) && !words(m[2]!).every((w) => own.includes(canonical(w)))) return null;
  if (own.includes(asked)) {
    step?.notes.push(`${person.name}'s own description holds "${role}": ${described.description}`);
    return compose(index, { kind: "yesno", lead: messages.yes, short: null, sentences: [described.sentence], confidence: tuning.confidence.yesNo });
  }
  // The role is given to someone else where the person is titled otherwise: the article tells them apart.
  const roleThere = words(described.sentence.text).some((w) => canonical(w) === asked);
  if (!roleThere) return null;
  step?.notes.push(`${person.name} is titled "${described.description}"; "${role}" is another's title in that sentence`);
  return compose(index, { kind: "yesno", lead: messages.no, short: null, sentences: [described.sentence], confidence: tuning.confidence.yesNo });
}
