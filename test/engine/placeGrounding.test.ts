import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "The derailment happened shortly after midnight at a freight yard in the small coastal market town of Marrowby.",
      "Prior to the inquiry, the line was run by a private operator to encourage tourism.",
    ],
    "2024-02-11",
    "derailment",
  ),
]);

describe("a where-answer must stand where the sentence puts a place", () => {
  it("accepts a place at the end of a long phrase a preposition of place opens", () => {
    expect(engine.ask("Where did the derailment happen?").short).toBe("Marrowby");
  });

  it("still declines a phrase that stands after no preposition of place", () => {
    expect(engine.ask("Where was the line run to encourage tourism?").answered).toBe(false);
  });
});
