import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { analyseArticles } from "../../src/analysis/analyseArticles.ts";
import { splitSentences } from "../../src/analysis/splitSentences.ts";
import { tuning } from "../../src/tuning.ts";
import { article } from "../engine/helpers.ts";

describe("very long paragraphs and sentences", { timeout: 30_000 }, () => {
  it("GIVEN a 200 KB paragraph of short sentences THEN it splits into every sentence at its place, in bounded time", () => {
    const unit = "Officials said the plan works. ";
    const paragraph = unit.repeat(7000);
    // Quadratic splitting took over 40 s here (past the timeout); linear takes well under a second.
    const spans = splitSentences(paragraph);
    expect(spans).toHaveLength(7000);
    const misplaced = spans.filter((s, i) => s.text !== unit.trim() || s.start !== i * unit.length || s.end !== s.start + unit.trim().length);
    expect(misplaced).toEqual([]);
  });

  it("GIVEN a long paragraph with quotations and abbreviations THEN it splits as its short parts do", () => {
    const unit = "“We will stay. We will not leave,” Gen. Smith said. The U.S. Army left on Sept. 11. ";
    const one = splitSentences(unit).map((s) => s.text);
    const paragraph = unit.repeat(1000);
    const spans = splitSentences(paragraph);
    expect(spans.map((s) => s.text)).toEqual(Array(1000).fill(one).flat());
    expect(spans.filter((s) => paragraph.slice(s.start, s.end) !== s.text)).toEqual([]);
  });

  it("GIVEN a sentence far longer than any news sentence THEN it is kept for search but not analysed", () => {
    const runOn = "the minister said that 5,000 troops would leave Iraq on Monday and ".repeat(3000);
    const analysed = analyseArticle(article([runOn, "John Smith said on Monday that 5,000 troops would leave."]));
    const [long, short] = analysed.sentences;
    expect(long!.text.length).toBeGreaterThan(tuning.load.maxAnalysedSentenceChars);
    expect(long!.terms.length).toBeGreaterThan(0);
    expect([long!.statements, long!.quantities, long!.dates]).toEqual([[], [], []]);
    expect(short!.quantities.map((q) => q.value)).toEqual([5000]);
    expect(short!.statements).toHaveLength(1);
  });

  it("GIVEN few articles with much text THEN they are analysed off the main thread, with the same result", async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Officials said on Monday that ${i + 1} soldiers left the base, the minister told reporters.`);
    const big = article(paragraphs, "2021-05-05", "big");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const [result] = await analyseArticles([big]);
      expect(ticks).toBeGreaterThan(0);
      expect(result).toEqual(analyseArticle(big));
    } finally {
      clearInterval(timer);
    }
  });
});
