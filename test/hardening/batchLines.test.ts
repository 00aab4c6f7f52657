import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { MAX_LINE_BYTES } from "../../src/cli/batchSchema.ts";
import { readLines } from "../../src/cli/readLines.ts";
import { runBatch } from "../../src/cli/runBatch.ts";
import { engineFor, seedFile } from "../engine/helpers.ts";

async function collect(chunks: Array<string | Buffer>, max: number) {
  const out: unknown[] = [];
  for await (const line of readLines(Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))), max)) out.push(line);
  return out;
}

function sink() {
  const lines: string[] = [];
  let rest = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      const parts = (rest + String(chunk)).split("\n");
      rest = parts.pop()!;
      lines.push(...parts);
      done();
    },
  });
  return { stream, lines };
}

describe("reading batch lines", () => {
  it("GIVEN line ends of every kind, split anywhere between chunks THEN the lines are those readline gives", async () => {
    const text = 'a\r\nb\nc\rd\n\ne é\r\n';
    const whole = await collect([text], 1000);
    expect(whole).toEqual(["a", "b", "c", "d", "", "e é"]);
    const bytes = Buffer.from(text);
    for (let cut = 1; cut < bytes.length; cut++) expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)], 1000)).toEqual(whole);
    expect(await collect(["last line without end"], 1000)).toEqual(["last line without end"]);
  });

  it("GIVEN a line over the cap THEN it is reported by size, unread, and the next lines come through", async () => {
    expect(await collect(["short\n", "x".repeat(60), "x".repeat(60), "\nafter\n"], 100)).toEqual(["short", { oversized: 120 }, "after"]);
  });

  it("GIVEN a batch with a line over the cap THEN that line gets an error reply and every later line its answer", async () => {
    const engine = engineFor(seedFile);
    const huge = JSON.stringify({ id: "big", question: "x".repeat(MAX_LINE_BYTES + 10) });
    const input = Readable.from([`${JSON.stringify({ id: "1", question: "How many US troops are in Iraq?" })}\n`, huge, "\n", `${JSON.stringify({ id: "3", question: "When did the Iraqi parliament pass its resolution?" })}\n`].map((s) => Buffer.from(s)));
    const out = sink();
    expect(await runBatch(engine, input, out.stream)).toBe(3);
    const replies = out.lines.map((l) => JSON.parse(l));
    expect(replies.map((r) => r.id)).toEqual(["1", null, "3"]);
    expect(replies[1].error).toMatch(/longer than \d+ bytes/);
    expect(replies[2]).toMatchObject({ answered: true });
  });
});
