import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// How-many questions answered by an ordinal of the very noun counted: "its fifth title" says five titles so far.
const engine = createEngine([
  article(
    [
      "The Northvale Rovers won their fifth league title on Sunday, beating Southby 2-0.",
      "Ada Marsh won the coastal race for the third time.",
      "The shuttle Arden flew its 39th mission in May.",
      "The Varn council passed a second jobs bill on Monday.",
    ],
    "2022-06-01",
    "ordinals",
  ),
]);

describe("a count read from an ordinal", () => {
  it("answers how many of a noun with the ordinal of that noun, as a number, with the phrase that says so", () => {
    const a = engine.ask("How many league titles have the Northvale Rovers won?");
    expect(a.short).toBe("five");
    expect(a.text).toMatch(/^Five \(fifth league title, as of /);
    expect(engine.ask("How many times has Ada Marsh won the coastal race?").short).toBe("three");
    expect(engine.ask("How many missions has the shuttle Arden flown?").short).toBe("39");
  });

  it("never counts a noun by the ordinal of another", () => {
    // "fifth league title" counts titles, not goals: the score's side answers.
    expect(engine.ask("How many goals did the Northvale Rovers score?").short).not.toBe("five");
    expect(engine.ask("How many trophies has Ada Marsh won?").answered).toBe(false);
    // "a second jobs bill" numbers a bill: the plural before it is no noun the ordinal counts.
    expect(engine.ask("How many jobs will the Varn jobs bill create?").short).not.toBe("two");
  });
});
