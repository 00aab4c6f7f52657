import { afterEach, describe, expect, it } from "vitest";
import { KnowledgeStore, type ReloadReport } from "../../src/live/knowledgeStore.ts";
import { watchKnowledge, type KnowledgeWatcher } from "../../src/live/watchKnowledge.ts";
import { articleText, badArticleText, recordingLogger, tempKnowledge, type TempKnowledge } from "./fixtures.ts";

let folder: TempKnowledge;
let watcher: KnowledgeWatcher | undefined;
afterEach(() => {
  watcher?.close();
  folder?.cleanup();
});

/** Opens a watched store; `next(predicate)` resolves with the first reload report that matches. */
async function watched(files: Record<string, string>) {
  folder = tempKnowledge(files);
  const { store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger() });
  const waiting: { match: (r: ReloadReport) => boolean; resolve: (r: ReloadReport) => void }[] = [];
  watcher = watchKnowledge(store, {
    debounceMs: 50,
    onReload: (report) => {
      for (const w of waiting.splice(0)) (w.match(report) ? w.resolve(report) : waiting.push(w));
    },
  });
  const next = (match: (r: ReloadReport) => boolean) => new Promise<ReloadReport>((resolve) => waiting.push({ match, resolve }));
  return { store, next };
}

const titles = (store: KnowledgeStore) => store.engine().articles().map((a) => a.title).sort();

describe("watchKnowledge", { timeout: 20_000 }, () => {
  it("GIVEN a watched folder WHEN a file is added, changed, then removed THEN each takes effect without a reload call", async () => {
    const { store, next } = await watched({ "a.md": articleText("Alpha") });

    let report = next((r) => r.added.includes("b.md"));
    folder.write("b.md", articleText("Beta"));
    await report;
    expect(titles(store)).toEqual(["Alpha", "Beta"]);

    report = next((r) => r.changed.includes("b.md"));
    folder.write("b.md", articleText("Beta revised"));
    await report;
    expect(titles(store)).toEqual(["Alpha", "Beta revised"]);

    report = next((r) => r.removed.includes("b.md"));
    folder.remove("b.md");
    await report;
    expect(titles(store)).toEqual(["Alpha"]);
  });

  it("GIVEN a watched folder WHEN a file turns bad THEN the last good version keeps answering", async () => {
    const { store, next } = await watched({ "a.md": articleText("Alpha"), "b.md": articleText("Beta") });
    const report = next((r) => r.keptLastGood.includes("b.md"));
    folder.write("b.md", badArticleText);
    expect((await report).problems[0]).toMatchObject({ file: "b.md", line: 3 });
    expect(titles(store)).toEqual(["Alpha", "Beta"]);
  });

  it("GIVEN a burst of writes THEN they are folded into few reloads that end in the final state", async () => {
    const { store, next } = await watched({ "a.md": articleText("Alpha") });
    const report = next((r) => r.articles === 11);
    for (let i = 0; i < 10; i++) folder.write(`n${i}.md`, articleText(`News ${i}`));
    await report;
    expect(titles(store)).toHaveLength(11);
  });
});
