import { describe, expect, it } from "vitest";
import { mayCorrect } from "../../src/analysis/englishWords.ts";

describe("which question words typo correction may change", () => {
  it("corrects a word no list holds, however many letters are astray", () => {
    expect(mayCorrect("pompoe", "pompeo")).toBe(true);
    expect(mayCorrect("goverment", "government")).toBe(true);
  });

  it("never reads a real word as another, however close ('nearby' is no 'nearly', 'cost' no 'coast')", () => {
    expect(mayCorrect("nearby", "nearly")).toBe(false);
    expect(mayCorrect("cost", "coast")).toBe(false);
    expect(mayCorrect("seen", "seven")).toBe(false);
    expect(mayCorrect("allowed", "alleged")).toBe(false);
  });

  it("reads a real word one letter from a name of the articles as that name ('irak' for Iraq)", () => {
    expect(mayCorrect("irak", "iraq", () => true)).toBe(true);
    expect(mayCorrect("irak", "iraq", () => false)).toBe(false);
    expect(mayCorrect("cost", "coast", () => true)).toBe(true);
    expect(mayCorrect("allowed", "alleged", () => true)).toBe(false);
  });
});

describe("irregular forms of English words", () => {
  it("never reads an irregular verb or noun form as a typo of an article's word ('came' is not 'camp')", () => {
    expect(mayCorrect("came", "camp")).toBe(false);
    expect(mayCorrect("sat", "set")).toBe(false);
    expect(mayCorrect("men", "man")).toBe(false);
  });

  it("still corrects a misspelling ('recieved', 'galery')", () => {
    expect(mayCorrect("recieved", "received")).toBe(true);
    expect(mayCorrect("galery", "gallery")).toBe(true);
  });
});
