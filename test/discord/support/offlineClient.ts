import { ClientUser, type Client, type Interaction, type Message } from "discord.js";
import { createClient } from "../../../src/discord/createClient.ts";
import { bot } from "./payloads.ts";
import { fakeToken } from "./testConfig.ts";

// Offline: the bot's real discord.js client, never connected. Raw payloads become real
// interaction and message objects through discord.js's own actions, and every REST call is
// captured by `makeRequest` instead of going to a network.

export interface CapturedCall {
  method: string;
  path: string;
  body: any;
}

export interface OfflineClient {
  client: Client;
  calls: CapturedCall[];
  interaction(raw: object): Interaction;
  message(raw: object): Message;
  destroy(): Promise<void>;
}

export function offlineClient(): OfflineClient {
  const calls: CapturedCall[] = [];
  const client = createClient({ discordApiUrl: "http://offline.invalid/api" });
  // The options object is read on every request, so replacing its transport is enough.
  Object.assign(client.rest.options, {
    makeRequest: async (url: string, init: RequestInit) => {
      const pathname = decodeURIComponent(new URL(url).pathname);
      const body = typeof init.body === "string" ? JSON.parse(init.body) : null;
      calls.push({ method: init.method ?? "GET", path: pathname.replace(/^\/api\/v10/, ""), body });
      const payload = pathname.endsWith("/callback") ? null : { id: "1", channel_id: "1", author: bot, content: "", embeds: [], attachments: [], mentions: [], mention_roles: [], timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, pinned: false, type: 0 };
      return new Response(payload === null ? null : JSON.stringify(payload), {
        status: payload === null ? 204 : 200,
        headers: payload === null ? {} : { "content-type": "application/json" },
      });
    },
  });
  client.rest.setToken(fakeToken);
  // What READY would set: the bot's own user, which the message handler needs for mentions.
  const ClientUserClass = ClientUser as unknown as new (client: Client, data: object) => ClientUser;
  client.user = new ClientUserClass(client, bot);

  const capture = <T>(event: "interactionCreate" | "messageCreate", packet: string, raw: object): T => {
    let seen: T | undefined;
    const listener = (value: T) => (seen = value);
    client.once(event, listener as never);
    const actions = (client as unknown as { actions: Record<string, { handle(data: object): void }> }).actions;
    actions[packet]!.handle(raw);
    client.off(event, listener as never);
    if (!seen) throw new Error(`discord.js did not emit ${event} for this payload`);
    return seen;
  };
  return {
    client,
    calls,
    interaction: (raw) => capture<Interaction>("interactionCreate", "InteractionCreate", raw),
    message: (raw) => capture<Message>("messageCreate", "MessageCreate", raw),
    destroy: () => client.destroy(),
  };
}
