import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "The harbour play opens in Tromvik on Friday.",
      "The script was written by Ines Kovac and Tom Bray.",
      "Kovac said the play took two years to finish.",
    ],
    "2024-05-20",
    "play",
  ),
]);

describe("a verb of saying with a work for its object", () => {
  it("asks who made the work: the doer of a passive answers", () => {
    expect(engine.ask("Who wrote the script?").short).toMatch(/^Ines Kovac/);
  });
});
