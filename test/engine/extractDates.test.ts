import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/analysis/extractDates.ts";

// Published on a Friday.
const on = (s: string) => extractDates(s, "2020-08-21").map((d) => ({ text: d.text, label: d.label, from: d.from, to: d.to, precision: d.precision }));

describe("resolving dates against the publication date", () => {
  it("reads a weekday as the latest one before publication", () => {
    expect(on("Trump on Thursday said")).toEqual([{ text: "on Thursday", label: "Thursday, August 20, 2020", from: "2020-08-20", to: "2020-08-20", precision: "day" }]);
  });

  it("reads a month and day without a year as past, not next year", () => {
    expect(on("passed a resolution on January 5")[0]).toMatchObject({ label: "January 5, 2020", precision: "day" });
  });

  it("keeps early/late as part of a month range", () => {
    expect(on("killed in early January")[0]).toMatchObject({ label: "early January 2020", from: "2020-01-01", to: "2020-01-10" });
  });

  it("gives weeks and months as ranges", () => {
    expect(on("reported last week")[0]).toMatchObject({ from: "2020-08-10", to: "2020-08-16", precision: "week" });
    expect(on("said earlier this month")[0]).toMatchObject({ label: "August 2020", from: "2020-08-01", to: "2020-08-21", precision: "month" });
    expect(on("held talks this June")[0]).toMatchObject({ label: "June 2020", precision: "month" });
  });

  it("reads the future only where the clause speaks of it", () => {
    const [announced, deadline] = extractDates("Miller announced on Tuesday that troops will leave by Jan. 15", "2020-11-18");
    expect(announced).toMatchObject({ from: "2020-11-17" });
    expect(deadline).toMatchObject({ label: "January 15, 2021" });
  });

  it("takes an explicit year as written, with abbreviated months", () => {
    expect(on("by Sept. 11, 2021, all will leave")[0]).toMatchObject({ label: "September 11, 2021" });
  });

  it("reads February 29 without a year as the latest leap day before publication", () => {
    expect(extractDates("signed on Feb. 29", "2023-03-16")[0]).toMatchObject({ label: "February 29, 2020" });
  });

  it("does not read 'may' the verb as the month", () => {
    expect(on("They may go soon.")).toEqual([]);
  });
});

// Published on a Tuesday, in spring.
const may = (s: string) => extractDates(s, "2015-05-05");

describe("date forms beyond a single day", () => {
  it("reads a year alone, and a year a preposition introduces", () => {
    expect(may("The society was founded in 1987.")[0]).toMatchObject({ label: "1987", from: "1987-01-01", to: "1987-12-31", precision: "year" });
    expect(may("Sales have doubled since 2009.")[0]).toMatchObject({ label: "2009" });
    expect(may("The city aims to be carbon neutral by 2050.")[0]).toMatchObject({ label: "2050", from: "2050-01-01" });
    // A comma after the year ends the phrase; it does not make the year part of a larger number.
    expect(may("It showed the prints in 2010, according to the curator.")[0]).toMatchObject({ label: "2010" });
    expect(may("Visits rose in 2010,500 of them at night.")).toEqual([]);
  });

  it("does not read a count of things as a year", () => {
    expect(may("A survey of 1709 pupils found gaps.")).toEqual([]);
    expect(may("The 2000 marchers reached the square.")).toEqual([]);
  });

  it("reads a year naming which one of a recurring event: a name or an event's noun after it", () => {
    expect(may("The worst crush came during the 1994 Lantern Fair, when 80 people were hurt.")[0]).toMatchObject({ text: "the 1994 Lantern Fair", label: "1994", precision: "year" });
    expect(may("She lost the 2012 election by a few votes.")[0]).toMatchObject({ text: "the 2012 election", label: "2012" });
    expect(may("Its 2016 report found more cases.")[0]).toMatchObject({ label: "2016" });
  });

  it("reads a year before the noun of an event it dates, past up to two words describing it", () => {
    expect(may("Turnout beat the record set after the 2011 protests.")[0]).toMatchObject({ text: "the 2011", label: "2011", precision: "year" });
    expect(may("The 2009 federal stimulus package lifted prices.")[0]).toMatchObject({ label: "2009", from: "2009-01-01", to: "2009-12-31" });
    expect(may("A 2012 lawsuit was settled out of court.")[0]).toMatchObject({ label: "2012" });
    // Counted people and things stay counts.
    expect(may("The 1500 new workers arrived by bus.")).toEqual([]);
    expect(may("Their 1800 employees went on strike.")).toEqual([]);
  });

  it("reads a year before any noun phrase whose head is singular, not before a plural, a measure or a body counted in the singular", () => {
    expect(may("Her last hit was a 1987 duet with a jazz singer.")[0]).toMatchObject({ text: "a 1987", label: "1987", precision: "year" });
    expect(may("Both were part of the 2010 gold medal winning team.")[0]).toMatchObject({ label: "2010" });
    // A name's possessive stands where "the" does; the name stays out of the date's text.
    expect(may("She sang at Ann Lee's 2009 inauguration as mayor.")[0]).toMatchObject({ text: "2009", label: "2009" });
    expect(may("The plant will add the 2000 new jobs by spring.")).toEqual([]);
    expect(may("A 1500 metre race opened the games.")).toEqual([]);
    expect(may("The 2000 staff were sent home.")).toEqual([]);
    expect(may("The company's 1900 employees went on strike.")).toEqual([]);
  });

  it("reads a span between two dates as one date with both ends, the second end's year following the first", () => {
    const [d] = may("Voting is to run from November 20 to December 11.");
    expect(d).toMatchObject({ text: "from November 20 to December 11", label: "November 20 to December 11, 2015", from: "2015-11-20", to: "2015-12-11", precision: "span" });
    expect(d!.ends).toEqual({ first: "November 20, 2015", last: "December 11, 2015" });
    expect(may("The survey was done between July 2003 and December 2004.")[0]).toMatchObject({ label: "July 2003 to December 2004", from: "2003-07-01", to: "2004-12-31" });
    expect(may("The show will run December 12 through January 9.")[0]).toMatchObject({ from: "2015-12-12", to: "2016-01-09" });
    expect(may("The fair ran March 3–6.")[0]).toMatchObject({ label: "March 3–6, 2015", precision: "span" });
  });

  it("does not take 'and' for a span without 'between': one date naming both years", () => {
    expect(may("Prices rose in 2003 and 2004.").map((d) => [d.label, d.precision, d.from, d.to])).toEqual([["2003 and 2004", "year", "2003-01-01", "2004-12-31"]]);
    expect(may("There were cases in 2006 and 1996.").map((d) => d.label)).toEqual(["2006 and 1996"]);
  });

  it("does not read a number after a preposition as a year when it counts what follows", () => {
    expect(may("A crowd of 2000 people gathered.")).toEqual([]);
    expect(may("He won by 1900 votes.")).toEqual([]);
    expect(may("The society was founded in 1987 by two nurses.")[0]).toMatchObject({ label: "1987" });
  });

  it("reads parts of a year: early, late, the end of, quarters, halves", () => {
    expect(may("A second vote follows early in 2016.")[0]).toMatchObject({ label: "early 2016", from: "2016-01-01", to: "2016-04-30" });
    expect(may("Profits fell in the third quarter of 2014.")[0]).toMatchObject({ label: "the third quarter of 2014", from: "2014-07-01", to: "2014-09-30" });
    expect(may("Rules are due by the end of the year.")[0]).toMatchObject({ label: "the end of 2015", from: "2015-12-01", to: "2015-12-31" });
    expect(may("The plant closed late last year.")[0]).toMatchObject({ label: "late 2014", from: "2014-09-01" });
    expect(may("Exports grew in the first half of 2013.")[0]).toMatchObject({ to: "2013-06-30" });
    // News drops "the" and "of": "a fourth quarter 2004 rebate".
    expect(may("Buyers got a fourth quarter 2012 rebate.")[0]).toMatchObject({ label: "the fourth quarter of 2012", from: "2012-10-01", to: "2012-12-31" });
    expect(may("Sales rose in the second half 2013.")[0]).toMatchObject({ from: "2013-07-01", to: "2013-12-31" });
  });

  it("reads relative years and months", () => {
    expect(may("Output fell last year.")[0]).toMatchObject({ label: "2014", precision: "year" });
    expect(may("He resigned earlier this month.")[0]).toMatchObject({ label: "May 2015", from: "2015-05-01", to: "2015-05-05" });
    expect(may("The firm was founded about a decade ago.")[0]).toMatchObject({ text: "about a decade ago", label: "about 2005", precision: "year" });
  });

  it("reads decades and seasons", () => {
    expect(may("Jazz boomed in the 1960s.")[0]).toMatchObject({ label: "the 1960s", from: "1960-01-01", to: "1969-12-31", precision: "decade" });
    expect(may("The bridge opened last summer.")[0]).toMatchObject({ label: "summer 2014", from: "2014-06-01", to: "2014-08-31" });
    expect(may("Work starts next spring.")[0]).toMatchObject({ label: "spring 2016" });
    expect(may("Leaves fall in the fall of 2012.")[0]).toMatchObject({ label: "fall 2012" });
    expect(may("Prices may fall.")).toEqual([]);
  });

  it("reads the weekend before publication, or the coming one when the clause looks ahead", () => {
    expect(may("Crowds gathered this weekend.")[0]).toMatchObject({ from: "2015-05-02", to: "2015-05-03", precision: "week" });
    expect(may("Crowds will gather this weekend.")[0]).toMatchObject({ from: "2015-05-09", to: "2015-05-10" });
  });

  it("reads 'this past weekend' as the weekend just gone, even in a clause that looks ahead", () => {
    expect(may("Crowds gathered this past weekend.")[0]).toMatchObject({ text: "this past weekend", from: "2015-05-02", to: "2015-05-03", precision: "week" });
    expect(may("Organisers, who will meet again, said the past weekend went well.")[0]).toMatchObject({ from: "2015-05-02", to: "2015-05-03" });
  });

  it("reads days known by a name and numeric dates", () => {
    expect(may("No attack has come since 9/11.")[0]).toMatchObject({ label: "9/11 (September 11, 2001)", from: "2001-09-11" });
    expect(may("The deal was signed on 3/15/2012.")[0]).toMatchObject({ label: "March 15, 2012" });
  });

  it("reads tomorrow as the day after publication", () => {
    expect(may("Tomorrow she flies to Rome.")[0]).toMatchObject({ from: "2015-05-06" });
  });
});

describe("tense decides which weekday a sentence means", () => {
  it("takes the next weekday for a plan, the last one for what happened", () => {
    expect(may("Ministers will vote on Friday.")[0]).toMatchObject({ from: "2015-05-08" });
    expect(may("Ministers voted on Friday.")[0]).toMatchObject({ from: "2015-05-01" });
  });

  it("reads the tense of the clause a date opens: 'On Wednesday, they are to travel'", () => {
    expect(may("On Wednesday, the pupils and their teacher are to travel to Paris.")[0]).toMatchObject({ from: "2015-05-06" });
    expect(may("On Wednesday, the pupils travelled to Paris.")[0]).toMatchObject({ from: "2015-04-29" });
  });

  it("keeps a past verb before the date past even when a plan follows", () => {
    expect(may("The strike began on Monday and the union says it will continue.")[0]).toMatchObject({ from: "2015-05-04" });
  });

  it("reads a plan reported with 'would' as coming, and a date before 'would' as past", () => {
    expect(may("The minister said the talks would resume Friday.")[0]).toMatchObject({ from: "2015-05-08" });
    expect(may("The minister said Friday that the talks would resume.")[0]).toMatchObject({ from: "2015-05-01" });
    expect(may("The minister said the talks would have ended by Friday.")[0]).toMatchObject({ from: "2015-05-01" });
  });

  it("does not take a name ending in -ed for a verb in the past", () => {
    expect(may("On Thursday, Mohamed and his father are to meet the mayor.")[0]).toMatchObject({ from: "2015-05-07" });
  });

  it("reads a yearless span in a plan as coming, not past", () => {
    expect(may("The referendum is to be held from November 20 to December 11.")[0]).toMatchObject({ from: "2015-11-20" });
  });
});

describe("a day written before its month, without a year", () => {
  it("reads '4 May' and '1 January' as days, as 'May 4' is", () => {
    expect(may("The strike ended on 4 May.")[0]).toMatchObject({ from: "2015-05-04", to: "2015-05-04" });
    expect(may("On 12 March, the board met.")[0]).toMatchObject({ from: "2015-03-12", to: "2015-03-12" });
  });

  it("does not read a number before 'march' or 'may' in lower case as a date", () => {
    expect(may("About 30 march through the town each year.")).toEqual([]);
    expect(may("Some 30 may attend the meeting.")).toEqual([]);
  });
});
