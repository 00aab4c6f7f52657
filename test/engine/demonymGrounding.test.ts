import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { isDemonym } from "../../src/analysis/places.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "The Ruvanian parliament met on Monday to discuss the budget.",
      "According to the refugee agency, 9,000 people have fled into Uganda from fighting in eastern Congo in three days.",
      "Aid workers said the camps near the border were full.",
    ],
    "2024-06-03",
    "demonym-grounding",
  ),
]);

describe("grounding: a people named by its country", () => {
  it("answers where the Congolese fled from the sentence that names Congo, not the people", () => {
    const a = engine.ask("Where have the Congolese refugees fled to?");
    expect(a.short).toBe("Uganda");
  });

  it("knows a people's word by its country, and a person's name is none", () => {
    expect(["Congolese", "Kenyans", "Iraqi", "Argentinian", "German", "Palestinians"].every(isDemonym)).toBe(true);
    expect(["Sean", "Brian", "Jordan", "Kenya", "Milan", "Christian"].some(isDemonym)).toBe(false);
  });
});
