import { fileURLToPath } from "node:url";
import { createEngine } from "../../../src/engine/createEngine.ts";
import type { Engine } from "../../../src/engine/types.ts";
import { loadKnowledgeDir } from "../../../src/knowledge/loadKnowledge.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
export const knowledgeDir = `${root}knowledge`;

/** The real engine over the bundled article, never a mock; a test file builds it once and shares it. */
export async function bundledEngine(): Promise<Engine> {
  const { articles, problems } = loadKnowledgeDir(knowledgeDir);
  if (problems.length > 0) throw new Error(`bundled knowledge has problems: ${JSON.stringify(problems)}`);
  return createEngine(articles);
}
