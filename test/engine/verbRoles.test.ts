import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { tokenize } from "../../src/engine/general/answerSpans.ts";
import { askedRole, roleSpans } from "../../src/engine/general/verbRoles.ts";
import { tagSpans } from "../../src/analysis/partsOfSpeech.ts";
import { expectedAnswer } from "../../src/engine/general/expectedAnswer.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const roles = (sentence: string, question: string) => {
  const asked = askedRole(question);
  const tokens = tokenize(sentence);
  return asked ? roleSpans(sentence, tokens, tagSpans(sentence, tokens), asked).map((s) => s.text) : [];
};

describe("the role a question asks of its verb", () => {
  it("reads the object of a verb after a subject ('What do villagers float …?')", () => {
    expect(askedRole("What do villagers float down the river?")).toMatchObject({ lemma: "float", role: "patient" });
    expect(askedRole("What did the girls name their robot?")).toMatchObject({ lemma: "name", role: "patient" });
    expect(askedRole("what does the plant use to filter the water?")).toMatchObject({ lemma: "use", role: "patient" });
  });

  it("reads the subject where the question word stands before the verb", () => {
    expect(askedRole("Who funded the survey?")).toMatchObject({ lemma: "fund", role: "agent" });
    expect(askedRole("Which council approved the plan?")).toMatchObject({ lemma: "approve", role: "agent" });
    expect(askedRole("Who was arrested?")).toMatchObject({ lemma: "arrest", role: "patient" });
  });

  it("reads the verb a 'meant to' governs, what a noun is for a question about being, and no light verb", () => {
    expect(askedRole("What is lighting the lanterns meant to show?")).toMatchObject({ lemma: "show", role: "patient" });
    expect(askedRole("What is the capital of Freedonia?")).toMatchObject({ role: "complement", subject: "capital" });
    expect(askedRole("What did they get?")).toBeNull();
    expect(askedRole("What is the name of the train?")).toBeNull();
  });
});

describe("the phrase that fills the role in a sentence", () => {
  it("takes the subject of a passive as what the verb acts on", () => {
    expect(roles("During the festival, lanterns are floated down the river to honour the dead.", "What do villagers float down the river?")).toEqual(["lanterns"]);
  });

  it("takes the 'by' phrase of a passive as who acted", () => {
    expect(roles("The survey was funded by the Harwell Trust and two universities.", "Who funded the survey?")).toEqual(["the Harwell Trust"]);
  });

  it("takes the subject of an active verb, past a relative pronoun", () => {
    expect(roles("The harbour council, which approved the plan in May, meets again today.", "Which council approved the plan?")).toEqual(["The harbour council"]);
  });

  it("offers the second object of a verb that takes two ('named their robot Bright Spark')", () => {
    expect(roles("In the first round the girls named their robot Bright Spark.", "What did the girls name their robot?")).toEqual(["their robot", "Bright Spark"]);
  });
});

describe("the general answerer answers with the phrase in the asked role", () => {
  const engine = createEngine([
    article(["During the lantern festival, paper boats are floated down the river to honour the dead of the village."], "2024-09-01", "festival"),
    article(["Officials said the main factor behind the delay was a shortage of steel at the yard."], "2024-09-02", "yard"),
  ]);

  it("answers what a noun is said to be: the phrase after 'was' in the clause that opens with it", () => {
    expect(askedRole("What was the biggest factor behind the delay?")).toMatchObject({ role: "complement", subject: "factor" });
    expect(engine.ask("What was the biggest factor behind the delay?").short).toMatch(/^a shortage of steel at the yard$/);
  });

  it("answers what is done to something from a passive sentence", () => {
    expect(engine.ask("What do villagers float down the river?").short).toMatch(/paper boats/i);
  });
});

describe("the noun a which-question asks about, whatever form its verb has", () => {
  it("reads the noun before an irregular past verb", () => {
    expect(expectedAnswer("Which agency gave the casualty figures?")).toMatchObject({ type: "organisation", head: "agency" });
  });

  it("reads 'what kind of X' as asking for X", () => {
    expect(expectedAnswer("What kind of boats were floated?")?.head).toBe("boat");
  });
});


describe("a question ending in its verb's preposition", () => {
  const engine = createEngine([article(["As head of the firm, Oren Vale shipped in cars, fuel and cigarettes.", "Vale shipped goods worth $2 million into Portmoor, officials said."], "2024-06-03", "grain")]);

  it("answers with the object of the preposition the question ends in", () => {
    expect(engine.ask("Which town did Vale ship goods into?").short).toBe("Portmoor");
  });
});
