import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "The crisis in Ruvania deepened on Monday.",
      "In Dravtown, the mayor resigned after the vote.",
      "At the Kessa hospital, doctors treated forty people.",
    ],
    "2024-06-03",
    "where-opening-preposition",
  ),
]);
const ask = (q: string) => engine.ask(q);

describe("where: a place phrase that opens the sentence", () => {
  it("reads 'In Dravtown, …' as the place, capitalised preposition and all", () => {
    const a = ask("Where did the mayor resign?");
    expect(a.kind).toBe("where");
    expect(a.short).toBe("Dravtown");
  });

  it("reads 'At the Kessa hospital, …' whole, not only the name in it", () => {
    expect(ask("Where did doctors treat forty people?").short).toBe("the Kessa hospital");
  });
});
