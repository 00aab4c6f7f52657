import pino from "pino";
import { parseConfig, type Config } from "../../../src/config.ts";
import { createBotContext, type BotContext } from "../../../src/discord/context.ts";
import type { Engine } from "../../../src/engine/types.ts";
import type { Logger } from "../../../src/log.ts";

/** A syntactically valid token that Discord has never issued. */
export const fakeToken = "MTAwMDAwMDAwMDAwMDAwMDAx.fake.token-for-tests";

export function testConfig(env: Record<string, string> = {}): Config {
  const result = parseConfig({ DISCORD_TOKEN: fakeToken, ...env });
  if (!result.ok) throw new Error(result.message);
  return result.config;
}

export interface LogRecord {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A real pino logger whose lines are kept, parsed, for assertions. */
export function recordingLogger(level = "info"): { log: Logger; lines: LogRecord[]; raw: string[] } {
  const lines: LogRecord[] = [];
  const raw: string[] = [];
  const log = pino(
    { level, base: undefined },
    {
      write(line: string) {
        raw.push(line);
        lines.push(JSON.parse(line) as LogRecord);
      },
    },
  );
  return { log, lines, raw };
}

export interface TestContext {
  context: BotContext;
  logs: LogRecord[];
  rawLogs: string[];
}

/** `engine` may be a function, to follow a knowledge store that reloads. */
export function testContext(engine: Engine | (() => Engine), options: { env?: Record<string, string>; logLevel?: string; now?: () => number } = {}): TestContext {
  const { log, lines, raw } = recordingLogger(options.logLevel);
  const context = createBotContext({
    config: testConfig(options.env),
    engine: typeof engine === "function" ? engine : () => engine,
    log,
    ...(options.now ? { now: options.now } : {}),
  });
  return { context, logs: lines, rawLogs: raw };
}
