import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createEngine } from "../../src/engine/createEngine.ts";
import type { Article, Engine } from "../../src/engine/types.ts";
import { parseArticleFile } from "../../src/knowledge/parseArticle.ts";

export const root = join(import.meta.dirname, "..", "..");
export const seedFile = join(root, "knowledge", "2020-08-21-trump-iraq-withdrawal.md");
export const afghanFile = join(root, "test", "fixtures", "articles", "2020-11-18-afghanistan-drawdown.md");
export const germanyFile = join(root, "test", "fixtures", "articles", "2020-07-30-germany-withdrawal.md");
export const ratesFile = join(root, "test", "fixtures", "articles", "2023-03-16-central-bank-rates.md");
export const combatFile = join(root, "test", "fixtures", "articles", "2021-07-27-combat-mission.md");
export const messyFile = join(root, "test", "fixtures", "messy", "2021-09-12-messy-report.md");

export function readArticle(path: string): Article {
  const r = parseArticleFile(path.split("/").pop()!, readFileSync(path));
  if (!("article" in r)) throw new Error(`fixture does not load: ${JSON.stringify(r.problems)}`);
  return r.article;
}

/** A tiny article from paragraphs, for unit tests. */
export function article(paragraphs: string[], published = "2020-08-21", id = "tiny"): Article {
  return { id, title: `Tiny ${id}`, published, source: "test", url: null, paragraphs };
}

const engines = new Map<string, Engine>();
/** Engines are built once per set of files: building is the slow part, answers are pure. */
export function engineFor(...paths: string[]): Engine {
  const key = paths.join("|");
  let e = engines.get(key);
  if (!e) engines.set(key, (e = createEngine(paths.map(readArticle))));
  return e;
}
