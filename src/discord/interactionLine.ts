// What one interaction came to: the shape of its log line, which the metrics count too. Plain
// types, importing nothing, so the metrics read them without importing the logger and its context.

export type Outcome =
  | "answered"
  | "unanswered"
  | "cooldown"
  | "rejected"
  | "error"
  | "unknown-command"
  | "paged"
  | "paged-privately"
  | "source"
  | "posted"
  | "changed"
  | "gone"
  | "expired"
  | "ignored";

export interface InteractionLogLine {
  type: "command" | "autocomplete" | "button" | "dm" | "mention";
  command?: string;
  user: string;
  guild: string | null;
  outcome: Outcome;
  kind?: string;
  /** The question or typed text: only logged at debug level, people's words are not ours to keep. */
  text?: string;
}
