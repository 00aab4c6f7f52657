import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/analysis/splitSentences.ts";

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe("splitting sentences", () => {
  it("does not end a sentence at an abbreviation or an initial", () => {
    expect(texts("Gen. Frank Smith met U.S. officials on Sept. 11, 2021. John F. Kirby spoke later.")).toEqual([
      "Gen. Frank Smith met U.S. officials on Sept. 11, 2021.",
      "John F. Kirby spoke later.",
    ]);
  });

  it("ends a sentence at a place's abbreviation when the next word only opens sentences", () => {
    expect(texts("The choir sang in Washington D.C. The mayor came to the U.S. Embassy at 9 a.m. He left at noon.")).toEqual([
      "The choir sang in Washington D.C.",
      "The mayor came to the U.S. Embassy at 9 a.m.",
      "He left at noon.",
    ]);
  });

  it("keeps a quotation of two sentences together with its attribution", () => {
    expect(texts("“At some point we will be gone. We cut it down,” Smith added. Then he left.")).toEqual([
      "“At some point we will be gone. We cut it down,” Smith added.",
      "Then he left.",
    ]);
  });

  it("keeps straight quotes together the same way", () => {
    expect(texts('He said: "We are leaving. It is done," and left. Others stayed.')).toHaveLength(2);
  });

  it("does not let a quotation left open swallow the paragraph", () => {
    expect(texts("Then “an open quote never closes. Another sentence here.")).toHaveLength(2);
  });

  it("keeps the text verbatim with its offsets", () => {
    const p = "First one.  Second “quoted” one.";
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });
});
