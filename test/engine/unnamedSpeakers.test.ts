import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report quoting people it does not name ("a spokesman for Acme", "one senior official").
const report = article(
  [
    "Mayor Ann Lee visited the plant on Monday.",
    "A spokesman for Acme said the plant would close. He stressed there was \"no need to panic\" but said workers were worried.",
    "\"The leak is small,\" one senior official said. He added that the valve had been replaced.",
    "Ann Lee said the town would help. She added that a hotline would open.",
  ],
  "2021-04-12",
  "unnamed",
);

function speakersOf(text: string): string[] {
  const s = analyseArticle(report).sentences.find((x) => x.text.startsWith(text));
  return s ? s.statements.map((st) => st.speaker) : [];
}

describe("speakers the article does not name", () => {
  it("reads 'one' as opening a speaker's noun phrase, like 'a'", () => {
    expect(speakersOf("\"The leak is small,\"")).toEqual(["one senior official"]);
  });

  it("gives a 'he' right after an unnamed speaker to that speaker, not to the last person named", () => {
    // "He stressed … but said …": both verbs are that speaker's.
    expect(speakersOf("He stressed")).toEqual(["acme", "acme"]);
    expect(speakersOf("He added that the valve")).toEqual(["one senior official"]);
  });

  it("still gives a pronoun after a named speaker to that person", () => {
    expect(speakersOf("She added")).toEqual(["ann lee"]);
  });

  it("never puts the unnamed speaker's words in the named person's mouth", () => {
    const engine = createEngine([report]);
    const a = engine.ask("Who said there was no need to panic?");
    expect(a.text).not.toMatch(/Ann Lee/);
  });
});
