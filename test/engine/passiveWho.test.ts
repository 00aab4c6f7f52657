import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report where the person asked about is the subject of a passive in a later clause.
const engine = createEngine([
  article(
    [
      "Harbour police said they were called to the marina shortly after midnight when Ted Vance was found unconscious on a jetty.",
      "Riots broke out in the town after Mara Quill was declared the winner of a mayoral vote that her rival says was rigged.",
      "Ted Vance, a 40-year-old fisherman, had worked at the marina for a decade.",
    ],
    "2021-06-03",
    "marina",
  ),
]);

describe("'Who was <participle> …?' asks who had it done to them, not who someone is", () => {
  it("answers with the subject of the sentence's passive, not the main clause's subject", () => {
    const a = engine.ask("Who was found unconscious on the jetty?");
    expect(a.short).toBe("Ted Vance");
    expect(a.citations[0]?.sentence).toContain("was found unconscious");
  });

  it("reads a passive with a complement ('declared the winner')", () => {
    const a = engine.ask("Who was declared the winner of the vote?");
    expect(a.short).toBe("Mara Quill");
    expect(a.citations[0]?.sentence).toContain("was declared the winner");
  });

  it("still describes a person asked by name", () => {
    const a = engine.ask("Who is Ted Vance?");
    expect(a.text).toMatch(/fisherman/);
  });
});

describe("passive who-questions with nothing after the participle, and the people news names by a crime", () => {
  const e = createEngine([
    article(
      [
        "A storm hit the coast of Vell on Monday.",
        "Ann Roe, 34, was killed when her car hit a tree.",
        "The gunman, Tom Lee, was arrested later that night.",
        "The rescue was led by coastguard officer Ida Berg.",
        "An anonymous collector bought the storm-damaged lighthouse for $2 million.",
        "Police named the driver as Sam Holm.",
      ],
      "2022-06-01",
      "passive-end",
    ),
  ]);

  it("answers 'Who was killed?' with the subject of the sentence's passive", () => {
    expect(e.ask("Who was killed?").short).toBe("Ann Roe");
  });

  it("answers 'Who was the gunman?' with the person described so", () => {
    expect(e.ask("Who was the gunman?").short).toBe("Tom Lee");
  });

  it("answers with the person a title right before the name belongs to, not the title", () => {
    expect(e.ask("Who led the rescue?").short).toBe("Ida Berg");
  });

  it("answers a who-question with a phrase naming people right before the question's verb ('An anonymous collector bought')", () => {
    expect(e.ask("Who bought the lighthouse?").short).toMatch(/anonymous collector$/);
  });

  it("reads 'police named the driver as X' as X being the driver", () => {
    expect(e.ask("Who was the driver?").short).toBe("Sam Holm");
  });
});

describe("the subject of a passive past its appositive", () => {
  it("answers who was arrested with the subject before the appositive, not a place inside it", () => {
    const e = createEngine([article(["The suspect, a 34-year-old man from Paris, was arrested on Monday."], "2022-06-01", "arrest")]);
    const a = e.ask("Who was arrested?");
    expect(a.short?.toLowerCase()).toContain("suspect");
  });
});

describe("a name inside the subject's relative clause is not the subject", () => {
  it("answers who was fined with the company, not the place its relative clause names", () => {
    const e = createEngine([article(["The company that built the bridge in Dravmont was fined on Monday."], "2022-06-01", "fine")]);
    expect(e.ask("Who was fined?").short?.toLowerCase()).toContain("company");
  });
});

describe("passive who-questions naming someone else, or written with a hyphened prefix", () => {
  const e = createEngine([
    article(["Ann Roe is accused of killing Tom Lee in the harbour.", "Ida Berg was re-elected in the Orrin constituency."], "2022-06-01", "passive-named"),
  ]);

  it("answers who had it done to them when the question names the other party ('accused of killing Tom Lee')", () => {
    expect(e.ask("Who is accused of killing Tom Lee?").short).toBe("Ann Roe");
  });

  it("reads 're-elected' as a participle, not a description asked ('re' and 'elected')", () => {
    expect(e.ask("Who was re-elected in Orrin?").short).toBe("Ida Berg");
  });
});
