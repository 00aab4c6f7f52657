import type { Conversation } from "./types.ts";
import { tuning } from "../tuning.ts";

interface Entry {
  conversation: Conversation;
  lastUsed: number;
}

/**
 * Conversations kept per person (or per batch `conversation` id), forgotten after a
 * while of silence so memory stays bounded and an old topic does not leak into a new one.
 */
export class ConversationStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number = tuning.conversation.ttlMs,
    private readonly maxEntries: number = tuning.conversation.maxConversations,
    private readonly now: () => number = Date.now,
  ) {}

  /** The conversation for `key`, new if unknown or expired. */
  get(key: string): Conversation {
    const at = this.now();
    const entry = this.entries.get(key);
    if (entry && at - entry.lastUsed <= this.ttlMs) {
      entry.lastUsed = at;
      // Re-insert so the Map's order is least recently used first.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.conversation;
    }
    const fresh: Entry = { conversation: { turns: [] }, lastUsed: at };
    this.entries.delete(key);
    this.entries.set(key, fresh);
    this.evict(at);
    return fresh.conversation;
  }

  /** Forget one person's conversation. */
  forget(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private evict(at: number): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && at - entry.lastUsed <= this.ttlMs) break;
      this.entries.delete(key);
    }
  }
}
