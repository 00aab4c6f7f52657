import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { analyseArticles, prestartWorkers, waitingWorkers } from "../../src/analysis/analyseArticles.ts";
import { article } from "../engine/helpers.ts";

// Workers started while a first load reads its files (see prestartWorkers).
describe("analysis workers started ahead of need", { timeout: 30_000 }, () => {
  const multiCore = availableParallelism() > 1;

  it.runIf(multiCore)("GIVEN workers started ahead THEN the next analysis takes one and gives the same result as the main thread", async () => {
    prestartWorkers();
    expect(waitingWorkers()).toBeGreaterThan(0);
    // Much text in one article: analysed on a worker, the prestarted one.
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Officials said on Monday that ${i + 1} soldiers left the base, the minister told reporters.`);
    const big = article(paragraphs, "2021-05-05", "big");
    const [result] = await analyseArticles([big]);
    expect(waitingWorkers()).toBe(0);
    expect(result).toEqual(analyseArticle(big));
  });

  it.runIf(multiCore)("GIVEN workers started ahead WHEN nothing needs a worker THEN they are stopped and the analysis is the main thread's", async () => {
    prestartWorkers();
    const small = article(["John Smith said on Monday that 5,000 troops would leave."]);
    const [result] = await analyseArticles([small]);
    expect(waitingWorkers()).toBe(0);
    expect(result).toEqual(analyseArticle(small));
    // A second analysis starts its own worker as before.
    const paragraphs = Array.from({ length: 400 }, (_, i) => `The minister said ${i + 1} roads reopened on Friday.`);
    const big = article(paragraphs, "2021-05-06", "big2");
    expect((await analyseArticles([big]))[0]).toEqual(analyseArticle(big));
  });
});
