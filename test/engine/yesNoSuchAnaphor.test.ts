import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report: "such <noun>" in mid-sentence points back to what the sentence before said.
const engine = createEngine([
  article(
    [
      "After the vote, several unions called for a strike at the Kelby port.",
      "However, the transport minister Ada Runn dismissed such demands.",
      "The harbour board praised the crews for such a calm response.",
      "Dock workers held a ballot on pay.",
    ],
    "2022-06-01",
    "such",
  ),
]);
const lead = (q: string) => engine.ask(q).text.split("\n")[0]!;

describe("yes/no questions told by a sentence that points back with 'such'", () => {
  it("reads 'such demands' with the sentence before, which says what was demanded", () => {
    expect(lead("Did the transport minister back a strike?")).toMatch(/^Probably no: /);
    expect(engine.ask("Did the transport minister back a strike?").citations.map((c) => c.sentence).join(" ")).toContain("dismissed such demands");
  });

  it("does not read 'such a' as pointing back", () => {
    expect(engine.ask("Did the harbour board praise the crews for a strike?").answered).toBe(false);
  });
});
