import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AnalysisCache } from "../../src/live/analysisCache.ts";
import { KnowledgeStore } from "../../src/live/knowledgeStore.ts";
import { articleText, recordingLogger, tempKnowledge, type TempKnowledge } from "./fixtures.ts";

let folder: TempKnowledge;
let root: string;
afterEach(() => {
  folder?.cleanup();
  rmSync(root, { recursive: true, force: true });
});

/** The one version folder under the cache root, and its entries. */
function entries(): { dir: string; files: string[] } {
  const [version] = readdirSync(root);
  const dir = join(root, version!);
  return { dir, files: readdirSync(dir).filter((f) => f.endsWith(".json")) };
}

async function openWithCache() {
  const cache = new AnalysisCache(root);
  const { store } = await KnowledgeStore.open(folder.dir, { logger: recordingLogger(), cache });
  await cache.flush();
  return store;
}

describe("AnalysisCache", () => {
  it("GIVEN a restart THEN each article's analysis comes from the cache, not from analysing the file again", async () => {
    root = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    folder = tempKnowledge({ "a.md": articleText("Alpha"), "b.md": articleText("Beta") });
    await openWithCache();
    const { dir, files } = entries();
    expect(files).toHaveLength(2);

    // Mark the cached analysis of a.md: if the restart analysed the file, the mark would be gone.
    const entry = files.find((f) => readFileSync(join(dir, f), "utf8").includes('"title":"Alpha"'))!;
    writeFileSync(join(dir, entry), readFileSync(join(dir, entry), "utf8").replace('"title":"Alpha"', '"title":"Alpha (cached)"'));
    const restarted = await openWithCache();
    expect(restarted.engine().articles().map((a) => a.title).sort()).toEqual(["Alpha (cached)", "Beta"]);
  });

  it("GIVEN two files with the same text THEN each keeps its own article id", async () => {
    root = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    folder = tempKnowledge({ "a.md": articleText("Same"), "b.md": articleText("Same") });
    await openWithCache();
    const store = await openWithCache();
    expect(store.engine().articles().map((a) => a.id).sort()).toEqual(["a", "b"]);
  });

  it("GIVEN a damaged entry THEN the file is analysed again", async () => {
    root = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    folder = tempKnowledge({ "a.md": articleText("Alpha") });
    await openWithCache();
    const { dir, files } = entries();
    writeFileSync(join(dir, files[0]!), '{"article": {"id"');
    const store = await openWithCache();
    expect(store.engine().articles().map((a) => a.title)).toEqual(["Alpha"]);
  });

  it("GIVEN entries of another version of the code THEN they are removed", () => {
    root = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    mkdirSync(join(root, "0123456789abcdef"));
    writeFileSync(join(root, "0123456789abcdef", "old.json"), "{}");
    new AnalysisCache(root);
    expect(readdirSync(root)).toHaveLength(1);
    expect(readdirSync(root)).not.toContain("0123456789abcdef");
  });
});

describe("writing an analysis to the cache", () => {
  it("GIVEN an analysis of thousands of sentences THEN the entry written sentence by sentence reads back the same", async () => {
    const { analyseArticle } = await import("../../src/analysis/analyseArticle.ts");
    const paragraph = Array.from({ length: 3000 }, (_, i) => `Minister Ann Lee said “${i + 1} troops left on Monday.”`).join(" ");
    const analysed = analyseArticle({ id: "long", title: "Long", published: "2021-05-05", source: "test", url: null, paragraphs: [paragraph, "A short one."] });
    root = mkdtempSync(join(tmpdir(), "cache-"));
    const cache = new AnalysisCache(root, "v1");
    cache.set("k", analysed);
    await cache.flush();
    expect(cache.get("k")).toEqual(JSON.parse(JSON.stringify(analysed)));
  });

  it("GIVEN entries listed when the cache is opened THEN a key not among them is a miss without a read, and its own writes are found", async () => {
    root = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    const { analyseArticle } = await import("../../src/analysis/analyseArticle.ts");
    const analysed = analyseArticle({ id: "kettle", title: "Kettle", published: "2022-02-02", source: "test", url: null, paragraphs: ["The Dunmore kettle works reopened on Tuesday."] });
    const opened = new AnalysisCache(root, "v");
    const writer = new AnalysisCache(root, "v");
    writer.set("written-later", analysed);
    await writer.flush();
    expect(writer.get("written-later")).toEqual(JSON.parse(JSON.stringify(analysed)));
    // Written by another cache after this one listed its entries: analysed again, as without a cache.
    expect(opened.get("written-later")).toBeNull();
    expect(new AnalysisCache(root, "v").get("written-later")).toEqual(JSON.parse(JSON.stringify(analysed)));
  });
});
