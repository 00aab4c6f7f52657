import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { article } from "../engine/helpers.ts";

const facts = [
  "Currently, there are 4,000 soldiers deployed in Freedonia to train local forces.",
  "The defence minister said the soldiers would stay until the end of the year.",
];
const filler = [
  "Soldiers deployed in Freedonia drove 30 kilometres on Monday.",
  "Soldiers in Freedonia were deployed with 12 trucks.",
];

describe("an article that repeats itself", () => {
  const repetitive = article(Array(100).fill(filler).flat(), "2021-06-02", "repetitive");
  const useful = article(facts, "2021-06-01", "useful");

  it("GIVEN one sentence copied a hundred times THEN the copies are one candidate", () => {
    const index = new KnowledgeIndex([analyseArticle(repetitive), analyseArticle(useful)]);
    const hits = index.find("soldiers deployed in Freedonia");
    const texts = hits.map((h) => h.sentence.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain(facts[0]);
  });

  it("GIVEN such an article beside a useful one THEN a question is still answered from the useful one", () => {
    const engine = createEngine([repetitive, useful]);
    const a = engine.ask("How many soldiers are deployed in Freedonia?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("4,000");
    expect(a.citations[0]!.sentence).toBe(facts[0]);
  });
});
