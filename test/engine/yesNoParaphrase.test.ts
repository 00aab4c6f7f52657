import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report: the sentences tell with other verbs what a question asks with a light verb
// ("use", "hold", "go", "what made").
const engine = createEngine([
  article(
    [
      "The spring drill involves a series of live-fire exercises on the northern range.",
      "Before the verdict, the sect was banned from conducting public rites at the old temples.",
      "To reach the embassy, the choir had to travel through marshland patrolled by smugglers.",
      "A warehouse near the docks collapsed on Sunday, the cause of which is unknown.",
      "The mayor hosted a dinner for the choir on Friday.",
      "The pilots did not employ night-vision goggles during the drill.",
    ],
    "2022-05-02",
    "paraphrase",
  ),
]);

function ask(question: string) {
  const a = engine.ask(question);
  return { ...a, lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("yes/no questions asked with a light verb", () => {
  it("reads 'use' before its object as the verb a sentence tells it with ('involves')", () => {
    const a = ask("Did the spring drill use live fire?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("involves a series of live-fire exercises");
  });

  it("still answers no when the sentence negates the paraphrase", () => {
    const a = ask("Did the pilots use night-vision goggles?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("did not employ");
  });

  it("reads 'hold' before its object as 'conduct', and the opposite of 'allowed' as no", () => {
    const a = ask("Was the sect allowed to hold public rites at the old temples before the verdict?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("banned from conducting public rites");
  });

  it("reads 'go' before its route as 'travel'", () => {
    const a = ask("Did the choir have to go through marshland?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("travel through marshland");
  });

  it("reads 'what made' as the cause asked about", () => {
    const a = ask("Do they know what made the warehouse collapse?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("the cause of which is unknown");
  });

  it("does not read a light verb without its object so: 'held' is not 'hosted'", () => {
    const a = ask("Was the mayor held on Friday?");
    expect(a.answered).toBe(false);
  });

  it("does not read 'go' without a route as 'travel'", () => {
    const a = ask("Did the choir go?");
    expect(a.lead).not.toMatch(/^Yes\./);
  });
});
