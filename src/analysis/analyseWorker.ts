// A worker thread's share of the analysis. Results go back as JSON strings (far cheaper to pass
// between threads than a graph of objects), without the article itself, which the main thread
// has. Each message holds at most about `MESSAGE_CHARS` of JSON, and one article's sentences
// are cut into pieces, so that reading a message back never holds the main thread long, even
// for one huge article (a 200 KB paragraph gives thousands of sentences).
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../domain/article.ts";
import { analyseArticle } from "./analyseArticle.ts";
import { RESULT_MESSAGE_CHARS, RESULT_PIECE_SENTENCES, type ResultPiece } from "./workerResults.ts";

// Its share comes with it, or (a worker started ahead of need, see `prestartWorkers`) as its first message.
const articles = (workerData as Article[] | null) ?? (await new Promise<Article[]>((resolve) => parentPort!.once("message", resolve)));
let parts: string[] = [];
let size = 0;
function flush(): void {
  if (parts.length === 0) return;
  parentPort!.postMessage(`[${parts.join(",")}]`);
  parts = [];
  size = 0;
}
function put(piece: ResultPiece): void {
  const json = JSON.stringify(piece);
  parts.push(json);
  size += json.length;
  if (size >= RESULT_MESSAGE_CHARS) flush();
}
for (const article of articles) {
  const { sentences, entities, vocabulary } = analyseArticle(article);
  for (let i = 0; i < sentences.length; i += RESULT_PIECE_SENTENCES) put({ sentences: sentences.slice(i, i + RESULT_PIECE_SENTENCES) });
  put({ entities, vocabulary });
}
flush();
parentPort!.postMessage(null);
