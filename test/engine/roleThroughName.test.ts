import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article([
    "Jolly The Painter won Best New Mural, Best Street Piece for Harbour Lights and Best Colour Work for Sea Glass.", "The jury also gave a prize to Mara Lind for her harbour scene.",
    "Known as the Ironside unit, the company has been named the Guard's test force by Warden of the Coastal Guard Col. Petra J. Holm.",
  ], "2024-05-20", "awards"),
]);

describe("a name with a capitalised 'The' inside it", () => {
  it("fills the subject of the asked verb whole, though the tags end the subject at 'The'", () => {
    expect(engine.ask("who won best new mural").short).toBe("Jolly The Painter");
  });
});

describe("a long title broken by 'of the' before a person's name", () => {
  it("answers who with the person the title names, initials and abbreviated rank included", () => {
    expect(engine.ask("who made the ironside unit the test force?").short).toBe("Petra J. Holm");
  });
});
