import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// "What did X die of?" asks the cause a sentence gives after "died of", "cause of death was",
// "succumbed to": not the place or time of the death the general answerer would read after "die".
const engine = createEngine([
  article(
    [
      "The folk singer Mara Lind died in her home in Tarn on Sunday, her manager said. According to the family, the cause of death was heart failure.",
      "Lind's bandmate Ivo Sten died of pneumonia in 2011.",
      "A fisherman from Vell who was rescued on Monday later succumbed to his injuries.",
    ],
    "2022-06-01",
    "singer",
  ),
]);

describe("the cause of someone's death", () => {
  it("answers 'What did X die of?' with the cause the article gives, not where X died", () => {
    const a = engine.ask("What did Mara Lind die of?");
    expect(a.short).toBe("heart failure");
    expect(a.citations[0]?.sentence).toMatch(/cause of death was heart failure/);
  });

  it("reads the other wordings of the question the same", () => {
    for (const q of ["How did Mara Lind die?", "What killed Mara Lind?", "What was Mara Lind's cause of death?", "What caused Mara Lind's death?"]) expect(engine.ask(q).short, q).toBe("heart failure");
  });

  it("takes the cause of the person asked about, not of someone else the article names", () => {
    expect(engine.ask("What did Ivo Sten die of?").short).toBe("pneumonia");
  });

  it("reads 'succumbed to' as a cause, without the possessive", () => {
    expect(engine.ask("What did the fisherman die of?").short).toBe("injuries");
  });
});
