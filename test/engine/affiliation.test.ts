import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "Prices will keep rising, said Mara Lindqvist, senior economist at Nordbank.",
      "As head of the Tessaly Group, Oren Vale shipped grain to six ports.",
      "Vale later met the mayor of Portmoor.",
    ],
    "2024-06-01",
    "markets",
  ),
]);

describe("the organisation a person is tied to by a role", () => {
  it("reads 'ROLE at ORG' after the name for 'which bank does X work for'", () => {
    expect(engine.ask("Which bank does Lindqvist work for?").short).toBe("Nordbank");
  });

  it("reads 'As head of ORG, X' for 'what company did X run'", () => {
    expect(engine.ask("Which firm did Vale lead?").short).toBe("Tessaly Group");
  });

  it("reads the team a player plays for from 'a striker for ORG' or 'ORG striker X'", () => {
    const e = createEngine([article(["Ann Roe, a striker for Vell Rovers, scored twice on Saturday.", "Tarn City goalkeeper Ida Berg saved a penalty."], "2022-06-01", "players")]);
    expect(e.ask("Which team does Ann Roe play for?").short).toBe("Vell Rovers");
    expect(e.ask("Which club does Ida Berg play for?").short).toBe("Tarn City");
  });
});
