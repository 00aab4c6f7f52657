// The buttons under every answer, through the real client and the fake Discord: Source
// paragraph, Post publicly and page turns, including after a restart (a new client, context
// and knowledge store: nothing kept from before) and after the knowledge is reloaded.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KnowledgeStore } from "../../src/live/knowledgeStore.ts";
import { discordLimits } from "../../src/discord/limits.ts";
import { embedProblems } from "../../src/discord/render/embedLimits.ts";
import * as raw from "./support/payloads.ts";
import { startTestBot, type TestBot } from "./support/startTestBot.ts";
import { callbackOf, editOf } from "./support/requests.ts";

// An invented article: nine dated events, so /timeline has two pages.
const articleFile = "2031-03-02-harbour-works.md";
const article = `---
title: Harbour works in Velmora finish ahead of schedule
published: 2031-03-02
source: Invented Wire
url: https://example.test/news/harbour-works
---

The harbour authority of Velmora said on Monday that the new breakwater was finished ahead of schedule.

Work on the breakwater began on January 5, 2029, when 300 workers arrived at the site. It was the largest project in the town's history.

On March 14, 2029, engineers completed the foundations of the northern pier. The mayor, Ilse Varga, called it a good start.

By June 2, 2029, the number of workers had risen to 450, the authority said.

On September 9, 2029, a storm damaged the southern pier. Repairs took six weeks.

The authority opened the first berth on February 20, 2030, to cargo ships from the coast.

On July 1, 2030, about 600 workers were on the site, the highest number of the project.

The second berth opened on November 11, 2030. “We finished the job early,” Ilse Varga said.

The last crane was removed on February 27, 2031, and the site was handed to the port company.
`;
const citedSentence = "Work on the breakwater began on January 5, 2029, when 300 workers arrived at the site.";

const quiet = { info() {}, warn() {} };
let dir: string;
let store: KnowledgeStore;
let t: TestBot;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "buttons-knowledge-"));
  writeFileSync(join(dir, articleFile), article);
  store = (await KnowledgeStore.open(dir, { logger: quiet })).store;
  t = await startTestBot(() => store.engine());
}, 60_000);

afterAll(async () => {
  await t?.close();
});

type Button = { type: number; style: number; label: string; custom_id: string; disabled?: boolean };
type Sent = { content?: string; embeds?: any[]; components?: { components: Button[] }[]; flags?: number; allowed_mentions?: unknown };


function dispatch<T extends object>(bot: TestBot, interaction: T): T {
  bot.fake.gateway.dispatch("INTERACTION_CREATE", interaction);
  return interaction;
}

/** Every limit Discord enforces on what we send, and that it pings nobody. */
function expectSendable(sent: Sent): void {
  expect(sent.allowed_mentions).toMatchObject({ parse: [] });
  expect((sent.content ?? "").length).toBeLessThanOrEqual(discordLimits.messageContent);
  expect((sent.embeds ?? []).length).toBeLessThanOrEqual(discordLimits.embedsPerMessage);
  for (const embed of sent.embeds ?? []) expect(embedProblems(embed)).toEqual([]);
  const rows = sent.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(5);
  const ids = rows.flatMap((row) => row.components.map((b) => b.custom_id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const row of rows) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components) {
      expect(b.custom_id.length).toBeLessThanOrEqual(discordLimits.customId);
      expect(b.label.length).toBeLessThanOrEqual(discordLimits.buttonLabel);
    }
  }
}

const buttonsOf = (sent: Sent): Button[] => (sent.components ?? []).flatMap((row) => row.components);
const labelled = (sent: Sent, label: string): Button => {
  const found = buttonsOf(sent).find((b) => b.label === label);
  expect(found, `a "${label}" button`).toBeDefined();
  return found!;
};

/** Ask a command and return what the bot edited in, after checking it. */
async function command(bot: TestBot, name: string, options: Record<string, raw.OptionValue>, who: raw.TestUser): Promise<Sent> {
  const ask = dispatch(bot, raw.chatInput(name, options, { user: who, inGuild: true }));
  const edit = (await bot.fake.waitForRequest(editOf(ask))).body as Sent;
  expectSendable(edit);
  return edit;
}

/** Click a button on `sent` and return the interaction callback's body. */
async function click(bot: TestBot, id: string, who: raw.TestUser, host: raw.ButtonHost, where: { inGuild?: boolean } = { inGuild: true }) {
  const interaction = dispatch(bot, raw.button(id, { user: who, ...where }, host));
  const body = (await bot.fake.waitForRequest(callbackOf(interaction))).body as { type: number; data: Sent };
  expectSendable(body.data);
  return body;
}

// Saved across tests: buttons clicked again after the restart and after the reload.
const saved: { source?: string; next?: string; laterSource?: string; asker?: raw.TestUser; timeline?: Sent } = {};

describe("Source paragraph", { timeout: 30_000 }, () => {
  it("GIVEN an answer THEN its button shows, privately, the whole paragraph with the cited sentence bold, the title, date and link", async () => {
    const who = raw.user();
    const sent = await command(t, "ask", { question: "When did work on the breakwater begin?" }, who);
    const source = labelled(sent, "Source paragraph");
    saved.source = source.custom_id;
    const reply = await click(t, source.custom_id, raw.user("someone-else"), { sent, commandUser: who });
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(64);
    const [embed] = reply.data.embeds!;
    expect(embed.title).toBe("Harbour works in Velmora finish ahead of schedule");
    expect(embed.url).toBe("https://example.test/news/harbour-works");
    expect(embed.description).toBe(`**${citedSentence}** It was the largest project in the town's history.`);
    expect(embed.footer.text).toBe("Paragraph 2 · 2 March 2031");
  });

  it("GIVEN a list answer THEN each item on the page has its own Source button, named by its fact", async () => {
    const who = raw.user();
    const sent = await command(t, "timeline", {}, who);
    const sources = buttonsOf(sent).filter((b) => b.custom_id.startsWith("s:"));
    expect(sources.length).toBe(sent.embeds![0].fields.length);
    expect(sources.every((b) => b.label.startsWith("Source: "))).toBe(true);
  });

  it("GIVEN a DM and a mention THEN their answers carry the button too, and it works there", async () => {
    const who = raw.user();
    const dm = raw.directMessage(who, "When did work on the breakwater begin?");
    t.fake.gateway.dispatch("MESSAGE_CREATE", dm);
    const dmReply = (await t.fake.waitForRequest((r) => r.method === "POST" && r.body?.message_reference?.message_id === dm.id)).body as Sent;
    expectSendable(dmReply);
    const reply = await click(t, labelled(dmReply, "Source paragraph").custom_id, who, { sent: dmReply, repliesTo: dm }, {});
    expect(reply.data.embeds![0].description).toContain(`**${citedSentence}**`);

    const mention = raw.guildMessage(who, `<@${raw.bot.id}> When did work on the breakwater begin?`, true);
    t.fake.gateway.dispatch("MESSAGE_CREATE", mention);
    const mentionReply = (await t.fake.waitForRequest((r) => r.method === "POST" && r.body?.message_reference?.message_id === mention.id)).body as Sent;
    expectSendable(mentionReply);
    expect(labelled(mentionReply, "Source paragraph").custom_id).toBe(saved.source);
  });
});

describe("Post publicly", { timeout: 30_000 }, () => {
  it("GIVEN a private answer THEN the button posts the same answer in the channel with who asked, pinging nobody", async () => {
    const who = raw.user();
    const sent = await command(t, "ask", { question: "When did work on the breakwater begin?", private: true }, who);
    const post = labelled(sent, "Post publicly");
    const reply = await click(t, post.custom_id, who, { sent: { ...sent, flags: 64 }, commandUser: who });
    expect(reply.type).toBe(4);
    expect(reply.data.flags ?? 0).toBe(0);
    expect(reply.data.content).toBe(`Asked by <@${who.id}>`);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    expect(reply.data.embeds).toEqual(sent.embeds);
    expect(buttonsOf(reply.data).map((b) => b.label)).toEqual(["Source paragraph"]);
  });

  it("GIVEN a public answer THEN there is no Post publicly button", async () => {
    const sent = await command(t, "ask", { question: "When did work on the breakwater begin?" }, raw.user());
    expect(buttonsOf(sent).map((b) => b.label)).not.toContain("Post publicly");
  });
});

describe("pages", { timeout: 30_000 }, () => {
  it("GIVEN a two-page timeline THEN Next turns the asker's message in place; anyone else gets a private copy of that page", async () => {
    const asker = raw.user("asker");
    const sent = await command(t, "timeline", {}, asker);
    expect(sent.embeds![0].footer.text).toBe("Page 1 of 2");
    const next = labelled(sent, "Next");
    saved.next = next.custom_id;
    saved.asker = asker;
    saved.timeline = sent;

    const turned = await click(t, next.custom_id, asker, { sent, commandUser: asker });
    expect(turned.type).toBe(7);
    expect(turned.data.embeds![0].footer.text).toBe("Page 2 of 2");
    expect(labelled(turned.data, "Next").disabled).toBe(true);
    expect(labelled(turned.data, "Previous").disabled).toBeFalsy();
    saved.laterSource = buttonsOf(turned.data).find((b) => b.custom_id.startsWith("s:") && b.label.includes("February 27"))?.custom_id;
    expect(saved.laterSource).toBeDefined();

    const copy = await click(t, next.custom_id, raw.user("stranger"), { sent, commandUser: asker });
    expect(copy.type).toBe(4);
    expect(copy.data.flags).toBe(64);
    expect(copy.data.embeds![0].footer.text).toBe("Page 2 of 2");
    expect(buttonsOf(copy.data).map((b) => b.label)).toContain("Post publicly");
  });

  it("GIVEN an /ask question too long for a button id THEN its pages still turn, the question read back from the title", async () => {
    const who = raw.user();
    const question = "What is the timeline of the harbour works in Velmora, from the first workers on the site to the last crane?";
    expect(question.length).toBeGreaterThan(100);
    const sent = await command(t, "ask", { question }, who);
    expect(sent.embeds![0].footer.text).toBe("Page 1 of 2");
    const turned = await click(t, labelled(sent, "Next").custom_id, who, { sent, commandUser: who });
    expect(turned.type).toBe(7);
    expect(turned.data.embeds![0].footer.text).toBe("Page 2 of 2");
    expect(turned.data.embeds![0].title).toBe(question);
  });

  it("GIVEN a private answer THEN its pages turn in place and it keeps Post publicly", async () => {
    const who = raw.user();
    const sent = await command(t, "timeline", { private: true }, who);
    const turned = await click(t, labelled(sent, "Next").custom_id, who, { sent: { ...sent, flags: 64 }, commandUser: who });
    expect(turned.type).toBe(7);
    expect(buttonsOf(turned.data).map((b) => b.label)).toContain("Post publicly");
  });

  it("GIVEN page turns faster than the cooldown allows THEN they count like questions and the person is told when to try again", async () => {
    const who = raw.user();
    const sent = await command(t, "timeline", {}, who); // 1 of the 5 allowed in 10 s
    const next = labelled(sent, "Next").custom_id;
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await click(t, next, who, { sent, commandUser: who }));
    expect(replies.map((r) => r.type)).toEqual([7, 7, 7, 7, 4]);
    expect(replies[4]?.data).toMatchObject({ flags: 64, content: expect.stringMatching(/Try again <t:\d+:R>\.$/) });
    const source = await click(t, labelled(sent, buttonsOf(sent)[0]!.label).custom_id, who, { sent, commandUser: who });
    expect(source.data.embeds).toHaveLength(1); // showing a paragraph is not a question
  });

  it("GIVEN a button this version did not make THEN a private note to ask again", async () => {
    const reply = await click(t, "page:unknownview:1", raw.user(), { sent: {} });
    expect(reply).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining("Ask again") } });
  });
});

describe("after a restart", { timeout: 60_000 }, () => {
  it("GIVEN a new process state (client, context, knowledge store) THEN the old buttons still work", async () => {
    await t.close();
    store = (await KnowledgeStore.open(dir, { logger: quiet })).store;
    t = await startTestBot(() => store.engine());

    const source = await click(t, saved.source!, raw.user(), { sent: {} });
    expect(source.data.embeds![0].description).toContain(`**${citedSentence}**`);
    const turned = await click(t, saved.next!, saved.asker!, { sent: saved.timeline!, commandUser: saved.asker! });
    expect(turned.type).toBe(7);
    expect(turned.data.embeds![0].footer.text).toBe("Page 2 of 2");
  });
});

describe("after a reload", { timeout: 30_000 }, () => {
  it("GIVEN the cited paragraph changed THEN its button says so; a button on an unchanged paragraph still works; pages of a changed answer say so", async () => {
    const path = join(dir, articleFile);
    writeFileSync(path, readFileSync(path, "utf8").replace("when 300 workers arrived", "when 320 workers arrived"));
    const report = await store.reload();
    expect(report.changed).toEqual([articleFile]);

    const changed = await click(t, saved.source!, raw.user(), { sent: {} });
    expect(changed.data).toMatchObject({ flags: 64, content: expect.stringContaining("has changed since this answer") });
    expect(changed.data.content).toContain("Harbour works in Velmora");

    const unchanged = await click(t, saved.laterSource!, raw.user(), { sent: {} });
    expect(unchanged.data.embeds![0].description).toContain("**The last crane was removed on February 27, 2031");

    const pages = await click(t, saved.next!, saved.asker!, { sent: saved.timeline!, commandUser: saved.asker! });
    expect(pages.data).toMatchObject({ flags: 64, content: expect.stringContaining("has changed since it was given") });

    const fresh = await command(t, "ask", { question: "When did work on the breakwater begin?" }, raw.user());
    const reply = await click(t, labelled(fresh, "Source paragraph").custom_id, raw.user(), { sent: fresh });
    expect(reply.data.embeds![0].description).toContain("when 320 workers arrived");
  });
});
