import { readdirSync } from "node:fs";
import type { Article } from "../domain/article.ts";
import { parseArticleFile, type KnowledgeProblem } from "./parseArticle.ts";
import { readKnowledgeFile, realFolder, type ReadOptions } from "./readKnowledgeFile.ts";

export type { KnowledgeProblem } from "./parseArticle.ts";

/** The knowledge folder holds no valid article: the bot cannot start. Its message lists every problem. */
export class NoKnowledgeError extends Error {}

export interface LoadResult {
  articles: Article[];
  /** Files skipped, each with the line and what was expected. */
  problems: KnowledgeProblem[];
}

/**
 * Loads every `*.md` file in `dir`. A bad file is reported and skipped; the others load. Only
 * regular files are read, symlinks only when they point inside the folder, and none over the
 * size cap (see readKnowledgeFile).
 */
export function loadKnowledgeDir(dir: string, options: ReadOptions = {}): LoadResult {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith(".md")).sort();
  } catch (err) {
    return { articles: [], problems: [{ file: dir, line: null, message: `cannot read the knowledge folder: ${(err as Error).message}` }] };
  }
  const articles: Article[] = [];
  const problems: KnowledgeProblem[] = [];
  const realDir = realFolder(dir);
  for (const name of names) {
    const read = readKnowledgeFile(dir, realDir, name, options);
    if ("gone" in read) continue;
    if ("problem" in read) {
      problems.push(read.problem);
      continue;
    }
    const result = parseArticleFile(name, read.bytes);
    if ("article" in result) articles.push(result.article);
    else problems.push(...result.problems);
  }
  if (names.length === 0) problems.push({ file: dir, line: null, message: "the knowledge folder has no .md files" });
  return { articles, problems };
}

/** One line per problem, as printed by the CLI and `npm run check:knowledge`. */
export function formatProblem(p: KnowledgeProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`;
}
