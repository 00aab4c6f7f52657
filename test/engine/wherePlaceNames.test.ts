import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences: a place's name with lowercase particles, and a day after a place's comma.
const engine = createEngine([
  article(
    [
      "More than 5,000 people gathered on Plaza de la Libertad in Velby to greet the team.",
      "At a meeting in Paris, Tuesday, Mayor Ana Ruiz and Governor Tom Reyes agreed to share the bridge costs.",
    ],
    "2021-06-10",
    "places",
  ),
]);

describe("place names in where-answers", () => {
  it("keeps lowercase particles inside a place's name", () => {
    expect(engine.ask("Where did the crowd gather in Velby?").short).toBe("Plaza de la Libertad");
  });

  it("ends the place at a day after its comma: a day and the people after it are no list of places", () => {
    expect(engine.ask("Where did Ruiz and Reyes meet on Tuesday?").short).toBe("Paris");
  });
});
