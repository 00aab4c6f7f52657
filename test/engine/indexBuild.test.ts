import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { engineFor as engineOver } from "../../src/engine/createEngine.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { afghanFile, germanyFile, readArticle, seedFile } from "./helpers.ts";

describe("building the index in slices", () => {
  const analysed = () => [seedFile, afghanFile, germanyFile].map((f) => analyseArticle(readArticle(f)));

  it("lets other work run between slices and answers exactly as a build in one go", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await KnowledgeIndex.build(analysed(), 0);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);

    const whole = new KnowledgeIndex(analysed());
    for (const q of ["How many troops are in Iraq?", "Who is the acting defense secretary?", "Give me a timeline", "What did Romney say?"]) {
      expect(engineOver(sliced).ask(q)).toEqual(engineOver(whole).ask(q));
    }
  });

  it("keeps every field of each analysed sentence, with its id, and leaves the analysed sentences as they were", () => {
    const articles = analysed();
    const before = JSON.stringify(articles);
    const index = new KnowledgeIndex(articles);
    const expected = articles.flatMap((a) => a.sentences).map((s, id) => ({ ...s, id }));
    expect(index.sentences).toEqual(expected);
    // The same fields in the same order: a trace or a cache that prints a sentence prints it alike.
    expect(index.sentences.map((s) => Object.keys(s))).toEqual(expected.map((s) => Object.keys(s)));
    expect(JSON.stringify(articles)).toBe(before);
  });
});
