import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { InteractionLogLine, Outcome } from "../discord/interactionLine.ts";
import type { ReloadResult } from "../live/knowledgeStore.ts";
import { operationsSettings } from "./settings.ts";

/** The four outcomes operators watch; every detailed log outcome falls in one. */
export type MetricOutcome = "answered" | "declined" | "error" | "rate-limited";

/**
 * How each logged outcome counts. "declined" is every reply that is not an answer but not a
 * failure either: the engine had none, the input was refused, the button's target changed.
 */
const outcomeOf: Readonly<Record<Outcome, MetricOutcome>> = Object.freeze({
  answered: "answered",
  paged: "answered",
  "paged-privately": "answered",
  source: "answered",
  posted: "answered",
  unanswered: "declined",
  rejected: "declined",
  "unknown-command": "declined",
  changed: "declined",
  gone: "declined",
  expired: "declined",
  ignored: "declined",
  cooldown: "rate-limited",
  error: "error",
});

/**
 * The bot's Prometheus metrics, in a registry of its own (not prom-client's global one), so
 * two bots in one process (tests) never count into each other.
 */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly interactions: Counter<"command" | "outcome">;
  private readonly latency: Histogram<"command">;
  private readonly reconnects: Counter;
  private readonly reloadSuccess: Gauge;
  private readonly reloadProblems: Gauge;
  private readonly reloadTime: Gauge;
  private defaultsCollected = false;

  constructor(articleCount: () => number) {
    const registers = [this.registry];
    const prefix = operationsSettings.metricPrefix;
    this.interactions = new Counter({
      name: `${prefix}interactions_total`,
      help: "Interactions handled, by command (or dm, mention, button, autocomplete) and outcome: answered, declined, error, rate-limited.",
      labelNames: ["command", "outcome"],
      registers,
    });
    this.latency = new Histogram({
      name: `${prefix}answer_latency_seconds`,
      help: "From receiving a question (slash command, DM or mention) to the answer sent, by command.",
      labelNames: ["command"],
      buckets: [...operationsSettings.latencyBucketsSeconds],
      registers,
    });
    new Gauge({
      name: `${prefix}knowledge_articles`,
      help: "Articles the bot answers from now.",
      registers,
      collect() {
        this.set(articleCount());
      },
    });
    this.reloadSuccess = new Gauge({
      name: `${prefix}knowledge_last_reload_success`,
      help: "1 when the last knowledge (re)load completed, 0 when it failed.",
      registers,
    });
    this.reloadProblems = new Gauge({
      name: `${prefix}knowledge_last_reload_problems`,
      help: "Problems (invalid files) the last knowledge (re)load reported.",
      registers,
    });
    this.reloadTime = new Gauge({
      name: `${prefix}knowledge_last_reload_timestamp_seconds`,
      help: "When the last knowledge (re)load finished, in Unix seconds.",
      registers,
    });
    this.reconnects = new Counter({
      name: `${prefix}gateway_reconnects_total`,
      help: "Times a gateway connection dropped and the client reconnected or resumed.",
      registers,
    });
  }

  /** One finished interaction, from its log line. Latency is only an answer's: autocomplete and buttons are not questions. */
  recordInteraction(line: InteractionLogLine, seconds: number): void {
    const command = line.type === "command" || line.type === "autocomplete" ? (line.command ?? line.type) : line.type;
    const label = line.type === "autocomplete" ? `${command}:autocomplete` : command;
    this.interactions.inc({ command: label, outcome: outcomeOf[line.outcome] });
    if (line.type === "command" || line.type === "dm" || line.type === "mention") this.latency.observe({ command }, seconds);
  }

  recordReload(result: ReloadResult, at: number = Date.now()): void {
    this.reloadSuccess.set(result.ok ? 1 : 0);
    if (result.ok) this.reloadProblems.set(result.report.problems.length);
    this.reloadTime.set(Math.floor(at / 1000));
  }

  /** Count the first load's report now and every later reload as it ends. */
  followKnowledge(store: { onReload(listener: (result: ReloadResult) => void): void }, first: ReloadResult): void {
    this.recordReload(first);
    store.onReload((result) => this.recordReload(result));
  }

  recordReconnect(): void {
    this.reconnects.inc();
  }

  /** Node's process metrics (memory, event-loop lag, CPU) too, once the endpoint is served. */
  collectProcessMetrics(): void {
    if (this.defaultsCollected) return;
    this.defaultsCollected = true;
    collectDefaultMetrics({ register: this.registry, prefix: operationsSettings.metricPrefix });
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
