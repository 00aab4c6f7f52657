import { describe, expect, it } from "vitest";
import { describeAt } from "../../src/engine/answers/describePerson.ts";
import { personSpans } from "../../src/engine/answers/findPersonName.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

function describeIn(text: string, name: string): string | null {
  const at = personSpans(text, [name])[0];
  if (!at) throw new Error(`${name} not in ${text}`);
  return describeAt(text, at.start, at.end);
}

describe("what a sentence says a person is", () => {
  it("reads a title written before the name, up to the verb before it", () => {
    expect(describeIn("The talks were hosted by Foreign Minister Lena Varga on Monday.", "Lena Varga")).toBe("Foreign Minister");
    expect(describeIn("It is a first, said coauthor Tomas Berg.", "Tomas Berg")).toBe("coauthor");
    expect(describeIn("Harbour Board's chief engineer Ola Nordin resigned.", "Ola Nordin")).toBe("Harbour Board's chief engineer");
    // Hosts, players and makers of shows, sport and music are described by what they do there.
    expect(describeIn("The new host Mara Quill tripped on the stairs.", "Mara Quill")).toMatch(/host$/);
    expect(describeIn("Veteran goalkeeper Ivo Lind saved two penalties.", "Ivo Lind")).toBe("Veteran goalkeeper");
  });

  it("knows words for what people do by their form, and 'the <noun> of …' in apposition", () => {
    expect(describeIn("The county prosecutor, Dana Pike, QC, said the delay was avoidable.", "Dana Pike")).toBe("county prosecutor");
    expect(describeIn("She launched the book with cartographer Lio Bram in May.", "Lio Bram")).toBe("cartographer");
    expect(describeIn("The panel included Rue Okafor, the voice of the station's night show, who spoke first.", "Rue Okafor")).toBe("the voice of the station's night show");
    // A word that only looks like an occupation is not one.
    expect(describeIn("Growth in the sector Tam Holt leads slowed.", "Tam Holt")).toBeNull();
  });

  it("reads a title standing in commas before the name", () => {
    expect(describeIn("Founder of Brightwave, Ines Dahl, spoke first.", "Ines Dahl")).toBe("Founder of Brightwave");
  });

  it("reads an appositive after the name, with the role that continues it", () => {
    expect(describeIn("Per Lund, director of the museum, opened the show.", "Per Lund")).toBe("director of the museum");
    expect(describeIn("Dr Ana Ruiz, Head of the Lake Survey, and Chair of the Water Board, says so.", "Ana Ruiz")).toBe("Head of the Lake Survey, and Chair of the Water Board");
    expect(describeIn("Jon Ek, a 12-year-old pupil from Mora, won.", "Jon Ek")).toBe("a 12-year-old pupil from Mora");
  });

  it("joins a title and an affiliation after the name", () => {
    expect(describeIn("Senior engineer Kai Moe, of the City Water Board, said it would hold.", "Kai Moe")).toBe("Senior engineer of the City Water Board");
  });

  it("reads the capacity someone acts in", () => {
    expect(describeIn("Ivo Marr issued an order of the chief commander of the Coast Guard [CG] that all ships return.", "Ivo Marr")).toBe("chief commander of the Coast Guard [CG]");
  });

  it("reads the body a name belongs to from a possessive before it, when nothing else describes the person", () => {
    expect(describeIn("Greenleaf Alliance's Tobias Law won a seat with 4,210 votes.", "Tobias Law")).toBe("Greenleaf Alliance");
    expect(describeIn("Harbor Trust's treasurer Omar Diaz said no.", "Omar Diaz")).toBe("Harbor Trust's treasurer");
  });

  it("reads letters after the name in commas as what the person is", () => {
    expect(describeIn("For the defence, Ivo Marr, QC, said the delay was unfair.", "Ivo Marr")).toBe("QC");
  });

  it("says nothing when the words around the name describe no one", () => {
    expect(describeIn("In a statement, Lena Varga said the talks went well.", "Lena Varga")).toBeNull();
    expect(describeIn("Ines Dahl, personally, met the pupils.", "Ines Dahl")).toBeNull();
  });

  it("cuts a name the analysis ran into the body before it back to the person", () => {
    const [at] = personSpans("Student at University of North Mora Lisa Berg spoke.", ["North Mora Lisa Berg"]);
    expect(at!.name).toBe("Lisa Berg");
  });
});

describe("who is X / who is the <role>", () => {
  const engine = createEngine([
    article([
      "Founder of Brightwave, Ines Dahl, opened the new plant on Monday.",
      "Norway's Prime Minister Eva Strand praised the plant. Sweden's Energy Minister Karl Lind did not attend.",
      "Senior engineer Kai Moe, of the City Water Board, said the dam would hold.",
    ]),
  ]);

  it("answers who someone is with the description, never the name", () => {
    const a = engine.ask("Who is Ines Dahl?");
    expect(a.short).toBe("Founder of Brightwave");
    expect(a.citations[0]!.sentence).toContain("Founder of Brightwave");
  });

  it("answers who holds a role with the person's name, matching the qualifier too", () => {
    expect(engine.ask("Who is Norway's prime minister?").short).toBe("Eva Strand");
    expect(engine.ask("who's the senior engineer of the City Water Board?").short).toBe("Kai Moe");
    expect(engine.ask("Who is Sweden's energy minister?").short).toBe("Karl Lind");
  });

  it("does not give one country's minister for another's", () => {
    const a = engine.ask("Who is Sweden's prime minister?");
    expect(a.short).not.toBe("Eva Strand");
  });
});

describe("who is the <role>: the sentence that titles the person, not one with the role alone", () => {
  it("cites the sentence naming the person with the role's words, though other words stand between", async () => {
    const { createEngine } = await import("../../src/engine/createEngine.ts");
    const { article } = await import("./helpers.ts");
    // Invented.
    const engine = createEngine([
      article(
        [
          "Acting U.K. Port Director Lena Voss, said on Monday the port would reopen.",
          "The acting port director said repairs had gone faster than planned.",
        ],
        "2024-06-04",
        "port",
      ),
    ]);
    const a = engine.ask("Who is the acting port director?");
    expect(a.short).toBe("Lena Voss");
    expect(a.citations[0]!.sentence).toMatch(/Lena Voss/);
  });
});

describe("who is X, for people a list or a neighbour's title describes", () => {
  // Invented.
  const t = "The show includes Portraits of designer Mara Voss and singer-songwriter Ivo Brandt; photographers Lin Ode, Sam Rue and Tove Lind; and athletes Ada Marsh (rowing) and Eli Dunn (golf).";
  const at = (name: string) => describeAt(t, t.indexOf(name), t.indexOf(name) + name.length);

  it("ends a title at 'of' or 'and' before another lowercase title", () => {
    expect(at("Mara Voss")).toBe("designer");
    expect(at("Ivo Brandt")).toBe("singer-songwriter");
  });

  it("gives each name of a list the plural title before it, in the singular", () => {
    expect(at("Sam Rue")).toBe("photographer");
    expect(at("Eli Dunn")).toBe("athlete");
  });
});

describe("who is X: descriptions read around the name", () => {
  // An invented court story: a couple sharing a surname, a title set off by commas after a
  // prepositional phrase, and an organisation described before its name.
  const engine = createEngine([
    article([
      "Ravi Dass, 51, and his wife Meera Dass, 47, from Leeds, are on trial for fraud.",
      "Ravi Dass, a retired accountant, denied the charges.",
      "The court heard that, in the words of the Crown prosecutor, Helen Tarrant, QC, \"the money simply vanished.\"",
      "The accounting firm Brightwell Partners found the missing sums in 2019.",
    ], "2021-02-10", "court"),
  ]);

  it("GIVEN a surname shared by two people THEN each is described from their own name, not the other's", () => {
    expect(engine.ask("Who is Ravi Dass?").short).toMatch(/retired accountant/);
  });

  it("GIVEN 'X's <relation>' THEN the person the sentence titles so beside X", () => {
    const a = engine.ask("Who is Ravi Dass's wife?");
    expect(a.short).toBe("Meera Dass");
    expect(a.lead).toMatch(/Ravi Dass's wife/);
  });

  it("GIVEN a title in commas after 'in the words of' THEN the title alone", () => {
    expect(engine.ask("Who is Helen Tarrant?").short).toBe("Crown prosecutor");
  });

  it("GIVEN an organisation THEN the kind of organisation written before its name", () => {
    expect(engine.ask("Who is Brightwell Partners?").short).toMatch(/accounting firm/);
  });
});

describe("more ways news writing says what a person is", () => {
  it("reads past an age or a place in commas to the description", () => {
    expect(describeIn("The report was written by Ana Soto, 34, a marine biologist.", "Ana Soto")).toBe("a marine biologist");
    expect(describeIn("Ann Roe, Ohio, the former deputy head of Acme, said no.", "Ann Roe")).toBe("the former deputy head of Acme");
  });

  it("does not take the next name of a list for a description", () => {
    expect(describeIn("Tom Sam, 42, and his wife Ria Sam, 36, are on trial.", "Tom Sam")).toBeNull();
  });

  it("reads a relative clause, a description in brackets and the noun before 'known as'", () => {
    expect(describeIn("Karl Ode, who works as a harbour pilot, saw the crash.", "Karl Ode")).toBe("a harbour pilot");
    expect(describeIn("Nell Rae (a former nurse) found the wreck.", "Nell Rae")).toBe("a former nurse");
    expect(describeIn("The hacker, known as Quill Adams, broke into the site.", "Quill Adams")).toBe("hacker");
  });

  it("knows people named by what happened to them, and starts a title after the verb that reports it", () => {
    expect(describeIn("Police said the suspect, Dorn Vale, had fled.", "Dorn Vale")).toBe("suspect");
  });
});

describe("'Who is X's <role>?' never answers with another body's holder of that role", () => {
  it("never gives 'Then-Velmar CEO' for Orbis's CEO because the sentence also names Orbis", () => {
    const e = createEngine([
      article(
        [
          "Then-Velmar CEO Ana Rossi said in 2000 that Orbis Corporation withheld delivery of server chips.",
          "Then-Orbis CEO Tom Hale threatened the retailer with severe consequences.",
        ],
        "2005-06-29",
        "chips",
      ),
    ]);
    expect(e.ask("Who is Orbis Corporation's CEO?").short).not.toBe("Ana Rossi");
  });
});

describe("who is X: what a sentence writes about the other people it names is theirs", () => {
  // Invented sentences; every name is given to describeAt so it knows where the others stand.
  function describeAmong(text: string, name: string, others: string[]): string | null {
    const at = personSpans(text, [name])[0]!;
    const spans = others.flatMap((o) => personSpans(text, [o]));
    return describeAt(text, at.start, at.end, spans);
  }

  it("GIVEN a list of titled names THEN the title after a name is the next one's, not this one's", () => {
    const t = "The letter was signed by harbour pilot Ola Brun, Lake County Treasurer Siv Moen, and Town Clerk Per Dahl.";
    expect(describeAmong(t, "Ola Brun", ["Siv Moen", "Per Dahl"])).toBe("harbour pilot");
    expect(describeAmong(t, "Siv Moen", ["Ola Brun", "Per Dahl"])).toBe("Lake County Treasurer");
  });

  it("GIVEN a plural title before names joined by 'and' THEN each is one of them", () => {
    const t = "Crown lawyers Ida Berg and Leo Falk questioned the witness.";
    expect(describeAmong(t, "Ida Berg", ["Leo Falk"])).toBe("Crown lawyer");
    expect(describeAmong(t, "Leo Falk", ["Ida Berg"])).toBe("Crown lawyer");
  });

  it("GIVEN 'X of A and Y of B' THEN X's affiliation ends before Y", () => {
    const t = "Also elected were Mia Holm of the Green Party and Jon Eik of the Farmers' League.";
    expect(describeAmong(t, "Mia Holm", ["Jon Eik"])).toBe("of the Green Party");
  });

  it("GIVEN 'widow of … Y' THEN the other person stays in the description", () => {
    const t = "Vera Lund, campaigner and widow of former state senator Arne Lund, has died.";
    expect(describeAmong(t, "Vera Lund", ["Arne Lund"])).toBe("campaigner and widow of former state senator Arne Lund");
  });

  it("GIVEN a name after a word for a thing ('the rights group X') THEN it is no person's title and the description stands", () => {
    const t = "Rolf Eng from the rail union Fair Track welcomed the vote.";
    expect(describeAmong(t, "Rolf Eng", ["Fair Track"])).toBe("from the rail union Fair Track");
  });

  it("GIVEN a title written after 'widow of' THEN the title is the late husband's, not the widow's", () => {
    const t = "Vera Lund, campaigner and widow of former state senator Arne Lund, has died.";
    expect(describeAmong(t, "Arne Lund", ["Vera Lund"])).toBe("former state senator");
  });

  it("GIVEN a title naming someone after 'of' THEN that name is part of the title", () => {
    const t = "The son of Ada Holm, Per Holm, spoke first.";
    expect(describeAmong(t, "Per Holm", ["Ada Holm"])).toBe("son of Ada Holm");
  });

  it("GIVEN a name (a place the analysis took for a person) inside a title's 'for …' THEN the title stands whole", () => {
    const t = "Director for the Baltic and North Sea for the Fishers' Union, Ada Voll, said no.";
    expect(describeAmong(t, "Ada Voll", ["North Sea"])).toBe("Director for the Baltic and North Sea for the Fishers' Union");
  });

  it("GIVEN an owner before the title THEN the owner stays in it", () => {
    const t = "Ria Moss's brother Tor Moss spoke to reporters.";
    expect(describeAmong(t, "Tor Moss", ["Ria Moss"])).toBe("Ria Moss's brother");
  });
});

describe("who is X: more of how titles and appositives are written", () => {
  it("keeps the lowercase nouns and adjectives that qualify a title before the name", () => {
    expect(describeIn("On Friday, Danish jazz pianist Ole Krag gave his last concert.", "Ole Krag")).toBe("Danish jazz pianist");
    expect(describeIn("It was confirmed by county planning officer Ivy Lane.", "Ivy Lane")).toBe("county planning officer");
    expect(describeIn("The dead were 61-year-old fisherman Eli Norr and his son.", "Eli Norr")).toBe("61-year-old fisherman");
    // A verb before the title is no part of it.
    expect(describeIn("The record, featuring drummer Abe Lott, sold well.", "Abe Lott")).toBe("drummer");
  });

  it("ends an affiliation before the verb of the sentence", () => {
    expect(describeIn("Ann Vik of the River Party was elected with 4,000 votes.", "Ann Vik")).toBe("of the River Party");
    expect(describeIn("Tim Roe of the ACU were narrowly re-elected.", "Tim Roe")).toBe("of the ACU");
    expect(describeIn("Ken Aas from the rail union Fair Track also welcomed the vote.", "Ken Aas")).toBe("from the rail union Fair Track");
  });

  it("ends an affiliation before the next name of a list with its own 'of'", () => {
    expect(describeIn("The show has portraits of editors Ola Sand of the Nordic Weekly and Per Lie of the Coast Herald.", "Ola Sand")).toBe("editor of the Nordic Weekly");
  });

  it("joins a title and the body after the name, not a home town", () => {
    expect(describeIn("Bishop Rolf Aske from the Church of Norway said the same.", "Rolf Aske")).toBe("Bishop from the Church of Norway");
    expect(describeIn("The crew included engineer Dag Toft of Bergen.", "Dag Toft")).toBe("engineer");
  });

  it("does not read a clause after the name's comma as a description", () => {
    expect(describeIn("The firm's chief, Eva Lie, speaking to reporters on Monday, blamed the weather.", "Eva Lie")).toBe("firm's chief");
    expect(describeIn("Besides Kari Holm, Odd Holm has a son and a daughter.", "Kari Holm")).toBeNull();
    expect(describeIn("According to the hotel's manager Mr. Sten, the larger pieces were taken away.", "Sten")).toBe("manager");
  });

  it("reads 'X, also a …', 'X, 24, who worked as …', 'X, who said he was …' and a long title ending in its person noun", () => {
    expect(describeIn("Liv Orm, also a Labour councillor, voted against.", "Liv Orm")).toBe("a Labour councillor");
    expect(describeIn("Also killed was Pål Sand, 24, who worked as a night nurse.", "Pål Sand")).toBe("a night nurse");
    expect(describeIn("Aru Dahir, who said he was a spokesman for the fishermen, confirmed it.", "Aru Dahir")).toBe("a spokesman for the fishermen");
    expect(describeIn("Nils Berg, the Morning Post newspaper's longtime cartoonist, laughed.", "Nils Berg")).toBe("the Morning Post newspaper's longtime cartoonist");
  });

  it("reads an editor's note in square brackets, brackets between a title and the name, and a plural title in commas before a list", () => {
    expect(describeIn("I get to talk to Ivo Kell [President of Norland] about it.", "Ivo Kell")).toBe("President of Norland");
    expect(describeIn("Green MSP (Member of the Scottish Parliament) Ada Moe voted yes.", "Ada Moe")).toBe("Green MSP");
    expect(describeIn("Two of the dead were Lakeside FC football players, Jon Ruud and Kim Aas, on their way to a match.", "Jon Ruud")).toBe("Lakeside FC football player");
  });

  it("does not take a clause with its own verb for a description, however long the apposition may be", () => {
    expect(describeIn("According to envoy Tor Vik, the success of this small team shows how far the country has come.", "Tor Vik")).toBe("envoy");
    expect(describeIn("Ula Brekke, a member of the Northern Coastal Fisheries Protection Committee and editor of a small monthly periodical called Tide, was arrested.", "Ula Brekke")).toMatch(/^a member of the Northern Coastal .* called Tide$/);
  });

  it("reads a list after 'like' / 'such as', and a title in commas after a participle", () => {
    const t = "The fair drew famous guests like Ola Vik, Tor Dahl, and Siv Berg.";
    const at = personSpans(t, ["Tor Dahl"])[0]!;
    expect(describeAt(t, at.start, at.end, personSpans(t, ["Ola Vik", "Siv Berg"]))).toBe("guest");
    // The first name after "like" too, when the list goes on after it.
    const first = personSpans(t, ["Ola Vik"])[0]!;
    expect(describeAt(t, first.start, first.end, personSpans(t, ["Tor Dahl", "Siv Berg"]))).toBe("guest");
    expect(describeIn("Police came, bringing the owner of Acme Locks, Ulf Sand, to the house.", "Ulf Sand")).toBe("owner of Acme Locks");
  });

  it("cuts a name the analysis ran into a title's 'for the …' back to the person", () => {
    const [at] = personSpans("Later, the Minister for the Arts Ida Fjell rejected such calls.", ["Arts Ida Fjell"]);
    expect(at!.name).toBe("Ida Fjell");
  });

  it("takes a title the analysis ran into the name back out of it", () => {
    const [at] = personSpans("Former First Lady Ada Rune released a statement.", ["First Lady Ada Rune"]);
    expect(at!.name).toBe("Ada Rune");
    expect(describeAt("Former First Lady Ada Rune released a statement.", at!.start, at!.end)).toBe("Former First Lady");
  });
});

describe("who is X: a sentence that says what the person is wins over an earlier one that only lists them", () => {
  it("GIVEN a list title first and an apposition later THEN the apposition", () => {
    // Invented.
    const engine = createEngine([
      article(["The fair drew famous guests like Ola Vik, Tor Dahl, and Siv Berg.", "Dahl, a Nobel laureate, signed books."], "2022-03-01", "fair"),
    ]);
    expect(engine.ask("Who is Tor Dahl?").short).toBe("Nobel laureate");
  });
});

describe("who is <surname>, when the question's reading misses the person", () => {
  it("GIVEN a surname with an apostrophe THEN the full-named person's description", () => {
    // Invented.
    const engine = createEngine([
      article(["On Monday, 52-year-old Nuala O'Dea, lead singer of the folk band Fernhill, died in Cork.", "O'Dea's manager said she had been unwell."], "2022-03-01", "singer"),
    ]);
    const a = engine.ask("Who is O'Dea?");
    expect(a.short).toMatch(/lead singer of the folk band Fernhill/);
  });
});

describe("who is X: participles and ages before a title", () => {
  it("keeps a participle that qualifies the title's noun, and an age written apart", () => {
    expect(describeIn("However, an exiled party commander who lives in Oslo, Arne Fjord, backs the story.", "Arne Fjord")).toMatch(/^exiled party commander/);
    expect(describeIn("He handed power to his 75 year-old brother, Ivo Marr, before the surgery.", "Ivo Marr")).toBe("75 year-old brother");
  });
});

describe("who is X: a verb before the title is no part of it", () => {
  it("reads 'accused' after its subject as what the subject did, not as the other person's title", () => {
    expect(describeIn("Varga accused Deputy Mayor Ilse Kranz of hiding the audit.", "Ilse Kranz")).toBe("Deputy Mayor");
  });

  it("keeps 'accused' as a noun where it names what the person is", () => {
    expect(describeIn("The court heard that the accused Ilse Kranz hid the audit.", "Ilse Kranz")).toMatch(/accused/);
  });
});

describe("who is X: a list of people each in apposition", () => {
  it("reads each person's description after their own name, not the one in commas after the name before", () => {
    const engine = createEngine([
      article(["Speakers at the opening were Dr. Ivo Marr, the Harbour Secretary, Nell Rae, the outgoing chair of the Tide Trust, and others."], "2022-03-01", "speakers"),
    ]);
    expect(engine.ask("Who is Nell Rae?").short).toMatch(/^(?:the )?outgoing chair of the Tide Trust$/);
    expect(engine.ask("Who is Ivo Marr?").short).toMatch(/Harbour Secretary$/);
  });
});

describe("who is X: a single name described in apposition by a word for a person", () => {
  it("reads 'Zaid, the family's youngest son,' as a person the article describes", () => {
    const engine = createEngine([
      article(["The Haddad family waited all day to hear whether Zaid, the family's youngest son, would be freed.", "Zaid was released on Friday."], "2022-03-01", "single-name"),
    ]);
    const a = engine.ask("Who is Zaid?");
    expect(a.short).toMatch(/family's youngest son$/);
    expect(a.citations[0]?.sentence).toContain("Zaid, the family's youngest son");
  });

  it("knows the single name as a person, so a question naming it is about them", async () => {
    const { analyseArticle } = await import("../../src/analysis/analyseArticle.ts");
    const named = analyseArticle(article(["The Haddad family waited all day to hear whether Zaid, the family's youngest son, would be freed."], "2022-03-01", "single-name"));
    expect(named.entities.find((e) => e.id === "zaid")?.kind).toBe("person");
    // A body's description makes no person of it.
    const body = analyseArticle(article(["The report came from Skarv, the news agency, on Monday."], "2022-03-01", "agency"));
    expect(body.entities.find((e) => e.id === "skarv")?.kind).not.toBe("person");
  });
});

describe("who is the <role>: a person the sentence names as the role", () => {
  it("answers 'Who was the victim?' from 'The victim was named as X'", () => {
    const engine = createEngine([article(["A man died in a fire in Vell on Monday.", "The victim was named as Tom Lee, a teacher."], "2022-03-01", "named-as")]);
    const a = engine.ask("Who was the victim?");
    expect(a.short).toBe("Tom Lee");
    expect(a.citations[0]?.sentence).toContain("named as Tom Lee");
  });
});

describe("what does X do?", () => {
  it("asks what the person is, as 'What is X's job?' does; 'What did X do?' still asks what they did", () => {
    const engine = createEngine([article(["The council met on Monday. The council voted to close the bridge.", "Ann Roe, a nurse from Vell, was the first to help."], "2022-03-01", "job")]);
    expect(engine.ask("What does Ann Roe do?").lead).toMatch(/nurse/);
    expect(engine.ask("What did the council do?").text).toMatch(/close the bridge/);
  });
});
