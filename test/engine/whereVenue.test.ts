import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented science report: where a study appeared is a publication, where people met is a place.
const engine = createEngine([
  article(
    [
      "A team from the University of Vell studied salt marshes in Brenmark for six years.",
      "The findings were published in the medical journal The Lancet on Monday.",
      "The team later met in Oslo to plan a second study.",
    ],
    "2024-05-02",
    "marsh",
  ),
]);

describe("where something was published", () => {
  it("answers with the publication named after its noun, not a place of the article", () => {
    const a = engine.ask("Where were the findings published?");
    expect(a.short).toBe("The Lancet");
    expect(a.citations[0]?.sentence).toContain("published in the medical journal The Lancet");
  });

  it("leaves other where-questions to places", () => {
    expect(engine.ask("Where did the team meet?").short).toBe("Oslo");
  });
});
