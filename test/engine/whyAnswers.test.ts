import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { agentCause, effectSplits, pointsBackToCause } from "../../src/engine/answers/causeClauses.ts";
import { canonical } from "../../src/analysis/text.ts";
import { article } from "./helpers.ts";

// Invented articles in news style: none of these sentences is from a real one.
const lead = (text: string) => text.split("\n")[0];

describe("which way a cause points", () => {
  it("GIVEN a sentence that opens with a result connective or a cause cue pointing back THEN its cause is the sentence before", () => {
    expect(pointsBackToCause("Due to that, the guild met in secret.")).toBe(true);
    expect(pointsBackToCause("As a result, the ferry was cancelled.")).toBe(true);
    expect(pointsBackToCause("And because of this decision, the ferry was cancelled.")).toBe(true);
    expect(pointsBackToCause("The ferry was cancelled because of the storm.")).toBe(false);
    // A purpose's object is no pointer back.
    expect(pointsBackToCause("The council no longer wants to support it.")).toBe(false);
    // "After that" orders events in time only.
    expect(pointsBackToCause("After that, the ferry was cancelled.")).toBe(false);
  });

  it("GIVEN an effect cue THEN the clause before it is the cause and the one after the effect", () => {
    expect(effectSplits("The gate jammed at the north end, causing a queue.")).toEqual([
      { cause: { text: "The gate jammed at the north end", at: 0 }, effect: { text: "a queue", at: expect.any(Number) } },
    ]);
    // "caused by" opens a cause, not an effect.
    expect(effectSplits("The queue was caused by a jammed gate.")).toEqual([]);
    // "This led to …" names no cause of its own.
    expect(effectSplits("This led to a queue.")).toEqual([]);
  });

  it("GIVEN the event's own verb THEN its agent or what it came from is the cause, never a means or an origin", () => {
    const terms = (...w: string[]) => new Set(w.map(canonical));
    expect(agentCause("The sheep were scattered by a low-flying drone.", terms("scattered"))?.text).toBe("by a low-flying drone");
    expect(agentCause("The ferryman died from a fever he caught at sea.", terms("die"))?.text).toBe("from a fever he caught at sea");
    expect(agentCause("The guild was saved by selling its hall.", terms("saved"))).toBeNull();
    expect(agentCause("The family moved from Ostrava in 1990.", terms("moved"))).toBeNull();
    expect(agentCause("The sheep were scattered by a drone.", terms("counted"))).toBeNull();
  });
});

describe("why-questions", () => {
  const guild = createEngine([
    article(
      [
        "A court in Varn ruled on Monday that the weavers' guild may meet in public. Before the ruling, the guild had been barred from meeting in the town hall by the mayor. Due to that, the guild was relatively secretive. The guild has about 300 members.",
        "The fair opened when a cart of apples overturned at the gate, causing a long queue. Those who were caught in the queue were then trampled by the crowd behind them.",
        "Oda Renn, the guild's founder, fell ill in 2019. She died from a fever in the spring.",
      ],
      "2024-03-04",
      "guild",
    ),
  ]);

  it("answers a sentence that only points back to its cause with the sentence before, citing both", () => {
    const a = guild.ask("Why was the guild so secretive?");
    expect(lead(a.text)).toBe("Before the ruling, the guild had been barred from meeting in the town hall by the mayor.");
    expect(a.citations.map((c) => c.sentence)).toEqual([
      "Before the ruling, the guild had been barred from meeting in the town hall by the mayor.",
      "Due to that, the guild was relatively secretive.",
    ]);
  });

  it("answers with the clause before an effect cue when the question asks about the effect", () => {
    expect(lead(guild.ask("Why was there a long queue at the fair?").text)).toBe("The fair opened when a cart of apples overturned at the gate.");
  });

  it("answers with the agent of the event's verb, in a sentence that names the people by a pronoun", () => {
    const a = guild.ask("why were so many people trampled in the queue?");
    expect(lead(a.text)).toBe("By the crowd behind them.");
  });

  it("reads a pronoun's sentence as naming whom the sentence before names", () => {
    const a = guild.ask("Why did Oda Renn die?");
    expect(lead(a.text)).toBe("From a fever in the spring.");
    expect(a.citations[0]!.sentence).toBe("She died from a fever in the spring.");
  });
});
