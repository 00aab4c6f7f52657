import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report: sentences that say with another verb what a yes/no question asks, and a
// question that writes "ones" for a noun it named before.
const engine = createEngine([
  article(
    [
      "Diesel buses and ferries in the Arlo valley will be gradually replaced with hydrogen models.",
      "The Velde fund requires grant recipients to be compliant with the national safety code.",
      "The Velde fund does not require grant recipients to abide by the regional parking code.",
      "Mayor Ilse Brandt confirmed that she still plans to attend the harbour festival.",
    ],
    "2022-06-01",
    "other-words",
  ),
]);
const lead = (q: string) => engine.ask(q).text.split("\n")[0]!;

describe("yes/no questions a sentence answers with another verb", () => {
  it("reads 'swapped for' as 'replaced with', and 'ones' as no word of its own", () => {
    expect(lead("Will diesel buses and ferries be swapped for hydrogen ones?")).toMatch(/^Yes\./);
  });

  it("reads 'follow' a rule as 'be compliant with' or 'abide by' it", () => {
    expect(lead("Does the Velde fund require recipients to follow the national safety code?")).toMatch(/^Yes\./);
    expect(lead("Does the Velde fund require recipients to follow the regional parking code?")).toMatch(/^No\b/);
  });

  it("reads 'going to' an event as 'attend' it", () => {
    expect(lead("Is Ilse Brandt still going to the harbour festival?")).toMatch(/^Yes\./);
  });
});
