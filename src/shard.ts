// `npm run start:sharded`: runs the bot as several shards, one child process each, with
// discord.js's ShardingManager. Each shard is the ordinary bot (src/main.ts): it loads the
// knowledge itself and answers the interactions of its own share of servers.
//
//   DISCORD_SHARDS      "auto" (Discord's recommendation, the default) or a total count
//   DISCORD_SHARD_LIST  optional: the shard ids this machine runs, e.g. "0,1" of 4 — for
//                       spreading shards over several machines (DISCORD_SHARDS must then be a
//                       number, the same on every machine)
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from "discord.js";
import { z } from "zod";
import { loadConfig, exitWithConfigError, requireSettings } from "./config.ts";
import { log } from "./log.ts";

const shardEnv = z.object({
  DISCORD_SHARDS: z
    .string()
    .regex(/^(auto|[1-9]\d{0,4})$/, "must be auto or a whole number of shards, e.g. 4")
    .transform((value) => (value === "auto" ? ("auto" as const) : Number(value)))
    .default("auto"),
  DISCORD_SHARD_LIST: z
    .string()
    .regex(/^\d+(,\d+)*$/, "must be shard ids separated by commas, e.g. 0,1")
    .transform((list) => list.split(",").map(Number))
    .optional(),
});

/** Discord lets `max_concurrency` shards identify per 5 seconds; discord.js waits 5.5 s between shards by default. */
const IDENTIFY_WINDOW_MS = 5500;

const config = loadConfig();
const missing = requireSettings(config, ["DISCORD_TOKEN"], "to run shards");
if (missing) exitWithConfigError(missing);
const parsed = shardEnv.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v?.trim())));
if (!parsed.success) {
  exitWithConfigError(`Configuration error: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}.`);
}
const { DISCORD_SHARDS, DISCORD_SHARD_LIST } = parsed.data;
if (DISCORD_SHARD_LIST && DISCORD_SHARDS === "auto") {
  exitWithConfigError("Configuration error: DISCORD_SHARD_LIST needs DISCORD_SHARDS set to the total shard count.");
}

// Ask Discord (or the configured API, e.g. a test server) for the recommended count and the
// identify rate. discord.js's own "auto" always asks discord.com and ignores DISCORD_API_URL.
const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(config.discordToken!);
let gateway: RESTGetAPIGatewayBotResult;
try {
  gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
} catch (error) {
  // A wrong token (401) or no network: one clear line, never the token.
  log.fatal({ error: error instanceof Error ? error.message : String(error) }, "could not ask Discord for the shard count");
  process.exit(1);
}
const totalShards = DISCORD_SHARDS === "auto" ? gateway.shards : DISCORD_SHARDS;
const concurrency = Math.max(1, gateway.session_start_limit.max_concurrency);

// Shards run src/main.ts under the same TypeScript loader as this process (tsx).
const execArgv = process.execArgv.some((arg) => arg.includes("tsx")) ? process.execArgv : ["--import", "tsx"];
const manager = new ShardingManager(fileURLToPath(new URL("./main.ts", import.meta.url)), {
  token: config.discordToken!,
  totalShards,
  shardList: DISCORD_SHARD_LIST ?? "auto",
  execArgv,
  respawn: true,
});
manager.on("shardCreate", (shard) => {
  log.info({ shard: shard.id, totalShards }, "shard starting");
  shard.on("death", () => log.warn({ shard: shard.id }, "shard process exited; respawning"));
});

function stop(signal: NodeJS.Signals): void {
  log.info({ signal }, "stopping shards");
  // Each shard closes its own gateway connection on SIGTERM (see src/main.ts).
  for (const shard of manager.shards.values()) shard.kill();
  process.exit(0);
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

try {
  await manager.spawn({ amount: totalShards, delay: Math.ceil(IDENTIFY_WINDOW_MS / concurrency) });
} catch (error) {
  // A shard that dies or never becomes ready within 30 s: stop the others rather than run half a bot.
  log.fatal({ error: error instanceof Error ? error.message : String(error) }, "shards did not start");
  for (const shard of manager.shards.values()) shard.kill();
  process.exit(1);
}
log.info({ shards: manager.shards.size, totalShards }, "all shards ready");
