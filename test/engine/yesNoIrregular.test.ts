import { describe, expect, it } from "vitest";
import { canonical } from "../../src/analysis/text.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report whose verbs are strong pasts ("shook", "drove", "swept"): a question
// asks them in the present, as a reader does.
const engine = createEngine([
  article(
    [
      "The blast at the quarry shook the windows of farmhouses across the valley.",
      "A fishing trawler drove onto the rocks off the northern cape during the gale.",
      "Volunteers swept the streets of the old town on Monday.",
    ],
    "2021-09-14",
    "strong",
  ),
]);

const lead = (q: string) => engine.ask(q).text.split("\n")[0]!;

describe("yes/no questions against a strong verb's past", () => {
  it("matches 'shook', 'drove' and 'swept' with the verb the question asks", () => {
    expect(lead("Did the blast shake the windows of the farmhouses?")).toMatch(/^Yes\./);
    expect(lead("Did a fishing trawler drive onto the rocks?")).toMatch(/^Yes\./);
    expect(lead("Did volunteers sweep the streets of the old town?")).toMatch(/^Yes\./);
  });

  it("reads the past and participle as the verb, leaving words of their own alone", () => {
    expect(canonical("sworn")).toBe(canonical("swear"));
    expect(canonical("understood")).toBe(canonical("understand"));
    expect(canonical("wound")).not.toBe(canonical("wind"));
  });
});
