import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { readNumberQuestion } from "../../src/engine/answers/numberQuestion.ts";
import { extractQuantities } from "../../src/analysis/extractQuantities.ts";
import { canonical } from "../../src/analysis/text.ts";
import { article } from "./helpers.ts";

// How a number question says which figure it wants: the unit it names, the dimension of a length,
// a weight. Invented sentences.

const read = (q: string) => readNumberQuestion(q.toLowerCase().replace(/[?]/g, "").split(" "));

describe("reading the unit and dimension a question asks", () => {
  it("reads 'over how many years' as a span in years", () => {
    expect(read("Over how many years were the surveys made?")).toMatchObject({ measure: "duration", unit: canonical("years") });
  });

  it("reads 'how much does it weigh' as a weight, not any number", () => {
    expect(read("How much does the statue weigh?")).toMatchObject({ measure: null, counted: [canonical("weight")] });
  });

  it("reads '18+ years' as a span of years", () => {
    const [x] = extractQuantities("In 18+ years of diving there, we never saw one.");
    expect(x).toMatchObject({ measure: "duration", text: "18+" });
  });
});

const survey = article([
  "The survey logged more than 6000 hours of whale sightings in Carrow Bay spread out over the past 14 years.",
  "The hull lies four miles east of the lighthouse at a depth of 900 metres.",
  "The bronze statue stands in the square; it has three panels.",
  "The harbour wall is 3 metres high and 40 metres long.",
], "2024-02-01", "survey");

describe("answering with the figure of the unit and dimension asked", () => {
  const engine = createEngine([survey]);
  const ask = (q: string) => engine.ask(q);

  it("answers 'over how many years' with the years, not the hours", () => {
    expect(ask("over how many years were the whale sightings spread?").short).toBe("14 years");
  });

  it("answers 'how deep' with the length said to be a depth", () => {
    expect(ask("How deep is the hull?").short).toBe("900 metres");
    expect(ask("How far is the hull from the lighthouse?").short).toBe("four miles");
  });

  it("answers 'how long' and 'how high' with the length said to be each", () => {
    expect(ask("How long is the harbour wall?").short).toBe("40 metres");
    expect(ask("How high is the harbour wall?").short).toBe("3 metres");
  });

  it("reads 'the wreck' as a thing, not as a loss the sentence must tell of", () => {
    const wreck = createEngine([article(["The wreckage lies four miles east of the lighthouse."], "2024-02-01", "wreck")]);
    expect(wreck.ask("How far is the wreck from the lighthouse?").short).toBe("four miles");
  });

  it("declines a weight question when the article gives no weight", () => {
    expect(ask("How much does the bronze statue weigh?").answered).toBe(false);
  });
});

const obituary = article([
  "Bishop Aldo Renn of the Varrow Church died on Sunday after serving almost twelve years as the church's leader.",
  "Mayor Lina Ost, who left office in 2019 after two terms of four years, opened the new bridge.",
], "2024-04-02", "obituary");

describe("the one figure of the kind asked, when the question says its verb otherwise", () => {
  const engine = createEngine([obituary]);
  const ask = (q: string) => engine.ask(q);

  it("takes the one span beside the question's subject, its verb found as the start of a longer word", () => {
    const a = ask("How long did Renn lead the Varrow Church?");
    expect(a.short).toBe("almost twelve years");
    expect(a.confidence).toBeLessThan(0.5);
  });

  it("declines when the sentence beside the subject holds no word of the question", () => {
    expect(ask("How long did Renn run the Varrow Church?").answered).toBe(false);
    expect(ask("How long did Ost chair the council?").answered).toBe(false);
  });
});
