import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openLiveKnowledge, type LiveKnowledge } from "../../src/live/openLiveKnowledge.ts";
import type { ReloadReport } from "../../src/live/knowledgeStore.ts";
import { articleText, recordingLogger, tempKnowledge, type TempKnowledge } from "./fixtures.ts";

let folder: TempKnowledge;
let cacheDir: string;
let live: LiveKnowledge | undefined;
afterEach(() => {
  live?.close();
  folder?.cleanup();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("openLiveKnowledge", { timeout: 20_000 }, () => {
  it("GIVEN a folder THEN it answers from it, caches the analyses and follows changes to the folder", async () => {
    folder = tempKnowledge({ "a.md": articleText("Alpha") });
    cacheDir = mkdtempSync(join(tmpdir(), "live-cache-"));
    let reloaded: (report: ReloadReport) => void = () => {};
    const next = new Promise<ReloadReport>((resolve) => (reloaded = resolve));
    // A new file is taken once it has stayed unchanged for the settle interval: wait for that reload.
    const logger = recordingLogger();
    live = await openLiveKnowledge(folder.dir, { cacheDir, settleMs: 200, logger, watch: { debounceMs: 50, onReload: (r) => r.added.length && reloaded(r) } });
    expect(live.report.added).toEqual(["a.md"]);
    expect(logger.infos.map((i) => i.msg)).toContain("knowledge loaded; watching for changes");
    expect(live.store.engine().articles().map((a) => a.title)).toEqual(["Alpha"]);

    folder.write("b.md", articleText("Beta"));
    expect((await next).added).toEqual(["b.md"]);
    expect(live.store.engine().articles().map((a) => a.title).sort()).toEqual(["Alpha", "Beta"]);
    const [version] = readdirSync(cacheDir);
    // Entries are written in the background.
    await vi.waitFor(() => expect(readdirSync(join(cacheDir, version!)).filter((f) => f.endsWith(".json"))).toHaveLength(2), { timeout: 10_000 });
  });

  it("GIVEN a folder with no valid article THEN it fails naming the problem", async () => {
    folder = tempKnowledge({ "bad.md": "no frontmatter\n" });
    cacheDir = mkdtempSync(join(tmpdir(), "live-cache-"));
    const logger = recordingLogger();
    await expect(openLiveKnowledge(folder.dir, { cacheDir: null, logger })).rejects.toThrow(/bad\.md:1/);
    expect(logger.warnings.map((w) => w.obj.file)).toEqual(["bad.md"]);
  });
});
