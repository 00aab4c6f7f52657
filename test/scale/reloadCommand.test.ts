// /reload through the real discord.js client against the fake Discord of test/discord, with a
// live KnowledgeStore over a temp folder behind the bot's engine().
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PermissionFlagsBits } from "discord.js";
import { startBot, type RunningBot } from "../../src/discord/startBot.ts";
import { KnowledgeStore } from "../../src/live/knowledgeStore.ts";
import reload from "../../commands/reload.ts";
import { FakeDiscord, type RecordedRequest } from "../discord/support/fakeDiscord.ts";
import * as raw from "../discord/support/payloads.ts";
import { testContext } from "../discord/support/testConfig.ts";
import { articleText, badArticleText, recordingLogger, tempKnowledge, type TempKnowledge } from "./fixtures.ts";
import { editOf } from "../discord/support/requests.ts";

let fake: FakeDiscord;
let bot: RunningBot;
let folder: TempKnowledge;
let store: KnowledgeStore;

beforeAll(async () => {
  folder = tempKnowledge({ "alpha.md": articleText("Alpha"), "beta.md": articleText("Beta") });
  ({ store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger() }));
  fake = await FakeDiscord.start();
  const test = testContext(store.engine(), { env: { DISCORD_API_URL: fake.apiUrl } });
  // The context a live bot gets: engine() reads the store, and /reload finds it as `knowledge`.
  const context = { ...test.context, engine: () => store.engine(), knowledge: store };
  bot = await startBot(context);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  folder?.cleanup();
});

const callbackOf = (interaction: { id: string }) => (r: RecordedRequest) =>
  r.method === "POST" && r.path.startsWith(`/interactions/${interaction.id}/`);

async function runReload(): Promise<{ callback: RecordedRequest; content: string }> {
  const interaction = raw.chatInput("reload", {}, { user: raw.user("admin"), inGuild: true });
  fake.gateway.dispatch("INTERACTION_CREATE", interaction);
  const callback = await fake.waitForRequest(callbackOf(interaction));
  const edit = await fake.waitForRequest(editOf(interaction));
  return { callback, content: edit.body.content as string };
}

describe("/reload", { timeout: 30_000 }, () => {
  it("GIVEN its definition THEN only members who can manage the server see it, and only in servers", () => {
    const json = reload.data.toJSON();
    expect(json.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(json.contexts).toEqual([0]);
  });

  it("GIVEN a file added and one removed THEN a private reply lists both and the bot answers from the new set", async () => {
    folder.write("gamma.md", articleText("Gamma"));
    folder.remove("alpha.md");
    const { callback, content } = await runReload();
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(content).toContain("Added (1): gamma.md");
    expect(content).toContain("Removed (1): alpha.md");
    expect(content).toContain("Answering from 2 articles.");
    expect(store.engine().articles().map((a) => a.title).sort()).toEqual(["Beta", "Gamma"]);
  });

  it("GIVEN a file that turned bad THEN the reply names it, its line, and that the last good version stays", async () => {
    folder.write("beta.md", badArticleText);
    const { content } = await runReload();
    expect(content).toContain("Kept the last good version of (1): beta.md");
    expect(content).toContain("beta.md:3:");
    expect(store.engine().articles().map((a) => a.title).sort()).toEqual(["Beta", "Gamma"]);
  });
});
