import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report where the person asked about is the subject of a passive in a later clause.
const engine = createEngine([
  article(
    [
      "Harbour police said they were called to the marina shortly after midnight when Ted Vance was found unconscious on a jetty.",
      "Riots broke out in the town after Mara Quill was declared the winner of a mayoral vote that her rival says was rigged.",
      "Ted Vance, a 40-year-old fisherman, had worked at the marina for a decade.",
    ],
    "2021-06-03",
    "marina",
  ),
]);

describe("'Who was <participle> …?' asks who had it done to them, not who someone is", () => {
  it("answers with the subject of the sentence's passive, not the main clause's subject", () => {
    const a = engine.ask("Who was found unconscious on the jetty?");
    expect(a.short).toBe("Ted Vance");
    expect(a.citations[0]?.sentence).toContain("was found unconscious");
  });

  it("reads a passive with a complement ('declared the winner')", () => {
    const a = engine.ask("Who was declared the winner of the vote?");
    expect(a.short).toBe("Mara Quill");
    expect(a.citations[0]?.sentence).toContain("was declared the winner");
  });

  it("still describes a person asked by name", () => {
    const a = engine.ask("Who is Ted Vance?");
    expect(a.text).toMatch(/fisherman/);
  });
});
