// The engine's public shapes. Everything here is plain data: no Discord, no I/O.
// Surfaces (terminal chat, batch mode, Discord) only ever see these types.
import type { Citation } from "../domain/article.ts";
import type { Trace } from "./trace.ts";

export type { Article, Citation } from "../domain/article.ts";

export type QuestionKind =
  | "count" // how many / how much
  | "when" // a date
  | "quote" // what did X say
  | "whosaid" // who said "..."
  | "who" // who is X / who is the <role>
  | "where"
  | "why"
  | "what" // what happened / what did X require...
  | "yesno" // did / is / was … ? answered yes or no
  | "timeline"
  | "search" // anything else, answered by search
  | "unknown"; // nothing in the articles supports an answer

/** One line of a list answer (timeline, troop numbers, quotes), each with its own source. */
export interface AnswerItem {
  /** The line a person reads, e.g. "January 5, 2020 — The Iraqi parliament passed…". */
  text: string;
  /** The minimal fact of the line (a date, a number, a name), or null. */
  short: string | null;
  citation: Citation;
}

export interface Answer {
  answered: boolean;
  /** What a person reads: the fact first, then context. Plain text, no markdown. */
  text: string;
  /** The fact alone, as the first lines of `text` say it ("Over 5,000 US troops (as of …)."), or the reason for declining: surfaces render it without parsing `text`. */
  lead: string;
  /** The name, number or date alone; null when the question has none. */
  short: string | null;
  /** At least one when answered; the first one supports `short`. */
  citations: Citation[];
  kind: QuestionKind;
  /** 0..1, how sure the engine is. */
  confidence: number;
  /** For list answers (timeline, numbers, quotes): one item per line, each cited. */
  items?: AnswerItem[];
  /** When not answered: questions the articles can answer. */
  suggestions?: string[];
  /** How the engine reached this answer (see trace.ts); set by `Engine.ask`. */
  trace?: Trace;
}

/** A person or organisation that the articles name, for autocomplete and /quote. */
export interface SpeakerSummary {
  /** Canonical name, e.g. "Mike Pompeo" or "Xinhua". */
  name: string;
  /** Title or role, e.g. "Secretary of State", or null. */
  role: string | null;
  kind: "person" | "organisation";
  /** How many statements are attributed to them. */
  statements: number;
}

export interface ArticleSummary {
  id: string;
  title: string;
  published: string;
  source: string;
  url: string | null;
  paragraphs: number;
  sentences: number;
}

/** How a claim of a message stands against the articles. */
export type ClaimVerdict = "supported" | "contradicted" | "not-covered";

/** One claim of a message, checked. */
export interface ClaimCheck {
  /** The claim as the message wrote it. */
  claim: string;
  verdict: ClaimVerdict;
  /** What the articles say of it, one sentence: "The article says over 5,000, not 10,000." */
  note: string;
  /** What was compared: a figure, a date, who said it, or the statement as a whole; null when nothing was found. */
  basis: "figure" | "date" | "speaker" | "statement" | null;
  /** The sentence the verdict rests on; null when the articles don't cover the claim. */
  citation: Citation | null;
}

/** A message checked against the articles ("Check against the articles"). */
export interface FactCheck {
  /** False when the message states nothing checkable; `lead` then says so. */
  checkable: boolean;
  /** The summary ("Checked 2 claims against the articles: 1 supported, 1 contradicted.") or why nothing was checked. */
  lead: string;
  claims: ClaimCheck[];
  /** Claims found beyond those checked (a long message). */
  unchecked: number;
  /** For terminals: the lead, then each claim with its verdict and cited sentence. */
  text: string;
}

/** What one turn leaves behind for the next (follow-ups resolve against it). */
export interface Turn {
  question: string;
  answer: Answer;
  /** What the turn was about, for follow-ups; written and read by the engine only. */
  focus?: TurnFocus;
}

/** The engine's memory of a turn: who and what it was about, and what it cited. */
export interface TurnFocus {
  kind: QuestionKind;
  /** The person or organisation the answer was about, by entity id. */
  entity: string | null;
  /** Ids of the sentences the answer cited, first the main one. */
  sentences: number[];
  /** Content words of the question (canonical), to carry a topic over. */
  topic: string[];
  /** What a count counted ("troop"), to carry it over to "and what might that drop to?". */
  unitTerms: string[];
}

/** A conversation: the turns so far, oldest first. Owned by a ConversationStore. */
export interface Conversation {
  turns: Turn[];
}

/** The answer engine over one set of articles. Pure and synchronous once built. */
export interface Engine {
  /** Answer a free question. Appends the turn to `conversation` when given. */
  ask(question: string, conversation?: Conversation): Answer;
  /** Troop / force numbers, optionally for a place, each with its date and citation. */
  troops(place?: string): Answer;
  /** Dated events in order, optionally only those matching a topic or person. */
  timeline(filter?: string): Answer;
  /** What a person or organisation said, optionally on a topic. */
  quotes(speaker: string, topic?: string): Answer;
  /** Who said a phrase (fuzzy). */
  whoSaid(phrase: string): Answer;
  /** Speakers whose name or alias fuzzily matches `query` (all when empty), best first. */
  speakers(query?: string, limit?: number): SpeakerSummary[];
  /** The articles known, newest first. */
  articles(): ArticleSummary[];
  /** The full paragraph a citation comes from (verbatim), or null if unknown. */
  paragraphOf(citation: Pick<Citation, "doc" | "paragraph">): string | null;
  /** Each claim of a message (figures, names, quotations, dates) checked against the articles. */
  checkMessage(text: string): FactCheck;
  /**
   * Autocomplete for a free-text option: values matching what is typed that the engine answers
   * (questions, places with troop figures, timeline subjects, statements, a speaker's topics).
   */
  complete(field: CompletionField, typed: string, options?: { speaker?: string }): string[];
  /**
   * Resolves once every part of the index is built. An engine built in slices answers before
   * its timeline is done (that is finished in the same slices just after); a call that needs it
   * sooner builds the rest then, in one block, so a caller that must not block waits here first.
   */
  indexed(): Promise<void>;
}

/** The free-text options autocomplete serves: /ask question, /troops place, /timeline about, /whosaid phrase, /quote topic. */
export type CompletionField = "question" | "place" | "about" | "phrase" | "topic";
