import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "Those who signed the letter included Dunmore alderman Ray Colt, County Commissioner Anna Vell, City Clerk Tomas Brin and alderman Petra Ostrov.",
      "The letter was sent on Monday.",
    ],
    "2024-04-10",
    "letter",
  ),
]);

describe("'Is X a <role>?' read from X's own title", () => {
  it("answers no when the article gives the role to someone else beside X, titled otherwise", () => {
    const a = engine.ask("Is Tomas Brin an alderman?");
    expect(a.lead).toMatch(/^No\b/);
    expect(a.citations[0]!.sentence).toMatch(/City Clerk Tomas Brin/);
  });

  it("answers yes when X's own title is the role", () => {
    expect(engine.ask("Is Ray Colt an alderman?").lead).toMatch(/^Yes\b/);
  });
});
