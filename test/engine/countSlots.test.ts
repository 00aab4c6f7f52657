import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { extractQuantities } from "../../src/analysis/extractQuantities.ts";
import { article } from "./helpers.ts";

describe("a word for 'many' standing alone counts, as a bare number does", () => {
  it("reads 'hundreds killed' and 'displaced millions' as counts of no noun", () => {
    expect(extractQuantities("The drought is among the worst on record, with hundreds killed in the north.").map((x) => x.short)).toEqual(["hundreds"]);
    expect(extractQuantities("The cyclone flattened villages and displaced millions.").map((x) => [x.short, x.unit])).toEqual([["millions", ""]]);
  });

  it("still reads no plain number word that counts nothing", () => {
    expect(extractQuantities("One of the ferries sank.")).toEqual([]);
  });
});

describe("how many people: a bare number beside the question's verb", () => {
  const engine = createEngine([
    article(
      [
        "A ferry capsized off the coast of Varnholm on Tuesday. Officials said 57 were rescued, with 12 still in hospital.",
        "The annual lantern parade went ahead despite the rain, with as many as 9,000 in attendance.",
        "The landslide buried three hamlets; hundreds died in the valley, the regional governor said.",
      ],
      "2023-05-03",
      "slots",
    ),
  ]);

  it("reads the number before 'were rescued' as the people rescued", () => {
    expect(engine.ask("How many people were rescued from the ferry?").short).toBe("57");
  });

  it("reads the number 'still in hospital' as the people in hospital", () => {
    expect(engine.ask("How many people are still in hospital?").short).toBe("12");
  });

  it("reads 'in attendance' as how many attended", () => {
    expect(engine.ask("How many people attended the lantern parade?").short).toBe("as many as 9,000");
  });

  it("reads 'hundreds died' as how many people were killed", () => {
    expect(engine.ask("How many people were killed in the landslide?").short).toBe("hundreds");
  });
});

describe("how long: the date a state began, or a span of dates, when no number gives the span", () => {
  const engine = createEngine([
    article(
      [
        "Fireworks have been banned in the old town since 2004, the council said.",
        "Marta Oyelaran was mayor of Kessling from 1988 to 1996. She later taught law.",
        "The museum reopened last week after a fire.",
      ],
      "2022-09-14",
      "spans",
    ),
  ]);

  it("answers 'how long has it been …' with the date it began", () => {
    const a = engine.ask("How long have fireworks been banned in the old town?");
    expect(a.short).toBe("since 2004");
  });

  it("answers 'how long was she …' with the span of dates", () => {
    expect(engine.ask("How long was Marta Oyelaran mayor of Kessling?").short).toBe("from 1988 to 1996");
  });

  it("gives no date a question not in the perfect asks no span of", () => {
    expect(engine.ask("How long did the fire burn at the museum?").answered).toBe(false);
  });
});

describe("how old: an age after a name's 'at', or after 'died at'", () => {
  it("reads 'Name, at 47,' and 'died at 86' as ages, not a thing's 'at 12'", () => {
    expect(extractQuantities("Ada Morrow, at 47, is the youngest judge on the court.").map((x) => [x.short, x.measure])).toEqual([["47", "age"]]);
    expect(extractQuantities("The painter died at 86 in Lisbon.").map((x) => [x.short, x.measure])).toEqual([["86", "age"]]);
    expect(extractQuantities("The squad, at 12, was the largest yet.").map((x) => x.measure)).toEqual(["count"]);
    expect(extractQuantities("She died at 3 a.m. on Sunday.").map((x) => x.measure)).not.toContain("age");
  });

  it("answers how old the person named is", () => {
    const engine = createEngine([article(["Ada Morrow, at 47 is the youngest judge on the Varnholm court."], "2021-04-02", "judge")]);
    expect(engine.ask("How old is Ada Morrow?").short).toBe("47");
  });
});

describe("an age after 'at' is never part of a larger number", () => {
  it("leaves 'Mount Vell, at 9,000 feet' a length", () => {
    expect(extractQuantities("They will climb Mount Vell, at 9,000 feet the highest peak.").map((x) => x.measure)).toEqual(["length"]);
  });
});

describe("'two or three ships' is one figure, a range, read with the noun after it", () => {
  it("reads a number, 'or' and a number as a range, word numbers too", () => {
    expect(extractQuantities("Two or three ferries sank in the storm.").map((x) => [x.short, x.unit])).toEqual([["Two or three", "ferries"]]);
    expect(extractQuantities("The firm lost 4 or 5 contracts.").map((x) => [x.short, x.unit])).toEqual([["4 or 5", "contracts"]]);
  });

  it("keeps two figures each with its own unit apart", () => {
    expect(extractQuantities("Costs rose by either 12 percent or by 9 percent.").map((x) => x.short)).toEqual(["12 percent", "9 percent"]);
  });
});

describe("how many children: a narrower kind answers, and its parts joined by 'and' together", () => {
  const engine = createEngine([
    article(["The sculptor Ilse Varga is survived by three sons and two daughters. Her studio had 14 assistants."], "2019-11-02", "family"),
  ]);

  it("answers with both parts of the family", () => {
    expect(engine.ask("How many children did Ilse Varga have?").short).toBe("three sons and two daughters");
  });

  it("gives one part alone when only that kind is asked", () => {
    expect(engine.ask("How many daughters did Ilse Varga have?").short).toBe("two");
  });
});

describe("'a week of mourning': a span of one unit before 'of' is the span of what follows", () => {
  it("reads 'A week of' as a duration, not 'a day of the week'", () => {
    expect(extractQuantities("A week of national mourning was declared by the governor.").map((x) => [x.short, x.measure])).toEqual([["A week", "duration"]]);
    expect(extractQuantities("It was a day of the week.")).toEqual([]);
  });

  it("answers how long the mourning lasts", () => {
    const engine = createEngine([article(["After the floods, a month of national mourning was declared by the governor of Tessaly."], "2020-02-02", "mourning")]);
    expect(engine.ask("How long is the national mourning?").short).toBe("a month");
  });
});

describe("'as high as 39': the modifier is kept with the figure", () => {
  it("reads 'as high as' and 'as low as' as modifiers", () => {
    expect(extractQuantities("The agency offers a figure as high as 39 injured.").map((x) => x.short)).toEqual(["as high as 39"]);
    expect(extractQuantities("Turnout fell to as low as 12 percent.").map((x) => x.short)).toEqual(["as low as 12 percent"]);
  });
});

describe("a death toll counts deaths", () => {
  // Invented.
  const collapse = createEngine([
    article(["A road bridge collapsed into the Vell river on Saturday, officials said.", "The death toll has risen from three to four, and roughly 40 people remain missing."], "2022-11-27", "bridge"),
  ]);

  it("answers how many died with the toll's figure, not the people missing", () => {
    expect(collapse.ask("How many people died in the bridge collapse?").short).toBe("four");
  });

  it("reads a toll that stands at a figure", () => {
    const flood = createEngine([article(["Heavy rain flooded the Orra valley last week.", "By Sunday the death toll stood at 11."], "2022-11-27", "flood")]);
    expect(flood.ask("how many were killed in the flood?").short).toBe("11");
  });
});

describe("a death toll that did not happen", () => {
  it("counts no deaths: 'the death toll would have been …' leaves the real figure to answer", () => {
    // Invented.
    const crane = createEngine([
      article(["A crane fell on the Orra stadium on Friday, killing 107 people.", '"Had it fallen an hour earlier, the death toll would have been more than a thousand," an official said.'], "2022-11-27", "crane"),
    ]);
    expect(crane.ask("how many were killed?").short).toBe("107");
    const hypothetical = extractQuantities('"Had it fallen an hour earlier, the death toll would have been more than a thousand," an official said.');
    expect(hypothetical.filter((x) => x.unit === "deaths")).toEqual([]);
    expect(extractQuantities("By Sunday the death toll stood at 11.").map((x) => x.unit)).toEqual(["deaths"]);
  });
});
