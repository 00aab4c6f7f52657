import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { extractQuantities } from "../../src/analysis/extractQuantities.ts";
import { article } from "./helpers.ts";

// What a number counts when its own noun does not say: a part of a whole, a crowd label, a people
// named by its nation. Invented sentences.

const strike = article([
  "Shelling hit a market in the town of Varnel on Tuesday, killing more than 40 Dorvanians.",
  "Since the fighting began, the death toll has risen to 900 (150 of which are civilians), and 3,100 are wounded.",
  "On Friday, police took 18 of the 22 employees of the weekly newspaper into custody.",
], "2024-03-05", "varnel");

const cupFinal = article([
  "Northvale beat Southby in the cup final on Saturday, with a late goal from Ada Marsh.",
  "Harbour Park, Kelston Attendance: 41,250 Referee: Tom Hale",
], "2024-05-20", "cupfinal");

const village = article([
  "The quake destroyed most houses in Karlo, a hill village near the border.",
  "The village has a population of 620, and most of its residents farm barley.",
  "Twelve goats and 30 sheep were lost in the rubble.",
], "2024-04-02", "karlo");

describe("what a bare number counts", () => {
  const engine = createEngine([strike, cupFinal, village]);
  const ask = (q: string) => engine.ask(q);

  it("counts the noun a part is said to be: '150 of which are civilians'", () => {
    const a = ask("How many civilians were killed?");
    expect(a.short).toBe("150");
    expect(a.citations[0]!.sentence).toMatch(/150 of which are civilians/);
  });

  it("counts the noun of the whole a part is taken from: '18 of the 22 employees'", () => {
    const a = ask("How many employees were taken into custody?");
    expect(a.short).toBe("18");
  });

  it("counts a people named by its nation as people", () => {
    const a = ask("How many people were killed at the market?");
    expect(a.short).toBe("more than 40");
    expect(a.citations[0]!.sentence).toMatch(/killing more than 40 Dorvanians/);
  });

  it("counts the people living in a place from the population it is given", () => {
    const a = ask("How many people live in Karlo?");
    expect(a.short).toBe("620");
    expect(a.citations[0]!.sentence).toMatch(/population of 620/);
  });

  it("counts the people present from a crowd label, not the word after the number", () => {
    const a = ask("How many people attended the cup final?");
    expect(a.short).toBe("41,250");
    expect(a.text.split("\n")[0]).not.toMatch(/Referee/);
  });

  it("reads the number a crowd label gives without the next field's label as its noun", () => {
    const [x] = extractQuantities("Attendance: 41,250 Referee: Tom Hale");
    expect(x!.unit).toBe("");
    // With "of", the noun after the number is still its own.
    expect(extractQuantities("A crowd of 30,000 people gathered.")[0]!.unit).toBe("people");
  });
});
