import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "In 2001 the band released their debut album, Quiet Harbour, to little notice.",
      "Two years later they released their second studio album, Northern Lanterns, which featured the song Tidewater.",
      "Editor Lia Tamm said the weekly Pereh Nou was founded in 2011 by Dara Vessel, a former union leader.",
    ],
    "2024-05-20",
    "band",
  ),
]);

describe("a name given to the noun asked about answers which one", () => {
  it("answers 'which album' with the album's name, not its rank or description", () => {
    const a = engine.ask("which album was Tidewater on?");
    expect(a.short).toBe("Northern Lanterns");
    expect(a.citations[0]!.sentence).toMatch(/second studio album, Northern Lanterns/);
  });
});

describe("who did something to a name", () => {
  it("answers with the agent of a passive, not the first other person the sentence names", () => {
    expect(engine.ask("Who founded Pereh Nou?").short).toBe("Dara Vessel");
  });

});
