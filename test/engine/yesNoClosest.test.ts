import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Yes/no questions no sentence says word for word: the closest sentence, said as "Probably".
const engine = createEngine([
  article(
    [
      "Arlo the Singer released his new album online. Arlo's songs were never sold, and were free on streaming services.",
      "The two reporters were wounded in a gunfight before their arrest.",
      "Ana Lind missed the night bus to Bergen.",
    ],
    "2022-06-01",
    "closest",
  ),
]);

describe("yes/no questions answered from the closest sentence", () => {
  it("answers 'Probably no' from a negated sentence that words the statement otherwise, and shows it", () => {
    const a = engine.ask("Did Arlo the Singer sell his songs?");
    expect(a.text).toMatch(/^Probably no/);
    expect(a.citations[0]?.sentence).toContain("never sold");
  });

  it("never answers from a sentence that lacks a noun asked or a light verb", () => {
    expect(engine.ask("Did the reporters lose their cameras in the gunfight?").answered).toBe(false);
    expect(engine.ask("Did Ana Lind take the night bus to Bergen?").answered).toBe(false);
  });

  it("never answers a question naming what the articles never mention", () => {
    expect(engine.ask("Did Arlo the Singer sell his songs in Paris?").answered).toBe(false);
  });
});
