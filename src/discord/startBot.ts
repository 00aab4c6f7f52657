import { once } from "node:events";
import { join } from "node:path";
import { Events, type Client } from "discord.js";
import type { Command } from "./command.ts";
import { CommandRegistry } from "./commandRegistry.ts";
import type { BotContext } from "./context.ts";
import { createClient } from "./createClient.ts";
import { handleInteraction } from "./handleInteraction.ts";
import { handleMessage } from "./handleMessage.ts";
import { describeError } from "./interactionLog.ts";
import { loadCommands } from "./loadCommands.ts";
import { loadMessageCommands, type MessageCommand } from "./messageCommand.ts";

export interface StartOptions {
  /** The folder of command modules; the project's commands/ by default. */
  commandsDir?: string;
}

export interface RunningBot {
  client: Client<true>;
  /** Close the gateway connection cleanly (close code 1000) and stop handling events. */
  stop(): Promise<void>;
}

/**
 * Load the commands, log in and resolve once the gateway is ready. Never registers
 * commands (that is `npm run deploy-commands`). Throws when login fails.
 */
export async function startBot(context: BotContext, options: StartOptions = {}): Promise<RunningBot> {
  const token = context.config.discordToken;
  if (!token) throw new Error("DISCORD_TOKEN is not set");
  const { commands, problems } = await loadCommands(options.commandsDir);
  for (const problem of problems) context.log.error(problem, "command not loaded");
  // The router's registry; the context lists the same one for /help.
  const registry = new CommandRegistry<Command>();
  registry.replace(commands);
  context.commands = registry;
  // Message context-menu commands (commands/menus/): routed like the slash commands, never listed by /help.
  const menus = new CommandRegistry<MessageCommand>();
  const loadedMenus = await loadMessageCommands(options.commandsDir ? join(options.commandsDir, "menus") : undefined);
  for (const problem of loadedMenus.problems) context.log.error(problem, "command not loaded");
  menus.replace(loadedMenus.commands);

  const client = createClient(context.config);
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context, registry, menus));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, context));
  client.on(Events.Error, (error) => context.log.error({ error: describeError(error) }, "discord client error"));
  client.on(Events.Warn, (warning) => context.log.warn({ warning }, "discord client warning"));
  client.on(Events.ShardDisconnect, (event, shard) => context.log.warn({ shard, code: event.code }, "gateway disconnected"));
  client.on(Events.ShardResume, (shard, replayed) => context.log.info({ shard, replayed }, "gateway resumed"));
  client.on(Events.ShardReconnecting, () => context.metrics.recordReconnect());

  const ready = once(client, Events.ClientReady) as Promise<[Client<true>]>;
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  const [readyClient] = await ready;
  context.log.info(
    { user: readyClient.user.id, guilds: readyClient.guilds.cache.size, commands: [...commands.keys()] },
    "discord ready",
  );
  let stopped: Promise<void> | null = null;
  return {
    client: readyClient,
    stop() {
      // Idempotent: a second signal, or a test's cleanup after stop, must not destroy twice.
      stopped ??= (async () => {
        client.removeAllListeners();
        await client.destroy();
      })();
      return stopped;
    },
  };
}
