import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { findMentions } from "../../src/analysis/findMentions.ts";
import { article } from "./helpers.ts";

// An invented town report: people introduced by a role with "of" in commas before their name, or
// by a relative clause whose verb makes them the holder of a role ("who heads the union"), or by
// the sentence they open ("Eva Lund is the head of Orrin Bank.").
const engine = createEngine([
  article(
    [
      "The head of the dockers' union, Ann Roe, said workers would strike on Monday.",
      "The director of the museum, Tom Lee, said the painting was a fake.",
      "Ida Marsh, who owns the bakery on Mill Street, said sales had fallen by half.",
      "Ben Hale, who chairs the transport committee, said the report was late.",
      "Eva Lund is the head of Orrin Bank.",
      "\"Rates will rise,\" she told the Vell Times.",
    ],
    "2023-03-01",
    "roles",
  ),
]);
const role = (sentence: string, name: string) => findMentions(sentence).find((m) => m.name === name)?.role;

describe("roles with 'of' before a name, and roles held by a relative clause's verb", () => {
  it("reads the whole role before a name in commas, not the body it is of", () => {
    expect(role("The head of the union, Ann Roe, said workers would strike.", "Ann Roe")).toBe("head of the union");
    expect(role("A spokeswoman for the airline, Ann Roe, said the flight was late.", "Ann Roe")).toBe("spokeswoman for the airline");
    expect(role("In the words of the Crown prosecutor, Ann Roe, the killing was planned.", "Ann Roe")).toBe("Crown prosecutor");
  });

  it("reads 'who heads / owns / chairs the X' as the head, owner, chair of the X", () => {
    expect(role("Ann Roe, who heads the union, said workers would strike.", "Ann Roe")).toBe("head of the union");
    expect(role("Ann Roe, who owns the bakery, said sales had fallen.", "Ann Roe")).toBe("owner of the bakery");
    // At the sentence's end too.
    expect(role("\"The results are striking,\" said Ann Roe, who led the study.", "Ann Roe")).toBe("leader of the study");
    // A relative clause of no such verb says no role.
    expect(role("Ann Roe, who lives in Vell, said sales had fallen.", "Ann Roe")).toBeNull();
  });

  it("reads what a sentence opening with a name says she is as her role ('Eva Lund is the head of Orrin Bank.')", () => {
    expect(role("Eva Lund is the head of Orrin Bank.", "Eva Lund")).toBe("head of Orrin Bank");
    expect(role("Eva Lund is a lot happier now.", "Eva Lund")).toBeNull();
    expect(engine.ask("What did the head of Orrin Bank say?").text).toContain("Rates will rise");
  });

  it("answers what the role holder said, asked by the role", () => {
    expect(engine.ask("What did the head of the union say?").text).toContain("strike");
    expect(engine.ask("What did the director of the museum say?").text).toContain("fake");
    expect(engine.ask("What did the bakery owner say?").text).toContain("sales");
    expect(engine.ask("What did the chair of the transport committee say?").text).toContain("late");
  });
});
