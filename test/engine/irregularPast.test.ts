import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented storm report told in irregular past forms a question asks in the verb's own form.
const engine = createEngine([
  article(
    ["The quake shook buildings in Vell on Monday.", "A ferry sank near Tarn, and the crew swam to shore.", "The council withheld the report and overturned the ban."],
    "2023-01-09",
    "irregular",
  ),
]);
const lead = (q: string) => engine.ask(q).text.split("\n")[0]!;

describe("irregular past forms", () => {
  it("answers a question asked in the verb's own form from its irregular past ('shook', 'sank', 'swam', 'withheld')", () => {
    expect(lead("Did the quake shake buildings in Vell?")).toMatch(/^Yes\./);
    expect(lead("Did the ferry sink?")).toMatch(/^Yes\./);
    expect(lead("Did the crew swim to shore?")).toMatch(/^Yes\./);
    expect(lead("Did the council withhold the report?")).toMatch(/^Yes\./);
  });
});
