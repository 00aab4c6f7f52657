// Each command's execute and the message handler, offline: real discord.js objects built
// from raw payloads, the real engine over the bundled article, REST calls captured.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatInputCommandInteraction, AutocompleteInteraction } from "discord.js";
import type { Command } from "../../src/discord/command.ts";
import { handleMessage } from "../../src/discord/handleMessage.ts";
import { loadCommands } from "../../src/discord/loadCommands.ts";
import { conversationKey } from "../../src/discord/question.ts";
import type { Engine } from "../../src/engine/types.ts";
import { embedProblems } from "../../src/discord/render/embedLimits.ts";
import { bundledEngine } from "./support/engine.ts";
import { offlineClient, type OfflineClient } from "./support/offlineClient.ts";
import * as raw from "./support/payloads.ts";
import { testContext, type TestContext } from "./support/testConfig.ts";

let engine: Engine;
let commands: Map<string, Command>;
let offline: OfflineClient;
let test: TestContext;

beforeAll(async () => {
  engine = await bundledEngine();
  commands = (await loadCommands()).commands;
  offline = offlineClient();
  test = testContext(engine);
  test.context.commands.replace(commands);
}, 60_000);

afterAll(async () => {
  await offline.destroy();
});

const articleTitle = "Trump reiterates intention to withdraw US troops from Iraq";

/** Run one command's execute and return the REST calls it made. */
async function run(name: string, options: Record<string, raw.OptionValue>, who = raw.user()) {
  const before = offline.calls.length;
  const interaction = offline.interaction(raw.chatInput(name, options, { user: who })) as ChatInputCommandInteraction;
  const outcome = await commands.get(name)!.execute(interaction, test.context);
  return { outcome, calls: offline.calls.slice(before), interaction };
}

function editedEmbeds(calls: { method: string; path: string; body: any }[]) {
  const edit = calls.find((call) => call.method === "PATCH" && call.path.endsWith("/messages/@original"));
  expect(edit, "the deferred reply is edited through @original").toBeDefined();
  for (const embed of edit!.body.embeds) expect(embedProblems(embed)).toEqual([]);
  return edit!.body.embeds as any[];
}

function expectDeferred(calls: { method: string; path: string; body: any }[], flags = 0) {
  expect(calls[0]?.path).toMatch(/^\/interactions\/\d+\/[^/]+\/callback$/);
  expect(calls[0]?.body.type).toBe(5);
  expect(calls[0]?.body.data?.flags).toBe(flags);
}

describe("commands, offline against the bundled article", { timeout: 30_000 }, () => {
  it("GIVEN /ask how many troops THEN it defers, then edits in the cited answer", async () => {
    const { outcome, calls } = await run("ask", { question: "How many US troops are in Iraq?" });
    expectDeferred(calls);
    const [embed] = editedEmbeds(calls);
    expect(outcome.answered).toBe(true);
    expect(embed.title).toBe("How many US troops are in Iraq?");
    expect(embed.description).toContain("5,000");
    expect(embed.fields[0].value).toContain(`[${articleTitle}](https://savedelete.com/`);
    expect(embed.fields[0].value).toMatch(/21 August 2020 · paragraph \d+/);
  });

  it("GIVEN /ask with private THEN the deferral is ephemeral", async () => {
    const { calls } = await run("ask", { question: "Who is Mike Pompeo?", private: true });
    expectDeferred(calls, 64);
  });

  it("GIVEN /ask with only punctuation THEN a private hint, and the engine is not asked", async () => {
    const { outcome, calls } = await run("ask", { question: "?!" });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(calls[0]?.body.data.content).toContain("Ask me a question");
    expect(outcome.answered).toBe(false);
  });

  it("GIVEN /troops THEN each number comes with its source", async () => {
    const { calls } = await run("troops", {});
    expectDeferred(calls);
    const [embed] = editedEmbeds(calls);
    expect(embed.title).toBe("Troop numbers");
    const text = JSON.stringify(embed);
    expect(text).toContain("5,000");
    for (const field of embed.fields) expect(field.value).toMatch(/paragraph \d+/);
  });

  it("GIVEN /timeline THEN dated events, each cited", async () => {
    const { calls } = await run("timeline", {});
    const [embed] = editedEmbeds(calls);
    expect(embed.title).toBe("Timeline");
    expect(embed.fields.length).toBeGreaterThan(0);
    for (const field of embed.fields) expect(field.value).toContain(articleTitle);
  });

  it("GIVEN /quote Mike Pompeo THEN what he said, quoted and cited", async () => {
    const { calls } = await run("quote", { speaker: "Mike Pompeo" });
    const [embed] = editedEmbeds(calls);
    expect(embed.title).toBe("What Mike Pompeo said");
    expect(JSON.stringify(embed)).toContain("as soon as we complete the mission");
  });

  it("GIVEN /whosaid with a loose phrase THEN the speaker is named", async () => {
    const { calls } = await run("whosaid", { phrase: "complete the mission" });
    const [embed] = editedEmbeds(calls);
    expect(JSON.stringify(embed)).toContain("Pompeo");
  });

  it("GIVEN /sources THEN the article with its date and link, replied at once", async () => {
    const { calls } = await run("sources", {});
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body.type).toBe(4);
    const [embed] = calls[0]?.body.data.embeds;
    expect(embed.fields[0].name).toBe(articleTitle);
    expect(embed.fields[0].value).toContain("(https://savedelete.com/");
    expect(embed.fields[0].value).toContain("21 August 2020");
  });

  it("GIVEN an answer then /sources of its paragraph THEN the cited sentence is bold in its paragraph", async () => {
    const who = raw.user();
    await run("ask", { question: "How many US troops are in Iraq?" }, who);
    const key = conversationKey(who.id, raw.dmChannelOf(who));
    const cited = test.context.conversations.get(key).turns.at(-1)?.answer.citations[0];
    expect(cited).toBeDefined();
    const { calls } = await run("sources", { article: cited!.doc, paragraph: cited!.paragraph }, who);
    const [embed] = calls[0]?.body.data.embeds;
    expect(embed.description).toContain("**Currently, there are over 5,000 US troops");
    expect(embed.footer.text).toContain(`Paragraph ${cited!.paragraph}`);
  });

  it("GIVEN /sources of a paragraph that does not exist THEN a private message with the range", async () => {
    const { calls } = await run("sources", { article: "2020-08-21-trump-iraq-withdrawal", paragraph: 999 });
    expect(calls[0]?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(calls[0]?.body.data.content).toMatch(/paragraphs 1 to \d+/);
  });

  it("GIVEN /help THEN a private list of every loaded command", async () => {
    const { calls } = await run("help", {});
    expect(calls[0]?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    const names = calls[0]?.body.data.embeds[0].fields.map((f: { name: string }) => f.name.split(" ")[0]);
    expect(names).toEqual([...commands.keys()].sort().map((name) => `/${name}`));
    expect(names).toEqual(expect.arrayContaining(["/about", "/ask", "/help", "/quote", "/sources", "/timeline", "/troops", "/whosaid"]));
    const ask = calls[0]?.body.data.embeds[0].fields.find((f: { name: string }) => f.name.startsWith("/ask"));
    expect(ask).toEqual({ name: "/ask question [private]", value: expect.stringContaining("Ask a question") });
  });

  it("GIVEN /quote autocomplete on 'pomp' THEN Mike Pompeo is offered, at most 25 choices", async () => {
    const before = offline.calls.length;
    const interaction = offline.interaction(raw.autocomplete("quote", { speaker: "pomp" }, "speaker", { user: raw.user() })) as AutocompleteInteraction;
    await commands.get("quote")!.autocomplete!(interaction, test.context);
    const [call] = offline.calls.slice(before);
    expect(call?.body.type).toBe(8);
    expect(call?.body.data.choices.length).toBeLessThanOrEqual(25);
    expect(call?.body.data.choices.map((c: { value: string }) => c.value)).toContain("Mike Pompeo");
  });
});

describe("direct messages, offline", { timeout: 30_000 }, () => {
  async function dm(who: raw.TestUser, content: string) {
    const before = offline.calls.length;
    await handleMessage(offline.message(raw.directMessage(who, content)), test.context);
    return offline.calls.slice(before);
  }

  it("GIVEN a question by DM THEN the same cited answer as /ask, as a reply that pings nobody", async () => {
    const who = raw.user();
    const [call] = await dm(who, "How many US troops are in Iraq?");
    expect(call?.method).toBe("POST");
    expect(call?.path).toBe(`/channels/${raw.dmChannelOf(who)}/messages`);
    expect(call?.body.message_reference).toBeDefined();
    expect(call?.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(call?.body.embeds[0].description).toContain("5,000");
  });

  it("GIVEN a follow-up in the DM THEN it continues that person's conversation", async () => {
    const who = raw.user();
    await dm(who, "What did Mike Pompeo say?");
    await dm(who, "And what did Trump say?");
    const turns = test.context.conversations.get(conversationKey(who.id, raw.dmChannelOf(who))).turns;
    expect(turns.map((turn) => turn.question)).toEqual(["What did Mike Pompeo say?", "And what did Trump say?"]);
  });

  it("GIVEN a DM while the engine still finishes its index (just after a start) THEN the question waits for it, then is answered", async () => {
    let finish!: () => void;
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const asked: string[] = [];
    const starting: Engine = { ...engine, indexed: () => finishing, ask: (q, c) => (asked.push(q), engine.ask(q, c)) };
    const waiting = testContext(starting);
    const before = offline.calls.length;
    const replied = handleMessage(offline.message(raw.directMessage(raw.user(), "How many US troops are in Iraq?")), waiting.context);
    await new Promise((resolve) => setImmediate(resolve));
    expect(asked).toEqual([]);
    finish();
    await replied;
    expect(asked).toEqual(["How many US troops are in Iraq?"]);
    expect(offline.calls.slice(before)[0]?.body.embeds[0].description).toContain("5,000");
  });

  it("GIVEN only emoji THEN a hint, not an engine search", async () => {
    const [call] = await dm(raw.user(), "🎉🎉🔥");
    expect(call?.body.content).toContain("Ask me a question");
    expect(call?.body.embeds ?? []).toEqual([]);
  });
});
