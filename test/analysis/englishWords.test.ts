import { describe, expect, it } from "vitest";
import { mayCorrect } from "../../src/analysis/englishWords.ts";

describe("which question words typo correction may change", () => {
  it("corrects a word no list holds, however many letters are astray", () => {
    expect(mayCorrect("pompoe", "pompeo")).toBe(true);
    expect(mayCorrect("goverment", "government")).toBe(true);
  });

  it("corrects an English word only when one letter is astray", () => {
    expect(mayCorrect("rise", "raise")).toBe(true);
    expect(mayCorrect("allowed", "alleged")).toBe(false);
  });
});
