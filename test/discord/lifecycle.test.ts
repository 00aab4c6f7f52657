// Paging buttons (more in buttons.test.ts), registration and shutdown, through the real client and the fake Discord.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands } from "../../src/discord/deployCommands.ts";
import { loadCommands } from "../../src/discord/loadCommands.ts";
import type { Article, Engine } from "../../src/engine/types.ts";
import { FakeDiscord, type RecordedRequest } from "./support/fakeDiscord.ts";
import * as raw from "./support/payloads.ts";
import { startTestBot, type TestBot } from "./support/startTestBot.ts";
import { fakeToken } from "./support/testConfig.ts";
import { knowledgeDir } from "./support/engine.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Twelve tiny articles: more than one page of /sources. */
function articles(): Article[] {
  return Array.from({ length: 12 }, (_, i) => ({
    id: `fixture-${i + 10}`,
    title: `Fixture article ${i + 10}`,
    published: `2020-01-${String(i + 10).padStart(2, "0")}`,
    source: "Fixture wire",
    url: `https://example.test/articles/${i + 10}`,
    paragraphs: [`On January ${i + 10}, officials said ${i + 100} troops had arrived.`],
  }));
}

async function fixtureEngine(): Promise<Engine> {
  const { createEngine } = (await import(`${root}src/engine/createEngine.ts`)) as { createEngine: (a: Article[]) => Engine };
  return createEngine(articles());
}

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot(await fixtureEngine());
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const callbackOf = (interaction: { id: string }) => (r: RecordedRequest) =>
  r.method === "POST" && r.path.startsWith(`/interactions/${interaction.id}/`);

describe("paging", { timeout: 30_000 }, () => {
  it("GIVEN a long answer THEN the asker turns its pages; anyone else gets a private copy of the page", async () => {
    const owner = raw.user("owner");
    const ask = raw.chatInput("sources", {}, { user: owner, inGuild: true });
    t.fake.gateway.dispatch("INTERACTION_CREATE", ask);
    const first = (await t.fake.waitForRequest(callbackOf(ask))).body.data;
    expect(first.embeds[0].footer.text).toBe("Page 1 of 2");
    expect(first.embeds[0].fields).toHaveLength(10);
    const [previous, counter, next] = first.components[0].components;
    expect([previous.disabled, counter.label, Boolean(next.disabled)]).toEqual([true, "1 / 2", false]);
    const host = { sent: first, commandUser: owner };

    const stranger = raw.button(next.custom_id, { user: raw.user("stranger"), inGuild: true }, host);
    t.fake.gateway.dispatch("INTERACTION_CREATE", stranger);
    const copy = (await t.fake.waitForRequest(callbackOf(stranger))).body;
    expect(copy).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(copy.data.embeds[0].footer.text).toBe("Page 2 of 2");

    const click = raw.button(next.custom_id, { user: owner, inGuild: true }, host);
    t.fake.gateway.dispatch("INTERACTION_CREATE", click);
    const update = (await t.fake.waitForRequest(callbackOf(click))).body;
    expect(update.type).toBe(7);
    expect(update.data.embeds[0].footer.text).toBe("Page 2 of 2");
    expect(update.data.embeds[0].fields).toHaveLength(2);
    expect(update.data.components[0].components.map((b: { disabled?: boolean }) => Boolean(b.disabled))).toEqual([false, true, true]);
  });

  it("GIVEN a button made by an older version THEN a private note to ask again", async () => {
    const click = raw.button("page:unknownview:1", { user: raw.user() });
    t.fake.gateway.dispatch("INTERACTION_CREATE", click);
    const reply = (await t.fake.waitForRequest(callbackOf(click))).body;
    expect(reply).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining("Ask again") } });
  });
});

describe("registering commands", { timeout: 30_000 }, () => {
  it("GIVEN a guild THEN the commands are PUT to that guild, valid by Discord's rules", async () => {
    const fake = await FakeDiscord.start();
    try {
      const { commands, problems } = await loadCommands();
      expect(problems).toEqual([]);
      const count = await deployCommands(commands.values(), { token: fakeToken, clientId: raw.applicationId, guildId: raw.guildId, api: fake.apiUrl });
      expect(count).toBe(commands.size);
      expect([...commands.keys()]).toEqual(expect.arrayContaining(["about", "ask", "help", "quote", "sources", "timeline", "troops", "whosaid"]));
      const [put] = fake.requests;
      expect(put?.path).toBe(`/applications/${raw.applicationId}/guilds/${raw.guildId}/commands`);
      for (const command of put?.body ?? []) {
        expect(command.name).toMatch(/^[-_'\p{L}\p{N}]{1,32}$/u);
        expect(command.description.length).toBeLessThanOrEqual(100);
        expect(command.contexts).toBeUndefined();
      }

      await deployCommands(commands.values(), { token: fakeToken, clientId: raw.applicationId, guildId: null, api: fake.apiUrl });
      const global = fake.requests[1];
      expect(global?.path).toBe(`/applications/${raw.applicationId}/commands`);
      // Servers, the bot's DMs and private channels; installable by servers and by people.
      const mine = (global?.body ?? []).filter((command: { name: string }) => command.name !== "reload");
      expect(mine).toHaveLength(8);
      for (const command of mine) expect([command.contexts, command.integration_types]).toEqual([[0, 1, 2], [0, 1]]);
    } finally {
      await fake.close();
    }
  });

  it("GIVEN a malformed command module THEN it is reported with its file and field, the others load", async () => {
    const dir = mkdtempSync(join(tmpdir(), "commands-"));
    writeFileSync(join(dir, "bad.ts"), `export default { data: { name: "Bad Name", toJSON: () => ({}) }, execute: async () => ({ answered: true }) };\n`);
    writeFileSync(join(dir, "good.ts"), `export default { data: { name: "good", toJSON: () => ({ name: "good", description: "d" }) }, execute: async () => ({ answered: true }) };\n`);
    const { commands, problems } = await loadCommands(dir);
    expect([...commands.keys()]).toEqual(["good"]);
    expect(problems).toEqual([{ file: join(dir, "bad.ts"), message: expect.stringContaining("default.data.name must be 1-32") }]);
  });

  it("GIVEN deploy-commands without DISCORD_CLIENT_ID THEN one line naming it, exit 1, no token", () => {
    const result = spawnSync(join(root, "node_modules/.bin/tsx"), [join(root, "src/deploy.ts")], {
      cwd: mkdtempSync(join(tmpdir(), "deploy-")), // no .env here
      env: { PATH: process.env.PATH ?? "", DISCORD_TOKEN: fakeToken },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Configuration error: DISCORD_CLIENT_ID must be set/)]);
    expect(result.stderr + result.stdout).not.toContain(fakeToken);
  }, 60_000);
});

describe("shutdown", { timeout: 30_000 }, () => {
  it("GIVEN stop THEN the gateway connection is closed cleanly with code 1000", async () => {
    await t.bot.stop();
    const deadline = Date.now() + 10_000;
    while (!t.fake.gateway.stats.clientCloseCodes.includes(1000) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(t.fake.gateway.stats.clientCloseCodes).toContain(1000);
  });
});

describe("the process", { timeout: 30_000 }, () => {
  it("GIVEN npm start with a token THEN it serves (with /healthz and /metrics when METRICS_PORT is set); SIGTERM closes the gateway with 1000 and exits 0, never logging the token", async () => {
    const fake = await FakeDiscord.start();
    const child = spawn(join(root, "node_modules/.bin/tsx"), [join(root, "src/main.ts")], {
      cwd: mkdtempSync(join(tmpdir(), "start-")), // no .env here
      env: { PATH: process.env.PATH ?? "", DISCORD_TOKEN: fakeToken, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: knowledgeDir, LOG_LEVEL: "info", METRICS_PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    try {
      const deadline = Date.now() + 45_000;
      while (!output.includes("discord ready") && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(output).toContain("discord ready");

      const who = raw.user();
      const ask = raw.chatInput("ask", { question: "How many US troops are in Iraq?" }, { user: who });
      fake.gateway.dispatch("INTERACTION_CREATE", ask);
      await fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(ask.token));

      // The interaction's log line (and its count) follows the edit's response: wait for it.
      while (!output.includes('"command":"ask"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"[^\n]*operator endpoints listening/.exec(output)?.[1];
      expect(url, "the operator endpoints' address is logged").toBeDefined();
      const health = await fetch(`${url}/healthz`);
      expect([health.status, await health.json()]).toEqual([200, { status: "ok", articles: 1 }]);
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toContain("newsbot_knowledge_last_reload_success 1");
      expect(metrics).toContain('newsbot_interactions_total{command="ask",outcome="answered"} 1');

      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
      expect(fake.gateway.stats.clientCloseCodes).toContain(1000);
      expect(output).not.toContain(fakeToken);
    } finally {
      child.kill("SIGKILL");
      await fake.close();
    }
  }, 60_000);
});
