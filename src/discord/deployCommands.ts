import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from "discord.js";

/** Anything Discord registers: a slash command or a context-menu command. */
export interface Deployable {
  data: { toJSON(): RESTPostAPIApplicationCommandsJSONBody };
}

export interface DeployTarget {
  token: string;
  clientId: string;
  /** Register to this server only (instant, for development); globally otherwise. */
  guildId: string | null;
  /** REST base; Discord's when null. */
  api: string | null;
}

/**
 * The JSON Discord receives. Contexts and integration types only mean something for global
 * commands, so a development (server) registration leaves them out.
 */
export function commandPayloads(
  commands: Iterable<Deployable>,
  scope: "global" | "guild",
): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commands].map((command) => {
    const json = command.data.toJSON();
    if (scope === "global") return json;
    const { contexts: _contexts, integration_types: _integrationTypes, ...rest } = json;
    return rest;
  });
}

/** Replace the application's commands with `commands` (a PUT: removed commands disappear). */
export async function deployCommands(commands: Iterable<Deployable>, target: DeployTarget): Promise<number> {
  const rest = new REST(target.api ? { api: target.api } : {}).setToken(target.token);
  const body = commandPayloads(commands, target.guildId ? "guild" : "global");
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.clientId, target.guildId)
    : Routes.applicationCommands(target.clientId);
  const registered = (await rest.put(route, { body })) as unknown[];
  return registered.length;
}
