import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented obituary: a verb of saying after what it tells (a death confirmed), in a sentence
// whose other reports the speech analysis reads, credits no statement to the one who confirmed.
const report = article(
  [
    "On Monday, Mara Quill, lead singer of folk band The Saltmarsh, was found dead, her publicist Tobias Wren confirmed; reports suggested she was found in her room at a hotel in Leeds. Her agent said she was in Leeds for a recording session.",
    "Quill recorded eleven albums with the band.",
  ],
  "2024-09-10",
  "obituary",
);
const engine = createEngine([report]);

describe("who did what a verb of saying tells of", () => {
  it("answers with the doer when no statement answers", () => {
    const a = engine.ask("Who confirmed her death?");
    expect(a.answered).toBe(true);
    expect(a.short).toMatch(/Tobias Wren/);
    expect(a.citations[0]?.sentence).toContain("confirmed");
  });
});
