import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { z } from "zod";
import type { BotContext } from "./context.ts";

/** What a command did, for the interaction's log line. */
export interface CommandOutcome {
  /** False when the engine had no answer (the person still got a reply). */
  answered: boolean;
  /** The engine's question kind, when there was one. */
  kind?: string;
}

/** One slash command: its definition (data) and a thin execute. Commands don't catch: the router does. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Counts towards the per-person cooldown; false for cheap commands such as /help. Default true. */
  cooldown?: boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<CommandOutcome>;
  /** Must answer within 3 s with at most 25 choices; it cannot be deferred. */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === "function";

/** The shape a module in commands/ must have to be loaded. */
export const commandSchema = z.object({
  data: z.object({
    name: z
      .string()
      .regex(/^[-_'\p{L}\p{N}]{1,32}$/u, "must be 1-32 letters, digits, - _ or '")
      .refine((name) => name === name.toLowerCase(), "must be lowercase"),
    toJSON: z.custom<() => RESTPostAPIChatInputApplicationCommandsJSONBody>(isFunction, "must be a function"),
  }),
  cooldown: z.boolean().optional(),
  execute: z.custom<Command["execute"]>(isFunction, "must be a function"),
  autocomplete: z.custom<NonNullable<Command["autocomplete"]>>(isFunction, "must be a function").optional(),
});
