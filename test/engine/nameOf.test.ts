import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { namedNounAsked, namesGiven } from "../../src/engine/answers/answerNameOf.ts";
import { canonical } from "../../src/analysis/text.ts";
import { article } from "./helpers.ts";

// An invented report whose things are named in apposition or after a naming cue.
const engine = createEngine([
  article(
    [
      "Orlen Vale, a port tycoon, was jailed for life on Friday.",
      "Many officials were offered rooms at Vale's seven-storey hotel, the Red Tower, where they feasted on rare dishes.",
      "Vale's passenger ferry number 12, the Silver Gull, bound for Tallin from Riga, struck a pier on Sunday.",
      "The ferry's owners, New York investors, declined to comment.",
    ],
    "2012-05-19",
    "names",
  ),
]);

function ask(question: string) {
  const a = engine.ask(question);
  return { ...a, lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("the name of the thing a question asks about", () => {
  it("reads the noun whose name is asked, however the question asks it", () => {
    expect(namedNounAsked("What is the name of the Amtrak train?")).toBe("train");
    expect(namedNounAsked("what was his hotel called")).toBe("hotel");
    expect(namedNounAsked("What's the ferry's name?")).toBe("ferry");
    expect(namedNounAsked("What did the ferry hit?")).toBeNull();
    expect(namedNounAsked("What is it called?")).toBeNull();
  });

  it("takes a capitalised phrase in apposition after the noun, or after a naming cue, never a lowercase one", () => {
    expect(namesGiven("He stayed at the hotel, the Red Tower, for a week.", canonical("hotel"))).toEqual(["Red Tower"]);
    expect(namesGiven("The train number 91, the Silver Star, left at dawn.", canonical("train"))).toEqual(["Silver Star"]);
    expect(namesGiven("They founded a company called Brannock Holdings in 1999.", canonical("company"))).toEqual(["Brannock Holdings"]);
    expect(namesGiven("The hotel, the city's tallest, opened in May.", canonical("hotel"))).toEqual([]);
    expect(namesGiven("The hotel, the Red Tower, opened in May.", canonical("ferry"))).toEqual([]);
  });

  it("answers with the name in apposition to the asked noun", () => {
    const a = ask("What was his hotel called?");
    expect(a.short).toBe("Red Tower");
    expect(a.cited).toContain("seven-storey hotel, the Red Tower");
  });

  it("passes over a tag between the noun and its name", () => {
    const a = ask("What is the name of Vale's ferry?");
    expect(a.short).toBe("Silver Gull");
  });
});
