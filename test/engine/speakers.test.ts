import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { understandQuestion } from "../../src/engine/understandQuestion.ts";

// An invented article: a health survey, a foundation, a ministry and two countries that speak.
const engine = createEngine([
  article(
    [
      "Professor Ruth Kane, Director of the National Salt Survey, said children in Ruritania are not getting enough iodine.",
      "\"Pregnant women are getting about half of what they need,\" she said. \"That alarms me.\"",
      "The foundation's treasurer Omar Diaz said the survey cost less than planned.",
      "Chile says the monitoring will continue. Peru stated it would stop funding the programme if prices rise.",
      "The survey was carried out in 2019 across 80 schools.",
    ],
    "2021-03-01",
    "salt",
  ),
]);

describe("what did <role> say", () => {
  it("resolves a role with 'of' to the person who holds it", () => {
    const a = engine.ask("What did the director of the national salt survey say about pregnant women?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.sentence).toContain("about half");
  });

  it("resolves a possessive role to the person who holds it", () => {
    const a = engine.ask("What did the foundation's treasurer say?");
    expect(a.citations[0]!.sentence).toContain("Omar Diaz");
  });

  it("declines a role nobody in the articles holds, rather than quote someone else", () => {
    expect(engine.ask("What did the health minister say?").answered).toBe(false);
  });

  it("declines what a speaker said about a topic they never touched", () => {
    expect(engine.ask("What did Omar Diaz say about pregnant women?").answered).toBe(false);
  });
});

describe("who said", () => {
  it("names a country as the speaker of a paraphrase, with the name as the short answer", () => {
    const a = engine.ask("who says the monitoring is gonna keep going");
    expect(a.short).toBe("Chile");
    expect(a.citations[0]!.sentence).toContain("will continue");
  });

  it("declines a phrase nobody said, and a question given as a phrase", () => {
    expect(engine.whoSaid("the programme will double its budget").answered).toBe(false);
    expect(engine.whoSaid("How many schools took part?").answered).toBe(false);
    expect(engine.whoSaid("alarms me").short).toBe("Ruth Kane");
  });

  it("never names a place from the reported clause as the speaker", () => {
    const a = engine.ask("Who said children in Ruritania are not getting enough iodine?");
    expect(a.short).toBe("Ruth Kane");
  });
});

describe("what did X say about T", () => {
  const studio = createEngine([
    article(
      [
        "Curator Ada Quill said, \"[Vance] liked the way old cameras looked\".",
        "Quill also said Vance was both a painter and a businessperson.",
      ],
      "2021-03-01",
      "studio",
    ),
  ]);

  it("prefers the statement on the topic to a direct quotation off it", () => {
    const a = studio.ask("What did Ada Quill say about Vance as a businessman?");
    expect(a.citations[0]!.sentence).toContain("businessperson");
  });

  it("still prefers a direct quotation when both touch the topic alike", () => {
    expect(studio.ask("What did Ada Quill say about Vance?").citations[0]!.sentence).toContain("old cameras");
  });
});

describe("a misspelt name is still a name, not a role", () => {
  const clinic = createEngine([
    article(["Professor Ines Vandermolen, head of the Clinic Trust, says teenage boys eat too much salt."], "2021-03-01", "clinic"),
  ]);

  it("reads 'ines vandermolin' (first name and misspelt surname) as the person", () => {
    const a = clinic.ask("wat did ines vandermolin say about teenage boys");
    expect(a.text).toMatch(/^Ines Vandermolen .*said|^Ines Vandermolen .*says/);
    expect(a.citations[0]?.sentence).toContain("teenage boys");
  });

  it("reads a misspelt title before the surname ('profesor') as part of the name", () => {
    expect(clinic.ask("what did profesor vandermolen say about salt").text).toMatch(/^Ines Vandermolen .*says/);
  });
});

describe("who said, in other words than the article's", () => {
  const gallery = createEngine([
    article(
      [
        "\"I think the public's obsession with fame is as strong today as it was when Vance was living\", said curator Ada Quill.",
        "The Bureau of Farming says some beans may give higher yields with more carbon dioxide.",
        "Tom Reyes said the museum would close in winter.",
      ],
      "2021-03-01",
      "gallery",
    ),
  ]);

  it("matches a paraphrase through synonym groups (fascination/obsession, lifetime/living)", () => {
    expect(gallery.ask("Who said the fascination with fame is as strong now as in Vance's lifetime?").short).toBe("Ada Quill");
  });

  it("reads a formula and its name as one word, and a chat spelling of 'said'", () => {
    expect(gallery.ask("who sed beans might do better with CO2").text).toContain("Bureau of Farming");
  });

  it("still declines what no one said", () => {
    expect(gallery.ask("Who said the museum would open a new wing?").answered).toBe(false);
  });
});

describe("typo correction", () => {
  const index = new KnowledgeIndex([analyseArticle(article(["The ground floor flooded on Monday."], "2021-03-01", "floor"))]);

  it("does not take a word for a typo of a much longer one ('grow' is not 'ground')", () => {
    expect(understandQuestion("Did the grow room flood?", index).words).toContain("grow");
  });

  it("does not take an English word two letters from an article's word for a typo of it ('letter' is not 'later')", () => {
    const later = new KnowledgeIndex([analyseArticle(article(["The minister wrote later that the floor had flooded."], "2021-03-01", "later"))]);
    expect(understandQuestion("What did the minister say in his letter?", later).words).toContain("letter");
  });

  it("still corrects a letter dropped or changed", () => {
    expect(understandQuestion("Did the grund floor flood?", index).words).toContain("ground");
  });
});

describe("conversations about speakers", () => {
  it("'what else did they say?' after a role question gives the next statement, not the same one", () => {
    const c = { turns: [] };
    const first = engine.ask("What did the director of the national salt survey say?", c);
    const second = engine.ask("What else did they say?", c);
    expect(second.answered).toBe(true);
    expect(second.citations[0]!.sentence).not.toBe(first.citations[0]!.sentence);
    expect(second.text).toContain("Ruth Kane");
  });

  it("'who said that?' names the speaker of the cited statement, or says the article itself states it", () => {
    const c = { turns: [] };
    engine.ask("What did Peru say about funding?", c);
    expect(engine.ask("who said that?", c).short).toBe("Peru");
    const d = { turns: [] };
    expect(engine.ask("How many schools are there?", d).short).toBe("80");
    const own = engine.ask("who said that?", d);
    expect(own.text).toMatch(/article itself/);
  });
});

describe("abbreviated titles in questions", () => {
  const trust = createEngine([
    article(["J.R. Okafor, chief financial officer and treasurer at the Delta Trust, said 40 schools had applied for grants."], "2021-03-01", "trust"),
  ]);

  it("reads 'the trust's CFO' as the chief financial officer the article names", () => {
    const a = trust.ask("What did the trust's CFO say?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.sentence).toContain("40 schools");
  });

  it("leaves a time ('2 pm') alone", () => {
    const index = new KnowledgeIndex([analyseArticle(article(["The doors opened on Friday afternoon."], "2021-03-01", "doors"))]);
    expect(understandQuestion("What happened at 2 pm?", index).words).not.toContain("minister");
  });

  it("still declines an abbreviated title nobody holds", () => {
    expect(trust.ask("What did the trust's CEO say?").answered).toBe(false);
  });
});

describe("what did X say about T, where T is in the sentence the statement carries on", () => {
  const engine = createEngine([
    article(
      [
        "The old bridge over the Tarn had been closed since March after cracks appeared in its main arch.",
        "By then, \"the stone was crumbling and the whole span was moving\", according to the Valley Gazette.",
        "The Valley Gazette also reported that the new market would open in May.",
      ],
      "2022-06-14",
      "bridge",
    ),
  ]);

  it("finds the statement on the topic the sentence before it names", () => {
    const a = engine.ask("What did the Valley Gazette report about the bridge?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.sentence).toMatch(/stone was crumbling/);
  });

  it("still declines a topic neither the statement nor the sentence before it names", () => {
    expect(engine.ask("What did the Valley Gazette report about the election?").answered).toBe(false);
  });
});

describe("what did X say, by profession, by medium, in the speaker's own words", () => {
  const engine = createEngine([
    article(
      [
        "Lena Brack, 34, is on trial in Dunmore for the death of her neighbour's dog.",
        "By the end, the dog's owners were in tears, and in the words of the Crown prosecutor, Ivo Sand, QC, “the animal suffered for weeks.”",
        "Mr. Sand also told the court that “the owners warned her twice about the fence.”",
        "Speaking in Brack's defense, Mira Holt, SC, said that, as the fence belonged to the council, Brack should be found not guilty.",
        "“Ten years ago, a bridge was born. Now it is time to say goodbye,” the Vale Trust says on “The Bridge Countdown”.",
        "According to the Dunmore Herald, the council has never repaired the fence.",
      ],
      "2021-05-08",
      "trial",
    ),
  ]);

  it("GIVEN a rank after a name ('SC') THEN 'the defence lawyer' (either spelling) finds that barrister, and not the prosecutor", () => {
    for (const q of ["What did the defence lawyer say?", "what did the defense lawyer say"]) {
      const a = engine.ask(q);
      expect(a.answered).toBe(true);
      expect(a.citations[0]!.sentence).toContain("Mira Holt");
    }
    expect(engine.ask("What did the prosecutor say?").citations[0]!.sentence).toContain("Sand");
  });

  it("GIVEN 'say on the countdown site' THEN the site is where it was said, not a topic the statement must hold", () => {
    const a = engine.ask("What does the Vale Trust say on the countdown site?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Vale Trust says: “Ten years ago/);
    expect(engine.ask("What does the Vale Trust say about the election?").answered).toBe(false);
  });

  it("GIVEN two statements whose sentences name the topic THEN the one saying it in the speaker's own words leads", () => {
    const a = engine.ask("What did Sand say about the owners?");
    expect(a.citations[0]!.sentence).toContain("warned her twice");
  });

  it("GIVEN a source named by 'according to' or 'in the words of' THEN the answer opens with that phrase", () => {
    expect(engine.ask("What did the Dunmore Herald report?").text).toMatch(/^According to Dunmore Herald, the council has never repaired the fence/);
    expect(engine.ask("What did the Crown prosecutor say about the animal?").text).toMatch(/^In the words of Ivo Sand \(Crown prosecutor, QC\): “the animal suffered/);
  });
});

describe("what did <body> / <description> say, when no one is named for it", () => {
  const engine = createEngine([
    article(
      [
        "A flood closed the Tarn road on Friday.",
        "A spokesman for Northgate Hospital said the wards were full.",
        "A statement from the Ministry of Transport said the bridge would close for repairs.",
        "The union, which represents 5,000 nurses, warned that staff were exhausted.",
        "“This is a dark day,” said Father Tom Hale, the parish priest.",
        "Ann Vole was taken to hospital on Saturday.",
        "By then, “her lungs were failing”, according to the Tarn Courier.",
        "Union secretary Amy Lowe went on to say that nurses deserved better pay.",
      ],
      "2022-02-01",
      "flood",
    ),
  ]);

  it("GIVEN 'the <body> spokesman' THEN the body that spoke through an unnamed spokesman answers", () => {
    expect(engine.ask("What did the Northgate Hospital spokesman say?").citations[0]!.sentence).toContain("wards were full");
  });

  it("GIVEN 'the transport ministry' THEN the Ministry of Transport answers", () => {
    expect(engine.ask("What did the transport ministry say?").citations[0]!.sentence).toContain("bridge would close");
  });

  it("GIVEN a group named by a description ('the nurses union') or a role after the name ('the parish priest') THEN it answers", () => {
    expect(engine.ask("What did the nurses union say?").text).toMatch(/^The union warned that staff were exhausted/);
    expect(engine.ask("What did the priest say?").text).toMatch(/^Father Tom Hale \(parish priest\) said: “This is a dark day”/);
  });

  it("GIVEN 'about <name>'s condition' THEN a statement about that person is on the topic; another topic is still declined", () => {
    const a = engine.ask("What did the Tarn Courier report about Ann Vole's condition?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.sentence).toContain("lungs were failing");
    expect(engine.ask("What did the Tarn Courier report about the bridge?").answered).toBe(false);
  });

  it("GIVEN 'X went on to say that …' THEN X said it", () => {
    expect(engine.ask("What did Amy Lowe say about pay?").text).toMatch(/said that nurses deserved better pay/);
  });

  it("still declines a body or role no one in the articles speaks for", () => {
    expect(engine.ask("What did the archbishop say?").answered).toBe(false);
    expect(engine.ask("What did the fire brigade spokesman say?").answered).toBe(false);
  });
});

describe("other ways of asking what someone said", () => {
  const engine = createEngine([
    article(
      [
        "Mayor Lena Ortiz said the flood barriers held overnight.",
        "Senator Karl Dunn was quoted as saying that the vote was rigged.",
        "The hospital confirmed that three patients were in critical condition.",
      ],
      "2022-03-01",
      "asking",
    ),
  ]);

  it.each([
    ["What was the mayor's reaction?", "flood barriers"],
    ["How did the hospital respond?", "three patients"],
    ["What did Dunn allege?", "vote was rigged"],
    ["What were Ortiz's comments?", "flood barriers"],
  ])("GIVEN %s THEN the speaker's statement answers", (q, words) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.sentence).toContain(words);
  });

  it("still declines the reaction of someone never quoted", () => {
    expect(engine.ask("What was the governor's reaction?").answered).toBe(false);
  });
});

describe("what did X tell <whom> about T", () => {
  const engine = createEngine([
    article(
      ["“You keep our edge sharp,” Defense Secretary Ann Vey told the Marines.", "Next week is the holiday, the secretary said, “and I thank your families.”"],
      "2016-11-15",
      "tell",
    ),
  ]);

  it("GIVEN 'tell the Marines about T' THEN the Marines are whom it was told, and T is the topic", () => {
    expect(engine.ask("What did Vey tell the Marines about their edge?").citations[0]!.sentence).toContain("edge sharp");
    expect(engine.ask("What did the secretary tell the Marines about the holiday?").citations[0]!.sentence).toContain("thank your families");
    expect(engine.ask("What did Vey tell the Marines about the budget?").answered).toBe(false);
  });
});

describe("the topic, with verbs that say little and quotations that finish the article's clause", () => {
  const engine = createEngine([
    article(
      [
        "Ada Moss claims her passport was taken away from her on the ship.",
        "She worked in the engine room for years.",
        "The Harbour Guild also claims that Moss not having her passport was normal procedure.",
        "The Guild said the crew was paid on time.",
        "Aid sent to flooded Tarn \"is making a grim situation a little better each day,\" Deputy Minister Ola Brun said.",
        "\"We will stay in Tarn until the town recovers,\" Brun said, adding aid will be given \"as long as it is needed.\"",
      ],
      "2021-06-01",
      "topic",
    ),
  ]);

  it("GIVEN 'about her passport being taken' THEN the statement about her passport answers", () => {
    expect(engine.ask("What does the Harbour Guild say about her passport being taken?").citations[0]!.sentence).toContain("normal procedure");
  });

  it("GIVEN a quotation finishing the article's clause THEN that clause's words are what it is about", () => {
    expect(engine.ask("What did Brun say the aid is doing for Tarn?").citations[0]!.sentence).toContain("a little better");
  });

  it("still declines a topic the speaker never touched", () => {
    expect(engine.ask("What does the Harbour Guild say about the storm?").answered).toBe(false);
  });
});

describe("bodies asked about by initials or by their people, and unmarked quotations", () => {
  const engine = createEngine([
    article(
      [
        "A single dose protected six ponies from the fever, according to National Institutes of Animal Health scientists.",
        "The World Weather Organisation (WWO) recommends that every town should keep a flood plan.",
        "Ada Moss claims she was kept on the ship for years.",
        "I was told that my mother had attacked the guild and that I had to cut ties with her.",
        "Then Tarn won the match.",
        "The riders had to cross Rebel territory to reach the race, and the Rebels did not stop them.",
      ],
      "2021-07-01",
      "bodies",
    ),
  ]);

  it("GIVEN 'the NIAH scientists' THEN the National Institutes of Animal Health answer", () => {
    const a = engine.ask("What do the NIAH scientists say the dose did?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^According to National Institutes of Animal Health, a single dose protected six ponies/);
  });

  it("GIVEN 'What does the WWO say?' THEN its recommendation answers", () => {
    expect(engine.ask("What does the WWO say about flood plans?").citations[0]!.sentence).toContain("every town should keep a flood plan");
  });

  it("GIVEN a first-person sentence opening the paragraph after someone's statement THEN it is their words", () => {
    expect(engine.ask("What did Ada Moss say she was told about her mother?").citations[0]!.sentence).toMatch(/^I was told that my mother/);
  });

  it("GIVEN 'the Rebels' or a coach never quoted THEN it is declined, not answered by search", () => {
    const a = engine.ask("What did the Rebels say about the race?");
    expect(a.answered).toBe(false);
    expect(engine.ask("What did Tarn's coach say after the match?").answered).toBe(false);
  });
});

describe("unmarked first person is read only right after a person's statement", () => {
  it("GIVEN an 'I' sentence with no one quoted just before THEN nobody said it", () => {
    const a = analyseArticle(article(["The ship left port in May.", "I was told the ship would return."]));
    expect(a.sentences.flatMap((s) => s.statements)).toEqual([]);
  });
});

describe("a topic noun sharing its stem with a verb of saying", () => {
  const engine = createEngine([
    article(
      [
        "\"The harbour will reopen in the spring, and the ferries will run every hour,\" Mayor Tilda Rask said.",
        "Rask said the allegations against her office were false.",
        "A rival, Nils Orm, alleged that the budget had been misspent.",
      ],
      "2022-04-01",
      "alleg",
    ),
  ]);

  it("GIVEN 'about the allegations' THEN 'allegations' stays the topic (not dropped as 'alleged') and the statement on it answers", () => {
    const a = engine.ask("What did Tilda Rask say about the allegations?");
    expect(a.citations[0]!.sentence).toContain("allegations against her office");
  });

  it("GIVEN 'who alleged …' THEN 'alleged' is still the verb asked with, not a topic", () => {
    expect(engine.ask("What did Nils Orm allege?").citations[0]!.sentence).toContain("misspent");
  });
});

describe("what did X say about T, when X says T in other words", () => {
  const engine = createEngine([
    article(
      [
        "Harbour chief Lena Voss said the new ferry terminal would open in May.",
        "“We will keep the night service running for as long as passengers need it,” Voss said.",
        "Union leader Per Holm said fares would rise in the autumn.",
        "The Tarn ferry has carried passengers since 1950.",
      ],
      "2022-05-01",
      "ferry",
    ),
  ]);

  it("GIVEN a topic only part of whose words the statement holds ('how long the night boats will operate') THEN the statement holding its telling words answers", () => {
    const a = engine.ask("What did Lena Voss say about how long the night boats will operate?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.sentence).toContain("as long as passengers need it");
  });

  it("GIVEN a topic only another speaker touched THEN it declines rather than quote the other speaker", () => {
    expect(engine.ask("What did Lena Voss say about fares?").answered).toBe(false);
  });

  it("GIVEN a topic no statement of X's words touches THEN it still declines", () => {
    expect(engine.ask("What did Lena Voss say about the storm damage?").answered).toBe(false);
  });
});

describe("who said, when the claim's telling word is rare and written in another form", () => {
  const engine = createEngine([
    article(
      [
        "Harbour chief Lena Voss spoke in Tarn on Monday.",
        "Tarn ferries carried more than 2,000 Tarn passengers last week, Voss said.",
        "“We will be in Tarn until the harbour makes a full recovery,” Voss said.",
        "Tarn has three ferry routes.",
      ],
      "2022-05-01",
      "recovery",
    ),
  ]);

  it("GIVEN 'until it recovers' THEN the statement saying 'recovery' is cited, not one that merely names the place", () => {
    const a = engine.ask("Who said the ferries would stay in Tarn until it recovers?");
    expect(a.short).toBe("Lena Voss");
    expect(a.citations[0]!.sentence).toContain("full recovery");
  });

  it("GIVEN a claim nobody made THEN it still declines", () => {
    expect(engine.whoSaid("the ferry company will be sold").answered).toBe(false);
  });
});

describe("what did X say about <role>, when the statement names the person holding it", () => {
  const engine = createEngine([
    article(
      [
        "On Sunday, goalkeeper Rik Sand saved two penalties.",
        "The stadium was full for the first time this season.",
        "“The pitch was far too dry for passing football,” coach Ivo Brand said.",
        "“Sand was magnificent tonight,” Brand said.",
      ],
      "2022-05-01",
      "keeper",
    ),
  ]);

  it("GIVEN 'about the goalkeeper' THEN the statement naming the goalkeeper answers", () => {
    expect(engine.ask("What did Ivo Brand say about the goalkeeper?").citations[0]!.sentence).toContain("magnificent");
  });

  it("GIVEN a role nobody the statements name holds THEN it still declines", () => {
    expect(engine.ask("What did Ivo Brand say about the referee?").answered).toBe(false);
  });
});

describe("who said, when the claim names what it is about", () => {
  const engine = createEngine([
    article(
      [
        "Harbour chief Lena Voss toured Kellby Port on Monday.",
        "“As you know, we are improving safety across the whole coast,” Voss said. “As I saw today, Kellby Port is leading the way.”",
      ],
      "2022-05-01",
      "kellby",
    ),
  ]);

  it("GIVEN a claim naming a place the statement names THEN the statement about that place is cited, though the rest is in other words", () => {
    const a = engine.ask("Who said Kellby Port is out in front on safety?");
    expect(a.short).toBe("Lena Voss");
    expect(a.citations[0]!.sentence).toContain("leading the way");
  });
});

describe("what did X say about T, when the statement points back to T ('after the match')", () => {
  const engine = createEngine([
    article(
      [
        "Norland met Vestia in the final on Sunday. The match ended with Vestia winning 3–1.",
        "Ola Rask scored twice for Vestia. “It felt good out there,” Rask said. After the match, Norland's coach Per Lind said, “We were playing against a faster and stronger side.”",
        "Lind also said the team would rest for a week.",
      ],
      "2022-05-01",
      "final",
    ),
  ]);

  it("GIVEN a team the statement's 'the match' points back to THEN the statement answers", () => {
    const a = engine.ask("What did Norland's coach say about Vestia?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.sentence).toContain("faster and stronger");
  });

  it("GIVEN a topic neither the statement nor what it points back to names THEN it still declines", () => {
    expect(engine.ask("What did Per Lind say about the referee?").answered).toBe(false);
  });
});

describe("what did X say about T, never on the strength of another speaker's words before it", () => {
  const engine = createEngine([
    article(
      [
        "A storm flooded the coastal town of Tarn on Monday.",
        "Mayor Ada Kern said the town would ask the government for emergency funds.",
        "Fire chief Ivo Sand said rescue teams had pulled 40 residents from their roofs.",
      ],
      "2022-05-01",
      "storm",
    ),
  ]);

  it("GIVEN a topic only the previous speaker's sentence holds THEN it declines rather than quote this speaker on it", () => {
    expect(engine.ask("What did Ivo Sand say about the funds?").answered).toBe(false);
    expect(engine.ask("What did Ada Kern say about the funds?").citations[0]!.sentence).toContain("emergency funds");
  });
});

describe("what did X say about the future / their plans", () => {
  const engine = createEngine([
    article(
      [
        "“This is the worst flooding we have seen in fifty years,” Mayor Ada Kern said.",
        "“We will rebuild every home that was lost,” Kern said.",
      ],
      "2022-05-01",
      "future",
    ),
  ]);

  it("GIVEN 'about the future' or 'about her plans' THEN the statement of what will be answers", () => {
    expect(engine.ask("What did Ada Kern say about the future?").citations[0]!.sentence).toContain("will rebuild");
    expect(engine.ask("What did Ada Kern say about her plans?").citations[0]!.sentence).toContain("will rebuild");
  });

  it("GIVEN a future topic with a subject X never spoke of THEN it still declines", () => {
    expect(engine.ask("What did Ada Kern say about the future of the railway?").answered).toBe(false);
  });
});

describe("what did X say about an event, when the statement calls it 'the decision'", () => {
  const engine = createEngine([
    article(
      [
        "The Tarn council voted on Tuesday to shut the town's only public swimming pool at the end of the summer.",
        "Council leader Mia Berg said the pool cost the town 400,000 euros a year to run. “We simply cannot afford it any longer,” she said.",
        "Parents' group chair Tom Vik said the decision was a disgrace.",
      ],
      "2022-05-01",
      "pool",
    ),
  ]);

  it("GIVEN the event the lead tells ('the vote') THEN the statement calling it 'the decision' answers", () => {
    expect(engine.ask("What did Tom Vik say about the vote?").citations[0]!.sentence).toContain("disgrace");
  });

  it("GIVEN a topic neither the statement nor the event names THEN it still declines", () => {
    expect(engine.ask("What did Tom Vik say about the lifeguards?").answered).toBe(false);
  });
});

describe("what did X say was the reason", () => {
  const engine = createEngine([
    article(
      [
        "“This is the worst flooding we have seen in fifty years,” Mayor Ada Kern said.",
        "Kern said the sea wall had failed because it had not been repaired since 1990.",
        "Kern also said the wall would be rebuilt.",
      ],
      "2022-05-01",
      "reason",
    ),
  ]);

  it("GIVEN 'the reason the wall broke' THEN the statement giving a cause answers, though it says 'failed'", () => {
    expect(engine.ask("What did Ada Kern say was the reason the wall broke?").citations[0]!.sentence).toContain("because");
  });

  it("GIVEN the reason for something X gave no cause of THEN it still declines", () => {
    expect(engine.ask("What did Ada Kern say was the reason for the power cut?").answered).toBe(false);
  });
});

describe("'dead' and 'died' are one word to a topic", () => {
  const engine = createEngine([
    article(
      [
        "Fire chief Ivo Sand said rescue teams had pulled 40 residents from their roofs.",
        "Sand said two of the dead were elderly residents who refused to leave their homes.",
      ],
      "2022-05-01",
      "dead",
    ),
  ]);

  it("GIVEN 'about the people who died' THEN the statement about the dead answers", () => {
    expect(engine.ask("What did Ivo Sand say about the people who died?").citations[0]!.sentence).toContain("the dead");
  });
});

describe("a role asked for by the initials of the body the article writes out", () => {
  const engine = createEngine([
    article(
      [
        "Ada Pell, chairman of the National Harbour Safety Board, told a press conference the train had been sent into a siding.",
        "“The signal had been switched off for repairs,” Pell said.",
      ],
      "2022-05-01",
      "initials",
    ),
  ]);

  it("GIVEN 'the NHSB chairman' THEN the chairman of the National Harbour Safety Board answers", () => {
    expect(engine.ask("What did the NHSB chairman say?").citations[0]!.sentence).toContain("switched off");
  });

  it("GIVEN initials no body of the articles has THEN it still declines", () => {
    expect(engine.ask("What did the FAA chairman say?").answered).toBe(false);
  });
});
