import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const cup = createEngine([
  article(
    [
      "The Harbour Shield final was played in Lowmere on Saturday.",
      "After the break, Riverside's Tomas Velk was substituted in for Aldo Brenn.",
    ],
    "2024-06-02",
    "cup",
  ),
]);

describe("a question ending in its verb's preposition, a particle between them", () => {
  it("answers 'who was X substituted in for' with the object of 'for', not a description of X", () => {
    const a = cup.ask("who was Velk substituted in for?");
    expect(a.short).toBe("Aldo Brenn");
  });
});
