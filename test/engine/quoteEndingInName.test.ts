import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { article } from "./helpers.ts";

// An invented report whose quotations end with a name, the speaker named after the verb.
const report = article(
  [
    "Zahi Hawass revealed the artifacts on Sunday.",
    "\"Look at the face of Ted Lo,\" said Hawass.",
    "\"We all owe this to Mara Quist,\" said the curator.",
  ],
  "2009-04-19",
  "quote-end",
);

describe("a quotation that ends with a name", () => {
  const statements = analyseArticle(report).sentences.map((s) => s.statements.map((st) => st.speaker));

  it("is the words of the speaker after the verb, not of the name it ends with", () => {
    expect(statements[1]).toEqual(["zahi hawass"]);
  });

  it("never makes the name inside the quotation a speaker", () => {
    expect(statements[2]).not.toContain("mara quist");
  });
});
