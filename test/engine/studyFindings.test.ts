import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { article } from "./helpers.ts";

// An invented report with a study's finding and an expedition's finds.
const report = article(
  [
    "Bar owners in Vell have started pouring Stolnaya vodka into the gutter.",
    "A study by the Norland Research Center found that 60 percent of residents supported the ban.",
    "The expedition found amulets and 22 bronze coins near the temple.",
  ],
  "2013-08-07",
  "findings",
);
const engine = createEngine([report]);

describe("what a study found", () => {
  it("is told like speech when 'that' follows ('a study … found that …')", () => {
    const s = analyseArticle(report).sentences[1]!;
    expect(s.statements.map((st) => [st.verb, st.content])).toEqual([["found", "60 percent of residents supported the ban"]]);
  });

  it("'What did the study find?' is answered with the finding's sentence, not a name in it", () => {
    const a = engine.ask("What did the study find?");
    expect(a.citations[0]?.sentence).toContain("found that 60 percent");
    expect(a.short).not.toBe("Norland");
  });

  it("leaves 'what did the expedition find?' to the general answerer: finds are things, not findings", () => {
    const a = engine.ask("What did the expedition find?");
    expect(a.kind).not.toBe("quote");
    expect(a.citations[0]?.sentence).toContain("amulets");
  });
});
