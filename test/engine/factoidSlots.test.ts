import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { nameSpans, tokenize } from "../../src/engine/general/answerSpans.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const gala = createEngine([
  article(
    [
      "Novelist Wren Halloway, a Carnegie Prize-winner, attended the gala to launch her new book Salt Roads, with illustrator Pim Ostrow.",
      "Harbour Police spokesman Dario Venn, in remarks to al-Saraya television, said the quay would reopen on Monday.",
      "The final saw Dutch team Orbital and Kestrels, from Peru, compete in Tide Runner.",
    ],
    "2024-05-02",
    "gala",
  ),
  article(
    [
      "Northwind Browser has lost a third of its users since 2019. Cobalt Navigator, its main rival, has been steadily gaining users.",
    ],
    "2024-05-03",
    "browsers",
  ),
]);

describe("which X: the noun asked about, found by another word for the same kind of thing", () => {
  it("finds 'which TV channel' in 'television', after a name that starts with a lowercase particle", () => {
    const a = gala.ask("which tv channel did Venn speak to?");
    expect(a.short).toMatch(/al-Saraya/i);
  });

  it("answers 'which prize' with the prize inside a hyphenated title, though the noun is also a word of that title", () => {
    const a = gala.ask("Which prize has Halloway won?");
    expect(a.short).toMatch(/Carnegie Prize/);
  });
});

describe("names that start with a lowercase particle are names", () => {
  it("keeps 'al-' and 'el-' names whole", () => {
    const s = "The minister met Omar el-Rashid and reporters from al-Saraya television.";
    const names = nameSpans(s, tokenize(s)).map((n) => n.text);
    expect(names).toContain("Omar el-Rashid");
    expect(names).toContain("al-Saraya");
  });
});

describe("a name before a describing noun and another name only qualifies it", () => {
  it("answers who competed with the teams, not the country of one of them", () => {
    const a = gala.ask("Who competed in the Tide Runner final?");
    expect(a.short).not.toMatch(/^Dutch$/);
    expect(a.short).toMatch(/Orbital/);
  });
});

describe("a sentence names what the question asks about by a pronoun when the sentence before names it", () => {
  it("answers 'what is X's main rival' from 'Y, its main rival, …' after a sentence about X", () => {
    const a = gala.ask("what is Northwind Browser's main rival?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("Cobalt Navigator");
  });
});

const pilgrims = createEngine([
  article(
    [
      "The crush at Ostland's busiest market happened at Varro Square, during the morning rush.",
      "Today, about 20,000 islanders revere the old spirits, such as Mora, Tel and Quen.",
      "She was sent to the Ardent-owned ferry Gullwing when she was nineteen.",
    ],
    "2024-05-04",
    "market",
  ),
]);

describe("a possessor names whose something is, not the answer", () => {
  it("answers where with the place, not the possessor before the place's noun", () => {
    const a = pilgrims.ask("Where exactly did the crush happen?");
    expect(a.short).toBe("Varro Square");
  });
});

describe("examples after 'such as' answer 'which X' for the X before them", () => {
  it("answers 'which spirits' with the list of examples", () => {
    const a = pilgrims.ask("Which spirits do the islanders revere?");
    expect(a.short).toMatch(/^Mora, Tel and Quen$/);
  });
});

describe("'what's the name of the N': the name next to N, not an adjective made of a name", () => {
  it("answers with the ferry's name, not 'Ardent-owned'", () => {
    const a = pilgrims.ask("whats the name of the ferry");
    expect(a.short).toBe("Gullwing");
  });
});

describe("'what years' and 'which day' ask when", () => {
  const works = createEngine([article(["She says that in 1997 and 1998 she was tasked with clearing rubble from the old mill."], "2015-05-07", "mill")]);
  it.each(["what years was she clearing rubble", "Which years did she clear rubble?"])("%s → the years", (q) => {
    const a = works.ask(q);
    expect(a.kind).toBe("when");
    expect(a.short).toMatch(/1997/);
  });
});

describe("a question that ends in its verb's preposition asks that preposition's object", () => {
  const relief = createEngine([
    article(
      [
        "Volunteers, Mayor Ilse Varga said, are working in hard conditions.",
        "Volunteers in Dunmore are working with the county council and local charities, Varga said.",
      ],
      "2024-05-05",
      "relief",
    ),
  ]);
  it("answers 'who are X working with?' with the phrase after 'working with', not the person who said it", () => {
    const a = relief.ask("Who are the volunteers in Dunmore working with?");
    expect(a.short).toMatch(/county council/);
  });
  it("still answers 'who is X?' with a description", () => {
    const a = relief.ask("Who is Ilse Varga?");
    expect(a.short ?? a.text).toMatch(/Mayor/);
  });
});

describe("where: a place named with 'of' is one place", () => {
  it("answers with 'the University of Dunmore Marine Institute', not 'the University'", () => {
    const e = createEngine([article(["The buoy was designed at the University of Dunmore Marine Institute."], "2024-05-06", "buoy")]);
    expect(e.ask("Where was the buoy made?").short).toBe("the University of Dunmore Marine Institute");
  });
});

describe("'VERB to X': another verb only after a verb that takes one", () => {
  const aid = createEngine([article(["Crews are working to provide blankets, soup and clean water to villagers stranded by the flood."], "2024-05-07", "aid")]);
  it("reads 'providing to villagers' as giving to someone, and answers with what is provided", () => {
    expect(aid.ask("what are the crews providing to villagers").short).toMatch(/^blankets, soup and clean water/);
  });
});

describe("names of exercises and units", () => {
  const drill = createEngine([
    article(["The minister watched the last day of Coastal Shield Exercise 2-19, a ten-day exercise that involved the 4th Brigade, 2nd Rangers."], "2024-05-08", "drill"),
  ]);
  it("answers 'the name of the exercise the minister watched' with the exercise's whole name", () => {
    expect(drill.ask("What was the name of the exercise the minister watched?").short).toBe("Coastal Shield Exercise 2-19");
  });
  it("answers 'which brigade' with its number", () => {
    expect(drill.ask("Which brigade was in the exercise?").short).toBe("4th Brigade");
  });
});

describe("a phrase opening with a past verb is no answer to a what-question", () => {
  it("answers what the photos showed with what they showed, not 'released'", () => {
    const e = createEngine([article(["Photos released of the harbour showed broken masts and scattered nets."], "2024-05-10", "photos")]);
    const a = e.ask("What did the photos of the harbour show?");
    expect(a.short).not.toMatch(/^released$/i);
    expect(a.short).toMatch(/^broken masts/);
  });
});

describe("who-questions answered by a phrase naming people", () => {
  const site = createEngine([
    article(["The council's website was taken offline on Monday.", "Local police said the site had been flooded with traffic by unknown hackers from abroad."], "2024-05-11", "site"),
  ]);
  it("answers 'who flooded the site' with the people the sentence names by what they are", () => {
    expect(site.ask("Who flooded the council's site with traffic?").short).toMatch(/hackers/);
  });
});

describe("'and' joins two noun phrases of one slot", () => {
  it("answers with both things provided, not only the first", () => {
    const e = createEngine([article(["Since the storm, volunteers in Dunmore have been providing warm blankets and hot meals to the stranded families."], "2024-05-13", "storm")]);
    expect(e.ask("What have the volunteers in Dunmore been providing?").short).toMatch(/warm blankets and hot meals/);
  });
});

describe("which X, when the article tells one X from another by the words before the noun", () => {
  const budget = createEngine([
    article(
      [
        "Riders added to the budget bill included $90 million in tax rebates for the coastal salmon industry, $35 million in tax cuts for the wool industry and $20 million in tax cuts to the film industry.",
      ],
      "2024-05-02",
      "budget",
    ),
  ]);

  it("answers 'which industry' with the industry named in the stretch of the list that holds the question's words", () => {
    expect(budget.ask("Which industry got $35 million in tax cuts?").short).toBe("wool industry");
  });
});

describe("a party's letter before a state is no part of a name", () => {
  it("reads '(R Minnesota)' as the state, and 'But Representative' as the title 'Representative'", () => {
    const e = createEngine([article(["\"We changed the bill,\" said Representative Jim Olberg (R Minnesota).", "But Representative Ann Lutz (D Ohio) was not changing her vote."], "2024-05-02", "party")]);
    expect(e.ask("what state is Olberg from").short).toMatch(/Minnesota/);
    expect(e.ask("Who is Ann Lutz?").short).toBe("Representative");
  });

  it("reads a sum with its currency sign as part of the phrase after the verb ('accused of stealing $2 million')", () => {
    const e = createEngine([article(["Tom Lee, a former treasurer of the Vell rowing club, is accused of stealing $2 million."], "2024-05-02", "accused")]);
    expect(e.ask("What is Tom Lee accused of?").short).toBe("stealing $2 million");
  });

  it("answers a stranded preposition's object, not a phrase of the verb's subject ('diverted to | Tarn', not 'from Vell')", () => {
    const e = createEngine([article(["Storms closed the airport at Orrin on Monday.", "The flight from Vell to Orrin was diverted to Tarn."], "2024-05-02", "diverted")]);
    expect(e.ask("Which city was the flight diverted to?").short).toBe("Tarn");
  });
});

describe("'what X' asks as 'which X' does", () => {
  it("answers what prize with the prize's whole name, as which prize does", () => {
    const e = createEngine([article(["Ida Marsh won the Tarnbury Prize for her first novel."], "2022-06-01", "prize")]);
    expect(e.ask("Which prize did Ida Marsh win?").short).toBe("Tarnbury Prize");
    expect(e.ask("What prize did Ida Marsh win?").short).toBe("Tarnbury Prize");
  });
});

describe("'what does X want to do?' asks the act, not what X said", () => {
  it("answers with what she wants to build, though no statement is hers", () => {
    const e = createEngine([article(["Ida Marsh wants to build a museum in Tarnbury."], "2022-06-01", "museum")]);
    const a = e.ask("What does Ida Marsh want to build?");
    expect(a.answered).toBe(true);
    expect(a.short?.toLowerCase()).toContain("museum");
  });
});
