import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented reports: the sentence that says the question best tells where in a form the where answerer does not read
// ("in the laundry of the jail's North Wing", "taken to clinics"), while a weaker sentence holds a place it reads.
const engine = createEngine([
  article(
    [
      "Tom Varga appeared at Kessel Magistrates Court on Monday charged with the murder of fellow inmate Ivo Brandt in the town's Hollin prison.",
      "Brandt died in the laundry of the jail's North Wing.",
      "Brandt had served four years of a sentence for robbery.",
    ],
    "2024-03-04",
    "inmate",
  ),
  article(
    [
      "A storm struck the coast of Marrowland overnight, and officials at Delt said forty people were injured.",
      "The injured were taken to clinics nearby, according to the fire service.",
      "Roads along the shore remain closed.",
    ],
    "2024-06-10",
    "storm",
  ),
]);

describe("where: a clearly better-aligned sentence whose place is not read here", () => {
  it("answers from the sentence that says where he died, not from a court named in a weaker one", () => {
    const a = engine.ask("Where exactly in the jail did Brandt die?");
    expect(a.citations[0]?.sentence).toContain("died in the laundry");
  });

  it("answers where the injured were taken from the sentence that says so, not from where officials spoke", () => {
    const a = engine.ask("Where were the injured taken?");
    expect(a.citations[0]?.sentence).toContain("taken to clinics");
  });
});
