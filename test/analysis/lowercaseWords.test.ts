import { describe, expect, it } from "vitest";
import { lowercaseWords } from "../../src/analysis/dropSentenceOpener.ts";

const paragraphs = ["Nonpartisan Ivo Lund won; a pan-democrat lost.", "The nonpartisan vote held 3rd-party ballots and co-ops’ shares."];
// A very long text (a paste of thousands of sentences) is read at once rather than word by word: the same answers.
const long = [...paragraphs, "Ivo Lund spoke. ".repeat(3000)];

describe.each([
  ["an article", paragraphs],
  ["a very long text", long],
])("the words %s writes in lowercase", (_, text) => {
  const words = lowercaseWords(text);

  it("GIVEN a word written in lowercase elsewhere THEN it is found", () => {
    expect(words.has("nonpartisan")).toBe(true);
    expect(words.has("pan-democrat")).toBe(true);
    expect(words.has("co-ops’")).toBe(true);
  });

  it("GIVEN only part of a longer word THEN it is not found", () => {
    expect(words.has("pan")).toBe(false);
    expect(words.has("democrat")).toBe(false);
    expect(words.has("partisan")).toBe(false);
    // "3rd-party": a word that starts after a digit is inside a number's word.
    expect(words.has("rd-party")).toBe(false);
  });

  it("GIVEN a word only ever capitalised, or no word at all THEN it is not found", () => {
    expect(words.has("ivo")).toBe(false);
    expect(words.has("won;")).toBe(false);
    expect(words.has("")).toBe(false);
  });
});
