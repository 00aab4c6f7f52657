import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { listSpans, nameSpans, tokenize } from "../../src/engine/general/answerSpans.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "Two veteran councillors, Ann Roe of the Green Party and Bo Lind of the Civic Union, were defeated in the ward, with Cara Moss defeating Ann Roe by 300 votes.",
      "Ivo Pask told reporters Tara Vell's boat was repaired by volunteers at the harbour overnight.",
    ],
    "2024-05-20",
    "doers",
  ),
]);

describe("who did it to a named person", () => {
  it("takes the person right before the asked verb, not the first other person the sentence names", () => {
    expect(engine.ask("Who defeated Ann Roe?").short).toBe("Cara Moss");
  });

  it("answers with the 'by' phrase of a passive when it names no person, not the speaker of the sentence", () => {
    expect(engine.ask("who repaired Tara Vell's boat?").short).toBe("volunteers");
  });
});

describe("two names joined by a comma and 'and'", () => {
  const lists = (text: string) => {
    const tokens = tokenize(text);
    return listSpans(text, tokens, nameSpans(text, tokens)).map((l) => l.text);
  };

  it("are two clauses, not a list", () => {
    expect(lists("Dan Pike was guided by Eli Ford, and Gus Hale of Osterby did not finish.")).toEqual([]);
  });

  it("still make a list of three, or of two without the comma", () => {
    expect(lists("The prize went to Eli Ford, Gus Hale, and Ian Cole.")).toEqual(["Eli Ford, Gus Hale, and Ian Cole"]);
    expect(lists("The prize went to Eli Ford and Gus Hale.")).toEqual(["Eli Ford and Gus Hale"]);
  });
});
