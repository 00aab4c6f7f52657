import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Yes/no questions a sentence answers by saying the opposite of the word asked, with no negation.
const engine = createEngine([
  article(
    [
      "The Harbour Guild, a union of dock workers, is extremely critical of the new pier design.",
      "Dock fees at the port of Vell decreased sharply last year.",
      "The strike talks between the guild and the port board were suspended on Monday.",
      "Ola Brandt, the fisheries minister, viewed the harbour plan skeptically at the meeting.",
      "The skipper arrested after the collision was released on bail on Friday.",
      "The guild's motion to ban night shifts failed by 40 votes to 60.",
      "The engineers shut down two of the nine pumps at the port.",
      "Two crew members of the trawler are still missing.",
    ],
    "2022-06-01",
    "opposites",
  ),
]);

describe("yes/no questions answered by an opposite", () => {
  it("reads praise against criticism, going on against suspending, confidence against doubt, custody against release", () => {
    expect(engine.ask("Does the Harbour Guild approve of the new pier design?").text).toMatch(/^No\./);
    expect(engine.ask("Are the strike talks continuing?").text).toMatch(/^No\./);
    expect(engine.ask("Was Ola Brandt confident about the harbour plan?").text).toMatch(/^No\./);
    expect(engine.ask("Is the skipper still in custody?").text).toMatch(/^No\./);
  });

  it("reads failing against passing, missing against found, and 'shut down' as 'turn off'", () => {
    expect(engine.ask("Have the two missing crew members of the trawler been found?").text).toMatch(/^No\./);
    expect(engine.ask("Did the guild's motion to ban night shifts pass?").text).toMatch(/^No\./);
    expect(engine.ask("Did the engineers turn off some pumps at the port?").text).toMatch(/^Yes\./);
  });

  it("reads the last word of a 'did' question as its verb, past a place before it", () => {
    // "at Vell increase": the verb, not part of where.
    expect(engine.ask("Did dock fees at Vell increase?").text).toMatch(/^No\./);
    expect(engine.ask("Did dock fees at Vell go up?").text).toMatch(/^No\./);
    expect(engine.ask("Did dock fees at Vell decrease?").text).toMatch(/^Yes\./);
  });

  it("answers 'Probably no' from the closest sentence when it says the opposite of a word asked", () => {
    const a = engine.ask("Did Ola Brandt seem openly and sincerely confident about the harbour plan?");
    expect(a.text).toMatch(/^Probably no/);
    expect(a.citations[0]?.sentence).toContain("skeptically");
  });
});
