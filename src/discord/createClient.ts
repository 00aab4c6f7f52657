import { Client, GatewayIntentBits, Options, Partials } from "discord.js";
import type { Config } from "../config.ts";

/**
 * The discord.js client with exactly what the bot needs and nothing privileged:
 * - Guilds: the server and channel cache a mention in a server is built from;
 * - GuildMessages: server messages, so a mention of the bot arrives (Discord includes the
 *   content of messages that mention the bot without the MessageContent intent);
 * - DirectMessages with Partials.Channel: a DM channel is never cached before its first
 *   message, and without the partial discord.js drops that message silently.
 * Slash commands, autocomplete and buttons need no intent at all.
 */
export function createClient(config: Pick<Config, "discordApiUrl">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    // Set on the client so it applies to every send and reply: echoed text such as
    // "@everyone" or a pasted user mention pings nobody, and replies don't ping the asker.
    allowedMentions: { parse: [], repliedUser: false },
    // Messages are answered as they arrive and never looked up again: don't keep them.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    ...(config.discordApiUrl ? { rest: { api: config.discordApiUrl } } : {}),
  });
}
