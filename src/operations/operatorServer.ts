import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Health } from "./botHealth.ts";
import type { BotMetrics } from "./botMetrics.ts";

export interface OperatorServerOptions {
  port: number;
  /** 127.0.0.1 unless the operator chose otherwise: metrics are not for the internet. */
  host: string;
  health: () => Health;
  metrics: BotMetrics;
}

export interface OperatorServer {
  /** http://host:port, with the port actually bound (for port 0). */
  url: string;
  close(): Promise<void>;
}

/**
 * GET /healthz: 200 {"status":"ok"} while serving, 503 {"status":"unavailable","reason":…}
 * otherwise, for a load balancer or systemd's watchdog script. GET /metrics: Prometheus text.
 */
export async function startOperatorServer(options: OperatorServerOptions): Promise<OperatorServer> {
  options.metrics.collectProcessMetrics();
  const server = createServer((req, res) => void respond(req, res, options));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function respond(req: IncomingMessage, res: ServerResponse, options: OperatorServerOptions): Promise<void> {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain", "Only GET\n", { allow: "GET, HEAD" });
  if (path === "/healthz") {
    const health = options.health();
    const body = health.ok ? { status: "ok", articles: health.articles } : { status: "unavailable", reason: health.reason };
    return send(res, health.ok ? 200 : 503, "application/json", `${JSON.stringify(body)}\n`);
  }
  if (path === "/metrics") {
    try {
      const { body, contentType } = await options.metrics.scrape();
      return send(res, 200, contentType, body);
    } catch (error) {
      return send(res, 500, "text/plain", `metrics failed: ${(error as Error).message}\n`);
    }
  }
  return send(res, 404, "text/plain", "Not found: try /healthz or /metrics\n");
}

function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": contentType, "cache-control": "no-store", ...headers });
  res.end(res.req.method === "HEAD" ? undefined : body);
}
