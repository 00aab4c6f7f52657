import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

/** Speaker ids and what they said, sentence by sentence. */
function said(paragraphs: string[]) {
  return analyseArticle(article(paragraphs)).sentences.flatMap((s) => s.statements.map((st) => [st.speaker, st.quote ?? st.content]));
}

const report = [
  "The Harbour Safety Board's acting chairman, Ola Brandt, said it was a lucky escape.",
  "The ferry would have sunk within minutes, coastguard director Ivo Lund said.",
];

describe("a speaker set off by commas after a title ('The board's chairman, Ola Brandt, said …')", () => {
  it("reports the short clause after the verb, not the title before the name", () => {
    const out = said(report);
    expect(out[0]).toEqual(["ola brandt", "it was a lucky escape"]);
    // "…, X said.": the words before the speaker are still what was said.
    expect(out[1]?.[1]).toMatch(/^The ferry would have sunk within minutes/);
  });

  it("answers who said it from the statement", () => {
    const a = createEngine([article(report, "2022-02-02", "ferry")]).ask("Who called it a lucky escape?");
    expect(a.short).toBe("Ola Brandt");
  });
});
