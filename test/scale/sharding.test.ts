// `npm run start:sharded` end to end: src/shard.ts (discord.js's ShardingManager) against the
// fake Discord of test/discord reporting two shards. Each shard is a real bot process; an
// interaction sent on one shard's connection can only be answered by that shard's process.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeDiscord } from "../discord/support/fakeDiscord.ts";
import * as raw from "../discord/support/payloads.ts";
import { fakeToken } from "../discord/support/testConfig.ts";
import { editOf } from "../discord/support/requests.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
let fake: FakeDiscord;
let manager: ChildProcess;
let output = "";

beforeAll(async () => {
  fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 2 });
  manager = spawn(process.execPath, ["--import", "tsx", "src/shard.ts"], {
    cwd: root,
    // Its own process group, so the shards it forks can be stopped with it whatever happens.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DISCORD_TOKEN: fakeToken,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: "auto",
      KNOWLEDGE_DIR: "knowledge",
      LOG_LEVEL: "warn",
    },
  });
  manager.stdout!.on("data", (chunk) => (output += String(chunk)));
  manager.stderr!.on("data", (chunk) => (output += String(chunk)));
  await Promise.race([
    fake.gateway.whenShardsLive(2),
    new Promise((_, reject) => manager.once("exit", (code) => reject(new Error(`shard manager exited (${code}):\n${output}`)))),
  ]);
}, 90_000);

afterAll(async () => {
  if (manager?.pid && manager.exitCode === null) {
    const exited = new Promise((resolve) => manager.once("exit", resolve));
    process.kill(-manager.pid, "SIGTERM");
    await exited;
  }
  await fake?.close();
});


describe("npm run start:sharded", { timeout: 60_000 }, () => {
  it("GIVEN Discord recommends two shards THEN both shards identify as 0 of 2 and 1 of 2", () => {
    expect(fake.gateway.connectedShards()).toEqual([0, 1]);
    expect(fake.gateway.stats.identifies).toBe(2);
  });

  it.each([0, 1])("GIVEN /ask on shard %i THEN that shard answers with the cited fact", async (shard) => {
    const interaction = raw.chatInput("ask", { question: "How many US troops are in Iraq?" }, { user: raw.user(), inGuild: true });
    fake.gateway.dispatchToShard(shard, "INTERACTION_CREATE", interaction);
    const edit = await fake.waitForRequest(editOf(interaction), 30_000);
    expect(edit.body.embeds[0].description).toContain("5,000");
  });
});
