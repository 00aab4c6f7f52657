import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import type { Article } from "../../src/engine/types.ts";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { canonical } from "../../src/analysis/text.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { understandQuestion } from "../../src/engine/understandQuestion.ts";
import { align } from "../../src/engine/answers/countAlignment.ts";
import { headlineNamedCoverage } from "../../src/engine/answers/carriedNames.ts";

const story = (id: string, title: string, published: string, paragraphs: string[]): Article => ({ id, title, published, source: "test", url: null, paragraphs });

describe("a count read from a part and its whole ('two of the nine engines')", () => {
  const engine = createEngine([
    story("pumps", "Harbour crew tests new dredger", "2021-06-02", [
      "The Ostrel harbour crew tested its new dredger on Tuesday. During the dredger's trial the crew switched off three of the eight pumps to spare the hull.",
    ]),
  ]);

  it("gives the part when the question asks of what was done to them", () => {
    expect(engine.ask("How many pumps did the crew switch off?").short).toBe("three");
  });

  it("gives the whole when the question asks how many there are", () => {
    expect(engine.ask("How many pumps does the dredger have?").short).toBe("eight");
  });
});

describe("a part whose act is told after its whole ('14 of the 30 workers … were detained')", () => {
  const engine = createEngine([
    story("mill", "Police raid Orrin mill", "2021-06-02", [
      "On Monday, about 14 of the 30 workers at the Orrin mill were arrested by the police.",
    ]),
  ]);

  it("gives the part when the question asks of what was done after the whole's phrase", () => {
    expect(engine.ask("How many Orrin mill workers were arrested?").short).toBe("about 14");
  });

  it("still gives the whole when the question asks how many there are", () => {
    expect(engine.ask("How many workers does the Orrin mill have?").short).toBe("30");
  });
});

describe("names the headline gives, and a number that is part of a name", () => {
  const ferry = story("ferry", "Veldorian ferry Tarna 7 sinks off the coast", "2021-06-02", [
    "The Tarna 7 sank off the coast on Monday, Veldorian officials said.",
    "Coastguard chief Mira Olt said 212 passengers were aboard when it went down.",
  ]);
  const index = new KnowledgeIndex([analyseArticle(ferry)]);

  it("counts a name the story's headline gives as named by each of its sentences", () => {
    const s = index.sentences.find((x) => x.text.startsWith("Coastguard"))!;
    expect(headlineNamedCoverage([canonical("veldorian"), canonical("ferry")], s, index)).toBe(1);
    expect(headlineNamedCoverage([canonical("ostrel")], s, index)).toBe(0);
  });

  it("reads a number right after a name as part of the name ('Tarna 7'), not a word the sentence must hold", () => {
    const a = align(understandQuestion("How many passengers were on the Tarna 7?", index));
    expect(a.named).toContain("7");
    expect(a.context).not.toContain("7");
    expect(align(understandQuestion("How many passengers were on board for 7 hours?", index)).named).not.toContain("7");
  });
});

describe("the news over the background it recalls", () => {
  const engine = createEngine([
    story("quake", "Earthquake strikes Ostrel province", "2012-04-10", [
      "A strong earthquake struck Ostrel province on Monday.",
      "The earthquake killed at least 35 people in villages across the province and injured many more, officials said on Tuesday morning.",
      "An earthquake killed 3,000 people in May 1998.",
    ]),
  ]);

  it("prefers the figure of the article's own event when the question names no time", () => {
    expect(engine.ask("How many people died in the earthquake?").short).toBe("at least 35");
  });

  it("still gives the old figure when the question names its time", () => {
    expect(engine.ask("How many people died in the 1998 earthquake?").short).toBe("3,000");
  });
});
