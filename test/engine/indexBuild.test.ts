import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { engineFor as engineOver } from "../../src/engine/createEngine.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { afghanFile, article, germanyFile, readArticle, seedFile } from "./helpers.ts";

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

describe("the timeline, finished after the index answers", () => {
  // Invented articles: dated events in two articles, a question naming a period and a timeline.
  const analysed = () => [
    article(["The Varnholt dam opened on March 3, 2021, after six years of work.", "Engineers inspected the Varnholt dam again on June 9, 2021."], "2021-06-10", "dam"),
    article(["The Quell river ferry stopped running on April 20, 2021.", "A new Quell river ferry is planned for next spring, the council said."], "2021-04-21", "ferry"),
  ].map(analyseArticle);
  const questions = ["What happened in April 2021?", "When did the Varnholt dam open?", "What happened on June 9?", "Who said a new ferry is planned?"];
  const isDone = async (index: KnowledgeIndex) => Promise.race([index.indexed().then(() => true), Promise.resolve().then(() => false)]);

  it("answers before the timeline is built, and a question that needs it builds the rest then, answering as a whole build", async () => {
    const sliced = await KnowledgeIndex.build(analysed(), 0);
    expect(await isDone(sliced)).toBe(false);
    const whole = new KnowledgeIndex(analysed());
    expect(await isDone(whole)).toBe(true);
    for (const q of questions) expect(engineOver(sliced).ask(q)).toEqual(engineOver(whole).ask(q));
    expect(engineOver(sliced).timeline()).toEqual(engineOver(whole).timeline());
    expect(sliced.timeline.map((e) => e.from)).toEqual(whole.timeline.map((e) => e.from));
  });

  it("finishes the timeline in slices on its own, the event loop free between them", async () => {
    const sliced = await KnowledgeIndex.build(analysed(), 0);
    // Other work queued meanwhile runs between the slices.
    let turns = 0;
    let watching = true;
    const other = () => {
      if (!watching) return;
      turns++;
      setImmediate(other);
    };
    setImmediate(other);
    await engineOver(sliced).indexed();
    watching = false;
    expect(turns).toBeGreaterThan(1);
    const whole = new KnowledgeIndex(analysed());
    expect(sliced.timeline).toEqual(whole.timeline);
    expect([...sliced.eventOf.keys()]).toEqual([...whole.eventOf.keys()]);
    expect(sliced.sentencesInPeriod("2021-04-01", "2021-04-30")).toEqual(whole.sentencesInPeriod("2021-04-01", "2021-04-30"));
  });
});
