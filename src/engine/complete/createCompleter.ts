import { tuning } from "../../tuning.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer, CompletionField } from "../types.ts";
import { SOURCE_BUILDERS, topicsOf, type SourceField } from "./completionSources.ts";
import { keyed, matchesTyped, typedWords, type Keyed } from "./matchTyped.ts";

/** How a completer checks a generated question: the engine's own answer to it. */
export interface Answering {
  ask(question: string): Answer;
}

export interface Completer {
  /** Values for an option that match what is typed and that the engine answers, most useful first; at most 25, each at most 100 characters. */
  complete(field: CompletionField, typed: string, options?: { speaker?: string }): string[];
}

/**
 * Autocomplete for one knowledge version. Each option's candidates are built on its first use
 * (then kept: the index never changes) and typed words filter them in order of use.
 *
 * Places, timeline subjects, statements and topics are taken from the very sentences their
 * command answers from (a place named beside a troop figure, a statement's own words), and
 * "What did X say?" / "Who is X?" from people with statements or titles, so they are answered
 * by construction. Other generated questions are looser ("How many …?" may meet a count the
 * answerer declines), so such a question is offered only once the engine has answered it.
 * That check is remembered, and one call makes at most `checksPerCall` new ones: the list
 * fills up as people type, and no keystroke waits on more than a few answers.
 */
export function createCompleter(index: KnowledgeIndex, answering: Answering): Completer {
  const sources = new Map<SourceField, Keyed[]>();
  const topics = new Map<string, Keyed[]>();
  const answered = new Map<string, boolean>();

  /** The first candidates matching the typed words that are answered, making at most `budget` new checks. */
  const pick = (candidates: Keyed[], words: string[], budget: number): string[] => {
    const out: string[] = [];
    let checks = 0;
    for (const candidate of candidates) {
      if (out.length >= tuning.complete.maxChoices) break;
      if (!matchesTyped(candidate, words)) continue;
      if (!candidate.check) {
        out.push(candidate.value);
        continue;
      }
      let known = answered.get(candidate.value);
      if (known === undefined) {
        if (checks >= budget) break;
        checks++;
        known = answering.ask(candidate.value).answered;
        answered.set(candidate.value, known);
      }
      if (known) out.push(candidate.value);
    }
    return out;
  };

  return {
    complete(field, typed, options = {}) {
      const words = typedWords(typed);
      if (field === "topic") {
        const speaker = options.speaker?.trim() ?? "";
        const entity = speaker ? index.entityByAlias(speaker) ?? index.findEntities(speaker, 1).find((h) => h.score < tuning.complete.speakerMatch)?.entity : undefined;
        if (!entity) return [];
        let candidates = topics.get(entity.id);
        if (!candidates) topics.set(entity.id, (candidates = topicsOf(entity, index).map((t) => keyed(t))));
        return pick(candidates, words, 0);
      }
      let candidates = sources.get(field);
      if (!candidates) {
        sources.set(field, (candidates = SOURCE_BUILDERS[field](index)));
        // The list shown before anything is typed is checked whole, once: it is what everyone sees first.
        pick(candidates, [], tuning.complete.checksOnBuild);
      }
      return pick(candidates, words, tuning.complete.checksPerCall);
    },
  };
}
