import { discordSettings } from "./settings.ts";

export type CooldownResult = { allowed: true } | { allowed: false; retryAt: number };

/**
 * A sliding window per person: at most `max` questions in any `windowMs`. A sliding window
 * (rather than a fixed bucket) means nobody can fire 2×max questions across a bucket edge.
 * Slash commands, DMs and mentions share one window per person.
 */
export class Cooldowns {
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
    const times = (this.recent.get(userId) ?? []).filter((t) => t > since);
    if (times.length >= this.max) {
      this.recent.set(userId, times);
      // The oldest question in the window leaves it first; that's when one more fits.
      return { allowed: false, retryAt: (times[0] ?? at) + this.windowMs };
    }
    times.push(at);
    this.recent.set(userId, times);
    if (this.recent.size > this.maxEntries) this.sweep(since);
    return { allowed: true };
  }

  get size(): number {
    return this.recent.size;
  }

  private sweep(since: number): void {
    for (const [userId, times] of this.recent) {
      if (times.every((t) => t <= since)) this.recent.delete(userId);
    }
  }
}
