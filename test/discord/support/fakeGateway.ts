import type { Server } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";
import { bot, applicationId, guildChannelId, guildId } from "./payloads.ts";

// The gateway half of the fake Discord: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats
// acknowledged, RESUME → RESUMED, and dispatches sent on demand with increasing sequence numbers.

export interface GatewayStats {
  identifies: number;
  resumes: number;
  /** Close codes sent by the client, in order (1000 = a clean shutdown). */
  clientCloseCodes: number[];
  intents: number | null;
}

export class FakeGateway {
  readonly stats: GatewayStats = { identifies: 0, resumes: 0, clientCloseCodes: [], intents: null };
  private readonly wss: WebSocketServer;
  private socket: WebSocket | null = null;
  private live = false;
  private sequence = 0;
  private readonly sessionId = "fake-session";
  private liveWaiters: Array<() => void> = [];
  /** Identified connections by shard id, for bots run as several shards (test/scale). */
  private readonly shardSockets = new Map<number, WebSocket>();
  private shardWaiters: Array<{ count: number; resolve: () => void }> = [];

  constructor(server: Server, private readonly url: () => string) {
    this.wss = new WebSocketServer({ server, path: "/gateway" });
    this.wss.on("connection", (socket) => this.accept(socket));
  }

  /** Send a dispatch event to the connected, identified client. */
  dispatch(t: string, d: unknown): void {
    if (!this.socket || !this.live) throw new Error(`gateway not connected; cannot send ${t}`);
    this.send(this.socket, { op: 0, t, s: ++this.sequence, d });
  }

  /** Send a dispatch event on the connection of one shard, as Discord routes a guild's events to its shard. */
  dispatchToShard(shard: number, t: string, d: unknown): void {
    const socket = this.shardSockets.get(shard);
    if (!socket) throw new Error(`shard ${shard} is not connected; cannot send ${t}`);
    this.send(socket, { op: 0, t, s: ++this.sequence, d });
  }

  /** Ids of the shards identified and connected now, in order. */
  connectedShards(): number[] {
    return [...this.shardSockets.keys()].sort((a, b) => a - b);
  }

  /** Resolves when `count` different shards have identified. */
  async whenShardsLive(count: number): Promise<void> {
    if (this.shardSockets.size >= count) return;
    await new Promise<void>((resolve) => this.shardWaiters.push({ count, resolve }));
  }

  /** Cut the connection without a close frame, as a network failure would. */
  drop(): void {
    this.live = false;
    this.socket?.terminate();
    this.socket = null;
  }

  /** Resolves when a client is identified or resumed and events can be dispatched. */
  async whenLive(): Promise<void> {
    if (this.live) return;
    await new Promise<void>((resolve) => this.liveWaiters.push(resolve));
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    this.socket = socket;
    this.live = false;
    socket.on("close", (code) => {
      this.stats.clientCloseCodes.push(code);
      if (this.socket === socket) {
        this.socket = null;
        this.live = false;
      }
    });
    socket.on("message", (raw) => this.receive(socket, JSON.parse(String(raw)) as { op: number; d: any }));
    this.send(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  private receive(socket: WebSocket, payload: { op: number; d: any }): void {
    switch (payload.op) {
      case 1:
        this.send(socket, { op: 11 });
        break;
      case 2:
        this.stats.identifies += 1;
        this.stats.intents = payload.d.intents;
        this.sequence = 0;
        this.send(socket, { op: 0, t: "READY", s: ++this.sequence, d: { ...this.ready(), shard: payload.d.shard ?? [0, 1] } });
        this.send(socket, { op: 0, t: "GUILD_CREATE", s: ++this.sequence, d: guild() });
        this.goLive();
        this.shardLive(socket, payload.d.shard?.[0] ?? 0);
        break;
      case 6:
        this.stats.resumes += 1;
        this.send(socket, { op: 0, t: "RESUMED", s: ++this.sequence, d: {} });
        this.goLive();
        break;
      default:
        break;
    }
  }

  private goLive(): void {
    this.live = true;
    for (const resolve of this.liveWaiters.splice(0)) resolve();
  }

  private shardLive(socket: WebSocket, shard: number): void {
    this.shardSockets.set(shard, socket);
    socket.on("close", () => {
      if (this.shardSockets.get(shard) === socket) this.shardSockets.delete(shard);
    });
    const ready = this.shardWaiters.filter((w) => this.shardSockets.size >= w.count);
    this.shardWaiters = this.shardWaiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  private send(socket: WebSocket, payload: object): void {
    socket.send(JSON.stringify(payload));
  }

  private ready() {
    return {
      v: 10,
      user: bot,
      guilds: [{ id: guildId, unavailable: true }],
      session_id: this.sessionId,
      resume_gateway_url: this.url(),
      shard: [0, 1],
      application: { id: applicationId, flags: 0 },
      private_channels: [],
    };
  }
}

function guild() {
  return {
    id: guildId,
    name: "Test server",
    icon: null,
    owner_id: "300000000000000009",
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    features: [],
    roles: [{ id: guildId, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [{ id: guildChannelId, type: 0, name: "general", position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    emojis: [],
    stickers: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_flags: 0,
    preferred_locale: "en-US",
    premium_progress_bar_enabled: false,
  };
}
