import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { z } from "zod";
import { commandSchema, type Command } from "./command.ts";

/** The project's commands/ folder, wherever the process was started from. */
export const defaultCommandsDir = resolve(fileURLToPath(new URL("../../commands", import.meta.url)));

export interface CommandProblem {
  file: string;
  message: string;
}

export interface LoadedCommands {
  commands: Map<string, Command>;
  problems: CommandProblem[];
}

const moduleFile = /^(?!.*\.(test|spec|d)\.[cm]?[jt]s$).*\.[cm]?[jt]s$/;

/**
 * Every module in `dir` whose default export is a valid command, by name. Generic on
 * purpose: adding a command (say /reload) is adding one file. A bad module is reported
 * with its file and field, never half-loaded.
 */
export async function loadCommands(dir: string = defaultCommandsDir): Promise<LoadedCommands> {
  return loadModules<Command>(dir, commandSchema);
}

/** The modules of `dir` whose default export passes `schema`, by `data.name`: commands of any kind. */
export async function loadModules<T extends { data: { name: string } }>(
  dir: string,
  schema: z.ZodType,
): Promise<{ commands: Map<string, T>; problems: CommandProblem[] }> {
  const commands = new Map<string, T>();
  const problems: CommandProblem[] = [];
  const files = (await readdir(dir)).filter((file) => moduleFile.test(file)).sort();
  for (const file of files) {
    const path = join(dir, file);
    let exported: unknown;
    try {
      exported = ((await import(pathToFileURL(path).href)) as { default?: unknown }).default;
    } catch (error) {
      problems.push({ file: path, message: `could not be imported: ${String(error)}` });
      continue;
    }
    const parsed = schema.safeParse(exported);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((issue) => `${["default", ...issue.path].join(".")} ${issue.message}`)
        .join("; ");
      problems.push({ file: path, message: detail });
      continue;
    }
    const command = exported as T;
    if (commands.has(command.data.name)) {
      problems.push({ file: path, message: `command name "${command.data.name}" is already used` });
      continue;
    }
    commands.set(command.data.name, command);
  }
  return { commands, problems };
}
