import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledgeDir } from "../../src/knowledge/loadKnowledge.ts";
import { parseArticleFile } from "../../src/knowledge/parseArticle.ts";
import { splitSentences } from "../../src/analysis/splitSentences.ts";
import { messyFile, seedFile } from "./helpers.ts";

const good = "---\ntitle: A title\npublished: 2021-03-04\nsource: Wire\n---\n\nFirst paragraph.\n\nSecond paragraph.\n";

function problemsOf(text: string | Uint8Array) {
  const r = parseArticleFile("bad.md", text);
  if ("article" in r) throw new Error("expected problems");
  return r.problems;
}

describe("knowledge files", () => {
  it("GIVEN the bundled article THEN it loads with its frontmatter and eleven paragraphs", () => {
    const r = parseArticleFile("2020-08-21-trump-iraq-withdrawal.md", readFileSync(seedFile));
    expect("article" in r && r.article).toMatchObject({
      id: "2020-08-21-trump-iraq-withdrawal",
      published: "2020-08-21",
      source: "Xinhua via savedelete.com",
    });
    expect("article" in r && r.article.paragraphs).toHaveLength(11);
  });

  it("GIVEN unknown frontmatter keys THEN they are allowed", () => {
    const r = parseArticleFile("x.md", good.replace("source: Wire", "source: Wire\ndesk: world\ntags: [a, b]"));
    expect("article" in r).toBe(true);
  });

  it("GIVEN a title with a colon and no quotes THEN it is read as written", () => {
    const r = parseArticleFile("x.md", good.replace("title: A title", "title: Iraq: troops to leave"));
    expect("article" in r && r.article.title).toBe("Iraq: troops to leave");
  });

  it("GIVEN a value YAML reads as no text (a boolean, a number, an empty url) THEN it is read as YAML reads it", () => {
    expect(problemsOf(good.replace("title: A title", "title: true"))[0]!.message).toMatch(/'title'.*received boolean/);
    expect(problemsOf(good.replace("source: Wire", "source: 42"))[0]!.message).toMatch(/'source'.*received number/);
    const r = parseArticleFile("x.md", good.replace("source: Wire", "source: Wire\nurl:"));
    expect("article" in r && r.article.url).toBeNull();
  });

  it("GIVEN quoted values or a comment THEN they are read as YAML reads them", () => {
    const r = parseArticleFile("x.md", good.replace("title: A title", "# a note\ntitle: 'It''s done' # checked"));
    expect("article" in r && r.article.title).toBe("It's done");
  });

  it("GIVEN frontmatter that is neither YAML nor key: value lines THEN the problem names the line", () => {
    const [p] = problemsOf(good.replace("source: Wire", "source Wire"));
    expect(p).toMatchObject({ line: 4, message: expect.stringContaining("not valid YAML") });
  });

  it("GIVEN no frontmatter THEN the problem names line 1 and what was expected", () => {
    expect(problemsOf("Just text.\n")).toEqual([{ file: "bad.md", line: 1, message: expect.stringContaining("expected frontmatter") }]);
  });

  it("GIVEN a date that is not a calendar day THEN the problem names the line of 'published'", () => {
    const [p] = problemsOf(good.replace("2021-03-04", "2021-02-30"));
    expect(p).toMatchObject({ line: 3, message: expect.stringContaining("published") });
  });

  it("GIVEN a missing title THEN the problem says it is missing", () => {
    const [p] = problemsOf(good.replace("title: A title\n", ""));
    expect(p!.message).toMatch(/'title' is missing/);
  });

  it("GIVEN an empty body THEN the problem points after the frontmatter", () => {
    const [p] = problemsOf("---\ntitle: T\npublished: 2021-03-04\nsource: S\n---\n\n   \n");
    expect(p).toMatchObject({ line: 6, message: expect.stringContaining("no body") });
  });

  it("GIVEN bytes that are not UTF-8 THEN the problem names the line with the bad byte", () => {
    const bytes = Buffer.concat([Buffer.from(good.slice(0, good.indexOf("Second"))), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from("\n")]);
    const [p] = problemsOf(bytes);
    expect(p).toMatchObject({ line: 9, message: expect.stringContaining("UTF-8") });
  });

  it("GIVEN a folder with good and bad files THEN the good ones load and each bad one is reported", () => {
    const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    writeFileSync(join(dir, "good.md"), good);
    writeFileSync(join(dir, "bad-date.md"), good.replace("2021-03-04", "March 4"));
    writeFileSync(join(dir, "notes.txt"), "ignored, not markdown");
    const { articles, problems } = loadKnowledgeDir(dir);
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(problems).toEqual([expect.objectContaining({ file: "bad-date.md", line: 3 })]);
  });

  it("GIVEN list items THEN each is a paragraph of its own", () => {
    const r = parseArticleFile("x.md", good.replace("Second paragraph.", "Figures:\n- One item.\n- Two items."));
    expect("article" in r && r.article.paragraphs).toEqual(["First paragraph.", "Figures:", "One item.", "Two items."]);
  });

  it("GIVEN messy wire copy (quotes, abbreviations, an unclosed quote, a list) THEN no text is dropped", () => {
    const r = parseArticleFile("messy.md", readFileSync(messyFile));
    if (!("article" in r)) throw new Error(JSON.stringify(r.problems));
    for (const p of r.article.paragraphs) {
      const rebuilt = splitSentences(p).map((s) => s.text).join(" ");
      expect(rebuilt.replace(/\s+/g, " ")).toBe(p.replace(/\s+/g, " ").trim());
    }
  });
});
