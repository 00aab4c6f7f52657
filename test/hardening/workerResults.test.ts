import { describe, expect, it } from "vitest";
import { analyseArticle, type AnalysedSentence } from "../../src/analysis/analyseArticle.ts";
import { analyseArticles } from "../../src/analysis/analyseArticles.ts";
import { RESULT_PIECE_SENTENCES, ResultReader, type ResultPiece } from "../../src/analysis/workerResults.ts";
import { tuning } from "../../src/tuning.ts";
import { article } from "../engine/helpers.ts";

const sentence = (doc: string, position: number): AnalysedSentence => ({
  doc, paragraph: 1, position, text: `Sentence ${position}.`, terms: ["sentence"], entities: [], dates: [], quantities: [], statements: [],
});

describe("reading an analysis worker's results back", { timeout: 60_000 }, () => {
  it("GIVEN pieces of two articles spread over messages THEN each article is put together in order", async () => {
    const articles = [article(["A."], "2021-01-01", "one"), article(["B."], "2021-01-02", "two")];
    const pieces: ResultPiece[][] = [
      [{ sentences: [sentence("one", 0), sentence("one", 1)] }],
      [{ sentences: [sentence("one", 2)] }, { entities: [], vocabulary: ["a"] }, { sentences: [sentence("two", 0)] }],
      [{ entities: [], vocabulary: ["b"] }],
    ];
    const done = await new Promise<ReturnType<typeof analyseArticle>[]>((resolve, reject) => {
      const reader = new ResultReader(articles, resolve, reject);
      for (const p of pieces) reader.receive(JSON.stringify(p));
      reader.receive(null);
    });
    expect(done.map((a) => [a.article.id, a.sentences.map((s) => s.position), a.vocabulary])).toEqual([
      ["one", [0, 1, 2], ["a"]],
      ["two", [0], ["b"]],
    ]);
  });

  it("GIVEN many messages at once THEN they are read over several turns of the event loop, not in one", async () => {
    const articles = Array.from({ length: 30 }, (_, i) => article(["A."], "2021-01-01", `doc${i}`));
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    // A slice of 0 ms: one message a turn.
    const done = await new Promise<unknown[]>((resolve, reject) => {
      const reader = new ResultReader(articles, resolve, reject, 0);
      for (const a of articles) reader.receive(JSON.stringify([{ sentences: [sentence(a.id, 0)] }, { entities: [], vocabulary: [] }]));
      reader.receive(null);
    });
    counting = false;
    expect(done).toHaveLength(30);
    expect(turns).toBeGreaterThanOrEqual(29);
  });

  it("GIVEN one article of thousands of sentences analysed on a worker THEN its result is the same as on the main thread", async () => {
    const paragraph = Array.from({ length: RESULT_PIECE_SENTENCES * 4 + 7 }, (_, i) => `Officials said ${i + 1} soldiers left on Monday.`).join(" ");
    const big = article([paragraph, "John Smith said “we will stay.”"], "2021-05-05", "big");
    expect(paragraph.length).toBeGreaterThan(tuning.load.workerFromChars);
    const [result] = await analyseArticles([big]);
    expect(result).toEqual(analyseArticle(big));
  });

  it("GIVEN a live reload's many articles THEN workers analyse them all, with the same results", async () => {
    const many = Array.from({ length: tuning.load.parallelFrom }, (_, i) => article([`Minister Ann Lee said ${i + 1} troops left on Monday.`], "2021-05-05", `a${i}`));
    const results = await analyseArticles(many, { background: true });
    expect(results).toEqual(many.map(analyseArticle));
  });
});
