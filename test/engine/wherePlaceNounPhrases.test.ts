import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "The Dravik team played in the Orvan football league last season.",
      "Ravena beat Tolsa in the Final 8 knockout round on Sunday.",
      "Two fishermen drowned in the Kessa river, the coastguard said.",
      "Workers built the new prison at the Kessa site, the ministry said.",
      "Earmarks in the bill included $90 million in tax rebates for the Vell Islands rum industry.",
      "Ana Lind, a teacher in Vellmont for years, opened the library last week in Kessa.",
      "Thousands marched in Dorran on Saturday, and Ivo Marek, a leader of the Kessa Valley rally, said more would follow.",
    ],
    "2024-06-03",
    "where-noun-phrases",
  ),
]);
const ask = (q: string) => engine.ask(q);

describe("where: a name after a preposition read with the nouns after it", () => {
  it("does not take a name describing another noun for a place ('in the Orvan football league')", () => {
    expect(ask("Where did the Dravik team play?").short).not.toBe("the Orvan");
  });

  it("reads a number inside the noun phrase too ('in the Final 8 knockout round' names no place)", () => {
    expect(ask("Where did Ravena beat Tolsa?").short).not.toBe("the Final");
  });

  it("reads a name and the noun of place after it as one place ('in the Kessa river')", () => {
    expect(ask("Where did the fishermen drown?").short).toBe("the Kessa river");
  });
});

describe("where: a place name describing the noun asked about", () => {
  it("answers where a thing is with the place name written before it ('the Vell Islands rum industry')", () => {
    expect(ask("Where is the rum industry?").short).toBe("Vell Islands");
  });

  it("answers where an event was with the place describing it ('a leader of the Kessa Valley rally')", () => {
    expect(ask("Where was the rally Ivo Marek led?").short).toBe("Kessa Valley");
  });
});

describe("where: a place right after a word of the question tells of what is asked", () => {
  it("prefers the place after the thing asked to a place of someone's past in the same sentence", () => {
    expect(ask("Where did Ana Lind open the library?").short).toBe("Kessa");
  });
});
