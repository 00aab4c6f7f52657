import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { isPlacePart } from "../../src/analysis/places.ts";
import { article } from "./helpers.ts";

// An invented report that places things by a part of a named place ("the south coast of Norland").
const engine = createEngine([
  article(
    [
      "The crippled refinery on the south coast of Norland is now as dangerous as the blast at Harwick in 1990, inspectors said.",
      "A ferry ran aground off the coast of Vella on Monday.",
      "The old fort stands on a hill along the Grey Sea overlooking the harbour.",
    ],
    "2021-04-12",
    "coast",
  ),
]);

describe("where: a part of a named place", () => {
  it("knows such a phrase by its lowercase part and its capitalised place", () => {
    expect(isPlacePart("the south coast of Norland")).toBe(true);
    expect(isPlacePart("the outskirts of Lyon")).toBe(true);
    expect(isPlacePart("the heart of the matter")).toBe(false);
    expect(isPlacePart("the coast")).toBe(false);
  });

  it("answers with the part of a place right after the thing asked about, not a place further on", () => {
    const a = engine.ask("where is the crippled refinery?");
    expect(a.short).toBe("the south coast of Norland");
  });

  it("reads 'off the coast of'", () => {
    const a = engine.ask("Where did the ferry run aground?");
    expect(a.short).toBe("the coast of Vella");
  });

  it("reads 'along' as a preposition of place", () => {
    const a = engine.ask("where is the old fort?");
    expect(a.short).toBe("the Grey Sea");
  });
});
