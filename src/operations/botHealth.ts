import { Status, type Client } from "discord.js";
import type { BotContext } from "../discord/context.ts";

export type Health = { ok: true; articles: number } | { ok: false; reason: string };

/** Serving when every gateway shard is connected and there are articles to answer from. */
export function botHealth(client: Client, context: Pick<BotContext, "engine">): Health {
  const shards = [...client.ws.shards.values()];
  if (shards.length === 0 || shards.some((shard) => shard.status !== Status.Ready)) {
    return { ok: false, reason: "the Discord gateway is not connected" };
  }
  let articles: number;
  try {
    articles = context.engine().articles().length;
  } catch {
    return { ok: false, reason: "the knowledge is not loaded" };
  }
  if (articles === 0) return { ok: false, reason: "no article is loaded" };
  return { ok: true, articles };
}
