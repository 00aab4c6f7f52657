import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { canonical } from "../../src/analysis/text.ts";
import { article } from "./helpers.ts";

// Invented reports: numbers whose noun stems to a word ending in "s", a number said of each of
// two places, an age told by "was N when", money raised, and "the number of" with a modifier.
const ask = (paragraphs: string[], question: string) => createEngine([article(paragraphs, "2022-06-01", "counts")]).ask(question);

describe("searching with terms already made canonical", () => {
  it("finds the sentence of 'nurses' and 'represents' from their canonical forms, which the stemmer would cut again", () => {
    const index = new KnowledgeIndex([analyseArticle(article(["The union, which represents 30,000 nurses, called the walkout."], "2022-06-01", "union"))]);
    const terms = ["nurses", "represents"].map(canonical);
    expect(index.find(terms.join(" ")).map((h) => h.sentence.text)).toEqual(["The union, which represents 30,000 nurses, called the walkout."]);
  });

  it("answers how many nurses the union represents", () => {
    expect(ask(["The union, which represents 30,000 nurses, called the walkout."], "How many nurses does the union represent?").short).toBe("30,000");
  });
});

describe("a number said of a place", () => {
  it("gives each place its own number", () => {
    const paragraphs = ["The storm killed 12 people in Orrin and 3 in Vell."];
    expect(ask(paragraphs, "How many people died in Vell?").short).toBe("3");
    expect(ask(paragraphs, "How many people were killed in Orrin?").short).toBe("12");
  });
});

describe("other forms of a count", () => {
  it("reads 'Roe was 23 when she founded it' as her age then, and not a total 'was 23 when' the polls closed", () => {
    expect(ask(["Ann Roe was 23 when she founded the company."], "How old was Ann Roe when she founded the company?").short).toBe("23");
    const total = ask(["The total was 23 when the polls closed."], "How old was the total?");
    expect(total.short).not.toBe("23");
  });

  it("answers how much money was raised with the sum the appeal raised", () => {
    expect(ask(["The appeal raised $2 million for the victims."], "How much money was raised?").short).toBe("$2 million");
  });

  it("reads what 'the number of confirmed cases' counts as cases", () => {
    expect(ask(["The number of confirmed cases rose to 112 on Monday."], "How many cases are there?").short).toBe("112");
  });
});
