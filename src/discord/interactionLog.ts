import type { BotContext } from "./context.ts";

export type { InteractionLogLine, Outcome } from "./interactionLine.ts";
import type { InteractionLogLine } from "./interactionLine.ts";

/**
 * One structured line per interaction with its latency, and the same counted in the metrics. Autocomplete fires on every
 * keystroke, so it is logged at debug to keep the info stream one line per question.
 */
export function logInteraction(context: BotContext, startedAt: number, line: InteractionLogLine, error?: unknown): void {
  const { text, ...fields } = line;
  const elapsedMs = performance.now() - startedAt;
  context.metrics.recordInteraction(line, elapsedMs / 1000);
  const entry = {
    ...fields,
    latencyMs: Math.round(elapsedMs),
    ...(text !== undefined && context.log.isLevelEnabled("debug") ? { text } : {}),
    // Not under pino's `err` key: its serializer would replace these fields with its own.
    ...(error !== undefined ? { error: describeError(error) } : {}),
  };
  if (error !== undefined) context.log.error(entry, "interaction failed");
  else if (line.type === "autocomplete") context.log.debug(entry, "interaction");
  else context.log.info(entry, "interaction");
}

/**
 * An error as safe log fields. Discord's API errors carry the request body (people's
 * questions) and a url holding the interaction's token; neither belongs in a log.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const extra = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    type: error.name,
    message: redactTokens(error.message),
    ...(extra.code !== undefined ? { code: extra.code } : {}),
    ...(typeof extra.status === "number" ? { status: extra.status } : {}),
    ...(typeof extra.method === "string" ? { method: extra.method } : {}),
    ...(typeof extra.url === "string" ? { url: redactTokens(extra.url) } : {}),
    stack: error.stack ? redactTokens(error.stack) : undefined,
  };
}

/** Interaction and webhook tokens sit in the path after the id. */
export function redactTokens(text: string): string {
  return text.replace(/\/(interactions|webhooks)\/(\d+)\/[\w.-]+/g, "/$1/$2/[token]");
}
