import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { extractQuantities } from "../../src/analysis/extractQuantities.ts";
import { article } from "./helpers.ts";

// Invented weather report: a speed and temperatures, written as news writes them.
const e = createEngine([
  article(
    [
      "Storm Orla reached the coast of Tarnia on Monday. Its winds reached 140 km/h near the port of Dravmont.",
      "Temperatures in Vellmouth fell to 2C overnight, after highs of 19C on Sunday.",
    ],
    "2023-10-03",
    "storm",
  ),
]);

describe("speeds", () => {
  it("reads a length unit per hour as a speed, written as the sentence writes it, not as a length", () => {
    const [speed] = extractQuantities("Its winds reached 140 km/h near the port.");
    expect(speed).toMatchObject({ short: "140 km/h", measure: "count" });
    expect(extractQuantities("Winds of up to 90 miles per hour were recorded.")[0]).toMatchObject({ short: "up to 90 miles per hour" });
  });

  it("answers how fast the winds were", () => {
    expect(e.ask("How fast were the winds of Storm Orla?").short).toBe("140 km/h");
  });
});

describe("temperatures", () => {
  it("reads '2C' as a temperature where the sentence tells of weather, not '5C' of a bus", () => {
    expect(extractQuantities("Temperatures fell to 2C overnight.")[0]).toMatchObject({ short: "2C", value: 2 });
    expect(extractQuantities("The 5C bus left late.")).toEqual([]);
  });

  it("answers how cold it got with the temperature", () => {
    expect(e.ask("How cold did it get in Vellmouth overnight?").short).toBe("2C");
  });
});
