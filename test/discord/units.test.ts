import { describe, expect, it } from "vitest";
import { parseConfig, requireSettings } from "../../src/config.ts";
import { Cooldowns } from "../../src/discord/cooldowns.ts";
import { checkQuestion, stripBotMention } from "../../src/discord/question.ts";
import { logInteraction, redactTokens } from "../../src/discord/interactionLog.ts";
import { createBotContext } from "../../src/discord/context.ts";
import { recordingLogger, testConfig } from "./support/testConfig.ts";
import type { Engine } from "../../src/engine/types.ts";
import { fakeToken } from "./support/testConfig.ts";

describe("config", () => {
  it("GIVEN a valid environment THEN it is typed, with defaults", () => {
    const result = parseConfig({ DISCORD_TOKEN: fakeToken, DISCORD_CLIENT_ID: "123456789012345678", DISCORD_GUILD_ID: "" });
    expect(result.ok && result.config).toMatchObject({
      discordClientId: "123456789012345678",
      discordGuildId: null,
      knowledgeDir: "knowledge",
      logLevel: "info",
      cooldown: { max: 5, windowMs: 10_000 },
    });
    expect(result.ok && result.config.discordToken).toBe(fakeToken);
  });

  it("GIVEN a malformed token THEN one line names the variable and never shows the value", () => {
    const result = parseConfig({ DISCORD_TOKEN: "Bot secret-value-123" });
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toMatch(/^Configuration error: DISCORD_TOKEN must be the bot token/);
    expect(message).not.toContain("secret-value-123");
    expect(message).not.toContain("\n");
  });

  it("GIVEN bad numbers and ids THEN each variable is named", () => {
    const result = parseConfig({ COOLDOWN_MAX: "many", DISCORD_GUILD_ID: "abc", LOG_LEVEL: "loud" });
    const message = result.ok ? "" : result.message;
    for (const name of ["COOLDOWN_MAX", "DISCORD_GUILD_ID", "LOG_LEVEL"]) expect(message).toContain(name);
  });

  it("the token is not enumerable, so logging the config cannot print it", () => {
    const result = parseConfig({ DISCORD_TOKEN: fakeToken });
    expect(JSON.stringify(result.ok && result.config)).not.toContain(fakeToken);
  });

  it("deploying without a client id names DISCORD_CLIENT_ID", () => {
    const result = parseConfig({ DISCORD_TOKEN: fakeToken });
    expect(result.ok && requireSettings(result.config, ["DISCORD_TOKEN", "DISCORD_CLIENT_ID"], "to register commands")).toBe(
      "Configuration error: DISCORD_CLIENT_ID must be set to register commands. See .env.example.",
    );
  });
});

describe("Cooldowns", () => {
  it("GIVEN 2 in 10 s THEN the third is refused until the first leaves the window", () => {
    let now = 1_000_000;
    const cooldowns = new Cooldowns(2, 10_000, () => now);
    expect(cooldowns.take("a")).toEqual({ allowed: true });
    now += 4000;
    expect(cooldowns.take("a")).toEqual({ allowed: true });
    expect(cooldowns.take("a")).toEqual({ allowed: false, retryAt: 1_010_000 });
    expect(cooldowns.take("b")).toEqual({ allowed: true });
    now = 1_010_001;
    expect(cooldowns.take("a")).toEqual({ allowed: true });
  });

  it("forgets people who went quiet once it grows past its bound", () => {
    let now = 0;
    const cooldowns = new Cooldowns(1, 1000, () => now, 3);
    for (const user of ["a", "b", "c"]) cooldowns.take(user);
    now = 5000;
    cooldowns.take("d");
    expect(cooldowns.size).toBe(1);
  });
});

describe("questions", () => {
  it("rejects text without a letter or digit, and walls of text", () => {
    expect(checkQuestion("😀🎉 !!").ok).toBe(false);
    expect(checkQuestion("").ok).toBe(false);
    expect(checkQuestion("a".repeat(6000)).ok).toBe(false);
    expect(checkQuestion("  how many\ntroops? ")).toEqual({ ok: true, question: "how many troops?" });
  });

  it("strips the bot's mention in both forms", () => {
    expect(stripBotMention("<@123> hi <@!123>", "123").trim()).toBe("hi");
  });

  it("redacts interaction and webhook tokens from urls", () => {
    expect(redactTokens("https://x/api/v10/webhooks/123/aW50ZXJhY3Rpb24.abc/messages/@original")).toBe(
      "https://x/api/v10/webhooks/123/[token]/messages/@original",
    );
  });
});

describe("interaction log lines", () => {
  const line = { type: "dm" as const, user: "1", guild: null, outcome: "answered" as const, text: "my private question" };
  const noEngine = () => {
    throw new Error("not used");
  };

  it("GIVEN info level THEN the line has latency and outcome but not the person's words", () => {
    const { log, lines } = recordingLogger("info");
    logInteraction(createBotContext({ config: testConfig(), engine: noEngine as () => Engine, log }), performance.now(), line);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: "interaction", type: "dm", outcome: "answered", latencyMs: expect.any(Number) });
    expect(lines[0]?.text).toBeUndefined();
  });

  it("GIVEN debug level THEN the text is logged too", () => {
    const { log, lines } = recordingLogger("debug");
    logInteraction(createBotContext({ config: testConfig(), engine: noEngine as () => Engine, log }), performance.now(), line);
    expect(lines[0]?.text).toBe("my private question");
  });
});
