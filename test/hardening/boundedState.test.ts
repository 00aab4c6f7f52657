import { describe, expect, it } from "vitest";
import { canonical, canonicalCacheSize } from "../../src/analysis/text.ts";
import { Cooldowns } from "../../src/discord/cooldowns.ts";
import { ConversationStore } from "../../src/engine/conversations.ts";
import type { Answer } from "../../src/engine/types.ts";

const answer = (text: string): Answer => ({ answered: false, text, lead: text, short: null, citations: [], kind: "unknown", confidence: 0 });

describe("state that grows with users and text has bounds", () => {
  it("GIVEN a flood of new people within one window THEN each costs little and the cooldowns stay bounded", () => {
    let now = 0;
    const cooldowns = new Cooldowns(5, 10_000, () => now, 1000);
    let allowed = 0;
    for (let i = 0; i < 50_000; i++) {
      now = i / 10; // 50,000 people in 5 s, all inside one window
      if (cooldowns.take(`user${i}`).allowed) allowed++;
    }
    expect(allowed).toBe(50_000);
    // Every entry was inside its window, so the old sweep removed none and ran on every question.
    expect(cooldowns.size).toBeLessThanOrEqual(2000);
    now = 100_000;
    cooldowns.take("late");
    expect(cooldowns.size).toBe(1);
  });

  it("GIVEN people still inside their window THEN their cooldown holds while older ones expire", () => {
    let now = 0;
    const cooldowns = new Cooldowns(1, 1000, () => now, 10);
    cooldowns.take("a");
    now = 600;
    cooldowns.take("b");
    now = 1200;
    expect(cooldowns.take("b")).toMatchObject({ allowed: false });
    expect(cooldowns.take("a")).toEqual({ allowed: true });
  });

  it("GIVEN conversations holding long turns THEN the least recently used are forgotten past the size bound", () => {
    const store = new ConversationStore(60_000, 1000, () => 0, 100_000);
    for (let i = 0; i < 50; i++) {
      const c = store.get(`c${i}`);
      c.turns.push({ question: "q".repeat(2000), answer: answer("a".repeat(8000)) });
    }
    store.get("probe");
    expect(store.estimatedBytes).toBeLessThanOrEqual(100_000);
    expect(store.size).toBeLessThan(10);
    expect(store.size).toBeGreaterThan(1);
    // The most recent ones are kept.
    expect(store.get("c49").turns).toHaveLength(1);
  });

  it("GIVEN many distinct words and very long ones THEN the word cache stays bounded", () => {
    for (let i = 0; i < 60_000; i++) canonical(`zq${i.toString(36)}word`);
    expect(canonicalCacheSize()).toBeLessThanOrEqual(50_000);
    const before = canonicalCacheSize();
    canonical("y".repeat(5000));
    expect(canonicalCacheSize()).toBe(before);
  });
});
