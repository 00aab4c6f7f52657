import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { article } from "./helpers.ts";
import { createEngine } from "../../src/engine/createEngine.ts";

/** Speaker ids and what they said, sentence by sentence. */
function said(paragraphs: string[]) {
  return analyseArticle(article(paragraphs)).sentences.flatMap((s) => s.statements.map((st) => [st.speaker, st.quote ?? st.content]));
}

describe("who said what", () => {
  it("attributes a quotation before its speaker, and a reported clause after the verb", () => {
    expect(said(["Foreign Minister Ana Lima said on Monday that the border would stay open.", "“We will not close it,” Lima added."])).toEqual([
      ["ana lima", "the border would stay open"],
      ["ana lima", "We will not close it"],
    ]);
  });

  it("resolves a role noun to the person whose title it shares, and a pronoun to the last person", () => {
    const out = said([
      "Acting Defense Secretary Paul Grant met Prime Minister Rosa Diaz.",
      "The acting secretary noted that the talks were useful.",
      "Diaz said she was pleased, and he said nothing more.",
    ]);
    expect(out[0]).toEqual(["paul grant", "the talks were useful"]);
    expect(out.some(([who]) => who === "rosa diaz")).toBe(true);
  });

  it("resolves a role noun without a shared word to the speaker just quoted", () => {
    const out = said(["Secretary of State Jan Novak replied that the mission would end.", "The chief diplomat noted that Prague agreed."]);
    expect(out.map(([who]) => who)).toEqual(["jan novak", "jan novak"]);
  });

  it("gives a quotation that names no one to the previous speaker", () => {
    const out = said(["“We are leaving,” Novak said.", "“It is over.”"]);
    expect(out).toEqual([
      ["novak", "We are leaving"],
      ["novak", "It is over"],
    ]);
  });

  it("treats news agencies and papers as sources, and 'according to'", () => {
    const out = said(["Citing officials, The Daily Ledger reported last week that talks had resumed.", "According to Reuters, the talks failed."]);
    expect(out.map(([who]) => who)).toEqual(["daily ledger", "reuters"]);
  });

  it("gives '<body>'s analysis of … concluded' to the body, not to the words after 'of'", () => {
    const out = said(["PC Review's latest analysis of its own reader surveys concluded that tablets now outsell laptops."]);
    expect(out).toEqual([["pc review", "tablets now outsell laptops"]]);
  });

  it("steps over an appositive to find the speaker", () => {
    const a = analyseArticle(article(["Gen. Mark Stone, chairman of the joint staff, warned last month that cuts would hurt."]));
    expect(a.sentences[0]!.statements[0]).toMatchObject({ speaker: "mark stone", content: "cuts would hurt" });
    expect(a.entities.find((e) => e.id === "mark stone")!.roles[0]).toContain("chairman");
  });

  it("takes what comes before '…, X announced on Monday, a move that …' as what X announced", () => {
    expect(said(["The army will leave the city, General Ana Ruiz announced on Monday, a move that ends the siege."])).toEqual([
      ["ana ruiz", "The army will leave the city"],
    ]);
  });

  it("keeps hyphenated titles out of names", () => {
    const a = analyseArticle(article(["President-elect Joe Biden said he would review the plan."]));
    expect(a.entities[0]).toMatchObject({ id: "joe biden", roles: ["President-elect"] });
  });

  it("does not take 'when asked' as a speaker", () => {
    expect(said(["“Soon,” Novak added when asked if the troops would leave."]).map(([who]) => who)).toEqual(["novak"]);
  });
});

describe("speakers after the verb, pronouns for organisations, colons", () => {
  it("gives a quotation before 'said X' to X, and 'it added' to the organisation that spoke last", () => {
    const out = said([`"The harbour will stay closed until spring. Ferries are suspended", said the Port Authority. "Nobody may sail", it added; and, later, "Fines will follow".`]);
    expect(out).toEqual([
      ["port authority", "The harbour will stay closed until spring. Ferries are suspended"],
      ["port authority", "Nobody may sail"],
      ["port authority", "Fines will follow"],
    ]);
  });

  it("lets a country speak, without ever taking it for a person a pronoun could mean", () => {
    const a = analyseArticle(article(["Professor Ana Ruiz said the tests were done in South Australia and New Zealand.", '"The results are clear," she said. Chile says the talks will continue.']));
    const statements = a.sentences.flatMap((s) => s.statements.map((st) => st.speaker));
    expect(statements).toEqual(["ana ruiz", "ana ruiz", "chile"]);
    expect(a.entities.find((e) => e.id === "south australia")).toBeUndefined();
    expect(a.entities.find((e) => e.id === "chile")?.kind).toBe("place");
  });

  it("takes the quotation after 'X tweeted using his account:' in the next paragraph as what X tweeted", () => {
    const a = analyseArticle(article(["Mayor Tom Baker tweeted using his official account:", '"Well done, team. The bridge is open."']));
    expect(a.sentences.flatMap((s) => s.statements)).toEqual([expect.objectContaining({ speaker: "tom baker", verb: "tweeted", quote: "Well done, team. The bridge is open" })]);
  });

  it("steps over titles in apposition to the person, and over the organisation someone speaks for", () => {
    const out = said([
      "Professor Lena Holt, Director of the National Salt Survey, and Chair of the Centre for Thyroid Health, says children need more iodine.",
      "Mark Otto for Food Safety Norway says new rules will come next year.",
    ]);
    expect(out.map(([who]) => who)).toEqual(["lena holt", "mark otto"]);
  });

  it("joins an acronym to the organisation it abbreviates and keeps the description before a name as its role", () => {
    const a = analyseArticle(article(["Ruritania's state news agency Central Ruritanian Press (CRP) reported the summit had ended.", "CRP said the talks would resume."]));
    const agency = a.entities.find((e) => e.id === "central ruritanian press")!;
    expect(agency.aliases).toContain("crp");
    expect(agency.roles[0]).toBe("Ruritania's state news agency");
    expect(a.sentences[1]!.statements[0]!.speaker).toBe("central ruritanian press");
  });

  it("gives a statement by two bodies together to both, and reads 'his urgent calls' as a noun", () => {
    const out = said([
      "Both the Lakeside School Board and the Lakeside Police Department have asserted that the search was lawful.",
      "He repeated his urgent calls for calm.",
    ]);
    expect(out).toEqual([["lakeside school board and the lakeside police department", "the search was lawful"]]);
  });
});

describe("role nouns as speakers", () => {
  it("resolves 'the foundation's CFO said' and 'the gallery director said' to the people who hold those roles", () => {
    const out = said([
      "Nadia Perez, the foundation's CFO, joined in March. Gallery director Leo Grant hung the paintings.",
      "The foundation's CFO said the books were balanced.",
      "The gallery director said the show would open in May.",
    ]);
    expect(out).toEqual([
      ["nadia perez", "the books were balanced"],
      ["leo grant", "the show would open in May"],
    ]);
  });
});

describe("pronouns and initials as speakers", () => {
  it("gives 'He said, “<name> was …”' to the last person who is not the one the quotation speaks of", () => {
    const out = said([
      "For Ivo Marsh, a lecturer in history, Lena Stroud was a pioneer.",
      "He said, \"Lena Stroud changed the field for good. She is a giant.\"",
    ]);
    expect(out).toEqual([["ivo marsh", "Lena Stroud changed the field for good. She is a giant"]]);
  });

  it("still gives a pronoun to the last person when the quotation names no one", () => {
    const out = said(["Lena Stroud spoke after Ivo Marsh.", "He said, \"The field changed for good.\""]);
    expect(out).toEqual([["ivo marsh", "The field changed for good"]]);
  });

  it("reads initials before a surname as a first name, not an acronym", () => {
    const a = analyseArticle(article(["J.R. Okafor, chief financial officer at the Delta Trust, said costs fell."]));
    expect(a.sentences[0]!.statements[0]).toMatchObject({ speaker: "j.r. okafor", content: "costs fell" });
    expect(a.entities.find((e) => e.id === "j.r. okafor")!.roles[0]).toContain("chief financial officer");
  });
});

describe("whom it was told", () => {
  it("leaves the addressee of 'told' out of what was said", () => {
    expect(said(["As Tomas Berg told The Daily Ledger, river levels have fallen since May."])).toEqual([["tomas berg", "river levels have fallen since May"]]);
  });
});

describe("speakers inside the clause and misspelt short surnames", () => {
  it("reads 'Recipients, said X, are required to …' as X saying the whole clause", () => {
    expect(said(["Grant holders, said Nora Quist, are required to report every year."])).toEqual([["nora quist", "grant holders are required to report every year"]]);
  });

  it("takes a surname one letter short of a named person's as that person, but not one letter changed", () => {
    const out = said(["Dana Lowrie, treasurer of the fund, said costs rose.", "Grant holders, said Lowie, must report.", "Grant holders, said Lowrix, may apply."]);
    expect(out.map(([who]) => who)).toEqual(["dana lowrie", "dana lowrie", "lowrix"]);
  });
});

describe("speakers named after the verb, and quotations nobody here says", () => {
  it("GIVEN 'said fire chief <name>' THEN the person named after the describing words speaks, and goes on in the next sentence", () => {
    expect(said(["A spokeswoman for the port, Rita Moss, said ferries would resume.", "“We are doing all we can,” said fire chief Omar Prell. “The blaze is contained.”"])).toEqual([
      ["rita moss", "ferries would resume"],
      ["omar prell", "We are doing all we can"],
      ["omar prell", "The blaze is contained"],
    ]);
  });

  it("GIVEN 'said a witness' THEN the quotation is that unnamed witness's, never the previous speaker's", () => {
    const out = said(["Mayor Ines Varga said the roads were open.", "“The water came in minutes,” said a witness."]);
    expect(out[0]).toEqual(["ines varga", "the roads were open"]);
    expect(out.filter(([who]) => who === "ines varga")).toHaveLength(1);
  });

  it("GIVEN 'in the words of the <role>, <name>, “…”' THEN the quotation is that person's, and the role is theirs", () => {
    const a = analyseArticle(article(["The boy cried every night, and in the words of the Crown prosecutor, Lena Brack, QC, “nobody listened to him.”"]));
    expect(a.sentences[0]!.statements).toEqual([expect.objectContaining({ speaker: "lena brack", quote: "nobody listened to him", verb: "in the words of" })]);
    expect(a.entities.find((e) => e.id === "lena brack")!.roles[0]).toBe("Crown prosecutor, QC");
  });
});

describe("what was said, without the words around it", () => {
  it("leaves 'that,' and the reporters something was told to out of the reported clause", () => {
    expect(said(["Speaking for the family, Ada Lunn said that, as the storm came at night, nobody was warned.", "Mayor Ted Roos told reporters on Monday that the dam held."])).toEqual([
      ["ada lunn", "as the storm came at night, nobody was warned"],
      ["ted roos", "the dam held"],
    ]);
  });

  it("GIVEN a quoted title THEN it is nobody's words: not the speaker's, not a continuation of the last speaker", () => {
    const out = said(["“Ten years ago a school was born,” the Vale Trust says on “The School Countdown”.", "On a new website, “The School Countdown”, the trust asks parents to sign up."]);
    expect(out).toEqual([["vale trust", "Ten years ago a school was born"]]);
  });
});

describe("roles written before a name in commas", () => {
  it("GIVEN 'the coroner, <name>,' or 'a spokeswoman for the airline, <name>,' THEN that is the person's role", () => {
    const a = analyseArticle(article(["The coroner, Judith Vale, said the death was accidental.", "A spokeswoman for the airline, Maria Gomez, said flights would resume.", "He met the mayor of the town in the square, then left."]));
    const role = (id: string) => a.entities.find((e) => e.id === id)!.roles[0];
    expect(role("judith vale")).toBe("coroner");
    expect(role("maria gomez")).toBe("spokeswoman for the airline");
  });

  it("GIVEN a place or thing before the comma THEN no role is made of it", () => {
    const a = analyseArticle(article(["In the city, Judith Vale said the roads were clear."]));
    expect(a.entities.find((e) => e.id === "judith vale")!.roles).toEqual([]);
  });
});

describe("reported speech in the forms news writes it", () => {
  it("GIVEN 'was quoted as saying', 'a spokesman for <body>' and a relative clause holding a number THEN each speaker is found", () => {
    expect(said(["Senator Karl Dunn was quoted by the Ledger as saying that the vote was rigged.", "A spokesman for Northgate Hospital said the wards were full.", "The union, which represents 5,000 nurses, warned that staff were exhausted."])).toEqual([
      ["karl dunn", "the vote was rigged"],
      ["northgate hospital", "the wards were full"],
      ["union", "staff were exhausted"],
    ]);
  });

  it("GIVEN a scene-setting opener ('In an interview with …,') THEN what follows the verb is what was said", () => {
    expect(said(["In an interview with the Daily Star on Sunday, Ruth Pell said profits had doubled."])).toEqual([["ruth pell", "profits had doubled"]]);
  });

  it("GIVEN a few quoted words inside a reported clause THEN the clause is what was said", () => {
    expect(said(["Jo Park said in a statement on Monday that the figures were “unacceptable”."])).toEqual([["jo park", "the figures were “unacceptable”"]]);
  });

  it("GIVEN 'X's comments came after …' THEN 'comments' is a noun and nobody speaks", () => {
    expect(said(["Jo Park met the nurses.", "Park's comments came after the union threatened to strike."])).toEqual([]);
  });

  it("GIVEN a quotation, then the lowercase words describing its speaker THEN the quotation is the speaker's, and whom it was told is not", () => {
    expect(said(["“We have no choice,” union secretary Amy Lowe told The Guardian."])).toEqual([["amy lowe", "We have no choice"]]);
  });

  it("GIVEN 'the police spokesman said' after the mayor spoke THEN it is someone new, never the mayor", () => {
    const out = said(["Mayor Lena Ortiz said the barriers held.", "The police spokesman said two people were arrested."]);
    expect(out[1]![0]).not.toBe("lena ortiz");
    expect(out[1]![1]).toBe("two people were arrested");
  });
});

describe("terms in quotation marks, verbs with other senses, names with a generation", () => {
  it("GIVEN a one-word nickname or a two-word term in quotation marks THEN it is no one's statement", () => {
    const out = said(["“We train hard,” Colonel Ann Vey said.", "Known as the “Ironside” battalion, the unit trains in the desert.", "The drills get them ready for “real missions.”"]);
    expect(out).toEqual([["ann vey", "We train hard"]]);
  });

  it("GIVEN 'observed the drill' THEN nothing is reported; 'observed that …' still reports", () => {
    expect(said(["General Ann Vey observed the final part of the drill.", "Vey observed that the troops were tired."])).toEqual([["ann vey", "the troops were tired"]]);
  });

  it("GIVEN '<what was said>, X told <whom> at <where> today' THEN what came before is what X told them", () => {
    expect(said(["Every unit is ready for the winter, Defense Secretary Ann Vey told Marines at Camp Tarn in Nevada today."])).toEqual([["ann vey", "Every unit is ready for the winter"]]);
  });

  it("GIVEN 'Deputy Secretary William J. Tarn III said' THEN the person speaks, and a body's long name ('Conference on National Security Strategy') is no person a pronoun could mean", () => {
    const out = said([
      "“Aid is arriving,” Deputy Secretary William J. Tarn III said here today.",
      "Tarn spoke at the Institute for Policy Analysis Conference on National Security Strategy.",
      "Servicemembers, Tarn said, are working in hard conditions.",
      "As of today, he said, 900 troops are ashore.",
    ]);
    expect(out).toEqual([
      ["william j. tarn", "Aid is arriving"],
      ["william j. tarn", "servicemembers are working in hard conditions"],
      ["william j. tarn", "900 troops are ashore"],
    ]);
  });
});

describe("a person's description right before the name", () => {
  it("GIVEN 'Tunisia's coach Nabil Maaloul said' THEN 'Tunisia's coach' is his role", () => {
    const a = analyseArticle(article(["After the match, Tarn's coach Ola Brun said, “We played well.”"]));
    expect(a.entities.find((e) => e.id === "ola brun")!.roles).toEqual(["Tarn's coach"]);
  });
});

describe("quotations carried by less common verbs and by documents", () => {
  it("gives a quotation after a colon to who posted, responded, complained or went on", () => {
    const out = said([
      "Mayor Petra Vale posted a message on her website: “This vote betrays the east end.”",
      "Tom Berg responded: “The terminal loses money.”",
      "Union leader Maja Strand complained: “Nobody asked the workers.”",
      "Port director Karin Lund went on: “The ferries are unsafe.”",
    ]);
    expect(out).toEqual([
      ["petra vale", "This vote betrays the east end"],
      ["tom berg", "The terminal loses money"],
      ["maja strand", "Nobody asked the workers"],
      ["karin lund", "The ferries are unsafe"],
    ]);
  });

  it("reads 'asked', 'pointed out', 'countered' as saying only where they report words", () => {
    const out = said([
      "Ivo Kern asked: “Where will these people go?”",
      "Strand pointed out that the mill had stood for a century.",
      "Berg countered that the mill lost money.",
      "Kern asked the council to delay the vote.",
      "Sales continued to grow.",
    ]);
    expect(out).toEqual([
      ["ivo kern", "Where will these people go?"],
      ["strand", "the mill had stood for a century"],
      ["berg", "the mill lost money"],
    ]);
  });

  it("gives a document's words to its owner: a possessive, 'from', 'on X's website', or who issued it", () => {
    const out = said([
      "Mayor Petra Vale and the Ferry Workers Union met on Monday.",
      "A message on the Ferry Workers Union's website reads: “We will strike.”",
      "A letter from Petra Vale said the vote was unlawful.",
      "According to a statement from the Ferry Workers Union, “the strike starts at dawn.”",
      "The union issued a statement on Tuesday. The statement read: “We stand with every worker.”",
    ]);
    expect(out).toEqual([
      ["ferry workers union", "We will strike"],
      ["petra vale", "the vote was unlawful"],
      ["ferry workers union", "the strike starts at dawn"],
      ["ferry workers union", "We stand with every worker"],
    ]);
  });

  it("gives a quotation in the next paragraph to who 'posted a message on Facebook:'", () => {
    expect(said(["Mayor Petra Vale posted a message on Facebook:", "“The ferry will run again.”"])).toEqual([["petra vale", "The ferry will run again"]]);
  });

  it("never gives a document's or another person's introduced quotation to the previous speaker", () => {
    const out = said([
      "“We are leaving,” Mayor Petra Vale said.",
      "In a video posted online, Berg says “I will fight this.”",
      "A notice read: “Closed until further notice.”",
      "Tom Berg shouted: “Shame on you all.”",
    ]);
    // Tom Berg's shout is his own, never the mayor's.
    expect(out).toEqual([
      ["petra vale", "We are leaving"],
      ["berg", "I will fight this"],
      ["tom berg", "Shame on you all"],
    ]);
    // What a sign reads, or a question put to the speaker, is not the speaker's words either.
    expect(said(["“We are leaving,” Mayor Petra Vale said.", "A sign on the gate read: “No entry for anyone today.”"])).toEqual([["petra vale", "We are leaving"]]);
    expect(said(["“We are leaving,” Mayor Petra Vale said.", "She was asked: “Will you resign this week?”"])).toEqual([["petra vale", "We are leaving"]]);
  });

  it("gives 'the union wrote' to the one body named with that word, and '“…,” one resident wrote' to that unnamed resident, never to the last speaker", () => {
    const out = said([
      "Mayor Petra Vale met the Harbour Union on Monday.",
      "The union wrote on its page: “Join us at noon tomorrow.”",
      "“Nobody listens to us here,” one resident wrote.",
    ]);
    expect(out).toEqual([["harbour union", "Join us at noon tomorrow"], ["one resident", "Nobody listens to us here"]]);
  });
});

describe("according to a body's figures", () => {
  it("gives what 'according to the council's figures' or 'according to data from the agency' reports to the body", () => {
    const out = said([
      "According to the council's figures, fewer than 200 people used the pool each week.",
      "Visits fell by half last year, according to data from the agency.",
    ]);
    expect(out).toEqual([
      ["council", "fewer than 200 people used the pool each week"],
      ["agency", "Visits fell by half last year"],
    ]);
  });
});

describe("a role after the name, tied to a body without an article", () => {
  it("GIVEN 'said Tim Vale, senior economist at Norbank' THEN 'senior economist at Norbank' is his role, and a question by that role finds him", () => {
    const paragraphs = ["“Prices will keep rising until the summer,” said Tim Vale, senior economist at Norbank."];
    expect(analyseArticle(article(paragraphs)).entities.find((e) => e.id === "tim vale")!.roles).toEqual(["senior economist at Norbank"]);
    const a = createEngine([article(paragraphs)]).ask("What did the Norbank economist say?");
    expect(a.citations[0]!.sentence).toContain("Prices will keep rising");
  });

  it("still reads no role from a clause after the name ('said Tim Vale, adding that …')", () => {
    const a = analyseArticle(article(["“Prices will rise,” said Tim Vale, adding that wages at Norbank would not."]));
    expect(a.entities.find((e) => e.id === "tim vale")!.roles).toEqual([]);
  });
});

describe("no junk speakers", () => {
  it("gives 'his remarks at the meeting described' to the man the pronoun stands for, never to 'his remarks' or 'the meeting'", () => {
    const out = said(["Mayor Tomas Reyes visited the harbour.", "Reyes denied any fault, although his remarks at the meeting described the flooding as a disaster."]);
    expect(out.length).toBeGreaterThan(0);
    expect(new Set(out.map(([who]) => who))).toEqual(new Set(["tomas reyes"]));
  });

  it("gives 'its statement added' to the body that spoke last", () => {
    const out = said(["The Harbour Union said on Monday that it would strike.", "Its statement added that talks had failed."]);
    expect(out.map(([who]) => who)).toEqual(["harbour union", "harbour union"]);
  });

  it("reads 'in comments reported on …' after 'X said' as no second speaker", () => {
    const out = said(["“We will hold prices steady,” Lena Ortiz said today in comments reported on the bank's website."]);
    expect(out.map(([who]) => who)).toEqual(["lena ortiz"]);
  });

  it("gives 'The Kestrel-4 project manager stated' to that manager, never as more words of the person quoted before", () => {
    const out = said(["Ann Roe, the President of Velmora, thanked the crew. She also said that she “would like to thank the families”. The Kestrel-4 project manager stated that “this is a moment of joy”."]);
    // "thanked the crew" is a stand she took, a statement of hers too.
    expect(out.map(([who]) => who)).toEqual(["ann roe", "ann roe", expect.stringMatching(/manager/)]);
  });

  it("gives 'residents in the area said' to the residents, not to the area", () => {
    const out = said(["Residents in the area said the water rose quickly."]);
    expect(out).toEqual([["residents in the area", "the water rose quickly"]]);
  });
});

describe("words describing the speaker between her name and the verb", () => {
  it("gives the verb to the person the clause opens with, past an appositive no comma closes", () => {
    expect(said(["Mara Quell, an analyst at the Institute for Trade and Coastal Studies told the Ledger: “Tariffs will rise.”"])).toEqual([["mara quell", "Tariffs will rise"]]);
    expect(said(["Tomas Brink, adviser to the port authority on shipping said in an interview, “The docks are full.”"])).toEqual([["tomas brink", "The docks are full"]]);
    expect(said(["Oren Vasquez, the mayor's spokesman said the road would reopen."])).toEqual([["oren vasquez", "the road would reopen"]]);
  });

  it("past a relative clause, whether or not a comma closes it, and past the body a person is of", () => {
    expect(said(["Ilse Marten, who covers the courts for Harbour Radio said, “The trial is over.”"])).toEqual([["ilse marten", "The trial is over"]]);
    expect(said(["After the final, 19-year-old Kessa, who sang about rivers, storms, and old bridges, said, “I am grateful.”"])).toEqual([["kessa", "I am grateful"]]);
    expect(said(["Dana Loyle of the Green Valley party tweeted, “We will win.”"])).toEqual([["dana loyle", "We will win"]]);
  });

  it("reads “who said” after an appositive as the person's words, not the body's that ends it", () => {
    expect(said(["The report quotes Piet Avers, an inspector with the Northern Fisheries Department, who said the nets were illegal."])).toEqual([["piet avers", "the nets were illegal"]]);
  });

  it("leaves the verb to a new subject when the words after the name open a clause of their own", () => {
    expect(said(["Rena Colt, 34, was charged on Monday, the police said."]).map(([who]) => who)).toEqual(["police"]);
  });
});

describe("no speaker where the words only look like one", () => {
  it("takes the speaker after the verb only where the verb follows a quotation or a comma", () => {
    expect(said(["Tom Lee claimed Britain believed Kenya is “poor”."]).map(([who]) => who)).toEqual(["tom lee"]);
    expect(said(["Officials have denied reports he is ill."]).map(([who]) => who)).toEqual(["officials"]);
  });

  it("reads a name given after a comma as a name, and a 'was also told' as the hearer", () => {
    expect(said(["The radio reported on one such club, called Riverside, whose members found the fish."]).map(([who]) => who)).toEqual(["radio"]);
    expect(said(["Before the fire, Lund had bought petrol, the court was also told."])).toEqual([]);
  });

  it("gives the verb to the noun before 'of' a person or 'in' a place, and to a subject past 'however'", () => {
    expect(said(["Aides of Hana Ruiz say that the truce holds."])).toEqual([["aides of hana ruiz", "the truce holds"]]);
    expect(said(["Media in the Netherlands says the dam broke."])).toEqual([["media in the netherlands", "the dam broke"]]);
    // A person noun before "at" / "from" a body: the person speaks, not the school.
    expect(said(["The teacher at Dravmont High School said the theft happened at night."])).toEqual([["teacher at dravmont high school", "the theft happened at night"]]);
    expect(said(["A 2009 UN report, however, called Ruiz's militia a “danger to the region.”"]).map(([who]) => who)).toEqual(["2009 un report"]);
  });
});

describe("more places a speaker stands", () => {
  it("after the verb at the sentence's end, where the full stop clings to the noun", () => {
    expect(said(["“The river rose overnight,” said the witness."])).toEqual([["witness", "The river rose overnight"]]);
    expect(said(["Reporters met a farmer who asked not to be named. “We lost the barn,” said the source. “The cows are gone.”"]).map(([who]) => who)).toEqual(["source", "source"]);
  });

  it("past 'further' between the name and the verb, and in 'according to him'", () => {
    expect(said(["Ravi Onwu toured the port.", "Onwu further said that the cranes were old."])).toEqual([["ravi onwu", "the cranes were old"]]);
    expect(said(["“We will stay,” Ravi Onwu said. According to him, the port had never closed."]).map(([who]) => who)).toEqual(["ravi onwu", "ravi onwu"]);
  });
});

describe("'according to' several sources", () => {
  it("gives the words to the sources, not to the person named after the comma", () => {
    expect(said(["According to several witnesses, Omar Tade fled the city."])).toEqual([["several witnesses", "Omar Tade fled the city"]]);
  });
});
