import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { messages } from "../../src/messages.ts";
import { article } from "./helpers.ts";

// Invented: what happens once (birth, death, founding) told with one date and one place, beside
// what may happen many times (a visit, a storm's path).
const e = createEngine([
  article(
    [
      "Ida Marsh was born in Tarnbury in 1950.",
      "She founded the Marsh Gallery in 1990.",
      "Vellmouth is a port town on the east coast.",
      "Ida Marsh visited Tarnbury in May.",
    ],
    "2022-06-01",
    "marsh",
  ),
]);

describe("yes/no of what happens once, asked with another date or place", () => {
  it("answers no when the article gives the birth another place or year", () => {
    expect(e.ask("Was Ida Marsh born in Vellmouth?").lead).toBe(messages.no);
    expect(e.ask("Did Ida Marsh die in Vellmouth?").lead).not.toBe(messages.yes);
    expect(e.ask("Was Ida Marsh born in 1960?").lead).toBe(messages.no);
    expect(e.ask("Was Ida Marsh born in Tarnbury?").lead).toBe(messages.yes);
  });

  it("answers no when the founding has another year", () => {
    expect(e.ask("Was the Marsh Gallery founded in 1985?").lead).toBe(messages.no);
  });

  it("leaves a birthplace open when the article gives only the year", () => {
    const year = createEngine([article(["Tom Lee was born in 1950 in the north."], "2022-06-01", "lee")]);
    expect(year.ask("Was Tom Lee born in Vellmouth?").lead).not.toBe(messages.no);
  });

  it("leaves open what may happen more than once", () => {
    expect(e.ask("Did Ida Marsh visit Tarnbury in June?").lead).not.toBe(messages.no);
  });
});
