import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { article } from "./helpers.ts";

// An invented report naming speakers with a role of a named body, or a title a question abbreviates.
const engine = createEngine([
  article(
    [
      "Bar owners in Vell have started pouring Stolnaya vodka into the gutter.",
      "Joe Hurl, owner of the Pier Bar, said the boycott would last \"as long as it takes\".",
      "The distiller's chief executive, Ann Lee, said the firm was \"deeply disappointed\".",
    ],
    "2013-08-07",
    "boycott",
  ),
]);

describe("speakers asked for by their role", () => {
  it("reads 'owner of the Pier Bar' as a role, so 'the bar owner' is Joe Hurl", () => {
    const a = engine.ask("What did the bar owner say?");
    expect(a.text).toMatch(/^Joe Hurl/);
    expect(a.citations[0]?.sentence).toContain("as long as it takes");
  });

  it("reads 'CEO' as the 'chief executive' an article names", () => {
    const a = engine.ask("What did the distiller's CEO say?");
    expect(a.text).toMatch(/^Ann Lee/);
  });
});

describe("a role asked in another of its forms", () => {
  it("finds the spokesperson when asked for the spokesman, and the chairwoman when asked for the chairman", () => {
    const engine = createEngine([
      article(
        [
          "Army spokesperson Colonel Dana Ruiz said that \"the roads are open again.\"",
          "Board chairwoman Ines Kroll said the vote would be held in June.",
        ],
        "2024-03-03",
        "roles",
      ),
    ]);
    expect(engine.ask("What did the spokesman say?").lead).toMatch(/^Colonel Dana Ruiz|^Dana Ruiz/);
    expect(engine.ask("What did the chairman say?").lead).toMatch(/^Ines Kroll/);
  });
});

describe("a speaker named after a verb, past her role and the body it is of", () => {
  it("GIVEN '“…,” said spokesperson for the Office of Coastal Affairs, Ann Lee.' THEN Ann Lee said it", () => {
    const a = analyseArticle(article(["“The tide is rising,” said spokesperson for the Office of Coastal Affairs, Ann Lee."]));
    expect(a.sentences[0]!.statements.map((s) => s.speaker)).toEqual(["ann lee"]);
  });
});

describe("a person quoted only through her agent or spokesman", () => {
  const e = createEngine([article(["Singer Ann Lee died on Monday. Lee's agent said she was in London for a recording session."])]);

  it("GIVEN 'What did Ann Lee say?' THEN her agent's words answer, named as his", () => {
    const r = e.ask("What did Ann Lee say?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Lee's agent said/);
  });
});
