// A worker thread's share of the analysis. Results go back in batches, each one JSON string
// (far cheaper to pass between threads than a graph of objects, and small enough not to
// double the memory at once), and without the article itself, which the main thread has.
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../domain/article.ts";
import { analyseArticle } from "./analyseArticle.ts";

const BATCH = 200;
const articles = workerData as Article[];
for (let i = 0; i < articles.length; i += BATCH) {
  const batch = articles.slice(i, i + BATCH).map((a) => ({ ...analyseArticle(a), article: undefined }));
  parentPort!.postMessage(JSON.stringify(batch));
}
parentPort!.postMessage(null);
