import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// How-much and how-many questions whose number the sentence gives in a form of its own: a sum only
// the question's money word ties to it, a rate asked by "how high", a measure of a thing, a tally.
const engine = createEngine([
  article(
    [
      "Officials in Orrin gave an update on Monday.",
      "Unemployment in Orrin rose to 7.4 percent in May.",
      "The storm dumped 30 centimetres of snow on the town.",
      "The harbour bill passed by 52 votes to 48.",
    ],
    "2022-06-01",
    "forms",
  ),
]);

describe("how-much and how-many questions in other forms", () => {
  it("answers a money question whose only word is how it asks of money ('How much was it fined?')", () => {
    const e = createEngine([article(["Tom Lee ran the ferry between Orrin and Vell for ten years.", "Last year he was fined €50,000 for the delays."], "2022-06-01", "fine")]);
    expect(e.ask("How much was he fined?").short).toBe("€50,000");
  });

  it("answers 'how high' of a rate with a percentage", () => {
    expect(engine.ask("How high was unemployment in May?").short).toBe("7.4 percent");
  });

  it("answers 'how much snow' with a measure of snow", () => {
    expect(engine.ask("How much snow fell on the town?").short).toBe("30 centimetres");
  });

  it("reads a tally as the votes for, then against, not a change to a level", () => {
    expect(engine.ask("How many votes did the harbour bill get?").short).toBe("52");
    expect(engine.ask("How many votes were against the harbour bill?").short).toBe("48");
  });

  it("answers 'how strong was the quake?' with its magnitude, written before or after the number", () => {
    for (const text of ["A magnitude 6.1 quake hit Vell on Monday.", "The quake that hit Vell on Monday measured 6.1 on the Richter scale.", "A 6.1-magnitude quake hit Vell on Monday."]) {
      const e = createEngine([article(["Officials in Vell gave an update.", text], "2022-06-01", "quake")]);
      expect(e.ask("How strong was the quake?").short, text).toBe("6.1");
    }
  });

  it("reads an age said with a pronoun or with 'turned'", () => {
    const e = createEngine([article(["The folk singer Mara Lind died on Sunday. She was 90.", "Her bandmate Ivo Sten, who turned 64 in May, chairs the folk society."], "2022-06-01", "ages")]);
    expect(e.ask("How old was Mara Lind?").short).toBe("90");
    expect(e.ask("How old is Ivo Sten?").short).toBe("64");
  });

  it("answers 'none of the N' as none, never the whole's number", () => {
    const e = createEngine([article(["A ferry ran aground off Vell on Monday.", "None of the 150 people on board were hurt."], "2022-06-01", "none")]);
    const a = e.ask("How many people were hurt?");
    expect(a.short).toBe("None");
    expect(a.text).toMatch(/^None of the 150 people/);
  });

  it("counts the people of a place from 'its population is about N'", () => {
    const e = createEngine([article(["Vell is a fishing town on the north coast. The town's population is about 12,000."], "2022-06-01", "population")]);
    expect(e.ask("How many people live in the town?").short).toBe("about 12,000");
  });
});
