// What the index adds to the analysed sentences and entities; the answerers read these shapes.
import type { AnalysedSentence } from "../analysis/analyseArticle.ts";
import type { Statement } from "../analysis/attributeSpeech.ts";
import type { Entity } from "../analysis/entities.ts";

/** A sentence of the knowledge with its global id. */
export interface IndexedSentence extends AnalysedSentence {
  id: number;
}

/** A dated sentence on the timeline: its first precise date. */
export interface TimelineEvent {
  sentence: IndexedSentence;
  from: string;
  to: string;
  label: string;
}

/** One entity across all articles. */
export interface KnownEntity extends Entity {
  /** Every statement attributed to it: sentence id and index in that sentence's statements. */
  statements: Array<{ sentence: number; statement: Statement }>;
  /** Sentences that name it. */
  sentences: number[];
}

/** A candidate sentence with its search score. */
export interface Hit {
  sentence: IndexedSentence;
  score: number;
}
