import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { readFigure } from "../../src/engine/answers/otherFigure.ts";
import { article } from "./helpers.ts";

// An invented sports and court round-up: each sentence gives one figure a yes/no question may name.
const engine = createEngine([
  article(
    [
      "The Harlow Hawks beat the Dunmore Rovers 3-1 on Saturday. The referee booked four players in the first half.",
      "The haulage firm Corvane was fined £250,000 by the regulator.",
      "About 300 people attended the vigil in Tarrow. The festival was attended by 12,000 in Elsby on Friday.",
      "Pier 9 reopened on Monday. Six boats were damaged and two boats sank in the storm.",
    ],
    "2022-05-09",
    "roundup",
  ),
]);

function ask(question: string) {
  const a = engine.ask(question);
  return { answered: a.answered, lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("yes/no questions that name a figure", () => {
  it("answers no when the sentence gives another value of the same kind", () => {
    const a = ask("Were six players booked?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("booked four players");
    expect(ask("Were four players booked?").lead).toMatch(/^Yes\./);
  });

  it("reads a score in either order, and another score as no", () => {
    const other = ask("Did the Hawks beat the Rovers 2-1?");
    expect(other.lead).toMatch(/^No\./);
    expect(other.cited).toContain("3-1");
    expect(ask("Did the Hawks beat the Rovers 1-3?").lead).toMatch(/^Yes\./);
  });

  it("answers a sum of money only with a sum of money", () => {
    const a = ask("Was Corvane fined £1 million?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("£250,000");
  });

  it("lets 'people' go unwritten beside the run's figure", () => {
    const a = ask("Did 5,000 people attend the festival?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("12,000");
  });

  it("leaves unsaid a value an approximate figure holds, and denies one it cannot", () => {
    expect(ask("Did 310 people attend the vigil?").answered).toBe(false);
    expect(ask("Did 1,000 people attend the vigil?").lead).toMatch(/^No\./);
  });

  it("leaves unsaid a figure two values of its kind could be", () => {
    expect(ask("Did five boats sink in the storm?").answered).toBe(false);
  });

  it("reads no figure in a name", () => {
    expect(readFigure("Did Pier 4 reopen?", [])).toBeNull();
    expect(ask("Did Pier 4 reopen?").answered).toBe(false);
    expect(readFigure("Were 4 piers reopened?", [])).not.toBeNull();
  });
});

describe("yes/no questions naming a figure said exactly, or a small number word", () => {
  const storms = createEngine([
    article(
      [
        "Storms affecting four provinces have left 12 dead. Officials put the damage at one million dollars.",
        "The council approved two new schools. The plan will cost one billion euros.",
        "The flood hit the coast on Monday, the weather office states.",
        "A tornado struck the town of Vell on Monday.",
        "The board approved a plan that will cost one billion euros.",
      ],
      "2023-05-02",
      "storms",
    ),
  ]);
  const lead = (q: string) => storms.ask(q).text.split("\n")[0]!;

  it("reads 'just', 'only' and 'exactly' before a figure as the figure itself", () => {
    expect(lead("Did the storms hit just one province?")).toMatch(/^No\./);
    expect(lead("Did the council approve only one school?")).toMatch(/^No\./);
    expect(lead("Did the council approve exactly two schools?")).toMatch(/^Yes\./);
  });

  it("finds no figure in a word of another ('one billion' for 'one'), nor in a word it stems like ('on' for 'one')", () => {
    expect(storms.ask("Did the flood hit just one state?").answered).toBe(false);
    // It once answered "No, not yet", reading the figure's "one" in the plan's cost, said as to come.
    expect(storms.ask("Did the board approve one plan?").answered).toBe(false);
  });

  it("reads what befalls a place as 'hit' however it is written ('affecting', 'struck')", () => {
    expect(lead("Did the storms hit four provinces?")).toMatch(/^Yes\./);
    expect(lead("Was Vell affected by the tornado?")).toMatch(/^Yes\./);
  });
});
