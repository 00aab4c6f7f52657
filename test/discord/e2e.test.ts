// The real bot (startBot: real discord.js client, real commands, real engine over the
// bundled article) logged into a fake Discord on 127.0.0.1, driven through the gateway.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GatewayIntentBits } from "discord.js";
import { embedProblems } from "../../src/discord/render/embedLimits.ts";
import { bundledEngine } from "./support/engine.ts";
import type { RecordedRequest } from "./support/fakeDiscord.ts";
import * as raw from "./support/payloads.ts";
import { startTestBot, type TestBot } from "./support/startTestBot.ts";
import { fakeToken } from "./support/testConfig.ts";
import { callbackOf, editOf } from "./support/requests.ts";

let t: TestBot;

beforeAll(async () => {
  t = await startTestBot(await bundledEngine(), { COOLDOWN_MAX: "3", COOLDOWN_WINDOW_SECONDS: "60" });
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const messageIn = (channelId: string, replyTo: string) => (r: RecordedRequest) =>
  r.method === "POST" && r.path === `/channels/${channelId}/messages` && r.body?.message_reference?.message_id === replyTo && r.status < 300;

function send<T extends object>(t: TestBot, interaction: T): T {
  t.fake.gateway.dispatch("INTERACTION_CREATE", interaction);
  return interaction;
}

describe("the bot against a fake Discord", { timeout: 30_000 }, () => {
  it("GIVEN start THEN it identifies with Guilds, GuildMessages and DirectMessages only, no privileged intent", () => {
    expect(t.fake.gateway.stats.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(t.fake.requests.some((r) => r.method === "PUT" && r.path.includes("/commands"))).toBe(false);
  });

  it("GIVEN /ask THEN a deferred reply edited through @original with the cited answer, pinging nobody", async () => {
    const who = raw.user();
    const interaction = send(t, raw.chatInput("ask", { question: "How many US troops are in Iraq?" }, { user: who, inGuild: true }));
    const callback = await t.fake.waitForRequest(callbackOf(interaction));
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await t.fake.waitForRequest(editOf(interaction));
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = edit.body.embeds;
    expect(embedProblems(embed)).toEqual([]);
    expect(embed.description).toContain("5,000");
    expect(embed.fields[0].value).toContain("paragraph");

    const line = await t.waitForLog((l) => l.msg === "interaction" && l.command === "ask" && l.user === who.id);
    expect(line).toMatchObject({ type: "command", guild: raw.guildId, outcome: "answered", kind: "count" });
    expect(typeof line?.latencyMs).toBe("number");
    expect(t.rawLogs.join("")).not.toContain("How many US troops");
  });

  it("GIVEN /help THEN an immediate private reply", async () => {
    const interaction = send(t, raw.chatInput("help", {}, { user: raw.user() }));
    const callback = await t.fake.waitForRequest(callbackOf(interaction));
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(callback.body.data.embeds[0].fields.length).toBe(t.context.commands.all().length);
  });

  it("GIVEN autocomplete for /quote THEN at most 25 choices, Mike Pompeo among them", async () => {
    const interaction = send(t, raw.autocomplete("quote", { speaker: "mike" }, "speaker", { user: raw.user() }));
    const callback = await t.fake.waitForRequest(callbackOf(interaction));
    expect(callback.body.type).toBe(8);
    expect(callback.body.data.choices.length).toBeLessThanOrEqual(25);
    expect(callback.body.data.choices.map((c: { value: string }) => c.value)).toContain("Mike Pompeo");
  });

  it("GIVEN an unknown command THEN a clear private message", async () => {
    const interaction = send(t, raw.chatInput("weather", {}, { user: raw.user() }));
    const callback = await t.fake.waitForRequest(callbackOf(interaction));
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(callback.body.data.content).toContain("I don't know that command");
  });

  it("GIVEN a fourth question within the window THEN the cooldown message says when to try again", async () => {
    const who = raw.user();
    const asks = [1, 2, 3, 4].map(() => send(t, raw.chatInput("troops", {}, { user: who })));
    const replies = await Promise.all(asks.map((a) => t.fake.waitForRequest(callbackOf(a))));
    const refused = replies.filter((r) => r.body.type === 4);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.body.data.flags).toBe(64);
    expect(refused[0]?.body.data.content).toMatch(/Try again <t:\d+:R>\./);
  });

  it("GIVEN a DM THEN the answer is a reply in the DM", async () => {
    const who = raw.user();
    const message = raw.directMessage(who, "What did Mike Pompeo say?");
    t.fake.gateway.dispatch("MESSAGE_CREATE", message);
    const reply = await t.fake.waitForRequest(messageIn(raw.dmChannelOf(who), message.id));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(reply.body.embeds)).toContain("as soon as we complete the mission");
  });

  it("GIVEN four DMs within the window THEN the fourth gets the cooldown message", async () => {
    const who = raw.user();
    const messages = [1, 2, 3, 4].map((n) => raw.directMessage(who, `How many troops, take ${n}?`));
    for (const message of messages) t.fake.gateway.dispatch("MESSAGE_CREATE", message);
    const replies = await Promise.all(messages.map((m) => t.fake.waitForRequest(messageIn(raw.dmChannelOf(who), m.id))));
    expect(replies.map((r) => r.body.content ?? "")).toEqual(["", "", "", expect.stringMatching(/^You're asking faster.*Try again <t:\d+:R>\.$/)]);
  });

  it("GIVEN a DM of only @everyone THEN the reply pings nobody", async () => {
    const who = raw.user();
    const message = raw.directMessage(who, "@everyone");
    t.fake.gateway.dispatch("MESSAGE_CREATE", message);
    const reply = await t.fake.waitForRequest(messageIn(raw.dmChannelOf(who), message.id));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    for (const embed of reply.body.embeds ?? []) expect(embedProblems(embed)).toEqual([]);
  });

  it("GIVEN a DM of only emoji THEN a hint", async () => {
    const who = raw.user();
    const message = raw.directMessage(who, "🇮🇶🪖🤔");
    t.fake.gateway.dispatch("MESSAGE_CREATE", message);
    const reply = await t.fake.waitForRequest(messageIn(raw.dmChannelOf(who), message.id));
    expect(reply.body.content).toContain("Ask me a question");
  });

  it("GIVEN a DM of 6,000 characters THEN a short message asking for one question", async () => {
    const who = raw.user();
    const message = raw.directMessage(who, "troops ".repeat(858).slice(0, 6000));
    t.fake.gateway.dispatch("MESSAGE_CREATE", message);
    const reply = await t.fake.waitForRequest(messageIn(raw.dmChannelOf(who), message.id));
    expect(reply.body.content).toContain("more than 500 characters");
    expect(reply.body.content.length).toBeLessThanOrEqual(2000);
  });

  it("GIVEN a server message mentioning the bot THEN it answers there; without a mention it stays silent", async () => {
    const who = raw.user();
    const silent = raw.guildMessage(who, "How many US troops are in Iraq?", false);
    t.fake.gateway.dispatch("MESSAGE_CREATE", silent);
    const mention = raw.guildMessage(who, `<@${raw.bot.id}> How many US troops are in Iraq?`, true);
    t.fake.gateway.dispatch("MESSAGE_CREATE", mention);
    const reply = await t.fake.waitForRequest(messageIn(raw.guildChannelId, mention.id));
    expect(reply.body.embeds[0].description).toContain("5,000");
    // Events are handled in order, so had the first been answered its reply would be here by now.
    expect(t.fake.requests.some(messageIn(raw.guildChannelId, silent.id))).toBe(false);
  });
});

describe("faults", { timeout: 30_000 }, () => {
  it("GIVEN the callback answers 500 once THEN the client retries and the answer still arrives", async () => {
    t.fake.failNext({ method: "POST", path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 500 });
    const interaction = send(t, raw.chatInput("ask", { question: "Who is Mike Pompeo?" }, { user: raw.user() }));
    await t.fake.waitForRequest(editOf(interaction));
    const callbacks = t.fake.requestsFor(`/interactions/${interaction.id}/`);
    expect(callbacks.map((r) => r.status)).toEqual([500, 204]);
  });

  it("GIVEN a 429 with retry_after on a DM reply THEN the client waits and sends it once more", async () => {
    const who = raw.user();
    const channel = raw.dmChannelOf(who);
    t.fake.failNext({
      method: "POST",
      path: new RegExp(`^/channels/${channel}/messages$`),
      status: 429,
      headers: { "retry-after": "1", "x-ratelimit-scope": "user" },
      body: { message: "You are being rate limited.", retry_after: 1, global: false },
    });
    const message = raw.directMessage(who, "When did the Iraqi parliament pass a resolution?");
    t.fake.gateway.dispatch("MESSAGE_CREATE", message);
    await t.fake.waitForRequest(messageIn(channel, message.id));
    expect(t.fake.requestsFor(`/channels/${channel}/`).map((r) => r.status)).toEqual([429, 200]);
  });

  it("GIVEN the edit of @original fails THEN the public 'thinking' is removed and the asker gets a private error; the log has the cause", async () => {
    t.fake.failNext({ method: "PATCH", path: /@original$/, status: 400, body: { message: "Invalid Form Body", code: 50035 } });
    const interaction = send(t, raw.chatInput("timeline", {}, { user: raw.user() }));
    const followUp = await t.fake.waitForRequest((r) => r.method === "POST" && r.path.endsWith(`/webhooks/${raw.applicationId}/${interaction.token}`));
    expect(followUp.body).toMatchObject({ flags: 64, content: expect.stringContaining("Something went wrong") });
    expect(t.fake.requestsFor(`/webhooks/${raw.applicationId}/${interaction.token}`).map((r) => r.method)).toEqual(["PATCH", "DELETE", "POST"]);
    const line = await t.waitForLog((l) => l.msg === "interaction failed" && l.command === "timeline");
    expect(line?.error).toMatchObject({ type: "DiscordAPIError[50035]", code: 50035, status: 400, method: "PATCH", message: expect.stringContaining("Invalid Form Body") });
    expect(JSON.stringify(line)).not.toContain(interaction.token);
  });

  it("GIVEN the gateway drops mid-session THEN the client resumes and still answers", async () => {
    const resumesBefore = t.fake.gateway.stats.resumes;
    t.fake.gateway.drop();
    await t.fake.gateway.whenLive();
    expect(t.fake.gateway.stats.resumes).toBe(resumesBefore + 1);
    const interaction = send(t, raw.chatInput("ask", { question: "How many US troops are in Iraq?" }, { user: raw.user() }));
    const edit = await t.fake.waitForRequest(editOf(interaction));
    expect(edit.body.embeds[0].description).toContain("5,000");
  });

  it("never logs the token", () => {
    expect(t.rawLogs.length).toBeGreaterThan(0);
    expect(t.rawLogs.join("")).not.toContain(fakeToken);
  });
});
