// The message context-menu command and autocomplete on every free-text option, end to end:
// the real bot (real discord.js client, real commands, real engine over the bundled article)
// against the fake Discord, driven through the gateway.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedProblems } from "../../src/discord/render/embedLimits.ts";
import { bundledEngine } from "./support/engine.ts";
import { FakeDiscord } from "./support/fakeDiscord.ts";
import * as raw from "./support/payloads.ts";
import { startTestBot, type TestBot } from "./support/startTestBot.ts";
import { fakeToken } from "./support/testConfig.ts";
import { callbackOf, editOf } from "./support/requests.ts";

const root = join(import.meta.dirname, "..", "..");
const menuName = "Check against the articles";
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot(await bundledEngine(), { COOLDOWN_MAX: "50", COOLDOWN_WINDOW_SECONDS: "60" });
}, 60_000);

afterAll(async () => {
  await t?.close();
});


function send<T extends object>(interaction: T): T {
  t.fake.gateway.dispatch("INTERACTION_CREATE", interaction);
  return interaction;
}

/** Right-click → Apps → Check against the articles on a message saying `content`; the private reply's body. */
async function check(content: string, inGuild = true) {
  const author = raw.user("claimant");
  const target = inGuild ? raw.guildMessage(author, content, false) : raw.directMessage(author, content);
  const interaction = send(raw.messageCommand(menuName, target, { user: raw.user("checker"), inGuild }));
  const deferral = await t.fake.waitForRequest(callbackOf(interaction));
  // Private from the start: the "thinking…" is only shown to the person who asked.
  expect(deferral.body).toEqual({ type: 5, data: { flags: 64 } });
  const edit = await t.fake.waitForRequest(editOf(interaction));
  expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect((edit.body.content ?? "").length).toBeLessThanOrEqual(2000);
  for (const embed of edit.body.embeds ?? []) expect(embedProblems(embed)).toEqual([]);
  return edit.body;
}

describe("Check against the articles", { timeout: 30_000 }, () => {
  it("GIVEN a message with a true figure THEN privately: supported, with the cited sentence and its source", async () => {
    const body = await check("Apparently there are over 5,000 US troops in Iraq right now.");
    const [embed] = body.embeds;
    expect(embed.description).toBe("Checked 1 claim against the articles: 1 supported.");
    expect(embed.fields[0].name).toMatch(/^✅ Supported: “Apparently there are over 5,000 US troops in Iraq right now\.”$/);
    expect(embed.fields[0].value).toContain("The article says over 5,000.");
    expect(embed.fields[0].value).toContain("> Currently, there are over 5,000 US troops deployed in Iraq");
    expect(embed.fields[0].value).toMatch(/21 August 2020 · paragraph 8/);
  });

  it("GIVEN a message with a false figure THEN contradicted: the article's figure, not the claimed one", async () => {
    const body = await check("There are 10,000 US troops in Iraq. @everyone should know this.", false);
    const [embed] = body.embeds;
    expect(embed.fields[0].name).toMatch(/^❌ Contradicted:/);
    expect(embed.fields[0].value).toContain("The article says over 5,000, not 10,000.");
    expect(embed.fields[0].value).toContain("paragraph 8");
  });

  it("GIVEN a message with no checkable claim THEN one plain sentence says so", async () => {
    const body = await check("haha that's great, thanks for sharing!");
    expect(body.embeds ?? []).toEqual([]);
    expect(body.content).toBe("That message makes no claim I can check against the articles: no figure, name, quotation or date to look up.");
  });

  it("GIVEN the check THEN one log line with the command's name and outcome, not the message's words", async () => {
    const line = await t.waitForLog((l) => l.msg === "interaction" && l.command === menuName && l.outcome === "answered");
    expect(line).toMatchObject({ type: "command", kind: "factcheck" });
    expect(t.rawLogs.join("")).not.toContain("10,000 US troops");
  });
});

/** The autocomplete response's choices for `command` with `options`, `focused` being typed. */
async function complete(command: string, options: Record<string, raw.OptionValue>, focused: string) {
  const interaction = send(raw.autocomplete(command, options, focused, { user: raw.user() }));
  const callback = await t.fake.waitForRequest(callbackOf(interaction));
  expect(callback.body.type).toBe(8);
  const choices = callback.body.data.choices as Array<{ name: string; value: string }>;
  expect(choices.length).toBeLessThanOrEqual(25);
  expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
  for (const c of choices) {
    expect(c.name.length).toBeGreaterThan(0);
    expect(c.name.length).toBeLessThanOrEqual(100);
    expect(c.value.length).toBeGreaterThan(0);
    expect(c.value.length).toBeLessThanOrEqual(100);
  }
  return choices.map((c) => c.value);
}

describe("autocomplete on every free-text option", { timeout: 30_000 }, () => {
  it("GIVEN /ask question THEN what was typed first, then questions the articles answer", async () => {
    const values = await complete("ask", { question: "pompeo" }, "question");
    expect(values[0]).toBe("pompeo");
    expect(values).toContain("What did Mike Pompeo say?");
    expect(values).toContain("Who is Mike Pompeo?");
    expect(await complete("ask", { question: "how many" }, "question")).toContain("How many US troops are in Iraq?");
  });

  it("GIVEN /troops place THEN places with troop figures", async () => {
    expect(await complete("troops", { place: "ir" }, "place")).toEqual(["ir", "Iraq"]);
  });

  it("GIVEN /timeline about THEN people and places on the timeline", async () => {
    const values = await complete("timeline", { about: "" }, "about");
    expect(values).toEqual(expect.arrayContaining(["Donald Trump", "Iraq"]));
  });

  it("GIVEN /whosaid phrase THEN statements in the articles", async () => {
    const values = await complete("whosaid", { phrase: "mission" }, "phrase");
    expect(values).toEqual(["mission", "a complete pullout would take place as soon as we complete the mission"]);
  });

  it("GIVEN /quote topic after a speaker THEN what that speaker talked about; /quote speaker still names speakers", async () => {
    const topics = await complete("quote", { speaker: "Mike Pompeo", topic: "" }, "topic");
    expect(topics).toEqual(expect.arrayContaining(["forces", "mission"]));
    expect(await complete("quote", { speaker: "pomp" }, "speaker")).toContain("Mike Pompeo");
  });
});

describe("npm run deploy-commands", () => {
  it("GIVEN the project's commands THEN the context-menu command is registered with the slash commands, usable everywhere", async () => {
    const fake = await FakeDiscord.start();
    try {
      // Not spawnSync: the fake Discord answering the script runs in this process.
      const child = spawn(join(root, "node_modules/.bin/tsx"), [join(root, "src/deploy.ts")], {
        cwd: mkdtempSync(join(tmpdir(), "deploy-")),
        env: { PATH: process.env.PATH ?? "", DISCORD_TOKEN: fakeToken, DISCORD_CLIENT_ID: raw.applicationId, DISCORD_API_URL: fake.apiUrl },
      });
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += String(chunk)));
      const [code] = (await once(child, "exit")) as [number | null];
      expect(code, stderr).toBe(0);
      const put = fake.requests.find((r) => r.method === "PUT");
      const body = put?.body as Array<{ name: string; type?: number; contexts?: number[]; integration_types?: number[] }>;
      expect(body.map((c) => c.name)).toEqual(expect.arrayContaining(["ask", "quote", menuName]));
      expect(body.find((c) => c.name === menuName)).toMatchObject({ type: 3, contexts: [0, 1, 2], integration_types: [0, 1] });
    } finally {
      await fake.close();
    }
  }, 60_000);
});
