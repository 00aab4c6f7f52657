// Failure buckets of question suites, for a hold-out nobody may read: prints NO question or
// answer text, only counts by question form, expected type, failure kind, and the rule and
// answerer that handled the question. A report, not a test.
// usage: node scripts/failure-buckets.mjs [--why] SUITE.json...   (articles beside each suite, in articles/; --why sorts declines by the kind of reply)
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
const project = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { judge, questionsOf } = await import(join(project, "scripts/eval/scoring.mjs"));
const table = new Map();
const add = (k) => table.set(k, (table.get(k) ?? 0) + 1);
function form(q) {
  const s = q.toLowerCase().trim();
  if (/^how (many|much)\b/.test(s)) return "how-many/much";
  if (/^how (old|long|often|far|big|large)\b/.test(s)) return "how-measure";
  if (/^how\b/.test(s)) return "how";
  const m = s.match(/^(who|whom|whose|what|which|when|where|why)\b/);
  if (m) return m[1];
  if (/^(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/.test(s)) return "yes/no";
  return "other";
}
const WHY = process.argv.includes("--why");
function declineKind(answer) {
  if (/don't quote .+ on /.test(answer)) return "speaker known, nothing on the topic";
  if (/don't quote /.test(answer)) return "speaker not quoted";
  if (/don't mention/.test(answer)) return "name unknown";
  if (/can't find/.test(answer)) return "nothing found";
  if (/without giving a date/.test(answer)) return "no date";
  if (/don't say/.test(answer)) return "not said";
  return "other";
}
for (const path of process.argv.slice(2).filter((a) => a !== "--why").map((p) => resolve(p))) {
  const suite = JSON.parse(readFileSync(path, "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "agg-"));
  for (const f of suite.knowledge) copyFileSync(join(dirname(path), "articles", f), join(dir, f));
  const qs = questionsOf(suite);
  const input = qs.map((q) => JSON.stringify({ id: q.id, question: q.expect.q, ...(q.conversation ? { conversation: q.conversation } : {}) })).join("\n") + "\n";
  const out = spawnSync("npm", ["run", "--silent", "ask", "--", "--jsonl", "--explain", "--knowledge", dir], { cwd: project, input, encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
  const replies = new Map(out.split("\n").filter(Boolean).map((l) => { const r = JSON.parse(l); return [r.id, r]; }));
  for (const q of qs) {
    const r = replies.get(q.id);
    const e = q.expect;
    const v = judge(e, r);
    const type = e.abstain ? "abstain" : e.short ? "short" : "long";
    const answerer = r?.trace?.steps?.filter((s) => s.outcome === "answered").map((s) => s.answerer).join("+") || "-";
    let kind = "PASS";
    if (!v.ok) {
      if (e.abstain) kind = "answered-should-abstain";
      else if (!r?.answered) kind = "declined";
      else if (!v.citeOk) kind = "wrong-cite";
      else kind = "right-cite-wrong-answer";
    }
    // --why: what kind of decline the reply was, by its wording (no name or question text).
    const why = WHY && kind === "declined" ? ` [${declineKind(r?.answer ?? "")}]` : "";
    add(`${form(e.q).padEnd(14)} ${type.padEnd(8)} ${kind.padEnd(24)} ${r?.trace?.rule ?? "-"} / ${answerer}${why}`);
  }
}
const rows = [...table].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const passed = rows.filter(([k]) => / PASS /.test(k)).reduce((sum, [, n]) => sum + n, 0);
console.log(`passed ${passed}; failures by bucket:`);
for (const [k, n] of rows) if (!/ PASS /.test(k)) console.log(String(n).padStart(3), k);
