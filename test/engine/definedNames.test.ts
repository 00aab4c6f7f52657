import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented article: it says what its name is ("a festival"), then calls it by that noun.
const festival = article(
  [
    "Organisers announced on Monday that the next Harbourfest will open in Marrow.",
    "Harbourfest is an annual music festival for young bands. The first festival was held in Velby on June 3, 2009. The second festival was held in Ostby on July 9, 2011. This year's festival will be held in Marrow.",
  ],
  "2015-03-10",
  "festival",
);

describe("a name is told by the noun its article defines it by", () => {
  const engine = createEngine([festival]);

  it("dates the name by the sentence that calls it by its noun", () => {
    const a = engine.ask("When was the first Harbourfest?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("June 3, 2009");
    expect(a.citations[0]!.sentence).toContain("first festival was held in Velby");
  });

  it("answers where from the sentence that calls it by its noun", () => {
    const a = engine.ask("Where did the second Harbourfest take place?");
    expect(a.short).toBe("Ostby");
  });

});
