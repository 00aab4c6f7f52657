import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeGateway } from "./fakeGateway.ts";
import { applicationId, bot, nextId } from "./payloads.ts";

// A small Discord on 127.0.0.1 for the real discord.js client: the REST routes the bot
// uses, recorded for assertions, with faults that can be injected, plus the gateway.

export interface RecordedRequest {
  method: string;
  /** The path after /api/v10, without the query string. */
  path: string;
  query: URLSearchParams;
  body: any;
  /** The status the fake answered with. */
  status: number;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** The recommended shard count and identify concurrency GET /gateway/bot reports (default 1 and 1). */
export interface ShardingOptions {
  shards?: number;
  maxConcurrency?: number;
}

interface Waiter {
  predicate: (request: RecordedRequest) => boolean;
  resolve: (request: RecordedRequest) => void;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gateway: FakeGateway;
  private readonly faults: Fault[] = [];
  private waiters: Waiter[] = [];

  private constructor(
    private readonly server: Server,
    /** What GET /gateway/bot reports; more than 1 for the sharding test (test/scale). */
    private readonly sharding: ShardingOptions = {},
  ) {
    this.gateway = new FakeGateway(server, () => this.gatewayUrl);
    server.on("request", (req, res) => void this.handle(req, res));
  }

  static async start(sharding: ShardingOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, sharding);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/gateway`;
  }

  /** The next request matching method and path gets this answer instead of the normal one. */
  failNext(fault: Fault): void {
    this.faults.push(fault);
  }

  /** The first request (already made or still to come) that matches. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 20_000): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching request within ${timeoutMs} ms; saw: ${this.requests.map((r) => `${r.method} ${r.path}`).join(", ")}`));
      }, timeoutMs);
      const waiter: Waiter = {
        predicate,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Every request whose path contains `fragment` (an interaction id or token, a channel id). */
  requestsFor(fragment: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.includes(fragment));
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, "");
    const method = req.method ?? "GET";
    const text = await readBody(req);
    const body = parseBody(text, req.headers["content-type"]);
    const faultIndex = this.faults.findIndex((f) => f.method === method && f.path.test(path));
    const [fault] = faultIndex >= 0 ? this.faults.splice(faultIndex, 1) : [];
    const [status, payload, headers] = fault
      ? [fault.status, fault.body ?? { message: "fault", code: 0 }, fault.headers ?? {}]
      : this.route(method, path, body, url.searchParams);
    this.record({ method, path, query: url.searchParams, body, status });
    res.writeHead(status, { ...(payload === null ? {} : { "content-type": "application/json" }), ...headers });
    res.end(payload === null ? undefined : JSON.stringify(payload));
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    for (const waiter of this.waiters.filter((w) => w.predicate(request))) {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.resolve(request);
    }
  }

  private route(method: string, path: string, body: any, query: URLSearchParams): [number, unknown, Record<string, string>] {
    const ok = (payload: unknown): [number, unknown, Record<string, string>] => [200, payload, {}];
    if (method === "GET" && path === "/gateway/bot") {
      const { shards = 1, maxConcurrency = 1 } = this.sharding;
      return ok({ url: this.gatewayUrl, shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: maxConcurrency } });
    }
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      return query.get("with_response") === "true" ? ok({ interaction: { id: path.split("/")[2], type: 2 } }) : [204, null, {}];
    }
    let match = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.exec(path);
    if (match && method === "PATCH") return ok(botMessage(body));
    if (match && method === "DELETE") return [204, null, {}];
    if (method === "POST" && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return ok(botMessage(body));
    match = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (match?.[1] && method === "POST") return ok(botMessage(body, match[1]));
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return ok((body as object[]).map((command) => ({ id: nextId(), application_id: applicationId, version: "1", ...command })));
    }
    return [404, { message: "404: Not Found", code: 0 }, {}];
  }
}

function botMessage(body: any, channelId = "500000000000000001") {
  return {
    id: nextId(),
    channel_id: channelId,
    author: bot,
    content: body?.content ?? "",
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: body?.message_reference ? 19 : 0,
    flags: body?.flags ?? 0,
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** JSON bodies as objects; multipart (files) keeps its payload_json part. */
function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === "") return null;
  if (contentType?.includes("application/json")) return JSON.parse(text);
  const payload = /name="payload_json"\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text);
  return payload?.[1] ? JSON.parse(payload[1]) : text;
}
