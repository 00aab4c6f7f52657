import type { BotContext } from "../discord/context.ts";
import type { RunningBot } from "../discord/startBot.ts";
import { botHealth } from "./botHealth.ts";
import { startOperatorServer, type OperatorServer } from "./operatorServer.ts";

/**
 * The operator endpoints for a running bot, when METRICS_PORT is set; null (nothing listens)
 * otherwise. Under `npm run start:sharded` every shard is its own process with its own health
 * and counts, so shard n listens on METRICS_PORT + n (shard 0 on METRICS_PORT itself).
 */
export async function startOperations(bot: RunningBot, context: BotContext): Promise<OperatorServer | null> {
  const settings = context.config.metrics;
  if (!settings) return null;
  const shard = bot.client.shard?.ids[0] ?? 0;
  const server = await startOperatorServer({
    port: settings.port === 0 ? 0 : settings.port + shard,
    host: settings.host,
    health: () => botHealth(bot.client, context),
    metrics: context.metrics,
  });
  context.log.info({ url: server.url, shard }, "operator endpoints listening: /healthz and /metrics");
  return server;
}
