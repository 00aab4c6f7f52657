import { describe, expect, it } from "vitest";
import type { Conversation } from "../../src/engine/types.ts";
import { afghanFile, engineFor, seedFile } from "./helpers.ts";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const ODD_INPUTS = [
  "?", "???", "..", "when", "who", "how many", "what", "why?", "\u0000", "🙂🙂🙂", "@everyone", "<@123456789012345678>",
  "SELECT * FROM troops;", "how many troops are in iraq".repeat(40), "\"", "“unclosed", "'", "who said ''?",
  "When did 2020 happen?", "Who is the?", "What did the say?", "How many  ?", "timeline timeline timeline",
  "and", "and what might that drop to?", "When did he say that?", "قوات", "軍隊はいくつ", "ТРУМП",
];

describe("any input gets a reply, never an exception", () => {
  const engine = () => engineFor(seedFile, afghanFile);

  it("answers odd inputs, in and out of a conversation", () => {
    const c: Conversation = { turns: [] };
    for (const q of ODD_INPUTS) {
      for (const conversation of [undefined, c]) {
        const a = engine().ask(q, conversation);
        expect(typeof a.text).toBe("string");
        expect(a.text.length).toBeGreaterThan(0);
        if (!a.answered) expect(a.citations).toEqual([]);
      }
    }
  });

  it("answers random word salads drawn from the articles' own words", () => {
    const next = random(7);
    const vocabulary = "how many when who what where why did said troops Iraq Afghanistan Pompeo Miller the of to last week January reduce timeline he she it that".split(" ");
    const c: Conversation = { turns: [] };
    for (let i = 0; i < 300; i++) {
      const q = Array.from({ length: 1 + Math.floor(next() * 8) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(" ");
      const a = engine().ask(q, next() < 0.5 ? c : undefined);
      if (a.answered) expect(a.citations.length).toBeGreaterThan(0);
    }
  });
});
