import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerLine } from "../../src/cli/runBatch.ts";
import { ConversationStore } from "../../src/engine/conversations.ts";
import { engineFor, root, seedFile } from "./helpers.ts";

const line = (o: unknown) => JSON.stringify(o);

describe("batch interface, one line at a time", () => {
  const engine = engineFor(seedFile);

  it("answers with the documented fields", () => {
    const r = answerLine(line({ id: "q1", question: "How many US troops are in Iraq?" }), engine, new ConversationStore());
    expect(Object.keys(r)).toEqual(["id", "answered", "answer", "short", "citations", "kind", "confidence"]);
    expect(r).toMatchObject({ id: "q1", answered: true, short: "over 5,000", kind: "count" });
    expect(Object.keys((r as { citations: object[] }).citations[0]!)).toEqual(["doc", "title", "published", "url", "paragraph", "sentence"]);
  });

  it("gives an error line for bad input and keeps the id when it can", () => {
    const store = new ConversationStore();
    expect(answerLine("{not json", engine, store)).toEqual({ id: null, error: expect.stringContaining("not valid JSON") });
    expect(answerLine(line({ id: "e", question: "   " }), engine, store)).toEqual({ id: "e", error: expect.stringContaining("empty") });
    expect(answerLine(line({ id: "l", question: "x".repeat(10_000) }), engine, store)).toEqual({ id: "l", error: expect.stringContaining("longer than") });
    expect(answerLine(line({ question: "hi" }), engine, store)).toEqual({ id: null, error: expect.stringContaining("'id'") });
    expect(answerLine(line([1, 2]), engine, store)).toMatchObject({ id: null });
  });

  it("keeps lines that share a conversation id together", () => {
    const store = new ConversationStore();
    answerLine(line({ id: "a", question: "What did Pompeo say?", conversation: "c1" }), engine, store);
    answerLine(line({ id: "x", question: "What did Trump say?", conversation: "c2" }), engine, store);
    const r = answerLine(line({ id: "b", question: "What else did he say?", conversation: "c1" }), engine, store) as { answer: string };
    expect(r.answer).toMatch(/Pompeo/);
  });
});

describe("batch interface, as a process", () => {
  it("writes exactly one JSON line per input line, in order, and nothing else on stdout", () => {
    const input = [
      line({ id: "1", question: "When did the Iraqi parliament pass its resolution?" }),
      "garbage",
      "",
      line({ id: "4", question: "What is the capital of France?" }),
    ].join("\n");
    const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/ask.ts"), "--jsonl", "--knowledge", join(root, "knowledge")], {
      input,
      encoding: "utf8",
      env: { ...process.env, LOG_LEVEL: "info" },
    });
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["1", null, null, "4"]);
    expect(out[0]).toMatchObject({ answered: true, short: "January 5, 2020" });
    expect(out[3]).toMatchObject({ answered: false, citations: [] });
  });

  it("leaves quietly when the reader closes the pipe early (`… | head -1`)", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" --import tsx "${join(root, "src/cli/ask.ts")}" --jsonl --knowledge "${join(root, "knowledge")}" | head -c 1`], {
      input: Array.from({ length: 400 }, (_, i) => line({ id: String(i), question: "How many US troops are in Iraq?" })).join("\n"),
      encoding: "utf8",
      cwd: root,
    });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  });

  it("reports a knowledge folder with no valid article as an error listing the problems", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/ask.ts"), "--knowledge", join(root, "test"), "hello"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no valid article/);
  });
});
