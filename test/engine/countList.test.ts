import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { findLists } from "../../src/engine/answers/countList.ts";
import { article } from "./helpers.ts";

describe("finding lists in a sentence", () => {
  it("takes the items joined by commas and 'and', the first as wide as the others", () => {
    expect(findLists("Farmers grow wheat, barley, oats and potatoes in the valley.")[0]!.items).toEqual(["wheat", "barley", "oats", "potatoes"]);
    expect(findLists("Envoys from North Korea, South Korea, and Japan met.")[0]!.items).toEqual(["North Korea", "South Korea", "Japan"]);
  });

  it("finds no list of examples or of clauses", () => {
    expect(findLists("They grow crops such as wheat, rice and maize.")).toEqual([]);
    expect(findLists("He said, he went and she came.")).toEqual([]);
  });
});

describe("a count told as a list", () => {
  // Invented.
  const engine = createEngine([
    article([
      "Growers on the plateau plant wheat, barley, oats and potatoes each spring.",
      "The growers' union sent delegates from Arlo, Brenn, and Cato to the fair, with strong early attempts at the prize.",
    ], "2022-04-11", "plateau"),
  ]);

  it("answers how many with the number of items after the question's subject and verb", () => {
    const a = engine.ask("How many crops do growers plant on the plateau?");
    expect(a.short).toBe("four");
    expect(a.text).toMatch(/^Four: wheat, barley, oats and potatoes\./);
  });

  it("declines when the sentence lacks the question's verb, or the list is of names and the question counts things", () => {
    expect(engine.ask("How many crops do growers sell?").answered).toBe(false);
    expect(engine.ask("How many prizes did the union win at the fair?").answered).toBe(false);
  });
});
