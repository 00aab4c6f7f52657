import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/analysis/extractQuantities.ts";

const q = (s: string) => extractQuantities(s).map((x) => ({ text: x.text, value: x.value, unit: x.unit, projected: x.projected }));

describe("finding quantities", () => {
  it("keeps the modifier and the counted noun", () => {
    expect(q("Currently, there are over 5,000 US troops deployed in Iraq.")).toEqual([{ text: "over 5,000", value: 5000, unit: "US troops", projected: false }]);
  });

  it("marks a number that could be reached as projected", () => {
    expect(q("talks that could lead to a reduction to around 3,500 US troops.")[0]).toMatchObject({ text: "around 3,500", projected: true });
  });

  it("splits a change 'from X to Y' into the current number and the target", () => {
    const [from, to] = extractQuantities("cut its forces from about 4,500 to 2,500 troops by January.");
    expect(from).toMatchObject({ text: "about 4,500", value: 4500, unit: "troops", projected: false });
    expect(to).toMatchObject({ text: "2,500", value: 2500, unit: "troops", projected: true, target: true });
  });

  it("reads ranges, percentages and numbers in words", () => {
    expect(q("between 2,000 and 2,500 service members")[0]).toMatchObject({ value: 2000, unit: "service members" });
    expect(extractQuantities("about 40 percent of the force")[0]).toMatchObject({ isPercent: true, value: 40 });
    expect(q("nearly two dozen trucks and three convoys")).toEqual([
      { text: "nearly two dozen", value: 24, unit: "trucks", projected: false },
      { text: "three", value: 3, unit: "convoys", projected: false },
    ]);
  });

  it("finds what a bare number counts: the number before it, or the noun before it", () => {
    expect(q("there are about 4,500 US troops in Afghanistan and about 3,000 in Iraq.")[1]).toMatchObject({ text: "about 3,000", unit: "US troops" });
    expect(extractQuantities("will reduce its troop levels in Afghanistan and Iraq to 2,500 each by January.")[0]).toMatchObject({ text: "2,500", unitTerms: ["troop"], target: true });
  });

  it("reads what rose or fell from one number to another as what both count, and a change made as no plan", () => {
    const [from, to] = extractQuantities("The greens' seats on the council increased from 4 to 7 after the vote.");
    expect(from).toMatchObject({ value: 4, unit: "seats" });
    expect(to).toMatchObject({ value: 7, unit: "seats", target: true, projected: false });
    expect(extractQuantities("Ticket sales rose to 12,000 in May.")[0]).toMatchObject({ value: 12000, unit: "sales" });
    expect(extractQuantities("The board will cut its staff from 90 to 60.")[1]).toMatchObject({ value: 60, projected: true });
  });

  it("reads a number of kilometres, metres or miles as a length, with the unit alone as what it measures", () => {
    expect(extractQuantities("The new sea wall runs for 3.5 km along the harbour.")[0]).toMatchObject({ measure: "length", unit: "km", short: "3.5 km" });
    expect(extractQuantities("Crews cleared 12 miles of road.")[0]).toMatchObject({ measure: "length", unit: "miles of road" });
  });

  it("reads ages told as 'aged eighteen' and 'when she was six', whole", () => {
    expect(extractQuantities("He was sent to the camp aged eighteen for a month.")[0]).toMatchObject({ measure: "age", value: 18 });
    expect(extractQuantities("Her family moved to Lyon when she was six so she could study there.")[0]).toMatchObject({ measure: "age", value: 6 });
    expect(extractQuantities("when he was 12 percent short").some((x) => x.measure === "age")).toBe(false);
  });

  it("reads 'twice', 'a six-member team' and 'a single dose' as counts", () => {
    expect(extractQuantities("The pair were twice refused entry.")[0]).toMatchObject({ measure: "count", value: 2, unit: "times" });
    expect(extractQuantities("The ferry runs twice a day.")[0]).toMatchObject({ measure: "frequency" });
    expect(extractQuantities("The five-member crew, all of them nurses, landed.")[0]).toMatchObject({ measure: "count", value: 5, unit: "members", short: "five" });
    expect(extractQuantities("A single injection protected the calves.")[0]).toMatchObject({ value: 1, unit: "injection" });
  });

  it("counts a part after 'including' as what the whole counts, and a place after a number as no noun", () => {
    const [whole, part] = extractQuantities("Some 8,000 nurses -- including about 900 aboard hospital ships -- are at work.");
    expect(whole).toMatchObject({ value: 8000, unit: "nurses" });
    expect(part).toMatchObject({ value: 900, unit: "nurses" });
  });

  it("reads a noun ending in -us as no plural, and two plural nouns joined by 'and' as counted together", () => {
    expect(extractQuantities("It protected six rhesus macaques.")[0]!.unit).toBe("rhesus macaques");
    expect(extractQuantities("A force of 2,000 Marines and sailors arrived.")[0]!.unit).toBe("Marines and sailors");
  });

  it("reads a length told as an adjective", () => {
    expect(extractQuantities("A 12-km tunnel links the towns.")[0]).toMatchObject({ measure: "length", value: 12, short: "12 km" });
  });

  it("reads a year then a number that is no year as two things, and a time after a number as no noun", () => {
    expect(q("Exports rose from 9,000 tonnes in 2021 to 14,000 last year.")).toEqual([
      { text: "9,000", value: 9000, unit: "tonnes", projected: false },
      { text: "14,000", value: 14000, unit: "tonnes", projected: false },
    ]);
  });

  it("keeps the 'of' of 'hundreds of villagers' in the phrase", () => {
    expect(extractQuantities("Rescuers evacuated hundreds of villagers.")[0]).toMatchObject({ phrase: "hundreds of villagers", unit: "villagers" });
  });

  it("does not count dates, years or 'one of'", () => {
    expect(q("On January 5, 2020, one of the bases closed.")).toEqual([]);
  });
});

const one = (s: string, at = 0) => extractQuantities(s)[at]!;

describe("what a number counts", () => {
  it("reads an abbreviation with dots as part of the counted noun", () => {
    expect(one("Officials said 4,500 U.S. troops remain.")).toMatchObject({ text: "4,500", unit: "U.S. troops", unitTerms: ["us", "troop"] });
  });

  it("ends the counted noun at a plural noun, before the verb", () => {
    expect(one("Nine boats sank and 12 ferries ran aground.", 1)).toMatchObject({ text: "12", unit: "ferries" });
  });

  it("keeps a code with digits in the noun and takes what a measure word measures", () => {
    expect(one("Nearly 40 F-35 jets landed.")).toMatchObject({ text: "Nearly 40", unit: "F-35 jets" });
    expect(one("More than 900 crates of medicine were shipped.")).toMatchObject({ text: "More than 900", unit: "crates of medicine" });
  });

  it("gives a bare number the noun of the number before it only across a conjunction, not after a noun that labels it", () => {
    expect(one("About 300 nurses left and 120 stayed.", 1)).toMatchObject({ text: "120", unit: "nurses" });
    expect(one("Thirty lorries parked near gates 14 and 15.", 1)).toMatchObject({ value: 14, unit: "" });
  });

  it("does not read a capitalised noun that begins like a month as a date", () => {
    expect(one("The navy sent 300 Marines ashore.")).toMatchObject({ text: "300", unit: "Marines", measure: "count" });
    expect(extractQuantities("It opened on 3 March and closed on Mar. 9.")).toEqual([]);
  });

  it("reads number words, 'dozens of' and 'from' without a 'to'", () => {
    expect(one("The army fired dozens of flares into the sky.")).toMatchObject({ text: "dozens", unit: "flares" });
    expect(one("Pupils from 40 villages came.")).toMatchObject({ text: "40", modifier: null, unit: "villages" });
  });

  it("skips dates written with slashes and colons, and years", () => {
    expect(extractQuantities("After 9/11 the office opened at 10:30 in 1998.")).toEqual([]);
    expect(extractQuantities("Smog fell from 1990 to 2010 and between 2011 and 2015.")).toEqual([]);
  });
});

describe("what a number measures", () => {
  it("reads money with a currency sign or word", () => {
    expect(one("The bridge will cost an estimated AU$14 million.")).toMatchObject({ text: "an estimated AU$14 million", measure: "money", value: 14_000_000, short: "an estimated AU$14 million" });
    expect(one("They raised 3 million euros last year.")).toMatchObject({ measure: "money", short: "3 million euros" });
  });

  it("reads percentages, ranges of percentages and shares", () => {
    expect(one("The dam is now between 40% and 55% full.")).toMatchObject({ text: "between 40% and 55%", measure: "percent", value: 40, high: 55 });
    expect(one("Support fell to thirty percent.")).toMatchObject({ text: "thirty percent", measure: "percent", value: 30 });
    expect(one("Only a third of voters turned out.")).toMatchObject({ text: "Only a third", unit: "voters", measure: "percent", phrase: "Only a third of voters" });
    expect(one("Roughly two-thirds of the wells are dry.")).toMatchObject({ text: "Roughly two-thirds", unit: "wells" });
    expect(one("Three in 10 farmers sold land.")).toMatchObject({ text: "Three in 10", value: 30, measure: "percent", unit: "farmers" });
    expect(one("Half of the stalls closed.")).toMatchObject({ text: "Half", value: 50, unit: "stalls" });
  });

  it("reads ages", () => {
    expect(one("A 12-year-old girl found the fossil.")).toMatchObject({ text: "12-year-old", value: 12, measure: "age", unit: "girl" });
    expect(one("Their nine-month-old son was treated.")).toMatchObject({ text: "nine-month-old", value: 9, measure: "age", unit: "son" });
  });

  it("reads durations told in halves and quarters", () => {
    expect(one("Play stopped for nearly half an hour.")).toMatchObject({ text: "nearly half an hour", value: 0.5, measure: "duration" });
    expect(one("The talks lasted an hour and a half.")).toMatchObject({ text: "an hour and a half", value: 1.5, measure: "duration" });
    expect(one("The pilot, aged 61, landed safely.")).toMatchObject({ text: "61", measure: "age" });
    expect(one("Her son is nine years old.")).toMatchObject({ value: 9, measure: "age" });
    expect(one("The club is run by Ada Moss, 73, a retired nurse.")).toMatchObject({ text: "73", measure: "age" });
  });

  it("reads durations, as nouns and as adjectives", () => {
    expect(one("Rebels must leave within 72 hours.")).toMatchObject({ text: "72", measure: "duration", short: "72 hours" });
    expect(one("The strike ended a six-week standoff.")).toMatchObject({ text: "six-week", measure: "duration", short: "six-week standoff" });
  });

  it("reads ordinals and frequencies", () => {
    expect(one("The probe began its 27th orbit.")).toMatchObject({ text: "27th", value: 27, measure: "ordinal", unit: "orbit" });
    expect(one("It was the fourth flood this year.")).toMatchObject({ value: 4, measure: "ordinal", unit: "flood" });
    expect(one("Buses run twice a day.")).toMatchObject({ text: "twice a day", measure: "frequency" });
  });

  it("does not make a figure after a comma planned because the clause before it plans", () => {
    expect(one("The council plans to spend $8 million, up from $5 million last year.", 1)).toMatchObject({ text: "$5 million", projected: false });
  });

  it("tells a change already made from a projected one", () => {
    expect(one("The city has cut its fleet to 40 buses.")).toMatchObject({ projected: false, target: true });
    expect(one("The city will cut its fleet to 40 buses.")).toMatchObject({ projected: true, target: true });
  });
});

describe("a participle after a number is what the number does, not what it counts", () => {
  it("gives the bare number the noun of the number before it", () => {
    const qs = extractQuantities("The plan moves nearly 900 hospital staff to new wards, with about 300 returning to the old site.");
    expect(qs.map((q) => q.unit)).toEqual(["hospital staff", "hospital staff"]);
  });

  it("keeps a participle that modifies a noun", () => {
    expect(extractQuantities("The 12 remaining nurses left.")[0]!.unit).toBe("remaining nurses");
  });
});

describe("a number a change brings 'the number of X' to counts X", () => {
  it("reads the noun after 'the number of' as the unit of the bare number after 'to'", () => {
    const [q] = extractQuantities("The board voted to cap the number of night flights over the city to 40, officials said.");
    expect(q!.unit).toBe("night flights");
  });

  it("reads the noun after 'the number of' as the unit of a bare number set off after it, or stated as its level", () => {
    expect(extractQuantities("Ruiz won the largest number of medals of the season — seven — but lost the final.")[0]!.unit).toBe("medals");
    expect(extractQuantities("The number of cases stood at 40 on Monday.")[0]!.unit).toBe("cases");
    expect(extractQuantities("The number of people who died is 12.")[0]!.unit).toBe("people");
  });

  it("leaves a bare number word uncounted with no 'number of' before it", () => {
    expect(extractQuantities("Ruiz won the most medals of the season — seven — but lost the final.").map((q) => q.text)).toEqual([]);
  });

  it("reads that noun phrase past a comma inside it", () => {
    const [q] = extractQuantities("The ministry plans to limit the number of licensed, full-time guides in the park to 60 and to close two trails.");
    expect(q!.unit).toBe("licensed, full-time guides");
  });
});

describe("a part of a whole counts what the whole counts", () => {
  it("reads 'N of the M nouns' as N of those nouns, passing over the whole's own number", () => {
    const qs = extractQuantities("Police held about 14 of the 30 protesters overnight.");
    expect(qs.map((q) => [q.text, q.unit])).toEqual([["about 14", "protesters"], ["30", "protesters"]]);
  });

  it("reads 'N of its nouns' the same when the whole has no number", () => {
    expect(extractQuantities("The firm closed 6 of its stores in May.")[0]!.unit).toBe("stores");
  });

  it("leaves a number word before 'of' uncounted ('one of the …' names one, it counts nothing)", () => {
    expect(extractQuantities("One of the 12 was hurt.").map((q) => q.text)).toEqual(["12"]);
  });
});

describe("a number of times", () => {
  it("reads 'N times' in digits as a count of times, as it reads 'five times'", () => {
    expect(extractQuantities("The singer reached the chart's top ten 21 times in a decade.")[0]!.unit).toBe("times");
    expect(extractQuantities("He was arrested 12 times.")[0]!.unit).toBe("times");
  });

  it("leaves 'N times' before a comparison without that noun: a ratio counts no times", () => {
    expect(extractQuantities("Sales were 3 times higher than in 2010.")[0]!.unit).toBe("");
    expect(extractQuantities("The new fine is 10 times the old one.")[0]!.unit).toBe("");
  });
});

describe("the noun a number counts past a word that sets it apart, or past 'of the'", () => {
  it("reads the plural noun after 'other', 'more' or 'additional' as what is counted", () => {
    expect(q("Twelve other tremors shook the valley.")[0]).toMatchObject({ value: 12, unit: "other tremors" });
    expect(q("Later, four more ferries were sent to the island.")[0]).toMatchObject({ value: 4, unit: "more ferries" });
    expect(extractQuantities("Later, four more ferries were sent.")[0]!.unitTerms).toEqual(["ferri"]);
  });

  it("leaves 'more than' and a time unit as they were", () => {
    expect(q("more than 40 ferries")[0]).toMatchObject({ value: 40, unit: "ferries" });
    expect(q("The rally went on for 18 more minutes.")[0]).toMatchObject({ value: 18, unit: "" });
  });

  it("reads a number in words that is a part of a counted whole ('three of the eight pumps')", () => {
    expect(q("The crew switched off three of the eight pumps.")).toEqual([
      { text: "three", value: 3, unit: "pumps", projected: false },
      { text: "eight", value: 8, unit: "pumps", projected: false },
    ]);
    expect(q("It was one of the eight pumps.")).toEqual([{ text: "eight", value: 8, unit: "pumps", projected: false }]);
    expect(q("Two of the most senior judges resigned.")).toEqual([]);
  });
});
