import dotenv from "dotenv";
import { z } from "zod";

// The environment, read once at start and validated by one schema. Everything after this
// sees a typed Config; nothing else reads process.env for settings.

const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17 to 20 digits)");

const schema = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
      "must be the bot token from the developer portal (three parts separated by dots), without quotes or a “Bot ” prefix",
    )
    .optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  SOURCE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  KNOWLEDGE_DIR: z.string().default("knowledge"),
  KNOWLEDGE_MAX_FILE_MB: z.coerce
    .number({ error: "must be a number of megabytes" })
    .positive("must be more than 0")
    .max(1024, "must be at most 1024")
    .default(4),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  METRICS_PORT: z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(0, "must be 0 (any free port) to 65535")
    .max(65535, "must be 0 (any free port) to 65535")
    .optional(),
  METRICS_HOST: z
    .string()
    .regex(/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+|[a-zA-Z0-9.-]+)$/, "must be an IP address or host name, e.g. 127.0.0.1")
    .default("127.0.0.1"),
  COOLDOWN_MAX: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(1000, "must be at most 1000")
    .default(5),
  COOLDOWN_WINDOW_SECONDS: z.coerce
    .number({ error: "must be a number of seconds" })
    .int("must be a whole number of seconds")
    .min(1, "must be at least 1")
    .max(3600, "must be at most 3600")
    .default(10),
});

export type LogLevel = z.infer<typeof schema>["LOG_LEVEL"];

export interface Config {
  /** Present only when the bot should log in. Not enumerable, so logging the config never prints it. */
  readonly discordToken: string | null;
  discordClientId: string | null;
  /** Commands are registered to this server only (instant, for development) when set. */
  discordGuildId: string | null;
  /** REST base, default Discord's; only for a proxy or a test server. */
  discordApiUrl: string | null;
  /** Where the bot's source code is published, shown by /about; null when not set. */
  sourceUrl: string | null;
  knowledgeDir: string;
  /** Knowledge files larger than this are refused (from KNOWLEDGE_MAX_FILE_MB). */
  knowledgeMaxFileBytes: number;
  logLevel: LogLevel;
  cooldown: { max: number; windowMs: number };
  /** The operator endpoints (/healthz, /metrics): null, so nothing listens, unless METRICS_PORT is set. */
  metrics: { port: number; host: string } | null;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Validate an environment. Pure: never reads files or exits. Messages name variables, never values. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  // `NAME=` in a .env file means "not set", not "set to nothing".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    return { ok: false, message: `Configuration error: ${problems.join("; ")}. See .env.example.` };
  }
  const vars = parsed.data;
  const config: Config = {
    discordToken: null,
    discordClientId: vars.DISCORD_CLIENT_ID ?? null,
    discordGuildId: vars.DISCORD_GUILD_ID ?? null,
    discordApiUrl: vars.DISCORD_API_URL ?? null,
    sourceUrl: vars.SOURCE_URL ?? null,
    knowledgeDir: vars.KNOWLEDGE_DIR,
    knowledgeMaxFileBytes: megabytes(vars.KNOWLEDGE_MAX_FILE_MB),
    logLevel: vars.LOG_LEVEL,
    cooldown: { max: vars.COOLDOWN_MAX, windowMs: vars.COOLDOWN_WINDOW_SECONDS * 1000 },
    metrics: vars.METRICS_PORT === undefined ? null : { port: vars.METRICS_PORT, host: vars.METRICS_HOST },
  };
  Object.defineProperty(config, "discordToken", { value: vars.DISCORD_TOKEN ?? null, enumerable: false });
  return { ok: true, config };
}

const megabytes = (mb: number) => Math.floor(mb * 1024 * 1024);

/**
 * The knowledge settings alone, for the command-line tools (which need no Discord settings):
 * the size cap, or a one-line message when KNOWLEDGE_MAX_FILE_MB is not valid.
 */
export function parseKnowledgeLimits(env: Record<string, string | undefined>): { ok: true; maxFileBytes: number } | { ok: false; message: string } {
  const value = env.KNOWLEDGE_MAX_FILE_MB?.trim() ? env.KNOWLEDGE_MAX_FILE_MB : undefined;
  const parsed = schema.shape.KNOWLEDGE_MAX_FILE_MB.safeParse(value);
  if (!parsed.success) return { ok: false, message: `Configuration error: KNOWLEDGE_MAX_FILE_MB ${parsed.error.issues[0]!.message}. See .env.example.` };
  return { ok: true, maxFileBytes: megabytes(parsed.data) };
}

/** A message naming the first required variable that is missing, or null when all are set. */
export function requireSettings(
  config: Config,
  required: ReadonlyArray<"DISCORD_TOKEN" | "DISCORD_CLIENT_ID">,
  purpose: string,
): string | null {
  const values = { DISCORD_TOKEN: config.discordToken, DISCORD_CLIENT_ID: config.discordClientId };
  const missing = required.filter((name) => values[name] === null);
  if (missing.length === 0) return null;
  return `Configuration error: ${missing.join(" and ")} must be set ${purpose}. See .env.example.`;
}

/** Read .env (if any) and the environment; on a bad value print one line and exit non-zero. */
export function loadConfig(): Config {
  dotenv.config({ quiet: true });
  const result = parseConfig(process.env);
  if (!result.ok) exitWithConfigError(result.message);
  return result.config;
}

/** For start-up errors a person must fix: one plain line on stderr, then exit 1. */
export function exitWithConfigError(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
