import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report: sentences that say most of what a question asks, in other words.
const engine = createEngine([
  article(
    [
      "Sports minister Ola Brenn rejected such calls on Tuesday.",
      "Rescuers said there was no sign of the trawler on any coastal radar.",
      "Mara Voss, a former Quaker, now runs the rowing club.",
      "The mayor opposed the plan for a new stadium.",
      "The regional council still plans to attend the summit in Oslo.",
      "The Varo islands are among the lowest on the planet, with none of them rising more than six feet above the sea.",
    ],
    "2022-06-01",
    "loose",
  ),
]);
const lead = (q: string) => engine.ask(q).text.split("\n")[0]!;
const cited = (q: string) => engine.ask(q).citations[0]?.sentence ?? "";

describe("yes/no questions a sentence answers in other words", () => {
  it("answers a hedged no when the sentence turns down what most of the question says", () => {
    expect(lead("Did the sports minister heed the calls?")).toMatch(/^Probably no: /);
    expect(cited("Did the sports minister heed the calls?")).toContain("rejected such calls");
    expect(lead("Did any coastal radar pick up the trawler?")).toMatch(/^Probably no: /);
  });

  it("never affirms from a sentence that lacks some of the question's words", () => {
    // "hosting" is not said: planning to attend is no word on hosting ("going to" is: yesNoOtherWords.test.ts).
    const a = engine.ask("Is the regional council still hosting the summit in Oslo?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The articles don't say\./);
  });

  it("never reads loosely past a missing noun, a missing light verb, or a figure", () => {
    // "brother" is not in the sentence: the former Quaker is someone else.
    expect(engine.ask("Is Mara Voss's brother a Quaker?").answered).toBe(false);
    // "go" is the statement's verb: opposing a plan says nothing of going.
    expect(engine.ask("Did the mayor go to the stadium?").answered).toBe(false);
    expect(engine.ask("Do any of the Varo islands rise more than five feet above the sea?").answered).toBe(false);
  });

  it("keeps a plain answer for a sentence that says every word", () => {
    expect(lead("Did the sports minister reject such calls?")).toMatch(/^Yes\./);
  });
});

describe("number words in a question", () => {
  it("are never corrected as typos of an article's word", () => {
    const q = engine.ask("Do any of the Varo islands rise more than five feet above the sea?");
    expect(q.trace?.steps.some((s) => s.notes.some((n) => /\bfire\b/.test(n)))).toBe(false);
  });
});
