import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

describe("a sentence naming nothing of its own is about the names of the sentence before that names some", () => {
  const engine = createEngine([
    article(
      [
        "The Veldorian economy has suffered from the drought. The government ordered grain mills to close for a month. The closures are costing the economy $40 million, officials estimate.",
        "Group B — Tarnia 1–1 Ostrel",
        "Tarnia led at half time after a header from its captain. Ostrel levelled late in the match.",
        "In the 80th minute, fans threw smoke bombs onto the pitch and delayed the match by ten minutes.",
        "Health officials in Ostrel reported 30 new cases of cholera. Tarnia reported 12 cases on Monday.",
      ],
      "2023-05-03",
      "carried",
    ),
  ]);

  it("takes the name from two sentences back, when the sentences between name nothing either", () => {
    expect(engine.ask("How much are the closures costing the Veldorian economy?").short).toBe("$40 million");
  });

  it("reads a rate the question asks in ('each week') as how the figure is given, not a word its sentence must hold", () => {
    expect(engine.ask("How much is the shutdown costing the Veldorian economy each week?").short).toBe("$40 million");
  });

  it("takes the name from the paragraph before, when the sentence opens its own", () => {
    expect(engine.ask("How long was the Tarnia match delayed by the smoke bombs?").short).toBe("ten minutes");
  });

  it("leaves a sentence that names a place of its own to that place", () => {
    expect(engine.ask("How many cases of cholera did Tarnia report?").short).toBe("12");
  });
});

describe("a name found in the words the question wrote it with", () => {
  const engine = createEngine([
    article(
      [
        "Astronomers found a planet orbiting the star VDA-7. VDA-7 is twice as large as the Sun. The star is about 90 light years from the earth, but it is young.",
        "The discovery was made by a team from three universities. They operate a pair of telescopes called the Very Distant Array.",
      ],
      "2023-05-03",
      "wording",
    ),
  ]);

  it("counts the star's own wording as naming it, though the analysis named the telescope", () => {
    expect(engine.ask("How far away is VDA-7 from earth?").short).toBe("about 90 light years");
  });
});

describe("a sentence that opens with a name no lexicon knows", () => {
  // Invented: a village named once, at the start of a sentence, then called "the village" and "this village".
  const e = createEngine([
    article(
      [
        "A strong earthquake struck the east of the country before dawn.",
        "Dravno, the largest of the affected villages, accounted for most of the dead. The village has a population of 800, and most people live in mud-brick homes. About 25 to 30 houses were demolished in this village.",
      ],
      "2020-01-25",
      "quake",
    ),
  ]);

  it("carries that name to the nameless sentences after it", () => {
    expect(e.ask("How many people live in Dravno?").short).toBe("800");
  });

  it("reads 'demolished' as a kind of destroying, and the grounding accepts the carried name", () => {
    expect(e.ask("How many houses were destroyed in Dravno?").short).toBe("About 25 to 30");
  });
});
