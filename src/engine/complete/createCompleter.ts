import { tuning } from "../../tuning.ts";
import type { KnowledgeIndex } from "../knowledgeIndex.ts";
import type { Answer, CompletionField } from "../types.ts";
import { buildCompletionSources, topicsOf, type CompletionSources } from "./completionSources.ts";
import { keyed, matchesTyped, typedWords, type Keyed } from "./matchTyped.ts";

/** The engine's answers a completer checks its candidates with. */
export interface Answering {
  ask(question: string): Answer;
  troops(place: string): Answer;
  timeline(about: string): Answer;
  whoSaid(phrase: string): Answer;
  quotes(speaker: string, topic: string): Answer;
}

export interface Completer {
  /** Values for an option that match what is typed and that the engine answers, most useful first; at most 25, each at most 100 characters. */
  complete(field: CompletionField, typed: string, options?: { speaker?: string }): string[];
}

/**
 * Autocomplete for one knowledge version. The candidates are built on first use (then kept:
 * the index never changes); typed words filter them in order of use; and only candidates the
 * engine actually answers are offered. That check asks the engine, so it is remembered, and
 * one call checks at most `checksPerCall` new candidates: the list fills up as people type,
 * and no keystroke waits on more than a few dozen answers.
 */
export function createCompleter(index: KnowledgeIndex, answering: Answering): Completer {
  let sources: CompletionSources | null = null;
  const topics = new Map<string, Keyed[]>();
  const answered = new Map<string, boolean>();

  const answers = (field: CompletionField, value: string, speaker: string): boolean => {
    const key = `${field}\u0000${speaker}\u0000${value}`;
    let known = answered.get(key);
    if (known === undefined) {
      known = answer(answering, field, value, speaker).answered;
      answered.set(key, known);
    }
    return known;
  };

  return {
    complete(field, typed, options = {}) {
      const speaker = options.speaker?.trim() ?? "";
      let candidates: Keyed[];
      if (field === "topic") {
        const entity = speaker ? index.entityByAlias(speaker) ?? index.findEntities(speaker, 1).find((h) => h.score < 0.4)?.entity : undefined;
        if (!entity) return [];
        candidates = topics.get(entity.id) ?? topicsOf(entity, index).map(keyed);
        topics.set(entity.id, candidates);
      } else {
        sources ??= buildCompletionSources(index);
        candidates = sources[field];
      }
      const words = typedWords(typed);
      const out: string[] = [];
      let checks = 0;
      for (const candidate of candidates) {
        if (out.length >= tuning.complete.maxChoices) break;
        if (!matchesTyped(candidate, words)) continue;
        const key = `${field}\u0000${speaker}\u0000${candidate.value}`;
        if (!answered.has(key)) {
          if (checks >= tuning.complete.checksPerCall) break;
          checks++;
        }
        if (answers(field, candidate.value, speaker)) out.push(candidate.value);
      }
      return out;
    },
  };
}

function answer(answering: Answering, field: CompletionField, value: string, speaker: string): Answer {
  switch (field) {
    case "question":
      return answering.ask(value);
    case "place":
      return answering.troops(value);
    case "about":
      return answering.timeline(value);
    case "phrase":
      return answering.whoSaid(value);
    case "topic":
      return answering.quotes(speaker, value);
  }
}
