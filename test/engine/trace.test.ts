import { describe, expect, it } from "vitest";
import { answerLine } from "../../src/cli/runBatch.ts";
import { ConversationStore } from "../../src/engine/conversations.ts";
import { formatTrace } from "../../src/engine/trace.ts";
import { engineFor, seedFile } from "./helpers.ts";

describe("the trace of an answer", () => {
  const engine = engineFor(seedFile);

  it("names the rule, the answerer, the candidates weighed and the choice", () => {
    const a = engine.ask("How many troops are in Iraq?");
    const t = a.trace!;
    expect(t).toMatchObject({ kind: "count", rule: "how-many" });
    const step = t.steps.at(-1)!;
    expect(step).toMatchObject({ answerer: "count", outcome: "answered" });
    expect(step.candidates!.length).toBeGreaterThan(1);
    expect(step.candidates![0]!.text).toBe(a.short);
    expect(formatTrace(t)).toMatch(/^kind: count \(rule: how-many\)\nanswerer count: answered — chose "over 5,000"/);
  });

  it("records each answerer that passed before the one that answered, and a decline's reason", () => {
    const declined = engine.ask("What is the motto of Baghdad?");
    expect(declined.answered).toBe(false);
    expect(declined.trace!.steps.map((s) => s.answerer)).toContain("factoid");
    expect(declined.trace!.steps.at(-1)!.outcome).toBe("declined");
  });

  it("names the numbers passed over and why when no number answers", () => {
    const declined = engine.ask("How many submarines are in Iraq?");
    const step = declined.trace!.steps.find((s) => s.answerer === "count")!;
    expect(step.outcome).toBe("nothing");
    expect(step.notes.join("; ")).toMatch(/"[^"]+" \(s\d+ of [^)]+\): (counts|too few|lacks|a \w+, not)/);
  });

    it("is in a batch reply only when asked for", () => {
    const line = JSON.stringify({ id: "1", question: "How many troops are in Iraq?" });
    expect(answerLine(line, engine, new ConversationStore())).not.toHaveProperty("trace");
    expect(answerLine(line, engine, new ConversationStore(), true)).toHaveProperty("trace.rule", "how-many");
  });
});
