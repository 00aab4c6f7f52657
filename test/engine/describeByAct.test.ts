import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { predicateDescription } from "../../src/engine/answers/predicateDescription.ts";
import { article } from "./helpers.ts";

// Invented: people the article gives no title or description, only what they did.
const ask = (paragraphs: string[], question: string) => createEngine([article(paragraphs, "2022-06-01", "people")]).ask(question);

describe("who someone is, told by what they did", () => {
  it("answers with the act of the sentence that introduces them, cut before its circumstances", () => {
    const a = ask(["Fighting went on in Vell for a third week.", "Ida Marsh, 72, lost her two sons in the fighting that followed the vote."], "Who is Ida Marsh?");
    expect(a.short).toBe("lost her two sons");
    expect(a.citations[0]?.sentence).toContain("Ida Marsh, 72");
  });

  it("reads the act of a 'who' clause, and a verb's preposition when nothing else follows it", () => {
    expect(ask(["Tom Lee, who has led the union since 2010, called the strike."], "Who is Tom Lee?").short).toBe("has led the union");
    expect(ask(["Tom Lee plays for Vell Rovers."], "Who is Tom Lee?").short).toBe("plays for Vell Rovers");
  });

  it("does not describe someone by what they said", () => {
    expect(predicateDescription("Tom Lee said the strike would go on.", "Tom Lee")).toBeNull();
    expect(predicateDescription("Officials met Tom Lee on Monday.", "Tom Lee")).toBeNull();
  });
});
