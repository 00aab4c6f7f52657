import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// "What figure / number / total did X give?" asks a number, as "how many" does.
const engine = createEngine([
  article(
    [
      "About 100,000 people joined the march in Varn on Saturday, the organisers said.",
      "The Varn Transit Authority estimates that number is closer to 40,000.",
    ],
    "2022-06-01",
    "figures",
  ),
]);

describe("what-questions that ask a figure", () => {
  it("answers 'what figure did X give?' with the number X gives", () => {
    const a = engine.ask("What figure did the Varn Transit Authority give?");
    expect(a.short).toBe("40,000");
    expect(a.citations[0]?.sentence).toMatch(/closer to 40,000/);
  });

  it("declines a figure from someone the articles never mention", () => {
    expect(engine.ask("What figure did the Harbour Guild give?").answered).toBe(false);
  });
});
