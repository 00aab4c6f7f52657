import { startBot, type RunningBot } from "../../../src/discord/startBot.ts";
import type { Engine } from "../../../src/engine/types.ts";
import { FakeDiscord } from "./fakeDiscord.ts";
import { setTimeout as sleep } from "node:timers/promises";
import { testContext, type LogRecord, type TestContext } from "./testConfig.ts";

export interface TestBot extends TestContext {
  fake: FakeDiscord;
  bot: RunningBot;
  /** The first log line matching, waiting for it: a line is written after the reply's response arrives. */
  waitForLog(predicate: (line: LogRecord) => boolean, timeoutMs?: number): Promise<LogRecord>;
  close(): Promise<void>;
}

/** The real bot (startBot, real client, real commands) logged into a fresh fake Discord. */
export async function startTestBot(engine: Engine | (() => Engine), env: Record<string, string> = {}): Promise<TestBot> {
  const fake = await FakeDiscord.start();
  const test = testContext(engine, { env: { DISCORD_API_URL: fake.apiUrl, ...env } });
  const bot = await startBot(test.context);
  return {
    ...test,
    fake,
    bot,
    async waitForLog(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = test.logs.find(predicate);
        if (line) return line;
        if (Date.now() > deadline) throw new Error(`no matching log line within ${timeoutMs} ms`);
        await sleep(20);
      }
    },
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}
