import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "Ministers of the Harbour League met in Vellmont for a two-day summit on fishing rights.",
      "On Monday, the ministers pledged support for Ostrava at a meeting with its fisheries chief, in the face of new pressure from Norland.",
      "The Ruiz family fled from Dravia in 2019.",
      "According to the Harbour Survey, catches of cod fell sharply last year.",
      "The injured were taken to local hospitals.",
    ],
    "2024-05-08",
    "where-event",
  ),
]);
const ask = (q: string) => engine.ask(q);

describe("where: the place of the event asked, not where something came from", () => {
  it("does not answer a where-question with a place after 'from' when the question asks no origin", () => {
    expect(ask("Where did the ministers meet?").short).toBe("Vellmont");
  });

  it("still answers with 'from' when the question asks where someone came or fled from", () => {
    expect(ask("Where did the Ruiz family flee?").short).toBe("Dravia");
    expect(ask("Where is the Ruiz family from?").short).toBe("Dravia");
  });
});

describe("where: 'to X' is where only after a verb of moving", () => {
  it("reads 'to X' as a place only after a verb of moving, never 'according to X'", () => {
    expect(ask("Where did catches of cod fall?").short).not.toBe("Harbour Survey");
    expect(ask("Where were the injured taken?").short).toBe("local hospitals");
  });
});
