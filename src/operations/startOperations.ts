import type { BotContext } from "../discord/context.ts";
import type { RunningBot } from "../discord/startBot.ts";
import { botHealth } from "./botHealth.ts";
import { startOperatorServer, type OperatorServer } from "./operatorServer.ts";

/** The operator endpoints for a running bot, when METRICS_PORT is set; null (nothing listens) otherwise. */
export async function startOperations(bot: RunningBot, context: BotContext): Promise<OperatorServer | null> {
  const settings = context.config.metrics;
  if (!settings) return null;
  const server = await startOperatorServer({
    port: settings.port,
    host: settings.host,
    health: () => botHealth(bot.client, context),
    metrics: context.metrics,
  });
  context.log.info({ url: server.url }, "operator endpoints listening: /healthz and /metrics");
  return server;
}
