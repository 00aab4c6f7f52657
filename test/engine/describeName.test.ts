import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { asksWhatNameIs } from "../../src/engine/answers/answerWho.ts";
import type { Query } from "../../src/engine/understandQuestion.ts";
import { article } from "./helpers.ts";

// An invented report naming two organisations by what they are, in apposition.
const engine = createEngine([
  article(
    [
      "A spokesperson for KRAX, the Baltic shipping regulator, said the port would reopen on Monday.",
      "Grain traders had been shut out from Holmfeld Markt, Europe's largest grain retailer, since June.",
    ],
    "2021-06-30",
    "regulator",
  ),
]);

describe("'What is X?' asked after a name", () => {
  it("is read as asking after a name only when all after the copula is one", () => {
    const asks = (raw: string) => asksWhatNameIs({ raw } as Query);
    expect(asks("What is KRAX?")).toBe(true);
    expect(asks("what's Holmfeld Markt")).toBe(true);
    expect(asks("What is the Bank of England?")).toBe(true);
    expect(asks("what is the port")).toBe(false);
    expect(asks("What is KRAX doing?")).toBe(false);
  });

  it("answers with what the articles say the name is, not a phrase of the sentence", () => {
    const a = engine.ask("What is KRAX?");
    expect(a.short).toBe("Baltic shipping regulator");
    expect(a.citations[0]?.sentence).toContain("KRAX, the Baltic shipping regulator");
  });

  it("reads a possessive description too", () => {
    const a = engine.ask("what's Holmfeld Markt");
    expect(a.text).toMatch(/^Holmfeld Markt, Europe's largest grain retailer\./);
  });
});
