import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/analysis/extractQuantities.ts";

const q = (s: string) => extractQuantities(s).map((x) => ({ text: x.text, value: x.value, unit: x.unit, projected: x.projected }));

describe("finding quantities", () => {
  it("keeps the modifier and the counted noun", () => {
    expect(q("Currently, there are over 5,000 US troops deployed in Iraq.")).toEqual([{ text: "over 5,000", value: 5000, unit: "US troops", projected: false }]);
  });

  it("marks a number that could be reached as projected", () => {
    expect(q("talks that could lead to a reduction to around 3,500 US troops.")[0]).toMatchObject({ text: "around 3,500", projected: true });
  });

  it("splits a change 'from X to Y' into the current number and the target", () => {
    const [from, to] = extractQuantities("cut its forces from about 4,500 to 2,500 troops by January.");
    expect(from).toMatchObject({ text: "about 4,500", value: 4500, unit: "troops", projected: false });
    expect(to).toMatchObject({ text: "2,500", value: 2500, unit: "troops", projected: true, target: true });
  });

  it("reads ranges, percentages and numbers in words", () => {
    expect(q("between 2,000 and 2,500 service members")[0]).toMatchObject({ value: 2000, unit: "service members" });
    expect(extractQuantities("about 40 percent of the force")[0]).toMatchObject({ isPercent: true, value: 40 });
    expect(q("nearly two dozen trucks and three convoys")).toEqual([
      { text: "nearly two dozen", value: 24, unit: "trucks", projected: false },
      { text: "three", value: 3, unit: "convoys", projected: false },
    ]);
  });

  it("finds what a bare number counts: the number before it, or the noun before it", () => {
    expect(q("there are about 4,500 US troops in Afghanistan and about 3,000 in Iraq.")[1]).toMatchObject({ text: "about 3,000", unit: "US troops" });
    expect(extractQuantities("will reduce its troop levels in Afghanistan and Iraq to 2,500 each by January.")[0]).toMatchObject({ text: "2,500", unitTerms: ["troop"], target: true });
  });

  it("does not count dates, years or 'one of'", () => {
    expect(q("On January 5, 2020, one of the bases closed.")).toEqual([]);
  });
});
