import { foldTypography } from "../../analysis/text.ts";

/** A candidate with the key typed words are matched against: its words, lowercase, each after a space. */
export interface Keyed {
  value: string;
  key: string;
  /** Offered only once the engine has answered it (a generated question). */
  check: boolean;
}

/** Lowercase words of a text, typography folded: what a person types is matched this way. */
export function typedWords(text: string): string[] {
  return foldTypography(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function keyed(value: string, check = false): Keyed {
  return { value, key: ` ${typedWords(value).join(" ")}`, check };
}

/**
 * Whether every typed word begins a word of the candidate ("pomp sa" matches "What did Mike
 * Pompeo say?"), in any order: people type the words they remember, not the sentence.
 */
export function matchesTyped(candidate: Keyed, typed: string[]): boolean {
  for (const word of typed) if (!candidate.key.includes(` ${word}`)) return false;
  return true;
}
