// `npm run ask -- "question"` answers one question; `--jsonl` runs the batch interface;
// `--knowledge DIR` uses another folder of articles. Logs go to stderr, answers to stdout.
import { parseArgs } from "node:util";
import { log } from "../log.ts";
import { loadEngine, NoKnowledgeError } from "../live/loadEngine.ts";
import { runBatch } from "./runBatch.ts";
import { MAX_QUESTION_LENGTH } from "./batchSchema.ts";
import { messages } from "../messages.ts";
import { formatTrace } from "../engine/trace.ts";

const usage = 'usage: npm run ask -- [--knowledge DIR] [--explain] "question"\n       npm run --silent ask -- --jsonl [--explain] [--knowledge DIR] < questions.jsonl';

// A reader that stops early (`npm run ask -- … | head`) closes the pipe: the answer was delivered
// as far as anyone reads it, so leave quietly instead of dying on EPIPE.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { jsonl: { type: "boolean" }, explain: { type: "boolean" }, knowledge: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let engine;
  try {
    engine = await loadEngine(args.values.knowledge);
  } catch (err) {
    if (err instanceof NoKnowledgeError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  if (args.values.jsonl) {
    const n = await runBatch(engine, process.stdin, process.stdout, args.values.explain === true);
    log.debug({ lines: n }, "batch done");
    return 0;
  }
  const question = args.positionals.join(" ").trim();
  if (!question) {
    process.stderr.write(`${messages.emptyQuestion}\n${usage}\n`);
    return 2;
  }
  if (question.length > MAX_QUESTION_LENGTH) {
    process.stderr.write(`${messages.tooLong(MAX_QUESTION_LENGTH)}\n`);
    return 2;
  }
  const answer = engine.ask(question);
  process.stdout.write(`${answer.text}\n`);
  if (args.values.explain && answer.trace) process.stdout.write(`\n${formatTrace(answer.trace)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    log.error({ err }, "ask failed");
    process.exitCode = 1;
  },
);
