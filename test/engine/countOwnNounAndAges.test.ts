import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented storm and court report: two counts in one sentence, and an age given as either of two.
const engine = createEngine([
  article(["The storm killed 12 people in Vell, including three children.", "The driver, aged 21 or 22, was charged on Monday."], "2023-02-01", "counts"),
]);

describe("a count whose own noun is the one asked, and an age given as either of two", () => {
  it("answers 'how many children' with the number of children, not of the people they are among", () => {
    expect(engine.ask("How many children were killed in Vell?").short).toBe("three");
    expect(engine.ask("How many people were killed in Vell?").short).toBe("12");
  });

  it("answers an age written 'aged 21 or 22' whole", () => {
    expect(engine.ask("How old was the driver?").short).toBe("21 or 22");
  });
});
