import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented storm report: the harbour board's words come in a form the speech analysis credits
// to no one ("flashed a message urging …"); the mayor speaks about the board in her own words.
const report = article(
  [
    "A storm hit the coast of Vell on Sunday night.",
    "The harbour board flashed a message urging residents to stay away from the piers.",
    "\"The harbour board has failed us again,\" said Mayor Ann Lee.",
    "\"The storm wrecked two piers and flooded the market,\" Lee said.",
    "Repairs to the sea wall will cost millions, the council said.",
  ],
  "2024-05-06",
  "storm",
);
const engine = createEngine([report]);

describe("words told of but credited to no one", () => {
  it("shows the sentence telling of them, saying no statement is credited as such", () => {
    const a = engine.ask("What did the harbour board tell residents?");
    expect(a.answered).toBe(true);
    expect(a.lead).toMatch(/credit no statement to the harbour board/);
    expect(a.citations[0]?.sentence).toContain("flashed a message urging residents");
  });

  it("never gives another speaker's words about them as theirs", () => {
    const onlyMentioned = createEngine([article([report.paragraphs[0]!, report.paragraphs[2]!], "2024-05-06", "storm-mayor")]);
    const a = onlyMentioned.ask("What did the harbour board say?");
    expect(a.citations.map((c) => c.sentence).join(" ")).not.toContain("has failed us again");
  });

  it("never offers words that say nothing of the head of 'about the <head> of'", () => {
    const a = engine.ask("What did Ann Lee say about the cost of the storm?");
    expect(a.citations.map((c) => c.sentence).join(" ")).not.toContain("wrecked two piers");
  });

  it("declines when the sentence is on another topic", () => {
    const a = engine.ask("What did the harbour board say about taxes?");
    expect(a.answered).toBe(false);
  });
});
