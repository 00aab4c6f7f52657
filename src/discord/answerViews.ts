import type { APIEmbed } from "discord.js";
import { randomBytes } from "node:crypto";
import { discordSettings } from "./settings.ts";

/** A paged answer that was sent, so its buttons can show the other pages. */
export interface AnswerView {
  /** Only this person may turn the pages: on a shared channel others would scroll it away from them. */
  ownerId: string;
  pages: APIEmbed[];
  createdAt: number;
}

/**
 * Paged answers kept in memory. Button ids carry only a short view id and a page number
 * (custom ids are limited to 100 characters, questions are not), so the pages live here,
 * bounded in count and age.
 */
export class AnswerViews {
  private readonly views = new Map<string, AnswerView>();

  constructor(
    private readonly ttlMs: number = discordSettings.viewTtlMs,
    private readonly maxViews: number = discordSettings.maxViews,
    private readonly now: () => number = Date.now,
  ) {}

  add(ownerId: string, pages: APIEmbed[]): string {
    const id = randomBytes(6).toString("base64url");
    this.views.set(id, { ownerId, pages, createdAt: this.now() });
    this.evict();
    return id;
  }

  /** The view, or null when unknown or expired. */
  get(id: string): AnswerView | null {
    const view = this.views.get(id);
    if (!view) return null;
    if (this.now() - view.createdAt > this.ttlMs) {
      this.views.delete(id);
      return null;
    }
    return view;
  }

  get size(): number {
    return this.views.size;
  }

  private evict(): void {
    const at = this.now();
    // Map order is insertion order, so the oldest views come first.
    for (const [id, view] of this.views) {
      if (this.views.size <= this.maxViews && at - view.createdAt <= this.ttlMs) break;
      this.views.delete(id);
    }
  }
}
