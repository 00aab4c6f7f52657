import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { namedAwayFromSpeech, namedOnlyInReport } from "../../src/engine/checkSpeakerGrounding.ts";
import { article } from "./helpers.ts";

// Invented: a body and a group named only inside what others said, and a council that
// investigates claims without making any. "What did X say?" must never put those words in X's mouth.
const harbour = createEngine([
  article(
    [
      "Mayor Ann Roe said that the dock workers had blocked the new pier for two years.",
      "\"The fishermen of Tarn have been patient,\" said Ann Roe.",
      "The Tarn Valley Council is investigating claims that the quarry polluted the river.",
      "The Pier Trust said the new pier would open in May.",
    ],
    "2024-04-02",
    "harbour",
  ),
]);

describe("a speaker named only inside what someone else said", () => {
  it("GIVEN a group named in the clause after 'said that' THEN 'what did they say' is declined", () => {
    const a = harbour.ask("What did the dock workers say about the pier?");
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("GIVEN a group named only inside a quotation THEN 'what did they say' is declined", () => {
    const a = harbour.ask("What did the fishermen say?");
    expect(a.answered).toBe(false);
  });

  it("GIVEN a council investigating claims (a noun, no words said) THEN 'what did the council say' is declined", () => {
    const a = harbour.ask("What did the council say about the quarry?");
    expect(a.answered).toBe(false);
  });

  it("GIVEN a body that speaks THEN its words are still given", () => {
    const a = harbour.ask("What did the Pier Trust say about the pier?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("open in May");
  });
});

describe("namedOnlyInReport", () => {
  it("reads the subject before 'said that' as a speaker and the clause after it as reported", () => {
    expect(namedOnlyInReport(["guild"], "Ann Roe told reporters in a letter that the guild had lied.")).toBe(true);
    expect(namedOnlyInReport(["guild"], "The guild said that Ann Roe had lied.")).toBe(false);
  });

  it("reads a speaker after the verb of an inverted quotation as a speaker", () => {
    expect(namedOnlyInReport(["guild"], "\"We will appeal,\" said the guild.")).toBe(false);
    expect(namedOnlyInReport(["guild"], "\"The guild will appeal,\" said Ann Roe.")).toBe(true);
  });

  it("reads a speaker in a clause after ', but' as a speaker", () => {
    expect(namedOnlyInReport(["guild"], "Ann Roe said that the pier was closed, but the guild said it was open.")).toBe(false);
  });
});

describe("namedAwayFromSpeech", () => {
  it("GIVEN a body named far from the sentence's verb of saying THEN it is not read as speaking", () => {
    const text = "The plan is part of a larger package announced by the mayor last May on a visit to the coast, aimed at reassuring towns worried about Tarnish fishing fleets.";
    expect(namedAwayFromSpeech(["tarnish"], text)).toBe(true);
  });

  it("GIVEN the body right before its verb, or right after an inverted one THEN it is", () => {
    expect(namedAwayFromSpeech(["guild"], "After a long and difficult meeting on Monday, the guild said the pier was safe.")).toBe(false);
    expect(namedAwayFromSpeech(["guild"], "\"The pier is safe,\" said the guild.")).toBe(false);
    expect(namedAwayFromSpeech(["guild"], "According to the guild, the pier is safe.")).toBe(false);
  });

  it("GIVEN a group named after 'Police said' (what was said, no 'that') THEN it is not read as speaking", () => {
    expect(namedAwayFromSpeech(["fishermen"], "Police said two fishermen were still missing.")).toBe(true);
    expect(namedAwayFromSpeech(["police"], "Police said two fishermen were still missing.")).toBe(false);
  });

  it("GIVEN a sentence with no verb of saying THEN it leaves the question to the other checks", () => {
    expect(namedAwayFromSpeech(["guild"], "The guild owns the pier.")).toBe(false);
  });
});

describe("a body named in a sentence of speech, but not as its speaker", () => {
  const e = createEngine([
    article(
      [
        "The ferry deal is part of a larger package announced by the mayor last May on a visit to the coast, aimed at reassuring towns worried about Tarnish fishing fleets.",
      ],
      "2024-06-01",
      "ferry",
    ),
  ]);
  it("GIVEN 'What did the Tarnish fleets say about the deal?' THEN it is declined, not answered with that sentence", () => {
    const a = e.ask("What did the Tarnish fleets say about the deal?");
    expect(a.answered).toBe(false);
  });
});
