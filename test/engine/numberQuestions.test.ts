import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { readNumberQuestion } from "../../src/engine/answers/numberQuestion.ts";
import { canonical } from "../../src/analysis/text.ts";
import { article } from "./helpers.ts";

const read = (q: string) => readNumberQuestion(q.toLowerCase().replace(/[?]/g, "").split(" "));

describe("reading what number a question wants", () => {
  it("finds the kind of number from how the question asks", () => {
    expect(read("How old is the pilot?").measure).toBe("age");
    expect(read("How long did the siege last?").measure).toBe("duration");
    expect(read("How often do the buses run?").measure).toBe("frequency");
    expect(read("What share of voters backed the plan?").measure).toBe("percent");
    expect(read("How much will the bridge cost?").measure).toBe("money");
    expect(read("What did the bridge cost?").measure).toBe("money");
    expect(read("How many ferries sank?").measure).toBe("count");
    expect(read("How much grain was stored?").measure).toBeNull();
    expect(read("How far did the lava flow?").measure).toBe("length");
    expect(read("How close did the boat get to the reef?").measure).toBe("length");
    expect(read("How many kilometres is the route?").measure).toBe("length");
    expect(read("How long is the tunnel?")).toMatchObject({ measure: "duration", also: "length" });
  });

  it("finds the counted noun phrase, up to the verb", () => {
    expect(read("How many ferries did the storm sink?").counted).toEqual([canonical("ferries")]);
    expect(read("How many fishing boats were lost?").counted).toEqual(["fish", canonical("boats")]);
    expect(read("How many us troops are there?").counted).toEqual([canonical("usa"), canonical("troops")]);
    expect(read("How much grain went to the mills?").counted).toEqual([canonical("grain")]);
    // After a plural noun even a short "-ed" word is the verb: "voted" is not counted.
    expect(read("How many people voted?").counted).toEqual([canonical("people")]);
  });
});

const harbour = article([
  "A storm hit the harbour town of Porthaven on Monday. Coastguards evacuated about 240 residents from the seafront, while 19 boats sank.",
  "The storm was the fourth this winter. The mayor, aged 58, said repairs would take six weeks and cost an estimated £3 million.",
  "A survey found only a third of residents had flood insurance. Ferries to the island run twice a day.",
  "In nearby Eastwick, 75 residents were evacuated.",
], "2024-01-10", "harbour");

describe("answering number questions", () => {
  const engine = createEngine([harbour]);
  const ask = (q: string) => engine.ask(q);

  it("answers with the number whose noun and verb match the question", () => {
    const a = ask("How many people did the coastguards evacuate?");
    expect(a.short).toBe("about 240");
    expect(a.citations[0]!.sentence).toMatch(/evacuated about 240 residents/);
    expect(ask("How many boats sank?").short).toBe("19");
  });

  it("answers how long, how old, how much and what share with the number of that kind", () => {
    expect(ask("How long will the repairs take?").short).toBe("six weeks");
    expect(ask("How old is the mayor?").short).toBe("58");
    expect(ask("How much will the repairs cost?").short).toBe("an estimated £3 million");
    expect(ask("What share of residents had flood insurance?").short).toBe("only a third");
    expect(ask("How often do the ferries run?").short).toBe("twice a day");
  });

  it("takes the figure of the place the question names", () => {
    const a = ask("How many residents were evacuated in Eastwick?");
    expect(a.short).toBe("75");
  });

  it("declines when no number counts what is asked", () => {
    expect(ask("How many schools were closed?").answered).toBe(false);
    expect(ask("How old is the harbour?").answered).toBe(false);
  });
});

describe("suggesting a number question when declining", () => {
  it("suggests counting a plural noun, never a fragment or a sum of money", () => {
    const engine = createEngine([article(["The fund paid $90 million to 4,500 U.S. veterans in 2019.", "Clinics 101 and 102 closed."])]);
    const a = engine.ask("How many dolphins live there?");
    expect(a.answered).toBe(false);
    expect(a.suggestions).toContain("How many U.S. veterans are there?");
  });
});

describe("several places", () => {
  it("never answers with the figure of another country than the one asked about", () => {
    const engine = createEngine([article(["About 900 German troops are in Mali and 300 French troops are in Niger.", "Some 1,200 troops are in Chad."])]);
    expect(engine.ask("How many troops are in Niger?").short).toBe("300");
    expect(engine.ask("how many troops are in syria").answered).toBe(false);
  });
});

describe("which one in a series", () => {
  it("answers 'which <noun>' with the ordinal of that noun", () => {
    const engine = createEngine([article(["The shuttle Endeavour lifted off on its 12th mission on Tuesday.", "It carried seven astronauts."])]);
    const a = engine.ask("Which mission was this for Endeavour?");
    expect(a.short).toBe("12th mission");
    expect(a.citations[0]!.sentence).toMatch(/12th mission/);
  });
});

describe("money and time", () => {
  const engine = createEngine([article([
    "The charity Tidewell raised $1.2 million for the families in ten days.",
    "The council plans to spend 30 million dollars on sea walls next year, up from 12 million dollars last year.",
  ], "2024-05-02", "money")]);

  it("answers how much money was raised, though the sentence does not say 'money'", () => {
    expect(engine.ask("How much money did Tidewell raise?").short).toBe("$1.2 million");
  });

  it("takes, of two sums in a sentence, the one of the time the question names", () => {
    expect(engine.ask("How much did the council spend last year?").short).toBe("12 million dollars");
    expect(engine.ask("How much will the council spend on sea walls?").short).toBe("30 million dollars");
  });
});

describe("figures from several articles", () => {
  const older = article(["About 800 firefighters are in the region now, officials said.", "More than 40 firefighters have been injured since the fires began in 2019."], "2023-06-01", "older");
  const newer = article(["Officials said on Monday the state has cut firefighters in the region to 500, and a law bars cuts below 300."], "2023-09-04", "newer");
  const engine = createEngine([older, newer]);

  it("answers a question about now with the newest figure, saying as of when", () => {
    const a = engine.ask("How many firefighters are in the region?");
    expect(a.short).toBe("500");
    expect(a.text).toMatch(/as of Monday, September 4, 2023/);
  });

  it("answers a question about a past time from the figure of that time", () => {
    expect(engine.ask("How many firefighters were in the region in June 2023?").short).toBe("About 800");
  });

  it("counts a tally from the article's date, not from the date it started", () => {
    const a = engine.ask("How many firefighters have been injured?");
    expect(a.short).toBe("More than 40");
    expect(a.text).toMatch(/as of June 1, 2023/);
  });
});

describe("moves and levels", () => {
  const engine = createEngine([article(["The mill met its goal of cutting about 300 jobs, although a union deal bars staffing below 900 jobs.", "It now has 1,100 jobs."])]);

  it("answers how many were cut with the size of the cut, and how many there are with the level", () => {
    expect(engine.ask("How many jobs were cut?").short).toBe("about 300");
    expect(engine.ask("How many jobs are there?").short).toBe("1,100");
  });
});

describe("which noun a count question counts, and how it meets the sentence's", () => {
  const gallery = article([
    "The Harbour Museum in Porthaven opened its new wing on Friday. At Porthaven, the Harbour Museum arranges its show around nearly 60 lanterns lent by the Kessel Trust.",
    "The curators found that damp caused 30 percent of earlier damage to the lanterns.",
    "The researchers said the wing cost less than planned.",
  ], "2024-03-02", "gallery");
  const engine = createEngine([gallery]);

  it("answers with the number whose own noun is counted, in a sentence with the question's names, though the verb is worded otherwise", () => {
    const a = engine.ask("How many lanterns is the Harbour Museum exhibit built around?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("nearly 60");
  });

  it("does not take a percentage as a count unless it is a share of what is counted", () => {
    const a = engine.ask("How many curators looked after the lanterns?");
    expect(a.answered).toBe(false);
  });

  it("keeps a doer apart from the activity: researchers are not research", () => {
    expect(canonical("researchers")).not.toBe(canonical("research"));
    expect(canonical("photographers")).not.toBe(canonical("photos"));
    expect(canonical("soldiers")).toBe(canonical("troops"));
  });
});

describe("a limit, a cap or a ceiling is a number", () => {
  // Invented.
  const island = createEngine([
    article(["The council of Skerry voted on Monday to limit the number of daily visitors to the island to 3,000, officials said.", "Ferries will run twice a day."], "2024-06-04", "island"),
  ]);

  it("reads 'below what number' as a count, not a rank", () => {
    expect(read("Below what number may visitors not fall?").measure).toBe("count");
    expect(read("What number is the mission?").measure).toBe("ordinal");
    const a = island.ask("Above what number does the council limit daily visitors?");
    expect(a.kind).toBe("count");
    expect(a.short).toBe("3,000");
  });

  it("answers 'what is the limit on X' with the number X is limited to", () => {
    const a = island.ask("What is the limit on daily visitors to the island?");
    expect(a.kind).toBe("count");
    expect(a.short).toBe("3,000");
  });
});

describe("several numbers of one noun in one sentence", () => {
  // Invented.
  const wards = createEngine([
    article(["The plan moves nearly 900 hospital staff from Eastfield, with almost 500 staff going to other clinics, and about 300 returning to the old site at Westmoor."], "2024-06-04", "wards"),
  ]);

  it("answers with the one whose own clause holds the question's verb", () => {
    expect(wards.ask("How many staff will return to the old site?").short).toBe("about 300");
  });
});

describe("two figures joined by 'or' are one answer", () => {
  // Invented.
  const floods = createEngine([
    article(["Flood damage in Marrow County would rise by either 30 percent or by 12 percent, depending on the rainfall scenario, the engineers said."], "2024-06-04", "floods"),
  ]);

  it("answers with both figures as the sentence writes them", () => {
    const a = floods.ask("How much could flood damage in Marrow County go up?");
    expect(a.short).toBe("30 percent or by 12 percent");
  });
});

describe("questions that ask for a number without 'how many'", () => {
  const engine = createEngine([
    article([
      "The council voted on Monday to limit the number of boats in the harbour to 40.",
      "A new bill forbids cutting the ferry service below 12 crossings a day.",
    ], "2022-06-01", "harbour-limits"),
  ]);

  it("reads 'below what number' as a number to give, not a place in a series", () => {
    const a = engine.ask("Below what number does the bill forbid cutting the ferry service?");
    expect(a.kind).toBe("count");
    expect(a.short).toMatch(/12/);
  });

  it("reads 'what is the limit on' as a number question", () => {
    expect(engine.ask("What is the limit on boats in the harbour?").kind).toBe("count");
  });
});

describe("how many people: a bare number after the question's verb", () => {
  // The article never says "people": the question's word must not be "corrected" into another.
  const engine = createEngine([
    article(["A gas explosion tore through the market on Friday, killing 23 and wounding 61, officials said."], "2022-03-05", "blast"),
  ]);

  it("reads 'killing 23' as how many people died, and 'wounding 61' as how many were hurt", () => {
    expect(engine.ask("How many people died in the explosion?").short).toBe("23");
    expect(engine.ask("How many people were wounded?").short).toBe("61");
  });

  it("reads a misspelt verb by its first letters, as the sentence's words are read", () => {
    expect(engine.ask("how many were injurd").short).toBe("61");
  });
});

describe("a question typed all in lowercase", () => {
  const engine = createEngine([
    article(["Ravi Dass, 51, and his wife Meera Dass, 47, from Leeds, are on trial for fraud."], "2021-02-10", "court-ages"),
  ]);

  it("still names the person whose age it asks", () => {
    expect(engine.ask("how old is ravi dass").short).toBe("51");
    expect(engine.ask("how old is meera dass").short).toBe("47");
  });
});

describe("how old: the age of the person asked, even one the analysis made no entity of", () => {
  const engine = createEngine([
    article(["Omar Haddad, 39, and his wife Lina Haddad, 35, lost their three-month-old daughter, Maya, in the fire."], "2022-01-20", "fire-ages"),
  ]);

  it("gives the age written before the name, not the age in apposition to someone else", () => {
    expect(engine.ask("How old was Maya?").short).toBe("three-month-old");
  });
});

describe("counts told across two sentences, and shares asked without 'how much'", () => {
  const engine = createEngine([
    article(
      [
        "The Harbour Line was the city's oldest tram route. The council has replaced it with two newer routes.",
        "Ferry Link's market share is slipping.",
        "Ferry Link's boats carried 40 percent of the market in 2010; this has dropped to about 25 percent today.",
      ],
      "2022-09-01",
      "trams",
    ),
  ]);

  it("reads 'it' as the name the sentence before gave", () => {
    expect(engine.ask("How many newer routes have replaced the Harbour Line?").short).toBe("two");
  });

  it("reads 'what's X's share now?' as a number question, answered with the figure of today", () => {
    const a = engine.ask("whats Ferry Link's market share now?");
    expect(a.kind).toBe("count");
    expect(a.short).toMatch(/25 percent/);
  });
});

describe("a rate asked is a percentage", () => {
  const engine = createEngine([
    article(["The vote drew around 2 million voters, a turnout rate of 58%."], "2016-09-05", "turnout"),
  ]);

  it("answers 'what was the turnout rate?' with the percentage, not the count beside it", () => {
    expect(engine.ask("What was the turnout rate?").short).toBe("58%");
  });
});

describe("what changed from one number to another", () => {
  // Invented.
  const engine = createEngine([
    article(["The greens won a seat from the liberals, hence the greens' seats on the council increased from 4 to 7.", "Some 61,000 votes were cast for the greens, and 48,000 voters stayed home."], "2023-05-09", "council"),
  ]);

  it("answers how many there are now with where the change ended", () => {
    expect(engine.ask("How many council seats do the greens have now?").short).toBe("7");
  });

  it("answers how many people voted with a number of people, not of votes", () => {
    expect(engine.ask("How many people stayed home?").short).toBe("48,000");
    expect(engine.ask("How many people voted?").short).not.toBe("Some 61,000");
  });
});

describe("deaths, victims and casualties: the people an event befell", () => {
  // Invented.
  const engine = createEngine([
    article(["A landslide buried the road on Sunday, killing 9 people and injuring 31, officials said.", "Rescuers evacuated hundreds of villagers, and 40 cattle died."], "2023-02-06", "landslide"),
  ]);

  it("answers how many deaths or fatalities with the number killed", () => {
    expect(engine.ask("How many deaths were there?").short).toBe("9");
    expect(engine.ask("How many fatalities were there?").short).toBe("9");
    expect(engine.ask("How many injuries were there?").short).toBe("31");
  });

  it("answers how many victims with the number killed or hurt, never the evacuated", () => {
    expect(["9", "31"]).toContain(engine.ask("How many victims were there?").short);
  });

  it("takes no deaths from a number of animals", () => {
    const farm = createEngine([article(["Floods swept the farm on Sunday, and 40 cattle died."], "2023-02-06", "farm")]);
    expect(farm.ask("How many deaths were there?").answered).toBe(false);
  });
});

describe("how old: the age of what the question asks about, when it names no one", () => {
  // Invented.
  const engine = createEngine([
    article(["Mayor Ann Reed, 61, opened the new footbridge on Friday.", "A 9-year-old boy cut the ribbon."], "2023-04-14", "footbridge"),
  ]);

  it("answers with the age of the noun asked, by its title or the noun it describes", () => {
    expect(engine.ask("How old is the mayor?").short).toBe("61");
    expect(engine.ask("How old was the boy?").short).toMatch(/^9-year-old/);
  });

  it("declines how old a thing is when the only ages are people's", () => {
    expect(engine.ask("How old is the footbridge?").answered).toBe(false);
  });
});

describe("lengths, distances and heights", () => {
  // Invented.
  const engine = createEngine([
    article(["The new sea wall, finished in 2019, runs for 3.5 km along the harbour.", "The tide rose 2 metres above normal on Tuesday, and the storm lasted 30 hours.", "The harbourmaster has not seen such a tide for three decades."], "2023-11-02", "seawall"),
  ]);

  it("answers how long a thing is with its length, and how long an event lasted with its duration", () => {
    expect(engine.ask("How long is the sea wall?").short).toBe("3.5 km");
    expect(engine.ask("How long did the storm last?").short).toBe("30 hours");
  });

  it("answers how high or how far with a length", () => {
    expect(engine.ask("How high did the tide rise?").short).toBe("2 metres");
  });

  it("reads a pronoun after a semicolon as carrying the statement before it", () => {
    const lost = createEngine([article(["A hiker was swept off the path by the flood; she was found alive three hours later."], "2023-11-02", "hiker")]);
    expect(lost.ask("How long was the hiker missing?").short).toBe("three hours");
  });

  it("declines how far when no length is given", () => {
    expect(engine.ask("How far did the storm travel?").answered).toBe(false);
  });
});

describe("a span told at the start of the next sentence, and clipped words", () => {
  // Invented.
  const engine = createEngine([
    article([
      "The chess final was delayed when a player's phone rang in the hall. After nearly an hour and a half, play resumed.",
      "Visitors queued for the 15-minute Orion Labs demonstration of the new headset.",
    ], "2022-10-03", "chess"),
  ]);

  it("answers how long an event lasted with the span opening the sentence after it, citing both", () => {
    const a = engine.ask("How long was the chess final held up?");
    expect(a.short).toBe("nearly an hour and a half");
    expect(a.citations.map((c) => c.sentence)).toEqual([
      "After nearly an hour and a half, play resumed.",
      "The chess final was delayed when a player's phone rang in the hall.",
    ]);
  });

  it("reads a clipped word as the article's full one, and keeps a name after a span out of its short answer", () => {
    expect(engine.ask("How long was the Orion Labs demo?").short).toBe("15-minute");
  });

  it("still declines a span of another event", () => {
    expect(engine.ask("How long did the hall stay closed?").answered).toBe(false);
  });
});

describe("how much of something a sum of money is for", () => {
  // Invented.
  const engine = createEngine([article(["The province pledged $4 million in flood relief on Tuesday, and 300 tents were sent."], "2023-07-12", "relief")]);

  it("answers how much relief with the sum given in relief", () => {
    expect(engine.ask("How much relief did the province pledge?").short).toBe("$4 million");
  });

  it("declines how much of something the sums are not for", () => {
    expect(engine.ask("How much fuel did the province send?").answered).toBe(false);
  });
});

describe("a number of people killed or hurt answers only a question about that event", () => {
  // Invented.
  const engine = createEngine([article(["A fire swept the hill village of Orla on Sunday, killing 14 people."], "2023-08-14", "orla")]);

  it("declines how many people live in a place when the only count is of the dead", () => {
    expect(engine.ask("How many people live in Orla?").answered).toBe(false);
  });

  it("still answers how many died", () => {
    expect(engine.ask("How many people died in Orla?").short).toBe("14");
  });
});

describe("a count asked by a general noun, told by a narrower one", () => {
  // Invented.
  const engine = createEngine([
    article([
      "The drill tested a force of more than 2,000 Marines and sailors at Camp Vale.",
      "Crews unloaded more than 90 aircraft each day at the airport.",
      "The vaccine protected eight rhesus macaques from the disease, the scientists said.",
      "About 700 pilgrims were crushed in the 1994 stampede.",
      "The four-member team, made up entirely of girls, built the robot.",
    ], "2021-05-20", "kinds"),
  ]);

  it("answers how many troops with Marines and sailors, how many planes with aircraft, how many monkeys with macaques", () => {
    expect(engine.ask("How many troops took part in the drill?").short).toBe("more than 2,000");
    expect(engine.ask("How many planes a day were unloaded?").short).toBe("more than 90");
    expect(engine.ask("How many monkeys did the vaccine protect?").short).toBe("eight");
  });

  it("answers how many people with pilgrims, and how many girls with the members of a team of girls", () => {
    expect(engine.ask("How many people were crushed in the stampede?").short).toBe("About 700");
    expect(engine.ask("How many girls are on the team?").short).toBe("four");
  });

  it("declines a kind the sentence's noun is not of", () => {
    expect(engine.ask("How many ships were unloaded?").answered).toBe(false);
  });
});

describe("a whole and its parts", () => {
  // Invented.
  const engine = createEngine([
    article(["As of Monday, more than 8,000 nurses -- including about 900 aboard ships off the coast and around 7,000 posted in the city -- are treating patients in Carro."], "2021-05-20", "parts"),
  ]);

  it("answers how many with the whole, and with a part when the question says what sets it apart", () => {
    expect(engine.ask("How many nurses are treating patients in Carro?").short).toBe("more than 8,000");
    expect(engine.ask("How many of the nurses are on ships?").short).toBe("about 900");
  });
});

describe("a time the question names and a figure of another time", () => {
  // Invented.
  const engine = createEngine([
    article(["The festival drew about 20,000 visitors, organisers said.", "The worst crush came during the 1998 festival, in which 40 visitors were hurt."], "2024-08-05", "festival"),
  ]);

  it("declines a figure the sentence dates to another year than the one asked", () => {
    expect(engine.ask("How many visitors were hurt this year?").answered).toBe(false);
  });

  it("answers with it when the question names its year", () => {
    expect(engine.ask("How many visitors were hurt in 1998?").short).toBe("40");
  });
});

describe("a subset named in the noun, and a verb with its object inside", () => {
  // Invented.
  const engine = createEngine([
    article([
      "There were also three Danish crews in the regatta, one of them made up of students.",
      "Crews from nine countries are among the 48 crews in the regatta.",
      "Each crew got its boat parts about six weeks in advance of the race.",
      "The Danish crew's parts were delayed, leaving only nine days to assemble their boat.",
    ], "2019-06-10", "regatta"),
  ]);

  it("answers how many with the whole, not the number a name narrows", () => {
    expect(engine.ask("How many crews took part in the regatta?").short).toBe("48");
  });

  it("reads 'put the boat together' as 'assemble'", () => {
    expect(engine.ask("How long did the crew have to put their boat together?").short).toBe("only nine days");
  });
});

describe("two figures of two times in one sentence", () => {
  // Invented.
  const engine = createEngine([article(["Ferry trips rose from 9,000 crossings in 2021 to 14,000 last year."], "2024-03-01", "ferries")]);

  it("answers each time with the figure written next to it, as of that time", () => {
    const last = engine.ask("How many crossings were made last year?");
    expect(last.short).toBe("14,000");
    expect(last.text).toMatch(/as of 2023/);
    expect(engine.ask("How many crossings were made in 2021?").short).toBe("9,000");
  });
});

describe("a number that restates the one before", () => {
  // Invented.
  const engine = createEngine([
    article(["Today, about 9,000 islanders keep the old harvest rites.", "The island council estimates that number is closer to 6,000."], "2022-04-11", "rites"),
  ]);

  it("counts what the number before it counted", () => {
    const a = engine.ask("What is the council's estimate of the number of islanders?");
    expect(a.kind).toBe("count");
    expect(a.short).toBe("6,000");
  });
});

describe("a counted noun with the question's verb said otherwise", () => {
  const dig = article([
    "Divers exploring the wreck off Calmport have recovered a bronze bell, 14 silver coins and a ship's compass.",
    "The team leader said the finds would go on show next spring.",
  ], "2024-05-02", "wreck");
  const twice = article([
    "Divers exploring the wreck off Calmport have recovered 14 silver coins.",
    "Another 30 coins were stolen from the museum last year.",
  ], "2024-05-02", "wreck-two");

  it("answers with the article's only figure of the noun counted, though the sentence words the verb otherwise", () => {
    const a = createEngine([dig]).ask("How many coins did they dig up?");
    expect(a.short).toBe("14");
    expect(a.citations[0]!.sentence).toMatch(/14 silver coins/);
  });

  it("declines when the article counts the noun twice: only the question's verb could choose", () => {
    const a = createEngine([twice]).ask("How many coins did they dig up?");
    expect(a.answered).toBe(false);
  });

  it("never answers a question about a loss with a figure whose sentence tells of none", () => {
    const a = createEngine([dig]).ask("How many coins did the divers lose?");
    expect(a.short ?? null).not.toBe("14");
    expect(createEngine([dig]).ask("How many coins were stolen?").answered).toBe(false);
    const stolen = createEngine([twice]).ask("How many coins were stolen?");
    expect(stolen.short).toBe("30");
  });
});
