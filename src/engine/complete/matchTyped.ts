/** A candidate with the key typed words are matched against: its words, lowercase, each after a space. */
export interface Keyed {
  value: string;
  key: string;
  /** Offered only once the engine has answered it (a generated question). */
  check: boolean;
}

/** Lowercase words of a text (letters and digits; "al-Kadhimi" is "al kadhimi"): what a person types is matched this way. */
export function typedWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function keyed(value: string, check = false): Keyed {
  // One pass per candidate: thousands are keyed when an option is first used.
  return { value, key: ` ${value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")}`, check };
}

/**
 * Whether every typed word begins a word of the candidate ("pomp sa" matches "What did Mike
 * Pompeo say?"), in any order: people type the words they remember, not the sentence.
 */
export function matchesTyped(candidate: Keyed, typed: string[]): boolean {
  for (const word of typed) if (!candidate.key.includes(` ${word}`)) return false;
  return true;
}
