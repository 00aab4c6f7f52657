import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// How-much and how-many questions whose number the sentence gives in a form of its own: a sum only
// the question's money word ties to it, a rate asked by "how high", a measure of a thing, a tally.
const engine = createEngine([
  article(
    [
      "Officials in Orrin gave an update on Monday.",
      "Unemployment in Orrin rose to 7.4 percent in May.",
      "The storm dumped 30 centimetres of snow on the town.",
      "The harbour bill passed by 52 votes to 48.",
    ],
    "2022-06-01",
    "forms",
  ),
]);

describe("how-much and how-many questions in other forms", () => {
  it("answers a money question whose only word is how it asks of money ('How much was it fined?')", () => {
    const e = createEngine([article(["Tom Lee ran the ferry between Orrin and Vell for ten years.", "Last year he was fined €50,000 for the delays."], "2022-06-01", "fine")]);
    expect(e.ask("How much was he fined?").short).toBe("€50,000");
  });

  it("answers 'how high' of a rate with a percentage", () => {
    expect(engine.ask("How high was unemployment in May?").short).toBe("7.4 percent");
  });

  it("answers 'how much snow' with a measure of snow", () => {
    expect(engine.ask("How much snow fell on the town?").short).toBe("30 centimetres");
  });

  it("reads a tally as the votes for, then against, not a change to a level", () => {
    expect(engine.ask("How many votes did the harbour bill get?").short).toBe("52");
    expect(engine.ask("How many votes were against the harbour bill?").short).toBe("48");
  });
});
