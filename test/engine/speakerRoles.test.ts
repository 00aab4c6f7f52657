import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { swappedLetters } from "../../src/analysis/questionTypos.ts";
import { canonical } from "../../src/analysis/text.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { article } from "./helpers.ts";

// Invented: two quoted people with titles, one person named but never quoted.
const index = new KnowledgeIndex([
  analyseArticle(
    article(
      [
        "Professor Ruth Kane, Director of the National Salt Survey, said the schools need iodine.",
        "The treasurer Omar Diaz said the survey cost less than planned.",
        "Director Lena Holm attended the meeting.",
      ],
      "2021-03-01",
      "salt",
    ),
  ),
]);

describe("roles of quoted people, kept by word while indexing", () => {
  it("GIVEN a role noun THEN the roles holding it are those of people who said something", () => {
    const director = index.speakerRolesWith(canonical("director"));
    expect(director.map((r) => r.entity.name)).toEqual(["Ruth Kane"]);
    expect(director[0]!.role.toLowerCase()).toContain("director of the national salt survey");
    expect(index.speakerRolesWith(canonical("treasurer")).map((r) => r.entity.name)).toEqual(["Omar Diaz"]);
  });

  it("GIVEN a word no role holds THEN nothing is found", () => {
    expect(index.speakerRolesWith(canonical("astronaut"))).toEqual([]);
  });
});

describe("swapped letters in question words", () => {
  it("GIVEN a question word with two letters swapped THEN it is fixed, and a word longer than any question word is left alone", () => {
    expect(swappedLetters("waht")).toBe("what");
    expect(swappedLetters("mcuh")).toBe("much");
    expect(swappedLetters("x".repeat(2000))).toBeNull();
  });
});
