import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledgeDir } from "../../src/knowledge/loadKnowledge.ts";
import { parseArticleFile } from "../../src/knowledge/parseArticle.ts";
import { KnowledgeStore } from "../../src/live/knowledgeStore.ts";
import { NoKnowledgeError } from "../../src/knowledge/loadKnowledge.ts";
import { watchKnowledge } from "../../src/live/watchKnowledge.ts";
import { parseConfig, parseKnowledgeLimits } from "../../src/config.ts";
import { articleText, recordingLogger } from "../scale/fixtures.ts";
import { aliasBomb } from "../../bench/stress/hostileFolder.ts";

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "hostile-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const mkfifo = (path: string) => spawnSync("mkfifo", [path]).status === 0;

describe("frontmatter that expands without end", () => {
  it("GIVEN a YAML alias bomb THEN the file is refused with its name and line", () => {
    const r = parseArticleFile("bomb.md", aliasBomb());
    expect("problems" in r && r.problems[0]).toMatchObject({ file: "bomb.md", line: 6, message: expect.stringContaining("alias") });
  });

  it("GIVEN a folder with an alias bomb THEN the other files still load", () => {
    const dir = folder();
    writeFileSync(join(dir, "bomb.md"), aliasBomb());
    writeFileSync(join(dir, "good.md"), articleText("Good"));
    const { articles, problems } = loadKnowledgeDir(dir);
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(problems.map((p) => p.file)).toEqual(["bomb.md"]);
  });

  it("GIVEN a publication year below 1000 THEN 'published' is refused", () => {
    for (const year of ["0000", "0099", "0999"]) {
      const r = parseArticleFile("old.md", articleText("Old", `${year}-01-01`));
      expect("problems" in r && r.problems[0]).toMatchObject({ file: "old.md", line: 3, message: expect.stringContaining("published") });
    }
    expect("article" in parseArticleFile("ok.md", articleText("Ok", "1000-01-01"))).toBe(true);
  });

  it("GIVEN frontmatter keys named like built-in properties THEN the article still loads", () => {
    for (const extra of ["__proto__: x", "constructor: y", "toString: z"]) {
      const text = articleText("Title: with a colon").replace("source: Test Wire", `source: Test Wire\n${extra}`);
      const r = parseArticleFile("p.md", text);
      expect("article" in r && r.article.title).toBe("Title: with a colon");
    }
  });
});

describe("what the loader reads", () => {
  it("GIVEN a symlink out of the folder, a folder named .md and a FIFO THEN each is refused by name and the rest load", () => {
    const outside = folder();
    writeFileSync(join(outside, "secret.md"), articleText("Outside"));
    const dir = folder();
    writeFileSync(join(dir, "good.md"), articleText("Good"));
    writeFileSync(join(dir, "real.md"), articleText("Linked inside"));
    symlinkSync(join(outside, "secret.md"), join(dir, "out.md"));
    symlinkSync(join(dir, "real.md"), join(dir, "in.md"));
    symlinkSync("/dev/zero", join(dir, "zero.md"));
    mkdirSync(join(dir, "folder.md"));
    const fifo = mkfifo(join(dir, "pipe.md"));
    const { articles, problems } = loadKnowledgeDir(dir);
    expect(articles.map((a) => a.id).sort()).toEqual(["good", "in", "real"]);
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.message]));
    expect(byFile["out.md"]).toMatch(/outside the knowledge folder/);
    expect(byFile["zero.md"]).toMatch(/outside the knowledge folder/);
    expect(byFile["folder.md"]).toMatch(/not a regular file/);
    if (fifo) expect(byFile["pipe.md"]).toMatch(/not a regular file \(a named pipe\)/);
  });

  it("GIVEN a file over the size cap THEN it is refused by name and size, and the others load", () => {
    const dir = folder();
    writeFileSync(join(dir, "good.md"), articleText("Good"));
    writeFileSync(join(dir, "huge.md"), articleText("Huge", "2021-01-01", "Words and more words. ".repeat(2000)));
    const { articles, problems } = loadKnowledgeDir(dir, { maxFileBytes: 10_000 });
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(problems).toEqual([{ file: "huge.md", line: null, message: expect.stringMatching(/over the 10 KB limit/) }]);
  });

  it("GIVEN KNOWLEDGE_MAX_FILE_MB THEN the cap follows it, and a bad value is a one-line error", () => {
    expect(parseKnowledgeLimits({})).toEqual({ ok: true, maxFileBytes: 4 * 1024 * 1024 });
    expect(parseKnowledgeLimits({ KNOWLEDGE_MAX_FILE_MB: "0.5" })).toEqual({ ok: true, maxFileBytes: 512 * 1024 });
    expect(parseKnowledgeLimits({ KNOWLEDGE_MAX_FILE_MB: "lots" })).toMatchObject({ ok: false, message: expect.stringContaining("KNOWLEDGE_MAX_FILE_MB") });
    const config = parseConfig({ KNOWLEDGE_MAX_FILE_MB: "2" });
    expect(config.ok && config.config.knowledgeMaxFileBytes).toBe(2 * 1024 * 1024);
  });

  it("GIVEN the live store and a file it refuses THEN it logs the file and why", async () => {
    const dir = folder();
    writeFileSync(join(dir, "good.md"), articleText("Good"));
    const logger = recordingLogger();
    const { store } = await KnowledgeStore.open(dir, { logger, maxFileBytes: 10_000 });
    writeFileSync(join(dir, "huge.md"), articleText("Huge", "2021-01-01", "Words. ".repeat(3000)));
    if (mkfifo(join(dir, "pipe.md"))) {
      const report = await store.reload();
      expect(report.rejected.sort()).toEqual(["huge.md", "pipe.md"]);
      expect(logger.warnings.map((w) => w.obj.file).sort()).toEqual(["huge.md", "pipe.md"]);
    } else {
      expect((await store.reload()).rejected).toEqual(["huge.md"]);
      expect(logger.warnings.map((w) => w.obj.file)).toEqual(["huge.md"]);
    }
    expect(store.engine().articles().map((a) => a.title)).toEqual(["Good"]);
  });

  it("GIVEN a knowledge folder that does not exist THEN the store refuses to open with one line, not a stack", async () => {
    const missing = join(folder(), "nowhere");
    const opening = KnowledgeStore.open(missing, { logger: recordingLogger() });
    await expect(opening).rejects.toBeInstanceOf(NoKnowledgeError);
    await expect(opening).rejects.toThrow(/knowledge folder .*nowhere cannot be read/);
  });
});

describe("starting the bot on a missing knowledge folder", () => {
  it("GIVEN a token and a KNOWLEDGE_DIR that does not exist THEN it prints one line naming the folder and exits 1", () => {
    const root = join(import.meta.dirname, "..", "..");
    const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/main.ts")], {
      cwd: root,
      encoding: "utf8",
      timeout: 30_000,
      env: { PATH: process.env.PATH, DISCORD_TOKEN: "aaaa.bbbb.cccc", KNOWLEDGE_DIR: "/nonexistent/knowledge", LOG_LEVEL: "silent" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringContaining("/nonexistent/knowledge cannot be read")]);
  }, 30_000);
});

describe("files still being written", () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("GIVEN a file that keeps changing THEN it is taken only once it has stayed unchanged for the settle interval", async () => {
    const dir = folder();
    writeFileSync(join(dir, "a.md"), articleText("Alpha"));
    const { store } = await KnowledgeStore.open(dir, { logger: recordingLogger(), settleMs: 300 });
    const head = "---\ntitle: Growing\npublished: 2021-01-01\nsource: Wire\n---\n\n";
    writeFileSync(join(dir, "b.md"), `${head}Part one.\n`);
    expect((await store.reload()).deferred).toEqual(["b.md"]);
    await sleep(150);
    writeFileSync(join(dir, "b.md"), `${head}Part one.\n\nPart two.\n`);
    expect((await store.reload()).deferred).toEqual(["b.md"]);
    expect(store.engine().articles().map((a) => a.title)).toEqual(["Alpha"]);
    await sleep(350);
    const report = await store.reload();
    expect(report.added).toEqual(["b.md"]);
    expect(store.engine().articles().map((a) => a.title).sort()).toEqual(["Alpha", "Growing"]);
  });

  it("GIVEN a changed file still settling THEN its previous version keeps answering", async () => {
    const dir = folder();
    writeFileSync(join(dir, "a.md"), articleText("Alpha"));
    const { store } = await KnowledgeStore.open(dir, { logger: recordingLogger(), settleMs: 300 });
    writeFileSync(join(dir, "a.md"), articleText("Alpha revised"));
    expect((await store.reload()).deferred).toEqual(["a.md"]);
    expect(store.engine().articles().map((a) => a.title)).toEqual(["Alpha"]);
  });

  it("GIVEN a watched folder WHEN a file is written in three pieces THEN no half of it is ever served, and the whole is", async () => {
    const dir = folder();
    writeFileSync(join(dir, "a.md"), articleText("Alpha"));
    const { store } = await KnowledgeStore.open(dir, { logger: recordingLogger(), settleMs: 400 });
    const seen: number[] = [];
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    const watcher = watchKnowledge(store, {
      debounceMs: 50,
      onReload: () => {
        const growing = store.engine().articles().find((a) => a.title === "Growing");
        if (growing) {
          seen.push(growing.paragraphs);
          done();
        }
      },
    });
    try {
      const head = "---\ntitle: Growing\npublished: 2021-01-01\nsource: Wire\n---\n\n";
      const path = join(dir, "b.md");
      writeFileSync(path, `${head}Part one.\n`);
      await sleep(200);
      writeFileSync(path, `${head}Part one.\n\nPart two.\n`);
      await sleep(200);
      writeFileSync(path, `${head}Part one.\n\nPart two.\n\nPart three.\n`);
      await finished;
      expect(seen).toEqual([3]);
    } finally {
      watcher.close();
    }
  }, 10_000);
});
