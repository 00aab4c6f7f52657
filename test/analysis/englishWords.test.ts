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

describe("irregular forms of English words", () => {
  it("never reads an irregular verb or noun form as a typo of an article's word ('came' is not 'camp')", () => {
    expect(mayCorrect("came", "camp")).toBe(false);
    expect(mayCorrect("sat", "set")).toBe(false);
    expect(mayCorrect("men", "man")).toBe(false);
  });

  it("still corrects a regular form one letter astray ('stared' for 'started') and a misspelling", () => {
    expect(mayCorrect("stared", "started")).toBe(true);
    expect(mayCorrect("recieved", "received")).toBe(true);
  });
});
