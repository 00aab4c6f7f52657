import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { extractQuantities } from "../../src/analysis/extractQuantities.ts";
import { words } from "../../src/analysis/text.ts";
import { titlesOf } from "../../src/analysis/roleReference.ts";
import { article } from "./helpers.ts";

// Numbers the count answerer missed because of how the article writes them or whom it names:
// a person called by title after being named, "10-percent", "hour-long", scorelines, "lives"
// an event took, "out of work". Invented sentences.

const budget = article([
  "In his weekly address, President Tomas Ravel of Ostria said the country would act now.",
  "The president has also requested a $2.5 million fund from parliament to buy new equipment.",
  "Former Vice President Ida Corr criticised the plan.",
  "Among the president's goals are doubling exports in seven years and freezing public spending for four years.",
  "In his hour-long speech, Ravel also spoke of the stubborn 12-percent unemployment rate.",
], "2024-02-10", "ostria");

const league = article([
  "Yesterday in the Coastal Cup, Northvale defeated Southby 4–1; Eastport lost 0–2 to Westfield.",
  "In the late match, Kelby were beaten 3–0 by Dunmore.",
], "2024-04-02", "coastalcup");

const storm = article([
  "Storm Ilse has swept across three provinces of Valdoria since Sunday.",
  "The storm has claimed 23 lives, and 9 people are still missing in the province of Orlen.",
  "Four deaths were reported in the town of Mirsk.",
], "2024-10-08", "ilse");

describe("count questions answered from numbers written otherwise", () => {
  const engine = createEngine([budget, league, storm]);
  const ask = (q: string) => engine.ask(q);

  it("reads 'the president' as the president the article named before", () => {
    const money = ask("How much money did Ravel request?");
    expect(money.short).toBe("$2.5 million");
    const span = ask("For how long does Ravel want to freeze public spending?");
    expect(span.short).toBe("four years");
  });

  it("takes a title without the country that qualifies it, never a lesser title", () => {
    expect(titlesOf("United States President")).toContain("president");
    expect(titlesOf("former Vice President")).not.toContain("president");
    expect(titlesOf("Deputy Director")).not.toContain("director");
  });

  it("reads '12-percent' as a percentage and 'hour-long' as a span of an hour", () => {
    const [rate] = extractQuantities("the stubborn 12-percent unemployment rate");
    expect(rate).toMatchObject({ measure: "percent", value: 12 });
    const [span] = extractQuantities("In his hour-long speech, he spoke.");
    expect(span).toMatchObject({ measure: "duration", value: 1, text: "hour-long" });
    expect(ask("How long was Ravel's speech?").short).toBe("hour-long");
  });

  it("reads 'out of work' as unemployed", () => {
    expect(words("people out of work")).toContain("unemployed");
    expect(ask("What percentage of people are out of work?").short).toBe("12-percent");
  });

  it("gives the asked side's number of a scoreline, by the order the sides are written in", () => {
    expect(ask("How many goals did Northvale score against Southby?").short).toBe("4");
    expect(ask("How many goals did Southby score?").short).toBe("1");
    expect(ask("How many goals did Westfield score?").short).toBe("2");
    expect(ask("How many goals did Kelby score?").short).toBe("0");
    expect(ask("How many goals did Dunmore score?").short).toBe("3");
  });

  it("counts the lives an event took as the people it killed", () => {
    expect(words("the storm has claimed 23 lives")).toContain("killed");
    expect(words("he took a risk with lives")).not.toContain("killed");
    const a = ask("How many people have died in the storm?");
    expect(a.short).toBe("23");
  });

  it("reads race times, dashed money ranges, glued length units and '100m' as metres", () => {
    expect(extractQuantities("She won in a time of 1:08.42 minutes.")[0]).toMatchObject({ measure: "duration", text: "1:08.42 minutes" });
    expect(extractQuantities("With a time of 2:31.07, he set a record.")[0]).toMatchObject({ measure: "duration", text: "2:31.07" });
    expect(extractQuantities("The meeting began at 10:30.")).toEqual([]);
    expect(extractQuantities("The firm owed $15-20M in fees.")[0]).toMatchObject({ measure: "money", text: "$15-20M", value: 15_000_000 });
    expect(extractQuantities("paid $90 million to 4,500 veterans").map((x) => x.text)).toEqual(["$90 million", "4,500"]);
    const [miles, km] = extractQuantities("The fort is about 30miles (48km) from the coast.");
    expect(miles).toMatchObject({ measure: "length", unit: "miles", value: 30 });
    expect(km).toMatchObject({ measure: "length", unit: "km", value: 48 });
    expect(extractQuantities("He won the 100m butterfly.")[0]).toMatchObject({ measure: "length", value: 100 });
    expect(extractQuantities("The app has 3m users.")[0]).toMatchObject({ measure: "count", value: 3_000_000 });
  });

  it("keeps a participle that describes the counted noun: '57 confirmed cases', '12 injured people'", () => {
    expect(extractQuantities("Ostria now has 57 confirmed cases of the flu.")[0]!.unit).toMatch(/^confirmed cases/);
    expect(extractQuantities("He said 12 injured people were taken away.")[0]).toMatchObject({ unit: "injured people" });
    expect(extractQuantities("43 killed in the blast")[0]!.unit).toBe("");
  });

  it("reads the noun a sum is said of before it: 'estimate damages at 2 billion euros'", () => {
    const flood = createEngine([article(["After the flood, officials estimate damages at 2 billion euros (about $90 million), and 12 bridges were lost."], "2024-05-01", "flood")]);
    expect(flood.ask("How much damage did the flood cause?").short).toBe("2 billion euros");
  });
});

