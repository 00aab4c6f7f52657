import { z } from "zod";

/** Questions longer than this are refused, not truncated: an answer to part of a question would mislead. */
export const MAX_QUESTION_LENGTH = 2000;

/**
 * A batch line longer than this (in bytes) is answered with an error without being read: a
 * question is at most 2,000 characters, and ids and conversation ids are short.
 */
export const MAX_LINE_BYTES = 1024 * 1024;

/** One line of the batch interface's input. */
export const batchLineSchema = z.object({
  id: z.string({ error: "'id' must be a string" }),
  question: z
    .string({ error: "'question' must be a string" })
    .refine((q) => q.trim().length > 0, "'question' is empty")
    .refine((q) => q.length <= MAX_QUESTION_LENGTH, `'question' is longer than ${MAX_QUESTION_LENGTH} characters`),
  conversation: z.string({ error: "'conversation' must be a string" }).optional(),
});

export type BatchLine = z.infer<typeof batchLineSchema>;
