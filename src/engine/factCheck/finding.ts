import type { IndexedSentence } from "../../index/knowledgeIndex.ts";
import type { ClaimCheck, ClaimVerdict } from "../types.ts";

/** What one check found for a claim: a verdict, its note and the sentence it rests on. */
export interface Finding {
  verdict: ClaimVerdict;
  note: string;
  basis: NonNullable<ClaimCheck["basis"]>;
  sentence: IndexedSentence | null;
}

/** The best of several candidates by score; ties keep the first (search order). */
export function best<T extends { score: number }>(list: T[]): T | undefined {
  let top: T | undefined;
  for (const x of list) if (!top || x.score > top.score) top = x;
  return top;
}
