import type { Readable, Writable } from "node:stream";
import { ConversationStore } from "../engine/conversations.ts";
import type { Engine } from "../engine/types.ts";
import { batchLineSchema, MAX_LINE_BYTES, MAX_QUESTION_LENGTH } from "./batchSchema.ts";
import { readLines } from "./readLines.ts";

/** The JSON object written for one answered line. Field order is part of the interface. */
export function batchReply(id: string, answer: ReturnType<Engine["ask"]>, explain = false) {
  return {
    id,
    answered: answer.answered,
    answer: answer.text,
    short: answer.short,
    citations: answer.citations.map((c) => ({ doc: c.doc, title: c.title, published: c.published, url: c.url, paragraph: c.paragraph, sentence: c.sentence })),
    kind: answer.kind,
    confidence: answer.confidence,
    ...(explain && answer.trace ? { trace: answer.trace } : {}),
  };
}

/** Answers one input line; never throws. Exported for tests. */
export function answerLine(line: string, engine: Engine, conversations: ConversationStore, explain = false): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: "the line is not valid JSON: expected {\"id\": string, \"question\": string, \"conversation\"?: string}" };
  }
  const id = raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : null;
  const parsed = batchLineSchema.safeParse(raw);
  if (!parsed.success) return { id, error: parsed.error.issues.map((i) => i.message).join("; ") };
  const { question, conversation } = parsed.data;
  try {
    const answer = engine.ask(question, conversation !== undefined ? conversations.get(conversation) : undefined);
    return batchReply(parsed.data.id, answer, explain);
  } catch (err) {
    return { id, error: `internal error: ${(err as Error).message}` };
  }
}

/**
 * The batch interface: one JSON object a line in, exactly one JSON line out per input line,
 * in order (a blank line gets an error line too, so replies stay aligned with questions).
 * Lines sharing a `conversation` are one conversation.
 */
export async function runBatch(engine: Engine, input: Readable, output: Writable, explain = false, maxLineBytes: number = MAX_LINE_BYTES): Promise<number> {
  const conversations = new ConversationStore();
  let count = 0;
  for await (const line of readLines(input, maxLineBytes)) {
    // A line over the cap was skipped unread: it cannot be a question, and holding it could exhaust memory.
    const reply = typeof line === "string" ? answerLine(line, engine, conversations, explain) : { id: null, error: `the line is longer than ${maxLineBytes} bytes: expected one question of at most ${MAX_QUESTION_LENGTH} characters` };
    if (!output.write(`${JSON.stringify(reply)}\n`)) await new Promise((resolve) => output.once("drain", resolve));
    count++;
  }
  return count;
}
