import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report whose people carry accented names, asked about as a reader types them.
const engine = createEngine([
  article(
    [
      "The Adriatic regatta was cancelled on Sunday after a storm.",
      "Later, Dražen Kovač, president of the Adriatic Rowing Federation, said the race would be held in May.",
      "Ferry captain Tomás Ibáñez sailed to Split with the crews.",
    ],
    "2016-06-18",
    "regatta",
  ),
]);

describe("a name with accents, asked about in the question", () => {
  it("finds the person by the name written with or without its accents", () => {
    for (const q of ["What is Dražen Kovač's position?", "What is Drazen Kovac's position?"]) {
      const a = engine.ask(q);
      expect(a.text.split("\n")[0]).toMatch(/president of the Adriatic Rowing Federation/);
    }
  });
});
