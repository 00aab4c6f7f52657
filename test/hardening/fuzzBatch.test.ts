import { describe, expect, it } from "vitest";
import { answerLine } from "../../src/cli/runBatch.ts";
import { ConversationStore } from "../../src/engine/conversations.ts";
import type { Conversation } from "../../src/engine/types.ts";
import { afghanFile, engineFor, seedFile } from "../engine/helpers.ts";
import { hostileLine, hostileQuestion, seeded } from "../../bench/stress/fuzzLines.ts";

describe("any line or question gets a reply or a clear error, never an internal error", { timeout: 60_000 }, () => {
  const engine = engineFor(seedFile, afghanFile);

  it("GIVEN 300 generated hostile batch lines THEN each gets exactly one well-formed reply", () => {
    const random = seeded(20261202);
    const store = new ConversationStore();
    for (let i = 0; i < 300; i++) {
      const line = hostileLine(random, i);
      const reply = answerLine(line, engine, store) as Record<string, unknown>;
      const context = `line ${i}: ${JSON.stringify(line).slice(0, 200)}`;
      expect(Object.hasOwn(reply, "id"), context).toBe(true);
      if (Object.hasOwn(reply, "error")) {
        expect(typeof reply.error, context).toBe("string");
        expect(reply.error as string, context).not.toMatch(/internal error/);
      } else {
        expect(typeof reply.answer, context).toBe("string");
        expect((reply.answer as string).length, context).toBeGreaterThan(0);
        if (reply.answered) expect((reply.citations as unknown[]).length, context).toBeGreaterThan(0);
      }
      expect(() => JSON.parse(JSON.stringify(reply)), context).not.toThrow();
    }
  });

  it("GIVEN 200 generated hostile questions, alone and in one conversation THEN each is answered or declined", () => {
    const random = seeded(7);
    const conversation: Conversation = { turns: [] };
    for (let i = 0; i < 200; i++) {
      const q = hostileQuestion(random);
      const a = engine.ask(q, random() < 0.5 ? conversation : undefined);
      expect(typeof a.text, q.slice(0, 200)).toBe("string");
      expect(a.text.length, q.slice(0, 200)).toBeGreaterThan(0);
      if (!a.answered) expect(a.citations).toEqual([]);
    }
  });
});
