// A worker thread's share of the analysis: the articles it is given, sent back as one string
// (far cheaper to pass between threads than a large graph of objects).
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../engine/types.ts";
import { analyseArticle } from "./analyseArticle.ts";

parentPort!.postMessage(JSON.stringify((workerData as Article[]).map(analyseArticle)));
