import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { extractQuantities } from "../../src/analysis/extractQuantities.ts";
import { article } from "./helpers.ts";

// An invented court and town report: counts written as "<number>-<noun>" before what they describe.
const engine = createEngine([
  article(
    [
      "The famous four-storey prison in Vell is routinely overcrowded.",
      "The council published a 300-page report on the harbour on Monday.",
      "A three-judge panel heard the appeal in Tarn.",
    ],
    "2023-06-12",
    "compounds",
  ),
]);

describe("counts written as a compound before a noun", () => {
  it("reads '<number>-<noun>' as a count of that noun ('four-storey' counts storeys)", () => {
    const [storeys] = extractQuantities("The famous four-storey prison is overcrowded.");
    expect(storeys).toMatchObject({ value: 4, unit: "storeys", measure: "count" });
    expect(extractQuantities("a 300-page report")[0]).toMatchObject({ value: 300, unit: "pages" });
  });

  it("reads no count in a number word, an adjective or a measure ('twenty-five', 'one-sided', '10-percent')", () => {
    expect(extractQuantities("Twenty-five people came.")[0]).toMatchObject({ value: 25, unit: "people" });
    expect(extractQuantities("It was a one-sided match.")).toEqual([]);
    expect(extractQuantities("They made a three-pronged attack.")).toEqual([]);
    // A measure the plain number reads stays that measure.
    expect(extractQuantities("a stubborn 10-percent unemployment rate")[0]).toMatchObject({ value: 10, isPercent: true });
  });

  it("answers how many with the compound's number", () => {
    expect(engine.ask("How many storeys does the prison have?").short).toBe("four");
    expect(engine.ask("How many pages is the report?").short).toBe("300");
    expect(engine.ask("How many judges heard the appeal?").short).toBe("three");
  });
});
