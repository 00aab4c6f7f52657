import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { relativeTime } from "../../src/engine/answers/relativeTime.ts";
import { article } from "./helpers.ts";

// An invented report on a dig, timed in history rather than by calendar dates.
const engine = createEngine([
  article(
    [
      "Archaeologists at Vell Hill found a buried gate on Monday.",
      "The fort on the hill was constructed about 450 BC by King Aro.",
    ],
    "2009-04-19",
    "dig",
  ),
]);

describe("times in history", () => {
  const none = () => false;
  it("reads a year with its era, a century and 'AD' before a year as a time", () => {
    expect(relativeTime("The fort was constructed about 450 BC by King Aro.", none)).toBe("about 450 BC");
    expect(relativeTime("The town was buried in AD 79 by the volcano.", none)).toBe("AD 79");
    expect(relativeTime("The chapel was built in the 12th century by monks.", none)).toBe("the 12th century");
    expect(relativeTime("The BCE team won the game.", none)).toBeNull();
  });

  it("answers when something was built from a sentence saying it with a verb of the same meaning", () => {
    const a = engine.ask("When was the fort built?");
    expect(a.short).toBe("about 450 BC");
    expect(a.citations[0]?.sentence).toContain("constructed about 450 BC");
  });
});
