import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import type { Conversation } from "../../src/engine/types.ts";
import { article } from "./helpers.ts";

// Invented articles. The museum story is published on Tuesday, March 10, 2015.
const museum = article(
  [
    "The city museum has reopened its east wing after a long renovation, officials said.",
    "The museum first opened in 1987. Curator Ana Ruiz said the renovation began on February 2 and cost more than expected.",
    "The new photography exhibit is to run from March 14 through June 1. On Friday, Ruiz and the mayor are to cut a ribbon at the entrance.",
    "The board had recently started to plan a second wing. The plans were approved last year and building work is due early in 2016.",
    "Ruiz met the architect Tom Reyes in the 1990s.",
  ],
  "2015-03-10",
  "museum",
);

const weather = article(
  [
    "Heavy snow closed schools across the region on Monday.",
    "Forecaster Lee Park expects more snow by the end of the month.",
  ],
  "2015-02-18",
  "weather",
);

describe("when-questions answer with the date of the sentence that tells of the event", () => {
  const engine = createEngine([museum, weather]);

  it("aligns the question's verb with its irregular past form and gives the sentence's own date", () => {
    const a = engine.ask("When did the renovation begin?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("February 2, 2015");
    expect(a.citations[0]!.sentence).toContain("began on February 2");
  });

  it("answers a year alone", () => {
    const a = engine.ask("When did the museum first open?");
    expect(a.short).toBe("1987");
  });

  it("reads a plan's weekday as the coming one", () => {
    const a = engine.ask("When will Ruiz and the mayor cut the ribbon?");
    expect(a.short).toBe("Friday, March 13, 2015");
    expect(a.text).toContain("On Friday");
  });

  it("gives a span's end for 'when does it close', and the whole span otherwise", () => {
    expect(engine.ask("When does the photography exhibit close?").short).toBe("June 1, 2015");
    expect(engine.ask("When is the photography exhibit on?").short).toBe("March 14 to June 1, 2015");
  });

  it("answers 'when will' with a date after publication", () => {
    const a = engine.ask("When will building work on the second wing start?");
    expect(a.short).toBe("early 2016");
  });

  it("does not answer 'when will' with the day a plan was announced", () => {
    const plan = article(["The firm is leaving the city, its chief said today.", "The firm plans to be completely out of the city by Sept. 30, 2016."], "2016-05-02", "plan");
    const a = createEngine([plan]).ask("When will the firm leave the city?");
    expect(a.short).toBe("September 30, 2016");
    expect(a.text).toContain("by Sept. 30, 2016");
  });

  it("matches a verb of the question with a word of its family in the sentence, and does not take it for a typo", () => {
    const clash = article(
      ["Elders of the two villages traded insults yesterday.", "Elders of the two villages called it a grave provocation on Monday.", "The elders promoted the village fair on Sunday."],
      "2016-05-05",
      "clash",
    );
    const a = createEngine([clash]).ask("When do the elders say the villages provoked them?");
    expect(a.short).toBe("Monday, May 2, 2016");
    expect(a.citations[0]!.sentence).toContain("provocation");
  });

  it("dates the event by the date that opens the sentence, not a year that names a thing in it", () => {
    // Published on Thursday, May 5, 2016.
    const quit = article(["On Tuesday, the coach of the national team quit his post as adviser to the 2014 Winter Games in Oslo."], "2016-05-05", "quit");
    const a = createEngine([quit]).ask("When did the coach quit his post?");
    expect(a.short).toBe("Tuesday, May 3, 2016");
  });

  it("reads the comma after an opening date as no new clause: the verb's clause holds that date, not a later aside", () => {
    // Published on Thursday, July 7, 2016.
    const vote = article(["On Monday, the council voted to sell the land it bought in March."], "2016-07-07", "vote");
    expect(createEngine([vote]).ask("When did the council vote to sell the land?").short).toBe("Monday, July 4, 2016");
  });

  it("takes the date from the next sentence when the one telling of the event has none", () => {
    const a = engine.ask("When did the board start to plan a second wing?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.sentence).toContain("approved last year");
    expect(a.short).toBe("2014");
  });

  it("declines an event between two people that no sentence tells of", () => {
    const a = engine.ask("When did Tom Reyes meet Ana Ruiz?");
    expect(a.short).toBe("the 1990s");
    const never = engine.ask("When did Lee Park meet Tom Reyes?");
    expect(never.answered).toBe(false);
  });

  it("declines a passive question whose verb no sentence uses: the event is not told", () => {
    expect(engine.ask("When was the museum wing painted?").answered).toBe(false);
    expect(engine.ask("When were the plans approved?").short).toBe("2014");
  });

  it("declines a passive question whose verb neither the sentence nor its dated neighbour uses", () => {
    const trial = article(
      ["The trial of the two reporters began on Monday. The reporters were arrested after crossing the border without permission.", "The engineer Mira Holt opened a workshop in Leeds on Tuesday."],
      "2016-09-01",
      "trial",
    );
    const e = createEngine([trial]);
    expect(e.ask("On what date were the reporters arrested?").answered).toBe(false);
    expect(e.ask("When were the reporters arrested?").short).toBe("after crossing the border without permission");
    expect(e.ask("When was Mira Holt born?").answered).toBe(false);
    expect(e.ask("When did the trial begin?").short).toMatch(/August 29, 2016/);
  });

  it("asked of the future, takes the sentence that plans the event, not one that tells of it in the past without a date", () => {
    const dig = article(["The surveyors used sonar to map the old harbour wall.", "They will employ sonar again on June 9."], "2016-06-01", "dig");
    const e = createEngine([dig]);
    expect(e.ask("When will they use sonar again?").short).toMatch(/June 9, 2016/);
    expect(e.ask("When did they use sonar?").short ?? "").not.toMatch(/June 9/);
  });

  it("reads a passive light verb by the noun after it: 'taken hostage' is told by 'held … hostage'", () => {
    const raid = article(["In May, gunmen boarded the trawler and held the reporter Jo Lind hostage for a week.", "She now lives in Oslo."], "2016-09-01", "raid");
    const a = createEngine([raid]).ask("When was Jo Lind taken hostage?");
    expect(a.short).toBe("May 2016");
    expect(a.citations[0]!.sentence).toContain("hostage");
  });

  it("reads a plan 'revealed' or 'unveiled' as announced", () => {
    // Published on Tuesday, September 6, 2016.
    const merger = article(["On Friday, the two banks unveiled the merger at a press event in Lyon.", "Shares rose."], "2016-09-06", "merger");
    const a = createEngine([merger]).ask("When was the merger announced?");
    expect(a.short).toBe("Friday, September 2, 2016");
  });

  it("takes a sentence that calls the named band by what it is ('the band') in the paragraph that names it", () => {
    const band = article(["The Larkspurs, a rock group, formed in Leeds in 1990. They toured widely. In 2003, the band split.", "The Larkspurs were loved."], "2016-09-06", "band");
    const a = createEngine([band]).ask("when did the larkspurs split");
    expect(a.short).toBe("2003");
    expect(a.citations[0]!.sentence).toContain("the band split");
  });

  it("does not take a lowercase verb for a person of that surname", () => {
    const show = article(["Painter Anna Close lent three works to the Riverside Gallery.", "The Riverside Gallery show is to run from June 2 through July 9."], "2016-05-05", "show");
    expect(createEngine([show]).ask("When does the Riverside Gallery show close?").short).toBe("July 9, 2016");
  });

  it("does not give a decade for an end or a start: 'close to … the 1960s' is no closing date", () => {
    const era = article(["The painter was close to the musicians of the 1960s.", "His exhibit drew large crowds."], "2016-05-05", "era");
    expect(createEngine([era]).ask("When does the painter's exhibit close?").answered).toBe(false);
  });

  it("takes the date by the question's words, not by the noun it asks with ('what year')", () => {
    const fair = article(["The book fair came to Ostby on July 9, 2011, and this year it moves to Marrow."], "2015-03-10", "fair");
    expect(createEngine([fair]).ask("What year did the book fair come to Ostby?").short).toBe("July 9, 2011");
  });

  it("takes the date outside a quotation for a verb outside it: the quotation's 'today' is the speaker's", () => {
    const speech = article(['On June 19, Mayor Ana Ruiz, who is the city\'s first elected mayor, addressed the council saying, "Today we honour the volunteers who rebuilt the pier".'], "2015-07-03", "speech");
    expect(createEngine([speech]).ask("When did Ruiz address the council?").short).toBe("June 19, 2015");
  });

  it("never answers without a date: a sentence that tells of the event but has no date is declined", () => {
    // Past the lede: an article's undated first sentence reports the news of its day (headlineLede.test.ts).
    const pier = article(["Storm damage closed the old pier on Monday.", "Volunteers repainted the harbour lighthouse."], "2015-03-10", "pier");
    const a = createEngine([pier]).ask("When did volunteers repaint the lighthouse?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/without giving a date/);
  });

  it("dates the sentence the previous answer cited for 'When was that?'", () => {
    const c: Conversation = { turns: [] };
    const first = engine.ask("What did Ruiz say about the renovation?", c);
    expect(first.citations[0]!.sentence).toContain("began on February 2");
    const when = engine.ask("When was that?", c);
    expect(when.short).toBe("February 2, 2015");
    expect(when.citations[0]!.sentence).toBe(first.citations[0]!.sentence);
  });
});

describe("timelines", () => {
  const engine = createEngine([museum, weather]);

  it("lists years, spans, decades and plans in date order, each cited", () => {
    const t = engine.timeline();
    const labels = t.items!.map((i) => i.short);
    expect(labels).toEqual(expect.arrayContaining(["1987", "the 1990s", "March 14 to June 1, 2015", "early 2016", "the end of February 2015"]));
    expect(labels.indexOf("1987")).toBeLessThan(labels.indexOf("the 1990s"));
    expect(labels.indexOf("the 1990s")).toBeLessThan(labels.indexOf("the end of February 2015"));
    expect(labels.indexOf("March 14 to June 1, 2015")).toBeLessThan(labels.indexOf("early 2016"));
    for (const item of t.items!) expect([museum, weather].some((a) => a.paragraphs.some((p) => p.includes(item.citation.sentence)))).toBe(true);
  });

  it("puts an article's undated opening sentence at its publication day", () => {
    const t = engine.timeline();
    const opening = t.items!.find((i) => i.citation.sentence.startsWith("The city museum has reopened"));
    expect(opening?.short).toBe("as of March 10, 2015");
  });

  it("filters softly by topic: the story's events, not only sentences naming every topic word", () => {
    const a = engine.ask("Give me a timeline of the museum renovation");
    expect(a.answered).toBe(true);
    const cited = a.items!.map((i) => i.citation.sentence);
    expect(cited.some((s) => s.includes("early in 2016"))).toBe(true);
    expect(cited.some((s) => s.includes("snow"))).toBe(false);
  });

  it("reads 'can you lay out the timeline' as a request for a timeline", () => {
    expect(engine.ask("can you lay out the timeline for the museum?").kind).toBe("timeline");
  });
});

describe("when-questions: the sentence that tells of the event with its own date, not the dateline", () => {
  // Invented. Published Wednesday, May 6, 2020.
  const harbour = article(
    [
      "Porthaven - This past week marked the opening night of a lantern festival in memory of painter Mara Voss.",
      "Guests recalled Voss, whose death in 1975 closed her workshop.",
      "Tom Reid admitted he had skipped work Friday night to attend the festival's opening.",
      "Records of the workshop, published in a book by E. Hale in 1982, show how the lanterns were made.",
      "Lantern sales declined by a third from 1990 to 2010.",
    ],
    "2020-05-06",
    "harbour",
  );
  const engine = createEngine([harbour]);

  it("aligns the question's verb with a noun of the same event (die ↔ death)", () => {
    const a = engine.ask("When did Voss die?");
    expect(a.short).toBe("1975");
  });

  it("reads a year followed by a comma as a year", () => {
    const a = engine.ask("When did Hale publish the book?");
    expect(a.short).toBe("1982");
  });

  it("answers 'what day' with a day, not a week", () => {
    const a = engine.ask("What day was the opening night of the lantern festival?");
    expect(a.short).toBe("Friday, May 1, 2020");
  });

  it("answers 'over what period' with the span of the event", () => {
    const a = engine.ask("Over what period did lantern sales drop by a third?");
    expect(a.answered).toBe(true);
    expect(a.short).toMatch(/1990.*2010/);
  });
});

describe("words for one change", () => {
  it("reads declining and falling as dropping, and dying as death", async () => {
    const { canonical } = await import("../../src/analysis/text.ts");
    expect(canonical("declined")).toBe(canonical("drop"));
    expect(canonical("fallen")).toBe(canonical("drop"));
    expect(canonical("die")).toBe(canonical("death"));
  });
});

describe("when-questions that name a body or a thing", () => {
  // Invented. Two galleries; only one gives its dates.
  const galleries = article(
    [
      "The Harbour Gallery lantern show is to run from March 4 through May 30.",
      "The Kessel Museum also shows lanterns, and saw record crowds when it exhibited its collection in 2019.",
      "Lanterns from the Northgate Library are on show as well.",
    ],
    "2024-03-10",
    "galleries",
  );
  const engine = createEngine([galleries]);

  it("are not answered from a sentence about another one", () => {
    const a = engine.ask("When does the Northgate Library lantern exhibit close?");
    expect(a.short ?? "").not.toBe("2019");
  });

  it("are answered from the sentence that names it", () => {
    expect(engine.ask("When does the Harbour Gallery show close?").short).toMatch(/May 30/);
  });
});

describe("what time: a time of day, not a date", () => {
  const engine = createEngine([
    article(
      [
        "The ferry left the harbour at 6:45 and ran aground an hour later, the coastguard said.",
        "The fire, which broke out yesterday evening, was put out by midnight.",
      ],
      "2023-04-12",
      "ferry",
    ),
  ]);

  it("answers 'what time' with the clock time in the sentence that tells of the event", () => {
    expect(engine.ask("What time did the ferry leave the harbour?").short).toBe("6:45");
  });

  it("reads a question opened by a preposition ('on what day', 'at what time') as a when-question", () => {
    expect(engine.ask("At what time did the ferry leave the harbour?").short).toBe("6:45");
    const a = engine.ask("On what day did the fire break out?");
    expect(a.kind).toBe("when");
    expect(a.short).toMatch(/April 11, 2023/);
  });

  it("answers 'what time of day' with the part of the day, its day resolved", () => {
    const a = engine.ask("What time of day did the fire break out?");
    expect(a.short).toBe("yesterday evening");
    expect(a.lead).toMatch(/April 11, 2023/);
  });
});

describe("a span of days answers 'what year'", () => {
  it("takes the span the question's words stand by, not a bare 'this year'", () => {
    const fairs = article(["The fair was held in Velby on May 4-6, 2012; the fair was held in Ostby on August 3-5, 2013; this year's fair will be held in Marrow."], "2015-03-10", "fairs");
    expect(createEngine([fairs]).ask("What year did Ostby host the fair?").short).toMatch(/2013/);
  });
});

describe("'going to' before a verb only says the future", () => {
  it("leaves 'going' out of the question's words, but keeps it for going somewhere", async () => {
    const { understandQuestion } = await import("../../src/engine/understandQuestion.ts");
    const { KnowledgeIndex } = await import("../../src/index/knowledgeIndex.ts");
    const { analyseArticle } = await import("../../src/analysis/analyseArticle.ts");
    const index = new KnowledgeIndex([analyseArticle(article(["The band will tour Norway in May."], "2016-03-01", "band"))]);
    expect(understandQuestion("When is the band going to tour Norway?", index).topic).not.toContain("go");
    expect(understandQuestion("When is the band going to Norway?", index).topic).toContain("go");
    expect(understandQuestion("When is the band going to the festival?", index).topic).toContain("go");
  });
});

describe("of two dates in one sentence, the one of the verb asked", () => {
  it("answers when the treaty was ratified with the date after 'ratified', and when it was signed with the one after 'signed'", () => {
    const e = createEngine([article(["The Orrin treaty was signed in 1990 and ratified in 1992."], "2022-06-01", "treaty")]);
    expect(e.ask("When was the Orrin treaty ratified?").short).toBe("1992");
    expect(e.ask("When was the Orrin treaty signed?").short).toBe("1990");
  });

  it("reads the verb after 'did' and its subject whatever the tagger calls it ('close' is tagged an adjective)", () => {
    const e = createEngine([article(["The Vell bridge opened in 1987 and closed in 2019."], "2022-06-01", "bridge")]);
    expect(e.ask("When did the Vell bridge close?").short).toBe("2019");
    expect(e.ask("When did the Vell bridge open?").short).toBe("1987");
  });
});
