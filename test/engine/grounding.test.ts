import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { questionNames } from "../../src/engine/checkGrounding.ts";
import { article } from "./helpers.ts";

// An invented article: none of these sentences is from a real one.
const phones = createEngine([
  article(
    [
      "Handset maker Orvella said its market share fell to 31 percent in the spring.",
      "Orvella's rival Quintara has been gaining users, analysts said. A smaller maker, Brisko, also sells phones in the region.",
      "Orvella chief executive Dana Whitlow told the Trade Standards Committee about the decline on Monday.",
      "Whitlow spoke for an hour before the committee, which meets twice a year.",
    ],
    "2024-05-03",
    "phones",
  ),
]);

describe("the names a question asks about", () => {
  it.each([
    ["What is Brisko's market share?", ["Brisko"]],
    ["When does the Trade Standards Committee meet?", ["Trade Standards Committee"]],
    // The first word, question words, months and weekdays are not names.
    ["What happened in May on Monday?", []],
    ["How many phones did I buy?", []],
  ])("%s → %j", (q, names) => {
    expect(questionNames(q)).toEqual(names);
  });
});

describe("an answer must come from a sentence naming what the question names", () => {
  it("GIVEN a share told only of another maker THEN a question about a rarely named maker is declined", () => {
    const a = phones.ask("What is Brisko's market share?");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("31 percent");
  });

  it("GIVEN the maker the sentence names THEN its share is answered", () => {
    const a = phones.ask("What is Orvella's market share?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("31 percent");
  });

  it("GIVEN a body named once and then called 'the committee' THEN the sentence with 'the committee' still answers", () => {
    const a = phones.ask("Who spoke for an hour before the Trade Standards Committee?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Whitlow");
  });

  it("GIVEN a model named once ('the Vexa 9 launch') and then called 'the launch' THEN the sentence with 'the launch' still answers", () => {
    const e = createEngine([article(["Rival makers were warned not to back the Vexa 9 launch.", "Some kept their plans.", "Orbis withdrew from the launch in September 2003."], "2005-06-29", "launch")]);
    expect(e.ask("When did Orbis pull out of the Vexa 9 launch?").short).toMatch(/September 2003/);
  });
});

// Invented: one candidate is named but never quoted (with a surname that is also a common
// word, so no entity is made of the name); a firm's speech is worded so that attribution may miss it.
const vote = createEngine([
  article(
    [
      "Renewal's Ivy Law earned a surprise victory in the Eastvale district with 12,400 votes.",
      "Incumbent Tomas Brenn said he would accept the result and congratulated the winners.",
      "The polling firm Veritab.net, has said that turnout fell for the third election in a row.",
    ],
    "2024-06-10",
    "vote",
  ),
]);

describe("a quote question about someone the articles never quote", () => {
  it("GIVEN a candidate named only for winning THEN 'what did she say' is declined, not answered with the sentence about her", () => {
    const a = vote.ask("What did Ivy Law say after her victory?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("Ivy Law");
    expect(a.citations).toEqual([]);
  });

  it("GIVEN the same question in lowercase THEN it is declined with the name as the article writes it", () => {
    const a = vote.ask("what did ivy law say after her victory");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("Ivy Law");
    expect(a.citations).toEqual([]);
  });

  it("GIVEN someone quoted THEN their words are given", () => {
    const a = vote.ask("What did Tomas Brenn say?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("accept the result");
  });

  it("GIVEN a sentence where the name 'has said' something THEN that sentence is still offered", () => {
    const a = vote.ask("What did Veritab say about turnout?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("turnout fell");
  });
});

// Invented: this year's figure and a stage name; what came before and the real name are never said.
const fair = createEngine([
  article(
    [
      "The turnout at this year's Lakeside Fair was the highest in its history, with about 40,000 visitors.",
      "Among the performers was a juggler going by the name \"The Great Ozzo\".",
      "The previous fair drew about 31,000 visitors, organisers said.",
    ],
    "2024-07-01",
    "fair",
  ),
]);
const fairThisYearOnly = createEngine([
  article(
    [
      "The turnout at this year's Lakeside Fair was the highest in its history, with about 40,000 visitors.",
      "Among the performers was a juggler going by the name \"The Great Ozzo\".",
    ],
    "2024-07-01",
    "fair",
  ),
]);

describe("a qualifier of the question the sentence doesn't say", () => {
  it("GIVEN only this year's turnout THEN the previous fair's turnout is declined", () => {
    const a = fairThisYearOnly.ask("How many visitors came to the previous Lakeside Fair?");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("40,000");
  });

  it("GIVEN the previous fair's turnout THEN it is answered", () => {
    const a = fair.ask("How many visitors came to the previous Lakeside Fair?");
    expect(a.answered).toBe(true);
    expect(a.short).toContain("31,000");
  });

  it("GIVEN only a stage name THEN the real name is declined", () => {
    const a = fairThisYearOnly.ask("What is the juggler's real name?");
    expect(a.answered).toBe(false);
  });

  it("GIVEN the qualifier unasked THEN the same sentence answers", () => {
    const a = fairThisYearOnly.ask("How many visitors came to the Lakeside Fair?");
    expect(a.answered).toBe(true);
    expect(a.short).toContain("40,000");
  });
});

// Invented: names the question may write otherwise than the sentence does.
const donors = createEngine([
  article(
    [
      "The turnout at this year's Lakeside Fair was the highest in its history, with about 40,000 visitors.",
      "Acme Corp chief executive officer Jo Penn said the company paid $200,000 for new stages.",
      "The United Nations donated 300 tents to the fair, organisers said.",
    ],
    "2024-07-01",
    "donors",
  ),
]);

describe("names the sentence writes otherwise are still named", () => {
  it.each([
    ["Who is the CEO of Acme Corp?", "Jo Penn"],
    ["How much did the CEO's company pay for stages?", "$200,000"],
    ["How many tents did the U.N. donate?", "300"],
    ["How many tents did the UN donate?", "300"],
  ])("%s → %s", (q, expected) => {
    const a = donors.ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(expected);
  });
});

// Invented: one festival's opening, one museum's closing.
const spans = createEngine([
  article(
    [
      "Visitors could also see the Harbor Lights Festival, which opened in 2019, across the river.",
      "The Riverside Museum closed in 2021 after a flood, its director said.",
    ],
    "2024-07-01",
    "spans",
  ),
]);

describe("a when-question about one end of a span", () => {
  it("GIVEN only the opening THEN 'when does it close' is declined, not answered with the opening year", () => {
    const a = spans.ask("When does the Harbor Lights Festival close?");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain("2019");
  });

  it("GIVEN the opening THEN 'when did it open' is answered", () => {
    const a = spans.ask("When did the Harbor Lights Festival open?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2019");
  });

  it("GIVEN the closing THEN 'when did it close' is answered", () => {
    const a = spans.ask("When did the Riverside Museum close?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("2021");
  });
});

describe("capitals that name nothing", () => {
  it.each(["How Many Visitors Came To The Fair?", "HOW MANY TENTS DID THE FAIR GET?"])("%s → no names", (q) => {
    expect(questionNames(q)).toEqual([]);
  });
});
