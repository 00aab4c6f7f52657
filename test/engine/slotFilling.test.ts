import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const cup = createEngine([
  article(
    [
      "The Harbour Shield final was played in Lowmere on Saturday.",
      "After the break, Riverside's Tomas Velk was substituted in for Aldo Brenn.",
    ],
    "2024-06-02",
    "cup",
  ),
]);

describe("a question ending in its verb's preposition, a particle between them", () => {
  it("answers 'who was X substituted in for' with the object of 'for', not a description of X", () => {
    const a = cup.ask("who was Velk substituted in for?");
    expect(a.short).toBe("Aldo Brenn");
  });
});

const ferry = createEngine([
  article(
    [
      "A deckhand died on Tuesday as a result of a loose mooring line at the Port Elm terminal.",
      "Two passengers were treated for minor injuries.",
      "The closure of the terminal was blamed on a shortage of harbour pilots.",
    ],
    "2024-03-14",
    "ferry",
  ),
]);

describe("what caused it: the cause a reason cue names", () => {
  it("answers what caused a death with the phrase after 'as a result of'", () => {
    const a = ferry.ask("What caused the deckhand's death?");
    expect(a.short).toMatch(/loose mooring line/);
  });

  it("answers what caused a closure with the phrase after 'blamed on'", () => {
    const a = ferry.ask("what caused the closure of the terminal?");
    expect(a.short).toMatch(/shortage of harbour pilots/);
  });
});

const plan = createEngine([
  article(
    ["The idea for the river festival is credited to two residents, retired teacher Ines Koval of Dunmore and carpenter Rui Sato.", "The festival drew 4,000 visitors."],
    "2024-07-01",
    "plan",
  ),
]);

describe("names in apposition after a phrase that names people by what they are", () => {
  it("answers who with the names after 'two residents,', not the count of people", () => {
    const a = plan.ask("Who is the idea for the festival credited to?");
    expect(a.short).toMatch(/Ines Koval/);
    expect(a.short).toMatch(/Rui Sato/);
  });
});

const council = createEngine([
  article(
    ["Councillor Mara Quist argued for stricter noise limits at Fenwick airport.", "\"Residents deserve to sleep,\" Quist said."],
    "2024-02-11",
    "council",
  ),
]);

describe("a saying verb with a preposition that asks its object is no request for a quote", () => {
  it("answers what someone argued for with the object of 'for'", () => {
    const a = council.ask("What did Mara Quist argue for?");
    expect(a.short).toMatch(/stricter noise limits/);
  });

  it("still reads 'what did X say' as asking for the quote", () => {
    const a = council.ask("What did Quist say?");
    expect(a.text).toMatch(/Residents deserve to sleep/);
  });
});

const tour = createEngine([
  article(
    ["\"We waited all winter for this,\" fan Ola Brandt said at the arena, recalling Nina Castell's announcement of a spring tour."],
    "2024-04-09",
    "tour",
  ),
]);

describe("the possessor of the asked verb's noun is its agent", () => {
  it("answers who announced a tour with the name before 'announcement', not the speaker of the sentence", () => {
    const a = tour.ask("Which singer announced a spring tour?");
    expect(a.short).toBe("Nina Castell");
  });
});

describe("names in apposition: only names with their descriptions", () => {
  const relief = createEngine([article(["Volunteers in Dunmore are working with the county council and local charities, Ilse Varga said."], "2024-05-05", "relief")]);
  it("does not read the speaker after a comma as the people phrase's names", () => {
    const a = relief.ask("Who are the volunteers in Dunmore working with?");
    expect(a.short).toMatch(/county council/);
  });
});

describe("who did X <verb>: the sentence must tell what X did", () => {
  // Invented.
  const league = createEngine([
    article(
      [
        "On Wednesday the Harbour Hawks defeated the Delta Rovers 75-64 in a warm-up game.",
        "The Harbour Hawks open their season on October 5, which will be Ivo Marr's first game with the team.",
      ],
      "2022-09-26",
      "league",
    ),
  ]);

  it("never answers with another person of a sentence that names X but not the verb", () => {
    const a = league.ask("Who did the Harbour Hawks beat?");
    expect(a.text).not.toMatch(/Ivo Marr/);
    expect(a.citations[0]?.sentence).toMatch(/defeated the Delta Rovers/);
  });

  it("reads no single capital letter inside a noun phrase as a name", () => {
    const squad = createEngine([article(["On Friday the Harbour Hawks defeated the national B team of Velmora 80-70."], "2022-09-26", "squad")]);
    expect(squad.ask("Who did the Harbour Hawks beat?").short).not.toBe("B");
  });
});
