import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { createCompleter } from "../../src/engine/complete/createCompleter.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import type { Answer, CompletionField } from "../../src/engine/types.ts";
import { tuning } from "../../src/tuning.ts";
import { article } from "./helpers.ts";

// Two invented reports: troops in two places, dated events, three quoted people, one long quotation.
const engine = createEngine([
  article(
    [
      "About 1,200 Danish troops are stationed in Estonia, the defence ministry said.",
      "Another 300 troops are deployed in Latvia.",
      "Defence minister Ines Calder said “our soldiers will stay in the Baltic until the mission is complete.”",
      "Calder visited the base in Tapa on March 4.",
      `Commander Oskar Lind said “${"the winter exercises went well and ".repeat(6)}we are ready.”`,
    ],
    "2024-03-15",
    "baltic",
  ),
  article(
    [
      "The parliament approved the deployment on January 20.",
      "Opposition leader Mara Quist said “the cost of the deployment is too high for taxpayers.”",
    ],
    "2024-01-25",
    "vote",
  ),
]);

const answeredBy: Record<CompletionField, (value: string, speaker: string) => boolean> = {
  question: (v) => engine.ask(v).answered,
  place: (v) => engine.troops(v).answered,
  about: (v) => engine.timeline(v).answered,
  phrase: (v) => engine.whoSaid(v).answered,
  topic: (v, speaker) => engine.quotes(speaker, v).answered,
};

function expectValid(field: CompletionField, values: string[], speaker = "") {
  expect(values.length).toBeLessThanOrEqual(tuning.complete.maxChoices);
  expect(new Set(values).size).toBe(values.length);
  for (const value of values) {
    expect(value.length, value).toBeGreaterThan(0);
    expect(value.length, value).toBeLessThanOrEqual(100);
    expect(answeredBy[field](value, speaker), `${field}: ${value} is answered`).toBe(true);
  }
}

describe("autocomplete", () => {
  it("GIVEN nothing typed for /ask question THEN questions the articles answer, of several kinds", () => {
    const values = engine.complete("question", "");
    expectValid("question", values);
    expect(values).toEqual(expect.arrayContaining(["What did Ines Calder say?", "Who is Ines Calder?"]));
    expect(values.some((v) => v.startsWith("How many"))).toBe(true);
  });

  it("GIVEN the start of words THEN only questions holding words that start so, in any order", () => {
    const values = engine.complete("question", "quis sa");
    expect(values).toContain("What did Mara Quist say?");
    for (const v of values) expect(v.toLowerCase()).toMatch(/\bquis/);
    expectValid("question", values);
    expect(engine.complete("question", "zebra")).toEqual([]);
  });

  it("GIVEN a figure in a place THEN a how-many question names that place", () => {
    expect(engine.complete("question", "how many lat")).toContain("How many troops are in Latvia?");
  });

  it("GIVEN /troops place THEN the places with troop figures", () => {
    const values = engine.complete("place", "");
    expect(values).toEqual(expect.arrayContaining(["Estonia", "Latvia"]));
    expectValid("place", values);
    expect(engine.complete("place", "lat")).toEqual(["Latvia"]);
  });

  it("GIVEN /timeline about THEN people and places the dated events tell of", () => {
    const values = engine.complete("about", "");
    expect(values).toContain("Ines Calder");
    expectValid("about", values);
  });

  it("GIVEN /whosaid phrase THEN statements of the articles, a long one cut at a word within 100 characters", () => {
    const values = engine.complete("phrase", "");
    expect(values).toContain("our soldiers will stay in the Baltic until the mission is complete");
    const long = values.find((v) => v.startsWith("the winter exercises"));
    expect(long).toBeDefined();
    expect(long!.length).toBeLessThanOrEqual(100);
    expect(long).not.toMatch(/\s$|…$/);
    expectValid("phrase", values);
    expect(engine.complete("phrase", "taxp")).toEqual(["the cost of the deployment is too high for taxpayers"]);
  });

  it("GIVEN /quote topic with a speaker THEN words of what that speaker said; without a known speaker THEN nothing", () => {
    const values = engine.complete("topic", "", { speaker: "Mara Quist" });
    expect(values).toEqual(expect.arrayContaining(["cost", "taxpayers"]));
    expect(values).not.toContain("soldiers");
    expectValid("topic", values, "Mara Quist");
    expect(engine.complete("topic", "", { speaker: "Nobody Known" })).toEqual([]);
    expect(engine.complete("topic", "")).toEqual([]);
  });

  it("GIVEN many candidates THEN never more than 25", () => {
    const speakers = Array.from({ length: 40 }, (_, i) => `Official ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ton said “the plan number ${i} is good for everyone here.”`);
    const big = createEngine([article(speakers, "2024-03-15", "many")]);
    expect(big.complete("phrase", "").length).toBe(25);
    expect(big.complete("question", "").length).toBeLessThanOrEqual(25);
  });
});

describe("autocomplete checks generated questions with the engine", () => {
  // Forty counted things, each making a "How many …?" question: generated, so checked.
  const nouns = Array.from({ length: 40 }, (_, i) => `${"abcdefghij"[i % 10]}${"klmn"[Math.floor(i / 10)]}ets`);
  const index = new KnowledgeIndex([article(nouns.map((noun, i) => `The depot holds ${i + 2} ${noun}.`), "2024-03-15", "depot")].map(analyseArticle));
  const answer = (answered: boolean): Answer => ({ answered, text: "", lead: "", short: null, citations: [], kind: "count", confidence: 0 });

  it("GIVEN questions the engine declines THEN they are not offered", () => {
    const completer = createCompleter(index, { ask: (q) => answer(!q.includes("akets")) });
    expect(completer.complete("question", "akets")).toEqual([]);
    expect(completer.complete("question", "bkets")).toEqual(["How many bkets are there?"]);
  });

  it("GIVEN a keystroke THEN at most checksPerCall questions are checked, and a check is never repeated", () => {
    let calls = 0;
    const completer = createCompleter(index, { ask: (q) => (calls++, answer(!q.includes("5"))) });
    completer.complete("question", "");
    expect(calls).toBeLessThanOrEqual(tuning.complete.checksOnBuild + tuning.complete.checksPerCall);
    const built = calls;
    const first = completer.complete("question", "how many");
    expect(calls).toBeLessThanOrEqual(built + tuning.complete.checksPerCall);
    // The list fills up as people type: each keystroke adds what its checks allow.
    const second = completer.complete("question", "how many");
    expect(calls).toBe(built + 2 * tuning.complete.checksPerCall);
    expect(second.length).toBeGreaterThan(first.length);
    for (let i = 0; i < 20; i++) completer.complete("question", "how many");
    const settled = calls;
    expect(completer.complete("question", "how many")).toHaveLength(tuning.complete.maxChoices);
    expect(calls).toBe(settled);
  });
});
