import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { words } from "../../src/analysis/text.ts";
import { article, engineFor } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "The climbers will attempt Mount Korrin, at 14,200 feet the highest peak in the region.",
      "Dario Penn was jailed for fraud in May.", "The court later gave Penn fifteen years for bribery.",
      "The economy grew after a 2019 rescue package of $40 billion.",
      "The team of nine will climb Mount Vell, at 9,000 feet the highest peak in the east. This 12-day climb will take place in June.",
      "Nine years of talks ended with a promise that Penn would be spared the death penalty.",
      "The plan calls for 40 wind turbines, each generating 2.5 megawatts.",
      "The scheme also calls for 0.4 square miles of solar panels.",
      "The new rules raise the deposit insurance cap to $300,000, a move welcomed by savers.",
      "The singer Beyoncé received nine nominations and won two awards, and Renée Dubé won three awards.",
    ],
    "2024-04-02",
    "measures",
  ),
]);

describe("how tall / how big / how many extra years", () => {
  it("reads 'how tall' as asking a height", () => {
    expect(engine.ask("How tall is Mount Korrin?").short).toMatch(/14,200 feet/);
  });

  it("reads 'how many extra years' as asking a span of years", () => {
    expect(engine.ask("How many extra years did Penn get for bribery?").short).toMatch(/fifteen years/i);
  });

  it("reads 'how big' as asking a sum when the thing asked about is counted in money", () => {
    expect(engine.ask("How big was the 2019 rescue package?").short).toMatch(/\$40 billion/);
  });

  it("reads 'how long … last' as a span of time, never a length", () => {
    expect(engine.ask("How long does the Mount Vell climb last?").short).toMatch(/12-day/);
  });

  it("does not take a span for a count of the killed because a harm word stands near it", () => {
    expect(engine.ask("How long did the talks take?").short).toMatch(/nine years/i);
  });

  it("answers 'how much power' with a number in a unit of power, told with its unit", () => {
    expect(engine.ask("How much power will each turbine generate?").short).toBe("2.5 megawatts");
  });

  it("matches words typed without their accents", () => {
    expect(words("Beyoncé won in São Paulo")).toEqual(words("Beyonce won in Sao Paulo"));
    expect(engine.ask("How many nominations did Beyonce receive?").short).toMatch(/^nine$/i);
  });

  it("reads 'what area of X' as asking a number in units of area, told with its two-word unit", () => {
    expect(engine.ask("What area of solar panels is planned?").short).toBe("0.4 square miles");
  });

  it("reads 'what's the cap' as asking a limit that may be a sum of money", () => {
    expect(engine.ask("whats the new deposit insurance cap").short).toBe("$300,000");
  });

  it("reads an accented name in a question as a name, so another person's figure is no answer", () => {
    // The dev6 Grammys article (CC BY 2.5, test/fixtures/dev6): "Adele won five Grammy Awards"; Beyoncé "won only two".
    const gala = engineFor("test/fixtures/dev6/articles/2017-02-15-wikinews-adele-bowie-five-grammys.md");
    expect(gala.ask("How many awards did Beyoncé win?").short).not.toBe("five");
  });
});

describe("ages and distances of things, and ages written before a name", () => {
  const sky = createEngine([
    article(
      [
        "Astronomers have found a planet circling the star Vexa-4. The star is about 900 light years from the earth, but it is about 200 million years old.",
        "On Tuesday, 52-year-old Marla Quent, the observatory's director, presented the find.",
        "Her colleague Tom Arby, 38, built the camera.",
      ],
      "2024-06-01",
      "sky",
    ),
  ]);

  it("reads 'light years' as a length", () => {
    const a = sky.ask("How far is the star from earth?");
    expect(a.short).toMatch(/900 light years/);
  });

  it("gives a thing's age in millions of years, read through 'it' to the sentence's subject", () => {
    const a = sky.ask("how old is the star?");
    expect(a.short).toMatch(/200 million years/);
  });

  it("gives the age written before a name to that name, past an opening 'On Tuesday,'", () => {
    expect(sky.ask("How old is Marla Quent?").short).toMatch(/52/);
    expect(sky.ask("How old is Tom Arby?").short).toMatch(/38/);
  });
});

describe("how close", () => {
  it("reads 'how close' as asking a length", () => {
    const sea = createEngine([article(["Four raiders in a skiff came within 300 meters of the tanker before turning back."], "2024-02-01", "sea")]);
    expect(sea.ask("how close did the raiders get to the tanker?").short).toMatch(/300 meters/);
  });
});
