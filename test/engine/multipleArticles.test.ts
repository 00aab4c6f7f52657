import { describe, expect, it } from "vitest";
import { afghanFile, engineFor, seedFile } from "./helpers.ts";

describe("several articles", () => {
  const engine = () => engineFor(seedFile, afghanFile);

  it("answers a question about the present from the most recent article, saying as of when", () => {
    const a = engine().ask("How many troops are in Iraq?");
    expect(a.citations[0]!.doc).toBe("2020-11-18-afghanistan-drawdown");
    expect(a.short).toBe("roughly 3,000");
    expect(a.text).toMatch(/as of November 18, 2020/);
  });

  it("corrects swapped letters in a question (\"Afhganistan\")", () => {
    expect(engine().ask("How many troops are in Afhganistan?").short).toBe("about 4,500");
  });

  it("reads a date without a year in a question as the latest such date the articles know", () => {
    expect(engine().ask("What happened on January 5?").citations[0]!.sentence).toMatch(/Iraqi parliament/);
  });

  it("answers a question that names a time from the article of that time", () => {
    const a = engine().ask("How many troops were in Iraq in August 2020?");
    expect(a.short).toBe("over 5,000");
  });

  it("answers a question that names a source from that source", () => {
    const a = engine().ask("According to Xinhua, what did Trump say?");
    expect(a.citations[0]!.doc).toBe("2020-08-21-trump-iraq-withdrawal");
  });

  it("keeps answering each article's own questions", () => {
    expect(engine().ask("Who is the chief diplomat?").short).toBe("Mike Pompeo");
    expect(engine().ask("Who is the acting defense secretary?").short).toBe("Christopher Miller");
  });

  it("lists the articles newest first", () => {
    expect(engine().articles().map((a) => a.published)).toEqual(["2020-11-18", "2020-08-21"]);
  });

  it("builds a timeline across articles in date order", () => {
    const t = engine().timeline();
    const dates = t.items!.map((i) => i.citation.published);
    expect(t.items!.length).toBeGreaterThan(5);
    expect(new Set(dates).size).toBe(2);
    const froms = t.items!.map((i) => i.short);
    expect(froms[0]).toMatch(/January 2020/);
  });
});

describe("troop numbers, as /troops lists them", () => {
  const engine = () => engineFor(seedFile, afghanFile);

  it("lists every troop figure for a place, newest first, each with its date and source", () => {
    const a = engine().troops("Iraq");
    expect(a.short).toBe("roughly 3,000");
    expect(a.items!.map((i) => i.short)).toEqual(["roughly 3,000", "2,500", "over 5,000", "around 3,500"]);
    for (const item of a.items!) expect(item.citation.sentence).toMatch(/Iraq/);
  });

  it("says so when no article gives a number for the place", () => {
    expect(engine().troops("Syria").answered).toBe(false);
  });
});
