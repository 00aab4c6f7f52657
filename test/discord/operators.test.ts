// /about, and the operator endpoints (/healthz, /metrics) over loopback HTTP, on the real bot
// logged into the fake Discord.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.ts";
import type { Engine } from "../../src/engine/types.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { KnowledgeStore } from "../../src/live/knowledgeStore.ts";
import { embedProblems } from "../../src/discord/render/embedLimits.ts";
import { formatDuration } from "../../src/discord/render/renderAbout.ts";
import type { OperatorServer } from "../../src/operations/operatorServer.ts";
import { startOperations } from "../../src/operations/startOperations.ts";
import { knowledgeDir } from "./support/engine.ts";
import * as raw from "./support/payloads.ts";
import { startTestBot, type TestBot } from "./support/startTestBot.ts";
import { fakeToken } from "./support/testConfig.ts";
import { callbackOf } from "./support/requests.ts";

const quiet = { info() {}, warn() {} };
const packageVersion = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

let dir: string;
let store: KnowledgeStore;
/** What engine() returns: the store's, or (to test health) one with no article. */
let override: Engine | null = null;
let t: TestBot;
let ops: OperatorServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "operators-knowledge-"));
  cpSync(knowledgeDir, dir, { recursive: true });
  const opened = await KnowledgeStore.open(dir, { logger: quiet });
  store = opened.store;
  t = await startTestBot(() => override ?? store.engine(), { METRICS_PORT: "0", COOLDOWN_MAX: "2", COOLDOWN_WINDOW_SECONDS: "60" });
  t.context.metrics.followKnowledge(store, { ok: true, report: opened.report });
  ops = (await startOperations(t.bot, t.context))!;
}, 60_000);

afterAll(async () => {
  await ops?.close();
  await t?.close();
});


function dispatch<T extends object>(interaction: T): T {
  t.fake.gateway.dispatch("INTERACTION_CREATE", interaction);
  return interaction;
}

async function get(path: string, method = "GET") {
  const response = await fetch(`${ops.url}${path}`, { method });
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

/** The value of one series in the exposition text, or null when absent. */
async function sample(series: string): Promise<number | null> {
  const { text } = await get("/metrics");
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe("/about", { timeout: 30_000 }, () => {
  it("GIVEN /about THEN privately: the version, the number of articles, the newest and its date, uptime and where the docs are", async () => {
    const about = dispatch(raw.chatInput("about", {}, { user: raw.user(), inGuild: true }));
    const body = (await t.fake.waitForRequest(callbackOf(about))).body;
    expect(body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    const [embed] = body.data.embeds;
    expect(embedProblems(embed)).toEqual([]);
    const field = (name: string) => embed.fields.find((f: { name: string }) => f.name === name)?.value as string;
    expect(field("Version")).toBe(packageVersion);
    expect(field("Articles")).toBe("1");
    expect(field("Newest article")).toContain("Trump reiterates intention to withdraw US troops from Iraq");
    expect(field("Newest article")).toContain("21 August 2020");
    expect(field("Up for")).toMatch(/minute|hour|day/);
    expect(field("Source code and documentation")).toContain("Adding articles");
  });

  it("formats uptime in its two largest units", () => {
    expect(formatDuration(30_000)).toBe("less than a minute");
    expect(formatDuration(61_000)).toBe("1 minute");
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000 + 5 * 60_000)).toBe("3 days, 4 hours");
    expect(formatDuration(86_400_000 + 5 * 60_000)).toBe("1 day");
  });
});

describe("operator endpoints", { timeout: 30_000 }, () => {
  it("GIVEN METRICS_PORT THEN they listen on 127.0.0.1 only; without it nothing is configured to listen", () => {
    expect(ops.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const off = parseConfig({ DISCORD_TOKEN: fakeToken });
    expect(off.ok && off.config.metrics).toBeNull();
    const wide = parseConfig({ DISCORD_TOKEN: fakeToken, METRICS_PORT: "9464", METRICS_HOST: "0.0.0.0" });
    expect(wide.ok && wide.config.metrics).toEqual({ port: 9464, host: "0.0.0.0" });
    const bad = parseConfig({ DISCORD_TOKEN: fakeToken, METRICS_PORT: "70000" });
    expect(bad.ok ? "" : bad.message).toMatch(/^Configuration error: METRICS_PORT must be 0 \(any free port\) to 65535/);
  });

  it("GIVEN the gateway connected and articles loaded THEN /healthz is 200; no article THEN 503 with the reason", async () => {
    const ok = await get("/healthz");
    expect([ok.status, ok.type, JSON.parse(ok.text)]).toEqual([200, "application/json", { status: "ok", articles: 1 }]);
    override = createEngine([]);
    try {
      const empty = await get("/healthz");
      expect([empty.status, JSON.parse(empty.text)]).toEqual([503, { status: "unavailable", reason: "no article is loaded" }]);
    } finally {
      override = null;
    }
    expect((await get("/nowhere")).status).toBe(404);
    expect((await get("/metrics", "POST")).status).toBe(405);
  });

  it("GIVEN interactions THEN /metrics counts them by command and outcome, with the answer latency", async () => {
    const who = raw.user();
    dispatch(raw.chatInput("ask", { question: "How many US troops are in Iraq?" }, { user: who }));
    await t.waitForLog((l) => l.command === "ask" && l.user === who.id);
    const hint = raw.user();
    dispatch(raw.chatInput("ask", { question: "?!" }, { user: hint }));
    await t.waitForLog((l) => l.command === "ask" && l.user === hint.id);
    const busy = raw.user();
    const seen = new Set<object>();
    for (let i = 0; i < 3; i++) dispatch(raw.chatInput("troops", {}, { user: busy }));
    await t.waitForLog((l) => l.command === "troops" && l.user === busy.id && l.outcome === "cooldown");
    for (let i = 0; i < 2; i++) await t.waitForLog((l) => l.command === "troops" && l.user === busy.id && l.outcome === "answered" && !seen.has(l) && seen.add(l) !== undefined);
    const unlucky = raw.user();
    const timeline = raw.chatInput("timeline", {}, { user: unlucky });
    // Only this interaction's edit fails, whatever else is in flight.
    t.fake.failNext({ method: "PATCH", path: new RegExp(`/${timeline.token}/messages/@original$`), status: 400, body: { message: "Invalid Form Body", code: 50035 } });
    dispatch(timeline);
    await t.waitForLog((l) => l.msg === "interaction failed" && l.user === unlucky.id);

    const { status, type, text } = await get("/metrics");
    expect(status).toBe(200);
    expect(type).toContain("text/plain");
    expect(text).toContain("# TYPE newsbot_interactions_total counter");
    expect(await sample('newsbot_interactions_total{command="ask",outcome="answered"}')).toBe(1);
    expect(await sample('newsbot_interactions_total{command="ask",outcome="declined"}')).toBe(1);
    expect(await sample('newsbot_interactions_total{command="troops",outcome="rate-limited"}')).toBe(1);
    expect(await sample('newsbot_interactions_total{command="timeline",outcome="error"}')).toBe(1);
    expect(await sample('newsbot_answer_latency_seconds_count{command="ask"}')).toBe(2);
    expect(await sample('newsbot_answer_latency_seconds_bucket{le="+Inf",command="ask"}')).toBe(2);
    expect(await sample("newsbot_knowledge_articles")).toBe(1);
    expect(await sample("newsbot_process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("GIVEN reloads THEN the last reload's result; a gateway drop THEN one reconnect", async () => {
    expect(await sample("newsbot_knowledge_last_reload_success")).toBe(1);
    await store.reload();
    expect(await sample("newsbot_knowledge_last_reload_success")).toBe(1);
    rmSync(dir, { recursive: true, force: true });
    await expect(store.reload()).rejects.toThrow();
    expect(await sample("newsbot_knowledge_last_reload_success")).toBe(0);
    expect(await sample("newsbot_knowledge_articles")).toBe(1); // the previous knowledge still answers

    expect(await sample("newsbot_gateway_reconnects_total")).toBe(0);
    t.fake.gateway.drop();
    await t.fake.gateway.whenLive();
    expect(await sample("newsbot_gateway_reconnects_total")).toBe(1);
  });

  it("GIVEN the gateway closed THEN /healthz is 503 saying so", async () => {
    await t.bot.stop();
    const down = await get("/healthz");
    expect([down.status, JSON.parse(down.text)]).toEqual([503, { status: "unavailable", reason: "the Discord gateway is not connected" }]);
  });
});
