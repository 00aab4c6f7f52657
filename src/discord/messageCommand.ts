import { join } from "node:path";
import type { MessageContextMenuCommandInteraction, RESTPostAPIContextMenuApplicationCommandsJSONBody } from "discord.js";
import { z } from "zod";
import type { CommandOutcome } from "./command.ts";
import type { BotContext } from "./context.ts";
import { defaultCommandsDir, loadModules, type CommandProblem } from "./loadCommands.ts";

/**
 * A message context-menu command (right-click a message → Apps): its definition and a thin
 * execute, as a slash command has. They live in commands/menus/, apart from the slash
 * commands, because Discord names them differently ("Check against the articles") and /help
 * does not list them as commands to type.
 */
export interface MessageCommand {
  data: { name: string; toJSON(): RESTPostAPIContextMenuApplicationCommandsJSONBody };
  /** Counts towards the per-person cooldown (default true). */
  cooldown?: boolean;
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<CommandOutcome>;
}

const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === "function";

/** The shape a module in commands/menus/ must have to be loaded. */
export const messageCommandSchema = z.object({
  data: z.object({
    // Context-menu names are what the menu shows: capitals and spaces are allowed.
    name: z.string().regex(/^[-_' \p{L}\p{N}]{1,32}$/u, "must be 1-32 letters, digits, spaces, - _ or '"),
    toJSON: z.custom<() => RESTPostAPIContextMenuApplicationCommandsJSONBody>(isFunction, "must be a function"),
  }),
  cooldown: z.boolean().optional(),
  execute: z.custom<MessageCommand["execute"]>(isFunction, "must be a function"),
});

export const defaultMenusDir = join(defaultCommandsDir, "menus");

/** Every valid message command of `dir` by name; none when the folder does not exist. */
export async function loadMessageCommands(
  dir: string = defaultMenusDir,
): Promise<{ commands: Map<string, MessageCommand>; problems: CommandProblem[] }> {
  try {
    return await loadModules<MessageCommand>(dir, messageCommandSchema);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { commands: new Map(), problems: [] };
    throw error;
  }
}
