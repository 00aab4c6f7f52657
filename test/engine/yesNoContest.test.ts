import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented cup round-up: who beat whom, told in the active, the passive, with "lost to" and a "win" noun.
const engine = createEngine([
  article(
    [
      "In the cup final, Kestrel Town defeated Marlow Rovers to win the trophy.",
      "Brenford lost 3-0 to Ashdale in the semi-final.",
      "Dunmore were beaten by Halcyon on penalties.",
      "Corby stunned Pelham in a 2-1 win at home.",
      "Selby had not defeated Avonmouth in ten years.",
      "Wexford beat Tyne; Granby drew 1–1 with Hollis.",
      "Rowley beat Carden; Lindell and Hamble shared the points.",
      "Orwell went out of the cup, even after defeating Stanway 2-1 at home.",
      "The referee spared Nolan the red card for the foul.",
      "Fans cheered the league title won by Fenwick after a long season.",
    ],
    "2023-04-02",
    "cup",
  ),
]);

const lead = (q: string) => engine.ask(q).text.split("\n")[0]!;

describe("yes/no questions about who won a contest", () => {
  it("reads the winner as the subject of an active verb of winning, the loser as its object", () => {
    expect(lead("Did Kestrel Town beat Marlow Rovers?")).toMatch(/^Yes\./);
    expect(lead("Did Marlow Rovers beat Kestrel Town?")).toMatch(/^No\./);
    expect(lead("Did Kestrel Town win?")).toMatch(/^Yes\./);
  });

  it("does not lend 'to win the trophy' to the side that was defeated", () => {
    expect(lead("Did Marlow Rovers win the trophy?")).toMatch(/^No\./);
  });

  it("reads 'lost to' and the passive the other way round, across a score's dash", () => {
    expect(lead("Did Ashdale win the semi-final?")).toMatch(/^Yes\./);
    expect(lead("Did Brenford lose to Ashdale?")).toMatch(/^Yes\./);
    expect(lead("Did Brenford beat Ashdale?")).toMatch(/^No\./);
    expect(lead("Did Halcyon lose?")).toMatch(/^No\./);
    expect(lead("Did Dunmore lose?")).toMatch(/^Yes\./);
  });

  it("tells a 'win' noun only of the name its clause opens with", () => {
    expect(lead("Did Corby win?")).toMatch(/^Yes\./);
    expect(engine.ask("Did Pelham win?").text).not.toMatch(/^Yes\./);
  });

  it("leaves it open when the clause does not set the asked opponent on the other side", () => {
    expect(engine.ask("Did Kestrel Town beat Ashdale?").answered).toBe(false);
  });

  it("reads a participle of winning before 'by' as passive: the name after 'by' won", () => {
    expect(lead("Did Fenwick win the league title?")).toMatch(/^Yes\./);
  });

  it("answers no to either side of a draw", () => {
    expect(lead("Did Granby beat Hollis?")).toMatch(/^No\./);
    expect(lead("Did Hollis win?")).toMatch(/^No\./);
  });

  it("never lets a contest word of another clause tell who won", () => {
    expect(engine.ask("Did Lindell beat Hamble?").answered).toBe(false);
  });

  it("lends a clause that opens on a participle of the contest the subject of the clause before", () => {
    expect(lead("Did Orwell beat Stanway?")).toMatch(/^Yes\./);
    expect(lead("Did Stanway win?")).toMatch(/^No\./);
  });

  it("does not read what someone was spared as done", () => {
    expect(lead("Did Nolan get a red card?")).not.toMatch(/^Yes\./);
  });

  it("answers no to a win that is negated", () => {
    expect(lead("Did Selby beat Avonmouth?")).toMatch(/^No\./);
  });
});
