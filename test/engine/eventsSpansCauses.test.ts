import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented reports; none is from a real article.
const engine = createEngine([
  article(
    [
      "On Sunday, the singer Mara Quill won three Lantern Awards at the 12th Lantern Awards event in Porthaven.",
      "Days after finishing his last album, the drummer Tomas Brek died in January, due to heart failure.",
      "Economist Lena Park said that the sea wall could pay for itself in a decade, due to savings on repairs.",
    ],
    "2024-03-13",
    "awards",
  ),
  article(["The council held a vote on the harbour plan on Tuesday, and members agreed to delay it."], "2024-03-01", "council"),
]);

describe("an event held, a span of one unit, a cause asked as 'what was the cause'", () => {
  it("answers 'when were X held' from the sentence that dates the event without the word 'held'", () => {
    expect(engine.ask("When were the Lantern Awards held?").short).toMatch(/March 10, 2024/);
  });

  it("reads 'in a decade' as a span of one decade", () => {
    expect(engine.ask("How long until the sea wall pays for itself?").short).toBe("a decade");
  });

  it("reads 'what was the cause of X' as a why-question", () => {
    const a = engine.ask("What was the cause of Brek's death?");
    expect(a.kind).toBe("why");
    expect(a.text).toMatch(/heart failure/);
    // Asked as a thing, the cause is also the short answer, without its cue.
    expect(a.short).toBe("heart failure");
  });
});
