import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

describe("a count or length whose sentence says the question's word in another form", () => {
  const engine = createEngine([
    article(
      [
        "An earthquake shook the Ostrel valley on Sunday. According to the observatory, the quake struck at a depth of 12 kilometres under the valley floor.",
        "Soldiers stormed the Harbour Hotel late on Monday, freeing over 60 hostages.",
      ],
      "2022-09-12",
      "said",
    ),
  ]);

  it("reads a related word of the question's in the number's clause ('quake' for 'earthquake')", () => {
    expect(engine.ask("How deep was the earthquake?").short).toBe("12 kilometres");
  });

  it("meets 'freed' and 'freeing' as one verb", () => {
    expect(engine.ask("How many hostages were freed at the Harbour Hotel?").short).toBe("over 60");
  });
});
