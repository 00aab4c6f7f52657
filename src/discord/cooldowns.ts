import { discordSettings } from "./settings.ts";

/** How far past `maxEntries` people active within one window are still all remembered. */
const OVERFLOW_FACTOR = 2;

export type CooldownResult = { allowed: true } | { allowed: false; retryAt: number };

/**
 * A sliding window per person: at most `max` questions in any `windowMs`. A sliding window
 * (rather than a fixed bucket) means nobody can fire 2×max questions across a bucket edge.
 * Slash commands, DMs and mentions share one window per person.
 */
export class Cooldowns {
  /** Each person's question times, ordered by their latest question: the oldest come first, so expiry reads from the front. */
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries: number = discordSettings.maxCooldownEntries,
  ) {}

  /** Count one question by `userId` if the window allows it; otherwise say when it will. */
  take(userId: string): CooldownResult {
    const at = this.now();
    const since = at - this.windowMs;
    this.sweep(since);
    const times = (this.recent.get(userId) ?? []).filter((t) => t > since);
    if (times.length >= this.max) {
      // In place: the latest question, and so the order, is unchanged.
      this.recent.set(userId, times);
      // The oldest question in the window leaves it first; that's when one more fits.
      return { allowed: false, retryAt: (times[0] ?? at) + this.windowMs };
    }
    times.push(at);
    this.recent.delete(userId);
    this.recent.set(userId, times);
    // A flood of new people within one window: the least recent are forgotten first, so memory stays bounded.
    for (const oldest of this.recent.keys()) {
      if (this.recent.size <= this.maxEntries * OVERFLOW_FACTOR) break;
      this.recent.delete(oldest);
    }
    return { allowed: true };
  }

  get size(): number {
    return this.recent.size;
  }

  /** Forgets people whose latest question left the window: they are at the front, so this costs only what it removes. */
  private sweep(since: number): void {
    for (const [userId, times] of this.recent) {
      if ((times.at(-1) ?? 0) > since) break;
      this.recent.delete(userId);
    }
  }
}
