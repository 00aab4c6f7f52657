import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { article } from "./helpers.ts";
import { findMentions } from "../../src/analysis/findMentions.ts";

/** The names found in an invented sentence, each with its kind. */
function kinds(sentence: string): Array<[string, string]> {
  return findMentions(sentence).map((m) => [m.name, m.kind]);
}

describe("a name whose last word heads a thing (Law, Bay, Day)", () => {
  it("GIVEN a person's verb after the pair THEN it is a person", () => {
    expect(kinds("Yesterday Tobias Law earned an unexpected seat.")).toContainEqual(["Tobias Law", "person"]);
    expect(kinds("Marta Bay resigned on Friday.")).toContainEqual(["Marta Bay", "person"]);
  });

  it("GIVEN a verb of saying, an age or 'who' after the pair THEN it is a person", () => {
    expect(kinds("Orla Day said the vote was fair.")).toContainEqual(["Orla Day", "person"]);
    expect(kinds("Ivo Bridge, 41, lost his deposit.")).toContainEqual(["Ivo Bridge", "person"]);
    expect(kinds("Pia Law, who runs a bakery, voted early.")).toContainEqual(["Pia Law", "person"]);
  });

  it("GIVEN a possessive organisation before the name THEN the person is still found", () => {
    expect(kinds("Greenleaf's Tobias Law won a seat in the council.").map(([n]) => n)).toContain("Tobias Law");
  });

  it("GIVEN 'the' or 'under' before the pair THEN it stays a thing, whatever verb follows", () => {
    expect(kinds("The Zoning Law says every house needs a garden.")).toEqual([]);
    expect(kinds("Under Martial Law the army ruled the streets.")).toEqual([]);
    expect(kinds("Crowds enjoyed Waitangi Day this week.").map(([n]) => n)).not.toContain("Waitangi Day");
  });
});

describe("a capitalised name ending in an organisation word", () => {
  it("GIVEN Partners, Holdings or Associates at the end THEN it is an organisation, not a person", () => {
    expect(kinds("Brightwater Partners found a flaw in the code.")).toEqual([["Brightwater Partners", "organisation"]]);
    expect(kinds("The bank sold its stake in Kellan Holdings.")).toContainEqual(["Kellan Holdings", "organisation"]);
    expect(kinds("Ruiz Associates declined to comment.")).toContainEqual(["Ruiz Associates", "organisation"]);
  });
});

describe("a capitalised name ending in a compass word or a town's ending", () => {
  it("GIVEN 'Harbourside East' or 'Cedar Springs' THEN it is a place, not a person", () => {
    expect(kinds("Voters in Harbourside East queued for hours.")).toContainEqual(["Harbourside East", "place"]);
    expect(kinds("She moved to Cedar Springs in 2001.")).toContainEqual(["Cedar Springs", "place"]);
  });

  it("GIVEN a person's verb after it THEN it stays a person", () => {
    expect(kinds("Lena West said the count was slow.")).toContainEqual(["Lena West", "person"]);
  });
});

describe("a describing word that opens a sentence", () => {
  const analysed = analyseArticle(
    article([
      "Independent candidate Rosa Maren won the harbour seat, and nonpartisan councillor Ivo Stenberg kept his.",
      "Nonpartisan Ivo Stenberg thanked his voters. Will Harlan lost by 200 votes.",
      "Voters said they will return in four years.",
    ]),
  );
  const people = analysed.entities.filter((e) => e.kind === "person").map((e) => e.name);

  it("GIVEN the article writes the word in lowercase elsewhere THEN it is no part of the name", () => {
    expect(people).toContain("Ivo Stenberg");
    expect(people).not.toContain("Nonpartisan Ivo Stenberg");
  });

  it("GIVEN a common noun and 'of' before an organisation THEN the organisation is named without them", () => {
    const a = analyseArticle(article(["Shares of Kellan Holdings fell on Monday.", "Its shares rose a week later."]));
    const names = a.entities.map((e) => e.name);
    expect(names).toContain("Kellan Holdings");
    expect(names).not.toContain("Shares of Kellan Holdings");
  });

  it("GIVEN a two-word name THEN its first word stays, even when it is also a common word", () => {
    expect(people).toContain("Will Harlan");
  });
});

describe("'the' before two capitalised words", () => {
  it("GIVEN 'the Silver Lanterns' THEN it is a named thing or group, not a person", () => {
    expect(kinds("Fans cheered the Silver Lanterns at the festival.")).toContainEqual(["Silver Lanterns", "organisation"]);
  });

  it("GIVEN a title between 'the' and the name THEN it is still a person", () => {
    expect(kinds("Crowds greeted the Mayor Ann Roe at the gate.")).toContainEqual(["Ann Roe", "person"]);
  });
});

describe("a one-word name after a word for a body", () => {
  it("GIVEN 'group' or 'company' right before the name THEN it is an organisation", () => {
    expect(kinds("Localist group Brightway's Ann Lee won.")).toContainEqual(["Brightway", "organisation"]);
    expect(kinds("Software company Quillon said the fix is ready.")).toContainEqual(["Quillon", "organisation"]);
  });

  it("GIVEN a word for a person before the name THEN it is no organisation", () => {
    expect(kinds("His lawyer Ann Lee said no.")).toContainEqual(["Ann Lee", "person"]);
  });
});

describe("an acronym opening a two-word name", () => {
  it("GIVEN 'PC Weekly's' THEN it is an organisation, possessive or not", () => {
    expect(kinds("PC Weekly's survey found the browser slipping.")).toContainEqual(["PC Weekly", "organisation"]);
    expect(kinds("Many readers wrote to UK Gardening.")).toContainEqual(["UK Gardening", "organisation"]);
  });

  it("GIVEN initials or a title THEN it stays a person", () => {
    expect(kinds("J.K. Rowling wrote it.")).toContainEqual(["J.K. Rowling", "person"]);
    expect(kinds("US President Harlan said so.")).toContainEqual(["Harlan", "person"]);
  });
});

describe("letters after a person's name", () => {
  it("GIVEN 'Ivo Marr, QC,' THEN QC is his rank, not an organisation", () => {
    expect(findMentions("Ivo Marr, QC, told the court the delay was unfair.").map((m) => [m.name, m.kind, m.role])).toEqual([["Ivo Marr", "person", "QC"]]);
  });

  it("GIVEN a title before the name too THEN both are kept", () => {
    expect(findMentions("The Harbour Board spokesman, Ivo Marr, MP, said no.").find((m) => m.name === "Ivo Marr")?.role).toBe("Harbour Board spokesman, MP");
  });
});

describe("a generation after a name and degrees written with dots", () => {
  it("GIVEN 'III' or 'Jr.' after a titled name THEN the person is found with the title, without the suffix", () => {
    const m = findMentions("Aid is arriving, Deputy Harbour Secretary Alan P. Morrow III said today.").find((x) => x.kind === "person");
    expect(m).toMatchObject({ name: "Alan P. Morrow", role: "Deputy Harbour Secretary", kind: "person" });
  });

  it("GIVEN 'Ph.D.,' and a description after a name THEN both describe the person and 'Ph.D.' is no name", () => {
    const found = findMentions("Ilse Brandt, Ph.D., head of the Tidal Unit at the Marine Lab, led the survey.");
    expect(found.map((m) => m.name)).not.toContain("Ph.D.");
    expect(found[0]).toMatchObject({ name: "Ilse Brandt", kind: "person" });
    expect(found[0]!.role).toMatch(/head of the Tidal Unit/);
  });
});

describe("a number word that opens a sentence before a name", () => {
  it("GIVEN 'Two <Name> employees' THEN the number counts the employees and is no part of the name", () => {
    expect(kinds("Two Norbank employees were hurt in the crash.").map(([name]) => name)).not.toContain("Two Norbank");
  });

  it("GIVEN a pronoun later THEN it means the person named, never the number phrase", () => {
    const a = analyseArticle(article(["Two Norbank employees were hurt.", "Ivo Stenberg said Norbank staff were calm; “people were in shock”, he said."]));
    expect(a.entities.map((e) => e.id)).not.toContain("two norbank");
    expect(a.sentences.flatMap((s) => s.statements.map((st) => st.speaker))).toEqual(["ivo stenberg", "ivo stenberg"]);
  });

  it("GIVEN a number word inside a name followed by a verb THEN the name keeps it", () => {
    expect(kinds("Seven Rivers Holdings said profits fell.").map(([name]) => name)).toContain("Seven Rivers Holdings");
  });
});

describe("one name right after a title's 'of'", () => {
  it("GIVEN 'Ann Roe, the President of Velmora,' THEN Velmora is an organisation, no person titled 'President of'", () => {
    const a = analyseArticle(article(["Ann Roe, the President of Velmora, thanked the crew.", "He said the launch went well."]));
    const velmora = a.entities.find((e) => e.id === "velmora");
    expect(velmora?.kind).toBe("organisation");
    expect(velmora?.roles ?? []).toEqual([]);
    expect(a.entities.find((e) => e.id === "ann roe")!.roles[0]).toContain("President of Velmora");
  });

  it("GIVEN a titled person whose title holds 'of' THEN the person keeps the name", () => {
    expect(kinds("Secretary of State Jan Novak said the talks failed.")).toContainEqual(["Jan Novak", "person"]);
  });
});

describe("a body whose name ends in 'Board' or 'Tribunal'", () => {
  it("GIVEN 'the National Harbour Safety Board said' THEN the whole name is an organisation, never a person", () => {
    expect(kinds("The National Harbour Safety Board said the gate was locked.")).toEqual([["National Harbour Safety Board", "organisation"]]);
    expect(kinds("The Coastal Appeal Tribunal ruled on Monday.")).toEqual([["Coastal Appeal Tribunal", "organisation"]]);
  });
});

describe("a sentence's first word that is no name", () => {
  it("reads an opening '-ing' word or small word as no speaker, unless the article capitalises it inside a sentence", () => {
    const speakers = (paragraphs: string[]) => analyseArticle(article(paragraphs)).sentences.flatMap((s) => s.statements.map((st) => st.speaker));
    expect(speakers(["Mira Holt spoke at the rally.", "Countering claims that the fund was empty, she replied, “We have money.”"])).toEqual(["mira holt"]);
    expect(speakers(["“We will return,” Mira Holt said.", "Again joined by Tom Lunde, she described the march."])).toEqual(["mira holt", "mira holt"]);
    expect(speakers(["The poet was Anna Fielding.", "Fielding said the poem was finished."])).toEqual(["anna fielding"]);
  });
});

describe("a capitalised word made a describing word by its hyphen ('Leeds-born', 'Oslo-based')", () => {
  it("GIVEN it before a name THEN it is no part of the name", () => {
    expect(kinds("The plan would have seen the Leeds-born Varga living with his aunt.")).toEqual([["Varga", "unknown"]]);
    expect(kinds("The Oslo-based Norbank Group cut jobs.")).toContainEqual(["Norbank Group", "organisation"]);
    expect(kinds("The Cork-raised Ann Varga won.")).toContainEqual(["Ann Varga", "person"]);
  });

  it("GIVEN a hyphenated name with no describing ending THEN it stays whole", () => {
    expect(kinds("Jean-Luc Varga said the vote was fair.")).toContainEqual(["Jean-Luc Varga", "person"]);
  });
});

describe("a title in apposition whose closing comma is missing", () => {
  it("leaves the verb of saying that follows it out of the role", () => {
    const found = findMentions("Ivo Marr, leader of the Harbour Party said, \"We will vote no.\"").find((m) => m.name === "Ivo Marr");
    expect(found?.role).toBe("leader of the Harbour Party");
  });
});

describe("a title in apposition between two names", () => {
  it("is the role of the person it follows, not of the one named after it", () => {
    const found = findMentions("After talks with Ivo Marr, the Harbour Secretary, Tom Lee said the deal would hold.");
    expect(found.find((m) => m.name === "Ivo Marr")?.role).toMatch(/Harbour Secretary$/);
    expect(found.find((m) => m.name === "Tom Lee")?.role ?? null).toBeNull();
  });
});

describe("a list of names after a comma", () => {
  it("gives no person the next name of the list as a role, whatever its last word looks like", () => {
    const found = findMentions("The lead changed hands between Ivo Marr, Tom Lee, Ann Roe, and Nell Bowyer.");
    expect(found.find((m) => m.name === "Ann Roe")?.role ?? null).toBeNull();
  });
});

describe("a name followed by its own initials in brackets", () => {
  it("GIVEN 'Pilots Against Noise (PAN)' THEN it is a body, asked for by its initials too", () => {
    expect(kinds("Pilots Against Noise (PAN) have appealed for a ban.")).toContainEqual(["Pilots Against Noise", "organisation"]);
    const a = analyseArticle(article(["Pilots Against Noise (PAN) have appealed for a ban. According to PAN, residents cannot sleep."]));
    expect(a.sentences[1]!.statements.map((s) => s.speaker)).toEqual(["pilots against noise"]);
  });

  it("GIVEN other letters in brackets THEN a person stays a person", () => {
    expect(kinds("Ann Bell (ABC) said the vote was fair.")).toContainEqual(["Ann Bell", "person"]);
  });
});
