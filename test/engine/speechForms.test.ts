// Forms of reported speech found missing in an audit of many articles: the source "according to"
// names in several words, an emphatic or adverb before the verb, a bare verb for a plural subject,
// a name past an opening phrase that holds another name; and "What did X say about <a count>?"
// asking for words, not the count.
import { describe, expect, it, test } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { understandQuestion } from "../../src/engine/understandQuestion.ts";
import { article } from "./helpers.ts";

/** Speaker id and content of each statement of the last sentence of an invented article. */
function statementsOf(sentences: string[]): Array<{ speaker: string; verb: string; content: string }> {
  const a = analyseArticle(article(sentences));
  return a.sentences.at(-1)!.statements.map((st) => ({ speaker: st.speaker, verb: st.verb, content: st.content }));
}

describe("according to a source named in several words", () => {
  test.each([
    ["According to Syrian human rights monitors, over 300 prisoners were freed in 2004.", "syrian human rights monitors", "over 300 prisoners were freed"],
    ["According to the organisers of the Harbour Festival, about 20,000 people attended.", "organisers of the harbour festival", "about 20,000 people attended"],
    ["According to Velmoran Ambassador to the United Nations Ann Roe, the talks will resume.", "ann roe", "the talks will resume"],
  ])("%s is the source's statement", (sentence, speaker, content) => {
    const [st, ...rest] = statementsOf(["The Harbour Festival opened in Tarn.", sentence]);
    expect(rest).toEqual([]);
    expect(st!.speaker.toLowerCase()).toBe(speaker);
    expect(st!.content).toContain(content);
  });

  test.each([
    ["The ferry left on time, according to witnesses who saw Ann Roe."],
    ["The ferry left on time, according to his official website."],
  ])("GIVEN %j THEN no one named in it, nor a group so named, speaks", (sentence) => {
    const speakers = statementsOf(["Bob Lee runs the ferry.", sentence]).map((st) => st.speaker);
    expect(speakers).not.toContain("ann roe");
    expect(speakers.some((s) => /website/.test(s))).toBe(false);
  });
});

describe("a word between the speaker and the verb", () => {
  test.each([
    ["Ann Roe did say, however, that the island can count on the full support of the state.", "said", "the island can count on the full support of the state"],
    ["Ann Roe however stated that no warning had yet been issued.", "stated", "no warning had yet been issued"],
  ])("%s is Ann Roe's", (sentence, verb, content) => {
    const [st] = statementsOf([sentence]);
    expect(st).toMatchObject({ speaker: "ann roe", verb });
    expect(st!.content).toBe(content);
  });

  it("GIVEN 'did not say' THEN there is no statement", () => {
    expect(statementsOf(["Ann Roe did not say that the island would be evacuated."])).toEqual([]);
  });
});

describe("a bare verb of saying for a plural subject, before 'that'", () => {
  it("GIVEN 'Tarn Harbour Watch warn that …' THEN the group said it", () => {
    const [st] = statementsOf(["Tarn Harbour Watch warn that the pier could collapse."]);
    expect(st).toMatchObject({ speaker: "tarn harbour watch" });
    expect(st!.content).toBe("the pier could collapse");
  });

  it("GIVEN 'a note' or 'to warn' without 'that' THEN no one speaks", () => {
    expect(statementsOf(["Ann Roe left a note on the door of the harbour office."])).toEqual([]);
  });
});

describe("a speaker past an opening phrase that names another", () => {
  it("GIVEN 'According to this Tarn Herald report, ex-NATO official Ann Roe led …, and told …' THEN Ann Roe told it", () => {
    const sts = statementsOf(["According to this Tarn Herald report, ex-NATO official Ann Roe led the review from 2000 to 2005, and told the Tarn Herald that the review had found no fault."]);
    expect(sts.map((st) => st.speaker)).toContain("ann roe");
    expect(sts.find((st) => st.speaker === "ann roe")!.content).toContain("the review had found no fault");
  });
});

describe("'…, with X saying …': the phrase after 'with' speaks", () => {
  test.each([
    ["The teams will compete, with Ann Roe, head of the club, saying that the other team had \"perhaps overreacted\".", "ann roe", "perhaps overreacted"],
    ["Tarn ended its flood watch, with a scientist at the weather service noting that the danger had passed.", "scientist", "the danger had passed"],
  ])("%s", (sentence, speaker, content) => {
    const sts = statementsOf(["Bob Lee chairs the league.", sentence]);
    expect(sts).toHaveLength(1);
    expect(sts[0]!.speaker).toBe(speaker);
    expect(sts[0]!.content).toContain(content);
  });

  it("GIVEN 'with … at the warning centre' THEN the noun 'warning' is no one's words", () => {
    const sts = statementsOf(["Tarn ended its watch, with staff at the warning centre going home."]);
    expect(sts).toEqual([]);
  });

  it("GIVEN 'charged with assault, saying …' THEN the sentence's subject speaks, not the phrase after 'with'", () => {
    const sts = statementsOf(["Ann Roe was charged with assault, saying she was innocent."]);
    expect(sts.map((st) => st.speaker)).toEqual(["ann roe"]);
  });
});

describe("whom something was told, named without a comma", () => {
  test.each([
    ["Carl Dunn told the Tarn Herald the pier was unsafe.", "the pier was unsafe"],
    ["Carl Dunn told Ann Roe he would resign.", "he would resign"],
    ["Carl Dunn told reporters Ann Roe was wrong.", "Ann Roe was wrong"],
  ])("%s reports only what was said", (sentence, content) => {
    const [st] = statementsOf([sentence]);
    expect(st).toMatchObject({ speaker: "carl dunn", content });
  });
});

describe("a document a lowercase possessor owns", () => {
  it("GIVEN 'The board's statement said …' THEN the board the article names speaks, not a nameless group", () => {
    const [st] = statementsOf(["Bob Lee heads the Tarn Harbour Board.", "The board's statement said the repairs would cost more than planned."]);
    expect(st).toMatchObject({ speaker: "tarn harbour board", content: "the repairs would cost more than planned" });
  });
});

describe("'What did X say about <a count>?'", () => {
  const index = new KnowledgeIndex([analyseArticle(article(["General Ann Roe said troop levels would rise to 5,000 next year."]))]);
  test.each([
    ["What did Ann Roe say about troop levels?", "quote"],
    ["What did the general say about the number of troops?", "quote"],
    ["How many troops will there be?", "count"],
    ["What are troop levels now?", "count"],
  ])("GIVEN %j THEN it is a %s question", (question, kind) => {
    expect(understandQuestion(question, index).kind).toBe(kind);
  });
});

describe("quoted as saying, past the words describing the one quoted", () => {
  it("GIVEN 'It quoted Ann Lee, a retired engineer from the city, as saying that …' THEN Ann Lee said it", () => {
    expect(statementsOf(["It quoted Ann Lee, a retired engineer from the city, as saying that the bridge was unsafe."])).toEqual([{ speaker: "ann lee", verb: "said", content: "the bridge was unsafe" }]);
  });
});

describe("words told as a noun owned by a name", () => {
  it("GIVEN 'a statement by candidate Ann Lee in October that “…”' THEN Ann Lee stated it", () => {
    expect(statementsOf(["He found worrisome a statement by candidate Ann Lee in October that “the bridge must go.”"])).toEqual([{ speaker: "ann lee", verb: "stated", content: "the bridge must go" }]);
  });

  it("GIVEN 'Lee's claim that …' THEN Lee claimed it; a claim no name owns is no one's", () => {
    expect(statementsOf(["Ann Lee runs the yard.", "Tom Roe doubted Lee's claim that the bridge was unsafe."])).toEqual([{ speaker: "ann lee", verb: "claimed", content: "the bridge was unsafe" }]);
    expect(statementsOf(["The claim that the bridge was safe was false."])).toEqual([]);
  });
});

describe("two people joined by 'and' before a verb of saying", () => {
  it("gives the statement to both ('Tom Varga and Ann Roe said …')", () => {
    const e = createEngine([article(["The Mill Workers Union began a strike in Orrin on Monday.", "Tom Varga and Ann Roe said the strike would go on."], "2022-06-01", "joint")]);
    expect(e.ask("What did Tom Varga say?").text).toContain("strike would go on");
    expect(e.ask("What did Ann Roe say?").text).toContain("strike would go on");
  });
});
