import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report whose doer stands in a participle phrase after its noun ("the inquiry led by …").
const engine = createEngine([
  article(
    [
      "The Harbour Board said on Monday that the pier would stay shut.",
      "The Harbour Board inquiry led by Ann Roe has yet to question the crew.",
      "The Harbour Board, in partnership with the Tarn Rowing Club, is hosting the regatta for children with asthma.",
    ],
    "2021-05-02",
    "inquiry",
  ),
]);

describe("'Who is <verb>ing …?' asks who does it", () => {
  it("answers with the agent of a participle after its noun ('the inquiry led by Ann Roe')", () => {
    const a = engine.ask("Who is leading the Harbour Board inquiry?");
    expect(a.short).toBe("Ann Roe");
    expect(a.citations[0]?.sentence).toContain("led by Ann Roe");
    // Not read as asking who someone is.
    expect(a.text).not.toMatch(/^What the articles say of/);
  });

  it("answers 'Who is X <verb>ing with?' with the object of the verb's noun ('in partnership with …')", () => {
    const a = engine.ask("Who is the Harbour Board partnering with?");
    expect(a.short).toBe("Tarn Rowing Club");
    expect(a.citations[0]?.sentence).toContain("in partnership with the Tarn Rowing Club");
  });
});
