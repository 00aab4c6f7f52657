import { resolve } from "node:path";
import { NoKnowledgeError } from "../live/loadEngine.ts";
import { openLiveKnowledge } from "../live/openLiveKnowledge.ts";
import { loadConfig, exitWithConfigError, requireSettings } from "../config.ts";
import { log } from "../log.ts";
import { createBotContext, type BotContext } from "./context.ts";
import { describeError } from "./interactionLog.ts";
import { discordSettings } from "./settings.ts";
import { startBot, type RunningBot, type StartOptions } from "./startBot.ts";
import { startOperations } from "../operations/startOperations.ts";
import type { OperatorServer } from "../operations/operatorServer.ts";

export interface RunOptions extends StartOptions {
  /** A ready context (for example one whose engine() reads a live knowledge store); built from the environment when absent. */
  context?: BotContext;
}

/**
 * The Discord bot as a process (`npm start` with DISCORD_TOKEN set): configuration and
 * knowledge are checked first and a problem is one clear line and exit 1; then startBot;
 * SIGINT and SIGTERM close the gateway connection cleanly before exiting.
 */
export async function runDiscord(options: RunOptions = {}): Promise<RunningBot> {
  const context = options.context ?? (await contextFromEnvironment());
  let bot: RunningBot;
  try {
    bot = await startBot(context, options);
  } catch (error) {
    context.log.fatal({ error: describeError(error) }, "could not connect to Discord");
    process.exit(1);
  }
  let operations: OperatorServer | null = null;
  try {
    operations = await startOperations(bot, context);
  } catch (error) {
    // Asked for and not available (the port is taken, the address is not this machine's): say so and stop.
    context.log.fatal({ error: describeError(error), ...context.config.metrics }, "could not serve /healthz and /metrics");
    await bot.stop();
    process.exit(1);
  }
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    context.log.info({ signal }, "shutting down");
    // If Discord does not answer the close, leave anyway rather than hang the deploy.
    setTimeout(() => process.exit(1), discordSettings.shutdownTimeoutMs).unref();
    void operations?.close();
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        context.log.error({ error: describeError(error) }, "unclean shutdown");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return bot;
}

async function contextFromEnvironment(): Promise<BotContext> {
  const config = loadConfig();
  const missing = requireSettings(config, ["DISCORD_TOKEN"], "to run the Discord bot");
  if (missing) exitWithConfigError(missing);
  log.level = config.logLevel;
  try {
    // Live knowledge: files added, changed or removed take effect without a restart, and /reload works.
    const { store, report } = await openLiveKnowledge(resolve(config.knowledgeDir), { maxFileBytes: config.knowledgeMaxFileBytes });
    const context = createBotContext({ config, engine: () => store.engine(), knowledge: store });
    context.metrics.followKnowledge(store, { ok: true, report });
    return context;
  } catch (error) {
    if (error instanceof NoKnowledgeError) exitWithConfigError(error.message);
    throw error;
  }
}
