#!/usr/bin/env node
// Scores question suites against the bot through its batch interface
//   npm run --silent ask -- --jsonl --knowledge DIR
// and prints one summary line per suite, then a total. A report, not a test: it exits
// non-zero only when the ask command itself fails.
//
// usage: node scripts/score-suites.mjs [SUITE.json ...] [--articles DIR] [--verbose]
//   SUITE.json   suites to score (default: every *.json in test/fixtures/holdout/)
//   --articles   where the files named in a suite's "knowledge" list live
//                (default: articles/ beside the suite)
//   --verbose    also print each failed question and every reply
// The rules of a pass are in scripts/eval/scoring.mjs.
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { judge, questionsOf, summaryLine, tally } from "./eval/scoring.mjs";

const project = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const defaultSuites = join(project, "test", "fixtures", "holdout");
const TIMEOUT_MS = 180_000;

function parseArgs(argv) {
  const options = { suites: [], articles: undefined, verbose: false };
  for (const args = [...argv]; args.length; ) {
    const a = args.shift();
    if (a === "--articles") options.articles = resolve(args.shift());
    else if (a === "--verbose") options.verbose = true;
    else options.suites.push(resolve(a));
  }
  if (options.suites.length === 0) {
    options.suites = readdirSync(defaultSuites)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => join(defaultSuites, f));
  }
  return options;
}

/** Asks every question of a suite in one batch run; returns the replies by id. */
async function ask(questions, knowledgeDir) {
  const child = spawn("npm", ["run", "--silent", "ask", "--", "--jsonl", "--knowledge", knowledgeDir], {
    cwd: project,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
  for (const q of questions) {
    const line = { id: q.id, question: q.expect.q };
    if (q.conversation) line.conversation = q.conversation;
    child.stdin.write(JSON.stringify(line) + "\n");
  }
  child.stdin.end();
  const code = await new Promise((done) => child.on("close", done));
  clearTimeout(timer);
  const replies = new Map();
  for (const line of out.split("\n")) {
    if (!line.trim()) continue;
    try {
      const reply = JSON.parse(line);
      if (reply && typeof reply.id === "string") replies.set(reply.id, reply);
    } catch {
      // a line that is not JSON counts as no reply
    }
  }
  return { replies, code, err };
}

async function scoreSuite(path, options) {
  const suite = JSON.parse(readFileSync(path, "utf8"));
  const articles = options.articles ?? join(dirname(path), "articles");
  const knowledgeDir = mkdtempSync(join(tmpdir(), "holdout-knowledge-"));
  for (const f of suite.knowledge) copyFileSync(join(articles, f), join(knowledgeDir, f));
  const questions = questionsOf(suite);
  const started = process.hrtime.bigint();
  let run;
  try {
    run = await ask(questions, knowledgeDir);
  } finally {
    rmSync(knowledgeDir, { recursive: true, force: true });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const judgements = questions.map((q) => ({ q, j: judge(q.expect, run.replies.get(q.id)) }));
  if (run.code !== 0) console.log(`the ask command exited ${run.code}; stderr: ${run.err.slice(-800)}`);
  if (options.verbose) {
    for (const { q, j } of judgements) if (!j.ok) console.log(`FAIL ${q.id} ${JSON.stringify(q.expect.q)}: ${j.why}`);
    for (const q of questions) console.log(q.id, JSON.stringify(run.replies.get(q.id)));
  }
  const totals = tally(judgements.map(({ j }) => j));
  console.log(summaryLine(suite.name ?? basename(path), totals, seconds));
  return { totals, seconds, failed: run.code !== 0 };
}

const options = parseArgs(process.argv.slice(2));
let passed = 0;
let total = 0;
let seconds = 0;
let failed = false;
for (const path of options.suites) {
  const result = await scoreSuite(path, options);
  passed += result.totals.passed;
  total += result.totals.total;
  seconds += result.seconds;
  failed ||= result.failed;
}
if (options.suites.length > 1) {
  const rate = total ? ((100 * passed) / total).toFixed(1) : "0.0";
  console.log(`total: ${passed}/${total} passed (${rate}%) over ${options.suites.length} suites; ${seconds.toFixed(2)} s`);
}
process.exit(failed ? 1 : 0);
