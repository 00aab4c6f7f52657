import { describe, expect, it } from "vitest";
import { isQuotedTitle, lastLetters } from "../../src/analysis/speechTokens.ts";

describe("the word a text ends with", () => {
  it("GIVEN letters then spaces THEN the letters are the word", () => {
    expect(lastLetters("a robot named ")).toBe("named");
    expect(lastLetters("the café\u00a0\n")).toBe("café");
  });

  it("GIVEN a text ending in a digit, a mark or nothing THEN there is no word", () => {
    expect(lastLetters("route 66 ")).toBe("");
    expect(lastLetters("she said, ")).toBe("");
    expect(lastLetters("   ")).toBe("");
  });

  it("GIVEN a quotation after a naming verb THEN it is a title, even when it reads like speech", () => {
    const sentence = "The team built a robot named “Better Idea of Afghan Girls,” which won.";
    const start = sentence.indexOf("“");
    expect(isQuotedTitle(sentence, { start, end: sentence.indexOf("”") + 1, text: "Better Idea of Afghan Girls" })).toBe(true);
  });
});
