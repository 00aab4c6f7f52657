import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { article } from "./helpers.ts";

// Invented sentences: verbs of saying that carry words only before a quotation or "that", and
// the same verbs meaning something else.
const analysed = analyseArticle(
  article(
    [
      "Dock workers chanted \"Give us our jobs back now\" outside the plant on Monday.",
      "The union threatened that the strike would spread to every port.",
      "The union threatened to walk out.",
      "Students protested outside the ministry.",
      "Mayor Ann Lee retorted that the port was \"never safer than it is today\".",
    ],
    "2024-06-03",
    "port",
  ),
);
const speakersOf = (start: string) => analysed.sentences.find((s) => s.text.startsWith(start))?.statements.map((st) => st.speaker) ?? [];

describe("less common verbs of saying", () => {
  it("credits words chanted before a quotation to those who chanted them", () => {
    expect(speakersOf("Dock workers chanted")).toHaveLength(1);
  });

  it("reads 'threatened that' and 'retorted that' as saying", () => {
    expect(speakersOf("The union threatened that")).toHaveLength(1);
    expect(speakersOf("Mayor Ann Lee retorted")).toEqual(["ann lee"]);
  });

  it("reads no saying in 'threatened to' or 'protested outside'", () => {
    expect(speakersOf("The union threatened to")).toEqual([]);
    expect(speakersOf("Students protested")).toEqual([]);
  });
});

describe("a plural subject without an '-s'", () => {
  const told = analyseArticle(article(["Both men say they were held without charge for a year."], "2024-06-03", "men"));

  it("reads 'Both men say' as the men speaking", () => {
    expect(told.sentences[0]!.statements.map((st) => st.speaker)).toHaveLength(1);
  });
});
