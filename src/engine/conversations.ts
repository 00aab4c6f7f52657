import type { Conversation } from "./types.ts";
import { tuning } from "../tuning.ts";

interface Entry {
  conversation: Conversation;
  lastUsed: number;
  /** Estimated memory held, as of the last time it was measured. */
  bytes: number;
}

/**
 * Conversations kept per person (or per batch `conversation` id), forgotten after a
 * while of silence so memory stays bounded and an old topic does not leak into a new one.
 * Bounded by count and by estimated size: the least recently used go first.
 */
export class ConversationStore {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** The conversation handed out last: the engine adds a turn to it after `get`, so it is measured again at the next call. */
  private lastKey: string | null = null;

  constructor(
    private readonly ttlMs: number = tuning.conversation.ttlMs,
    private readonly maxEntries: number = tuning.conversation.maxConversations,
    private readonly now: () => number = Date.now,
    private readonly maxBytes: number = tuning.conversation.maxBytes,
  ) {}

  /** The conversation for `key`, new if unknown or expired. */
  get(key: string): Conversation {
    const at = this.now();
    if (this.lastKey !== null) this.measure(this.lastKey);
    this.lastKey = key;
    const entry = this.entries.get(key);
    if (entry && at - entry.lastUsed <= this.ttlMs) {
      entry.lastUsed = at;
      // Re-insert so the Map's order is least recently used first.
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.evict(at, key);
      return entry.conversation;
    }
    this.forget(key);
    const fresh: Entry = { conversation: { turns: [] }, lastUsed: at, bytes: 0 };
    this.entries.set(key, fresh);
    this.measure(key);
    this.evict(at, key);
    return fresh.conversation;
  }

  /** Forget one person's conversation. */
  forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Estimated memory held by all conversations, in bytes. */
  get estimatedBytes(): number {
    return this.bytes;
  }

  private measure(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    const bytes = estimateBytes(key, entry.conversation);
    this.bytes += bytes - entry.bytes;
    entry.bytes = bytes;
  }

  /** Drops expired conversations, then the least recently used while over a bound; never `keep`, the one just handed out. */
  private evict(at: number, keep: string): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes && at - entry.lastUsed <= this.ttlMs) break;
      if (key === keep) continue;
      this.forget(key);
    }
  }
}

/** Roughly what a conversation holds: its text, two bytes a character, and a little per object. */
function estimateBytes(key: string, conversation: Conversation): number {
  let chars = key.length;
  let objects = 1;
  for (const turn of conversation.turns) {
    const a = turn.answer;
    chars += turn.question.length + a.text.length + (a.short?.length ?? 0);
    for (const c of a.citations) chars += c.sentence.length + c.title.length + c.doc.length;
    for (const item of a.items ?? []) chars += item.text.length + item.citation.sentence.length;
    for (const s of a.suggestions ?? []) chars += s.length;
    objects += 4 + a.citations.length + (a.items?.length ?? 0) + (turn.focus?.sentences.length ?? 0);
  }
  return chars * 2 + objects * 64;
}
