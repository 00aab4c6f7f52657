import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { Engine } from "../../../src/engine/types.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
export const knowledgeDir = `${root}knowledge`;

/**
 * The real engine over the bundled article. Loaded by path at run time so this file
 * compiles before the engine exists; it is built once and shared by a test file.
 */
export async function bundledEngine(): Promise<Engine> {
  const factory = `${root}src/engine/createEngine.ts`;
  // The engine is written in parallel with the bot; give it a moment to appear rather than mock it.
  for (let i = 0; i < 10 && !existsSync(factory); i++) await sleep(500);
  const { createEngine } = (await import(factory)) as { createEngine: (articles: unknown[]) => Engine };
  const { loadKnowledgeDir } = (await import(`${root}src/knowledge/loadKnowledge.ts`)) as {
    loadKnowledgeDir: (dir: string) => { articles: unknown[]; problems: unknown[] };
  };
  const { articles, problems } = loadKnowledgeDir(knowledgeDir);
  if (problems.length > 0) throw new Error(`bundled knowledge has problems: ${JSON.stringify(problems)}`);
  return createEngine(articles);
}
