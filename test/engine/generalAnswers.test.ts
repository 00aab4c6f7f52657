import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { expectedAnswer } from "../../src/engine/general/expectedAnswer.ts";
import { listSpans, nameSpans, slotSpans, tokenize } from "../../src/engine/general/answerSpans.ts";
import { causeClauses } from "../../src/engine/answers/causeClauses.ts";
import { article } from "./helpers.ts";

// An invented article in news style: none of these sentences is from a real one.
const harbour = createEngine([
  article(
    [
      "The Port Ellery harbour wall collapsed on Tuesday night after a storm surge, officials said.",
      "About 40 families were evacuated from the village of Marrowby, near the harbour.",
      "The repairs will be funded by the Coastal Trust, the Regional Development Fund and the Ministry of Transport.",
      "Harbourmaster Elin Dace said the wall had been inspected in March.",
      "Photographs of the damage showed fishermen wearing orange survival suits on the quay.",
      "The town of Kessock was left out of the emergency plan because its harbour is privately owned.",
      "The findings were published in the Journal of Coastal Engineering last week.",
    ],
    "2024-02-08",
    "harbour",
  ),
]);

describe("what kind of phrase a question wants", () => {
  it.each([
    ["Which company repaired the wall?", "organisation", "company"],
    ["which news agency reported it", "organisation", "agency"],
    ["Which town was evacuated?", "place", "town"],
    ["Which musician played at the gala?", "person", "musician"],
    ["Who funded the repairs?", "agent", null],
    ["Where were families evacuated from?", "place", null],
    ["What were the fishermen wearing?", "thing", null],
    // The question word as chat spells it.
    ["wher were families evacuated from?", "place", null],
    ["wat were the fishermen wearing?", "thing", null],
  ])("%s → %s", (q, type, head) => {
    expect(expectedAnswer(q)).toMatchObject({ type, head });
  });

  it.each(["How many families were evacuated?", "When did the wall collapse?", "Did the wall collapse?"])("%s wants no phrase", (q) => {
    expect(expectedAnswer(q)).toBeNull();
  });
});

describe("phrases of a sentence", () => {
  it("finds names without the title before them, and keeps names joined by 'of'", () => {
    const s = "Emeritus Professor Ann Ruel said the Journal of Coastal Engineering and the National Defense Strategy agree.";
    expect(nameSpans(s, tokenize(s)).map((x) => x.text)).toEqual(["Ann Ruel", "Journal of Coastal Engineering", "National Defense Strategy"]);
  });

  it("types a name ending in a compass word as a place", () => {
    const s = "In the Harbourside East district, voters elected Ann Ruel.";
    expect(nameSpans(s, tokenize(s)).map((x) => [x.text, x.kind])).toEqual([["Harbourside East", "place"], ["Ann Ruel", "name"]]);
  });

  it("keeps a list of names whole", () => {
    const s = "It was funded by the Coastal Trust, the Regional Development Fund and the Ministry of Transport.";
    const tokens = tokenize(s);
    expect(listSpans(s, tokens, nameSpans(s, tokens)).map((x) => x.text)).toEqual(["Coastal Trust, the Regional Development Fund and the Ministry of Transport"]);
  });

  it("takes the phrase after a matched word up to the end of its clause", () => {
    const s = "Photographs showed fishermen wearing orange survival suits and waving at the crowd.";
    const tokens = tokenize(s);
    const aligned = tokens.map((t) => t.lower === "wearing");
    expect(slotSpans(s, tokens, aligned).map((x) => x.text)).toContain("orange survival suits");
  });
});

describe("the general answerer", () => {
  it("answers who did something with the agent of the passive, the whole list", () => {
    const a = harbour.ask("Who funded the repairs?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("Coastal Trust, the Regional Development Fund and the Ministry of Transport");
    expect(a.citations[0]!.sentence).toMatch(/^The repairs will be funded/);
  });

  it("answers which-questions with a name of the kind asked, not one the question already holds", () => {
    expect(harbour.ask("Which journal published the findings?").short).toBe("Journal of Coastal Engineering");
    expect(harbour.ask("Which town was left out of the emergency plan?").short).toBe("Kessock");
  });

  it("answers where with the place after the preposition, past 'the village of'", () => {
    const a = harbour.ask("Where were the families evacuated from?");
    expect(a.short).toMatch(/Marrowby/);
  });

  it("answers what someone was doing with the phrase that fills the question's verb", () => {
    expect(harbour.ask("What were the fishermen wearing in the photographs?").short).toBe("orange survival suits");
  });

  it("declines a property the articles never state", () => {
    expect(harbour.ask("What is the population of Port Ellery?").answered).toBe(false);
  });

  it("explains itself: the rule, the answerer and the candidates it weighed", () => {
    const t = harbour.ask("Who funded the repairs?").trace!;
    expect(t.kind).toBe("who");
    expect(t.rule).toBe("who");
    const step = t.steps.find((s) => s.outcome === "answered")!;
    expect(step.answerer).toBe("factoid");
    expect(step.candidates!.length).toBeGreaterThan(1);
    expect(step.candidates![0]!.score).toBeGreaterThanOrEqual(step.candidates![1]!.score);
  });
});

describe("why", () => {
  it("finds cause and purpose clauses", () => {
    expect(causeClauses("The wall collapsed after a storm surge, officials said.").map((c) => c.text)).toEqual(["after a storm surge"]);
    expect(causeClauses("Troops stayed to help train local forces.").map((c) => c.text)).toEqual(["to help train local forces"]);
  });

  it("leads with the cause stated after the event asked about", () => {
    const a = harbour.ask("Why was Kessock left out of the emergency plan?");
    expect(a.text.split("\n")[0]).toBe("Because its harbour is privately owned.");
  });
});

describe("why, in the article's own words", () => {
  const fair = createEngine([
    article(
      [
        "The report comes after the two villages exchanged insults at the fair yesterday.",
        "Yesterday, the village of Orsk threw eggs aimed at a scarecrow in the village of Tarn that mocks the mayor of Orsk.",
        "Mira Tell, a second-year student, admitted she was willing to miss a lecture to attend the fair. Why did she so badly want to attend? \"It's the fair. It is a tradition.\"",
      ],
      "2024-02-08",
      "fair",
    ),
  ]);

  it("gives the cause after the event even when a word of the question stands inside the cause", () => {
    expect(fair.ask("Why did Orsk throw eggs at Tarn?").text.split("\n")[0]).toMatch(/^Aimed at a scarecrow/);
  });

  it("answers with the reply to a question the article asks itself about the person, named by a pronoun", () => {
    const a = fair.ask("why did mira tell want to attend so badly?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.sentence).toContain("It is a tradition");
  });
});

describe("which-questions about things", () => {
  const browsers = createEngine([
    article(
      [
        "With its Orbit 5 browser almost complete, the company wants users to leave the old version.",
        "On a new website, \"The Orbit Farewell\", the company counts down the old browser's share.",
      ],
      "2011-03-05",
      "browsers",
    ),
  ]);

  it("answers 'which <noun>' with a name next to that noun, never a loose phrase", () => {
    expect(browsers.ask("Which browser is almost complete?").short).toBe("Orbit 5");
  });

  it("answers 'what's the name of' with a name or a quoted title", () => {
    expect(browsers.ask("What's the name of the company's countdown website?").short).toBe("The Orbit Farewell");
  });
});

describe("ages in apposition", () => {
  const family = createEngine([
    article(["Ivo Marsh, 51, and his sister Lena Marsh, 47, from Dover, opened the bakery in 1990."], "2020-05-01", "family"),
  ]);

  it("gives the age written after the person asked about, not after the first name in the sentence", () => {
    expect(family.ask("How old is Lena Marsh?").short).toBe("47");
    expect(family.ask("How old is Ivo Marsh?").short).toBe("51");
  });
});

describe("the general answerer and a name the question asks about", () => {
  const engine = createEngine([
    article([
      "Other candidates elected in this district were Gary Holm of the Tidewater Party and Ann Roe.",
      "Gary Vance of the Meadow Democrats failed to get re-elected, and resigned from his leadership in his party due to its defeat.",
    ]),
  ]);

  it("answers from a sentence naming the whole name asked, not one sharing a first name", () => {
    const a = engine.ask("Which party was Gary Vance leading?");
    expect(a.citations[0]?.sentence ?? "").toContain("Gary Vance");
    expect(a.short).toBe("Meadow Democrats");
  });
});

describe("which <noun> of a list: the name right after its title noun", () => {
  // Invented.
  const show = createEngine([
    article(
      [
        "The Porthaven festival shows portraits of painter Mara Voss; sculptor Ivo Brandt of Kestrel Works; potters Lin Ode and Sam Rue; and dancer Tove Lind.",
        "Crowds filled the quay on the opening night.",
      ],
      "2024-05-02",
      "festival",
    ),
  ]);

  it("answers with the name its noun stands before, not a neighbour after a semicolon", () => {
    expect(show.ask("Which Kestrel Works sculptor is in the Porthaven portraits?").short).toBe("Ivo Brandt");
    expect(show.ask("Which dancer is in the Porthaven portraits?").short).toBe("Tove Lind");
  });

  it("leaves out an 'of' phrase the question already gives", () => {
    const a = show.ask("Which Kestrel Works sculptor is in the Porthaven portraits?");
    expect(a.text).not.toMatch(/^Ivo Brandt of Kestrel Works/);
  });
});

describe("who did it: the person titled with the verb's agent noun", () => {
  // Invented.
  const gallery = createEngine([
    article(
      [
        "The Porthaven Gallery opened a lantern show on Friday.",
        "The lanterns were lent by the Kessel Trust, according to Ada Marsh, lecturer in design and curator of the show.",
        "Visitor Tom Reid praised the show.",
      ],
      "2024-05-02",
      "gallery",
    ),
  ]);

  it("answers 'who curated X' with the curator of X, though the question's name qualifies the act", async () => {
    const { agentNouns } = await import("../../src/analysis/agentNouns.ts");
    expect(agentNouns("curated")).toContain("curator");
    expect(agentNouns("founded")).toContain("founder");
    expect(agentNouns("wrote")).toContain("writer");
    expect(agentNouns("planned")).toContain("planner");
    const a = gallery.ask("Who curated the Porthaven show?");
    expect(a.short).toBe("Ada Marsh");
    expect(a.citations[0]!.sentence).toMatch(/curator of the show/);
  });

  // Invented.
  const rowing = createEngine([
    article(
      [
        "According to the Dunmore crew's coach, Pella Varga, in their first heat, the crew's boat, named \"Grey Heron,\" finished a length ahead of the Ostrava and Lund crews.",
        "The regatta ends on Sunday.",
      ],
      "2024-05-02",
      "rowing",
    ),
  ]);

  it("GIVEN a verb in the present whose noun is the same word THEN 'who coaches X' is the coach of X, the owner written before the title", async () => {
    const { agentNouns } = await import("../../src/analysis/agentNouns.ts");
    expect(agentNouns("coaches")).toContain("coach");
    expect(agentNouns("leads")).toContain("leader");
    const a = rowing.ask("who coaches the dunmore crew?");
    expect(a.short).toBe("Pella Varga");
  });
});

describe("where: a place that opens a list of places is the whole list", () => {
  // Invented.
  const survey = createEngine([
    article(
      [
        "A survey of 900 farmers was carried out in Queensland, Tasmania, Western Australia and Victoria last year.",
        "Talks on the results were held in Canberra, Lee and Moss said.",
      ],
      "2024-05-02",
      "survey",
    ),
  ]);

  it("answers with every place of the list", () => {
    expect(survey.ask("Where was the survey carried out?").short).toBe("Queensland, Tasmania, Western Australia and Victoria");
  });

  it("does not take the speakers after a place for more places", () => {
    expect(survey.ask("Where were the talks held?").short).toBe("Canberra");
  });
});

describe("what was X doing: the slot after the question's verb, in a sentence that may name X by a description", () => {
  // Invented.
  const robot = createEngine([
    article(
      [
        "Lena Ortiz, a 12-year-old girl from Dunmore, was stopped at her school by guards after she brought a robot she had built to class.",
        "Pictures of the girl wearing a red raincoat were shared online.",
      ],
      "2024-05-02",
      "robot",
    ),
  ]);

  it("reads 'the girl' as the person the article described as a girl, and answers from the sentence with the verb", () => {
    expect(robot.ask("What was Lena Ortiz wearing in the pictures?").short).toBe("red raincoat");
  });
});

describe("what was X told to do: the verb of the order is the question's verb", () => {
  it("reads the verb after 'told to', two-word verbs as one", async () => {
    const { questionVerb } = await import("../../src/engine/general/questionVerbs.ts");
    const { canonical } = await import("../../src/analysis/text.ts");
    expect(questionVerb("what was the crew told to get ready for".split(" "))).toBe(canonical("prepare"));
    expect(questionVerb("what were the guards ordered to protect".split(" "))).toBe(canonical("protect"));
    expect(questionVerb("what was ahmed wearing".split(" "))).toBe(canonical("wearing"));
  });

  it("answers with the phrase after that verb", () => {
    // Invented.
    const ship = createEngine([article(["According to the port office, quoting the coast guard, the crew of the Merrow has been told to prepare for a \"full evacuation\"."], "2024-06-04", "ship")]);
    expect(ship.ask("What was the Merrow's crew told to get ready for?").short).toBe("full evacuation");
  });
});

describe("what will VERB the X: the question word is the subject, answered by the phrase before the verb", () => {
  it("tells a subject question from an object question", async () => {
    const { subjectVerb } = await import("../../src/engine/general/questionVerbs.ts");
    const { canonical } = await import("../../src/analysis/text.ts");
    expect(subjectVerb("what will guide the options".split(" "))).toBe(canonical("guide"));
    expect(subjectVerb("what caused the fire".split(" "))).toBe(canonical("caused"));
    expect(subjectVerb("what did the study find".split(" "))).toBeNull();
    expect(subjectVerb("what was ahmed wearing".split(" "))).toBeNull();
  });

  it("answers with the subject of the sentence's verb, not a phrase next to the question's nouns", () => {
    expect(expectedAnswer("What will guide the repair plans?")?.head).toBeNull();
    // A verb and its preposition ending the question are no noun asked about ("the fare of the ferry" is).
    expect(expectedAnswer("What are the protesters calling for?")?.head).toBeNull();
    expect(expectedAnswer("What is the fare of the ferry?")?.head).toBe("fare");
    // Invented.
    const port = createEngine([
      article(
        [
          "A goal is to develop repair plans for the harbour wall to resist storms more effectively.",
          "To that end, the engineer said the council's three safety rules will guide those plans.",
        ],
        "2024-06-04",
        "port",
      ),
    ]);
    expect(port.ask("What will guide the repair plans?").short).toBe("the council's three safety rules");
  });
});

describe("a question that words its verb its own way", () => {
  // Invented.
  const inquiry = createEngine([
    article(
      [
        "Nell Varga lost her appeal against the ruling on Monday.",
        "In 2019, she told the Harbour Post that she was searching for records the council might hold about the old mill.",
        "The board said a switch had been left \"firmly bolted, with a chain\" on the night of the fire.",
      ],
      "2024-04-03",
      "inquiry",
    ),
  ]);

  it("GIVEN 'searching for' in the sentence THEN 'what was she hunting for' is answered by what follows it", () => {
    const a = inquiry.ask("What was Nell Varga hunting for in 2019?");
    expect(a.short).toMatch(/^records/);
  });

  it("GIVEN words in quotation marks with lowercase words THEN they are something said, never who did it", () => {
    const a = inquiry.ask("Who bolted the switch with the chain?");
    expect(a.short ?? "").not.toMatch(/firmly bolted/);
  });
});


describe("a part of something asked about ('which part of the X')", () => {
  // Invented.
  const drill = createEngine([
    article(
      [
        "The mayor of Dunmore watched the closing portion of the Harbour Shield flood drill on Friday.",
        "Rescuers were stopped at the northern gate of the dock by a fallen crane.",
      ],
      "2024-05-10",
      "drill",
    ),
  ]);

  it.each([
    ["Which part of the drill did the mayor watch?", "part"],
    ["Which gate of the dock were the rescuers stopped at?", "gate"],
    ["what edition of the fair was this", "edition"],
  ])("%s asks about the noun before 'of' (%s)", (q, head) => {
    expect(expectedAnswer(q)?.head).toBe(head);
  });

  it("GIVEN 'the northern gate of the dock' THEN 'which gate of the dock' is answered by the gate", () => {
    expect(drill.ask("Which gate of the dock were the rescuers stopped at?").short).toMatch(/northern gate/);
  });

  it("GIVEN 'the closing portion of the drill' THEN 'which part of the drill' is answered by a related noun", () => {
    expect(drill.ask("Which part of the drill did the mayor watch?").short).toMatch(/closing portion/);
  });
});
