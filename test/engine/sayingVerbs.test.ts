// Questions about speech are recognised by the lexicon's verbs of saying, one list each for
// "what did / has X <verb>" and "who <verb>…", whichever form of the verb the question uses.
import { describe, expect, it, test } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { understandQuestion } from "../../src/engine/understandQuestion.ts";
import { article } from "./helpers.ts";

const index = new KnowledgeIndex([
  analyseArticle(
    article([
      "The harbour authority said on Monday that the ferry would resume next week.",
      "Mayor Dana Holt warned that repairs could take months, the Coastal Gazette reported.",
    ]),
  ),
]);
const kindOf = (question: string) => understandQuestion(question, index).kind;

describe("verbs of saying in questions", () => {
  test.each([
    ["What did the mayor say about the repairs?", "quote"],
    ["What has Dana Holt stated about the ferry?", "quote"],
    ["What did the harbour authority announce?", "quote"],
    ["Who warned that repairs could take months?", "whosaid"],
    ["Which newspaper reported the mayor's warning?", "whosaid"],
    ["Who thinks the ferry will resume?", "whosaid"],
    // Less common verbs of communication ask for the same words.
    ["What did Dana Holt post?", "quote"],
    ["What did the mayor complain about?", "quote"],
    ["What did the harbour authority counter?", "quote"],
    ["What did Dana Holt ask?", "quote"],
    ["What did the mayor point out?", "quote"],
  ])("GIVEN %j THEN it is a %s question", (question, kind) => {
    expect(kindOf(question)).toBe(kind);
  });

  test.each([
    ["What did the mayor call the ferry?"],
    ["Who repaired the ferry?"],
  ])("GIVEN %j, which asks no one's words, THEN it is no question about speech", (question) => {
    expect(["quote", "whosaid"]).not.toContain(kindOf(question));
  });
});

describe("verbs of testimony and telling in articles", () => {
  test.each([
    ["The guard testified that the gate had been locked.", "guard"],
    ["\"It was chaos,\" the pilot recounted.", "pilot"],
    ["\"We need a bigger boat,\" the skipper quipped.", "skipper"],
  ])("%s is someone's statement", (sentence, speaker) => {
    const s = analyseArticle(article([sentence])).sentences[0]!;
    expect(s.statements.map((st) => st.speaker)).toEqual([speaker]);
  });
});

describe("one source quoting another", () => {
  test.each([
    ["The Harbour Gazette quotes Dana Holt as saying the ferry was \"long overdue\".", "dana holt"],
    ["Radio Vell quoted a police officer as saying two people were hurt.", "police officer"],
  ])("%s is the words of the one quoted", (sentence, speaker) => {
    const s = analyseArticle(article([sentence])).sentences[0]!;
    expect(s.statements.map((st) => st.speaker)).toEqual([speaker]);
  });
});

describe("a participle of saying after a comma", () => {
  const speakers = (paragraphs: string[]) => analyseArticle(article(paragraphs)).sentences.map((s) => s.statements.map((st) => [st.speaker, st.verb]));

  test("is the words of the name the sentence opens with, in the past", () => {
    expect(speakers(["Dana Holt praised the crew, saying they were \"heroes\"."])[0]).toEqual([["dana holt", "said"]]);
  });

  test("is the words of a pronoun's or a role's person", () => {
    const [, second, third] = speakers(["Mayor Dana Holt visited the harbour.", "She closed the beach, warning that storms were coming.", "The mayor reopened it, adding that the storm had passed."]);
    expect(second).toEqual([["dana holt", "warned"]]);
    expect(third).toEqual([["dana holt", "added"]]);
  });

  test("needs the comma and a verb of saying: 'killing two' is no statement", () => {
    expect(speakers(["The storm destroyed homes, killing two."])[0]).toEqual([]);
  });
});

describe("two verbs of saying in one sentence", () => {
  const statements = (sentence: string) => analyseArticle(article(["Mayor Dana Holt visited the dam.", sentence])).sentences[1]!.statements.map((st) => [st.verb, st.content]);

  test("each reports its own clause: 'said the dam was safe, adding that …'", () => {
    expect(statements("Holt said the dam was safe, adding that it would be inspected.")).toEqual([
      ["said", "the dam was safe"],
      ["added", "it would be inspected"],
    ]);
  });

  test("'… but added that …' is the same speaker's second statement", () => {
    expect(statements("Holt said the dam was safe, but added that it would be inspected.")).toEqual([
      ["said", "the dam was safe"],
      ["added", "it would be inspected"],
    ]);
  });
});

describe("'reported as saying'", () => {
  test("'X was also reported as saying …' is X's statement of what follows", () => {
    const s = analyseArticle(article(["Mayor Dana Holt visited the dam.", "Holt was also reported as saying the dam was safe."])).sentences[1]!;
    expect(s.statements.map((st) => [st.speaker, st.verb, st.content])).toEqual([["dana holt", "said", "the dam was safe"]]);
  });
});

describe("a participle of saying after a clause that says nothing itself", () => {
  const said = (paragraphs: string[]) => analyseArticle(article(paragraphs)).sentences.flatMap((s) => s.statements.map((st) => [st.speaker, st.quote ?? st.content]));

  it("right before a quotation, after 'by' or after the subject's own broadcast or statement", () => {
    expect(said(["Mayor Ola Brand sent her greetings during her weekly broadcast saying “Spring is here.”"])).toEqual([["ola brand", "Spring is here"]]);
    expect(said(["Judge Lin Park opened the hearing by saying “This court is in session.”"])).toEqual([["lin park", "This court is in session"]]);
    expect(said(["In reply, the union Steel First issued a statement saying, “We reject the offer.”"])).toEqual([["steel first", "We reject the offer"]]);
  });

  it("gives a participle after a comma to the subject past an opening phrase and the words describing her", () => {
    expect(said(["Retired teacher Ivo Sand, the owner of three fields, waded through the water, adding to the radio: “We lost everything.”"])).toEqual([["ivo sand", "We lost everything"]]);
    expect(said(["“The plan is bad,” Ada Frey said. However, she criticised the plan, saying “it will fail.”"]).map(([who]) => who)).toEqual(["ada frey", "ada frey"]);
  });

  it("not a document the subject did not issue", () => {
    expect(said(["Officials found a sign saying “Keep out.”"])).toEqual([]);
    expect(said(["Officials found a sign saying the road was closed."])).toEqual([]);
  });

  it("before a reported clause too, after the subject's own statement", () => {
    expect(said(["In reply, the union Steel First issued a statement saying the offer was rejected."])).toEqual([["steel first", "the offer was rejected"]]);
  });
});
