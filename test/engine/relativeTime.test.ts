import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { relativeTime } from "../../src/engine/answers/relativeTime.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const none = () => false;

describe("the time a sentence gives an event by another one", () => {
  it("reads a preposition of time with what it times", () => {
    expect(relativeTime("Marta was taken to the clinic shortly before her collapse.", none)).toBe("shortly before her collapse");
    expect(relativeTime("The ferry sank during the storm, officials said.", none)).toBe("during the storm");
  });

  it("reads a span counted from the event before, and a when-clause", () => {
    expect(relativeTime("Two days later, the bridge reopened to traffic.", none)).toBe("Two days later");
    expect(relativeTime("Her family moved to Leeds when she was six.", none)).toBe("when she was six");
  });

  it("passes over what is not a time: a body or place after the preposition, what nobody knows", () => {
    expect(relativeTime("The mayor testified before Parliament.", none)).toBeNull();
    expect(relativeTime("It is unclear when the work will end.", none)).toBeNull();
  });

  it("passes over a phrase made only of the question's words", () => {
    expect(relativeTime("The ferry sank during the storm.", (p) => /storm/.test(p))).toBeNull();
  });
});

describe("a when-question about an undated event", () => {
  const engine = createEngine([
    article(["The clinic opened in 2019.", "Marta Ilves was taken to the clinic shortly before her collapse.", "The new wing is not finished yet."], "2024-03-02", "clinic"),
  ]);

  it("answers with the time the article gives by another event", () => {
    const a = engine.ask("When was Marta Ilves taken to the clinic?");
    expect(a.short).toBe("shortly before her collapse");
    expect(a.citations[0]?.sentence).toMatch(/shortly before her collapse/);
  });

  it("still declines a question about the future that no sentence dates", () => {
    expect(engine.ask("When will the new wing be finished?").short ?? null).toBeNull();
  });
});
