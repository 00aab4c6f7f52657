import { afterEach, describe, expect, it } from "vitest";
import type { AnalysedArticle } from "../../src/analysis/analyseArticle.ts";
import { createEngineFromAnalysed } from "../../src/engine/createEngine.ts";
import type { Engine } from "../../src/engine/types.ts";
import { KnowledgeStore } from "../../src/live/knowledgeStore.ts";
import { articleText, badArticleText, recordingLogger, tempKnowledge, type TempKnowledge } from "./fixtures.ts";

let folder: TempKnowledge;
afterEach(() => folder?.cleanup());

const titles = (store: KnowledgeStore) => store.engine().articles().map((a) => a.title).sort();

describe("KnowledgeStore", () => {
  it("GIVEN a folder of articles THEN opening it answers from all of them", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha"), "b.md": articleText("Beta") });
    const { store, report } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger() });
    expect(report.added).toEqual(["a.md", "b.md"]);
    expect(titles(store)).toEqual(["Alpha", "Beta"]);
  });

  it("GIVEN a new file THEN reload adds it, and an engine taken before keeps its own articles", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha") });
    const { store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger() });
    const inFlight = store.engine();
    folder.write("b.md", articleText("Beta"));
    const report = await store.reload();
    expect(report).toMatchObject({ added: ["b.md"], changed: [], removed: [], rebuilt: true, articles: 2 });
    expect(titles(store)).toEqual(["Alpha", "Beta"]);
    expect(inFlight.articles().map((a) => a.title)).toEqual(["Alpha"]);
  });

  it("GIVEN a first load THEN it answers before its timeline is finished; a reload swaps in only a finished engine", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha", "2024-03-01", "The Orlen bridge reopened on February 12, 2024."), "b.md": articleText("Beta") });
    const { store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger() });
    const isDone = (engine: Engine) => Promise.race([engine.indexed().then(() => true), Promise.resolve().then(() => false)]);
    const first = store.engine();
    expect(await isDone(first)).toBe(false);
    await first.indexed();
    expect(first.ask("When did the Orlen bridge reopen?").short).toContain("February 12, 2024");
    folder.write("c.md", articleText("Gamma", "2024-03-02", "The Tesk tunnel closed on March 1, 2024."));
    await store.reload();
    expect(await isDone(store.engine())).toBe(true);
  });

  it("GIVEN a changed file THEN reload reports it changed and answers from the new text", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha") });
    const { store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger() });
    folder.write("a.md", articleText("Alpha revised", "2024-03-02", "The revised text says something new."));
    const report = await store.reload();
    expect(report.changed).toEqual(["a.md"]);
    expect(titles(store)).toEqual(["Alpha revised"]);
    expect(store.engine().paragraphOf({ doc: "a", paragraph: 1 })).toBe("The revised text says something new.");
  });

  it("GIVEN a removed file THEN reload reports it removed and no longer answers from it", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha"), "b.md": articleText("Beta") });
    const { store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger() });
    folder.remove("b.md");
    const report = await store.reload();
    expect(report.removed).toEqual(["b.md"]);
    expect(titles(store)).toEqual(["Alpha"]);
  });

  it("GIVEN a good file that turns bad THEN its last good version stays and the problem is logged with file and line", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha"), "b.md": articleText("Beta") });
    const logger = recordingLogger();
    const { store } = await KnowledgeStore.open(folder.dir, { logger });
    folder.write("b.md", badArticleText);
    const report = await store.reload();
    expect(report).toMatchObject({ keptLastGood: ["b.md"], changed: [], rebuilt: false, articles: 2 });
    expect(report.problems[0]).toMatchObject({ file: "b.md", line: 3 });
    expect(titles(store)).toEqual(["Alpha", "Beta"]);
    const logged = logger.warnings.length;
    expect(logged).toBeGreaterThan(0);
    for (const warning of logger.warnings) expect(warning.obj).toMatchObject({ file: "b.md", line: 3, keptLastGood: true });

    // Still bad and unchanged: reported again, but not logged again on every file event.
    const again = await store.reload();
    expect(again.keptLastGood).toEqual(["b.md"]);
    expect(logger.warnings).toHaveLength(logged);

    // Fixed: the new version replaces the last good one.
    folder.write("b.md", articleText("Beta fixed"));
    expect((await store.reload()).changed).toEqual(["b.md"]);
    expect(titles(store)).toEqual(["Alpha", "Beta fixed"]);
  });

  it("GIVEN a new file that is bad THEN it is rejected and the others still answer", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha") });
    const { store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger() });
    folder.write("bad.md", badArticleText);
    const report = await store.reload();
    expect(report).toMatchObject({ rejected: ["bad.md"], added: [], rebuilt: false });
    expect(titles(store)).toEqual(["Alpha"]);
  });

  it("GIVEN no valid article THEN opening fails and names each file and line", async () => {
    folder = tempKnowledge({ "bad.md": badArticleText });
    await expect(KnowledgeStore.open(folder.dir, { logger: recordingLogger() })).rejects.toThrow(/bad\.md:3/);
  });

  it("GIVEN every file removed THEN the previous knowledge keeps answering", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha") });
    const logger = recordingLogger();
    const { store } = await KnowledgeStore.open(folder.dir, { logger });
    folder.remove("a.md");
    const report = await store.reload();
    expect(report).toMatchObject({ removed: ["a.md"], rebuilt: false, articles: 1 });
    expect(titles(store)).toEqual(["Alpha"]);
    expect(logger.warnings.map((w) => w.msg).join()).toMatch(/keeping the previous knowledge/);
  });

  it("GIVEN a burst of reload calls THEN they share at most two rebuilds and all see the final folder", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha") });
    let builds = 0;
    const build = (analysed: AnalysedArticle[]) => {
      builds++;
      return createEngineFromAnalysed(analysed);
    };
    const { store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger(), build });
    builds = 0;
    folder.write("b.md", articleText("Beta"));
    const first = store.reload();
    folder.write("c.md", articleText("Gamma"));
    const rest = await Promise.all([store.reload(), store.reload(), store.reload()]);
    await first;
    expect(builds).toBeLessThanOrEqual(2);
    expect(titles(store)).toEqual(["Alpha", "Beta", "Gamma"]);
    for (const report of rest) expect(report.articles).toBe(3);
  });

  it("GIVEN a build that throws THEN the previous engine stays and the next reload retries", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha") });
    let fail = false;
    const build = (analysed: AnalysedArticle[]) => {
      if (fail) throw new Error("index failed");
      return createEngineFromAnalysed(analysed);
    };
    const { store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger(), build });
    folder.write("b.md", articleText("Beta"));
    fail = true;
    await expect(store.reload()).rejects.toThrow("index failed");
    expect(titles(store)).toEqual(["Alpha"]);
    fail = false;
    expect((await store.reload()).added).toEqual(["b.md"]);
    expect(titles(store)).toEqual(["Alpha", "Beta"]);
  });
});
