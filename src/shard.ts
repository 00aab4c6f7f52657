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
  DISCORD_SHARDS: z.union([z.literal("auto"), z.coerce.number().int().min(1).max(10_000)]).default("auto"),
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
const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
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

await manager.spawn({ amount: totalShards, delay: Math.ceil(IDENTIFY_WINDOW_MS / concurrency) });
log.info({ shards: manager.shards.size, totalShards }, "all shards ready");
