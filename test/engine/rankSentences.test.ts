import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { questionNameTerms, rankSentences } from "../../src/engine/answers/rankSentences.ts";
import { understandQuestion } from "../../src/engine/understandQuestion.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { article } from "./helpers.ts";

// Invented match report and market story: none of these sentences is from a real article.
const match = [
  "Calder and Lindholm drew 1–1 on Saturday in front of a home crowd of 9,000.",
  "In the second half, Ivo Marsh scored a goal for the hosts from a corner.",
  "Tomas Reed scored from close range after twenty minutes, putting Lindholm ahead.",
  "The Northern Regional Championship ends next week.",
  "Both clubs have won the championship twice.",
];
const market = [
  "Orbit Mail still leads the market for e-mail services, analysts said. Lumen Post, its main rival, doubled its users this year.",
  "Orbit Mail opened a main office in Leeds in March.",
];

function indexOf(paragraphs: string[]): KnowledgeIndex {
  return new KnowledgeIndex([analyseArticle(article(paragraphs, "2024-03-10"))]);
}

function best(index: KnowledgeIndex, question: string): string {
  return rankSentences(understandQuestion(question, index), index)[0]!.sentence.text;
}

describe("sentence ranking: names the question gives", () => {
  const index = indexOf(match);

  it("follows a name the index keeps no entity for: the sentence about Lindholm's goal, not another goal", () => {
    expect(best(index, "Who scored Lindholm's goal?")).toMatch(/^Tomas Reed scored/);
    // However the question is typed: the articles write the word only as a name.
    expect(best(index, "who scored lindholm's goal")).toMatch(/^Tomas Reed scored/);
    expect(createEngine([article(match, "2024-03-10")]).ask("Who scored Lindholm's goal?").short).toBe("Tomas Reed");
  });

  it("reads as names only words the articles capitalise and never write in lowercase", () => {
    const q = (text: string) => questionNameTerms(understandQuestion(text, index), index.sentences);
    expect(q("who scored lindholm's goal")).toEqual(["lindholm"]);
    // "Championship" is also written "the championship"; "Northern" only inside a longer name the question lacks.
    expect(q("who won the northern championship")).toEqual([]);
    expect(q("Who scored the goal for the hosts?")).toEqual([]);
  });
});

describe("sentence ranking: a pronoun for a name of the sentence before", () => {
  it("counts 'its' as naming what the sentence before names", () => {
    const index = indexOf(market);
    expect(best(index, "Who is Orbit Mail's main rival?")).toMatch(/^Lumen Post, its main rival/);
  });

  it("does not count a pronoun across paragraphs", () => {
    const index = indexOf(["Orbit Mail still leads the market for e-mail services, analysts said.", "Lumen Post, its main rival, doubled its users this year.", market[1]!]);
    expect(best(index, "Who is Orbit Mail's main rival?")).toMatch(/^Orbit Mail opened a main office/);
  });
});

describe("sentence ranking: 'take place' is 'happen'", () => {
  it("answers where an event took place from the sentence that says where it happened", () => {
    const engine = createEngine([
      article([
        "Floods have taken place in the valley before, most recently in 1998, when the river rose four metres.",
        "The flood happened at Tarnby, on the east bank of the river, after two days of rain.",
      ]),
    ]);
    expect(engine.ask("Where did the flood take place?").citations[0]?.sentence).toMatch(/^The flood happened at Tarnby/);
  });
});

describe("reading a question typed as chat", () => {
  it("reads 'whats' as 'what's': a question word, no content word the sentence must hold", () => {
    const index = indexOf(match);
    const chat = understandQuestion("whats the name of the hosts' striker", index);
    const typed = understandQuestion("what's the name of the hosts' striker", index);
    expect(chat.topic).toEqual(typed.topic);
    expect(chat.words).toEqual(typed.words);
  });
});
