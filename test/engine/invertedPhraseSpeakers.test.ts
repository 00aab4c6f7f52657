import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { article } from "./helpers.ts";

// An invented flood report whose speakers are noun phrases after the verb ("said the mayor's
// office"), some with an adjunct after them ("in a statement", "sheltering in a school").
const report = article(
  [
    "Floods cut off the town of Vell on Monday.",
    "\"Many roads are shut and crews are on their way,\" said the mayor's office in a statement.",
    "\"We need food and dry blankets,\" said a woman sheltering in a school.",
    "\"The dam will hold,\" said the water board on Tuesday.",
  ],
  "2024-02-14",
  "flood",
);
const analysed = analyseArticle(report);
const speakersOf = (start: string) => analysed.sentences.find((s) => s.text.startsWith(start))?.statements.map((st) => st.speaker) ?? [];

describe("a noun phrase speaking after the verb", () => {
  it("reads a possessive phrase after 'said' as the speaker", () => {
    expect(speakersOf("\"Many roads")).toEqual(["mayor's office"]);
  });

  it("reads a phrase followed by where or when it was said as the speaker", () => {
    expect(speakersOf("\"The dam will hold")).toEqual(["water board"]);
  });

  it("reads a phrase followed by a participle describing it as the speaker", () => {
    expect(speakersOf("\"We need food")).toHaveLength(1);
  });

  it("answers what the office said", () => {
    const a = createEngine([report]).ask("What did the mayor's office say?");
    expect(a.citations[0]?.sentence).toContain("Many roads are shut");
  });
});

// An invented court and storm report: speakers after the verb that are one of a group and then
// named, a role of a body written in lowercase before the name, and a possessive inside the phrase.
const court = article(
  [
    "The appeal of the Vell harbour board was heard on Monday.",
    "\"We find no fault in the ruling,\" said one of the judges, Lord Justice Alan Pike.",
    "The harbour was the worst hit, claimed the press secretary for the provincial governor, Dara Venn.",
    "\"Roads to the harbour are shut,\" said the regional governor's office in a statement.",
  ],
  "2024-03-04",
  "court",
);
const heard = analyseArticle(court);
const spokeIn = (start: string) => heard.sentences.find((s) => s.text.startsWith(start))?.statements.map((st) => st.speaker) ?? [];

describe("a described speaker after the verb", () => {
  it("reads 'one of the <group>, <name>' as the person named", () => {
    expect(spokeIn("\"We find no fault")).toEqual(["alan pike"]);
  });

  it("reads a role of a lowercase body before a name as that person", () => {
    expect(spokeIn("The harbour was the worst hit")).toEqual(["dara venn"]);
  });

  it("keeps a possessive inside the phrase that speaks", () => {
    expect(spokeIn("\"Roads to the harbour")).toEqual(["regional governor's office"]);
  });

  it("answers what the judge said", () => {
    const a = createEngine([court]).ask("What did Alan Pike say?");
    expect(a.citations[0]?.sentence).toContain("We find no fault");
  });
});
