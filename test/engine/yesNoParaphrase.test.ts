import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report: the sentences tell with other verbs what a question asks with a light verb
// ("use", "hold", "go", "what made").
const engine = createEngine([
  article(
    [
      "The spring drill involves a series of live-fire exercises on the northern range.",
      "Before the verdict, the sect was banned from conducting public rites at the old temples.",
      "To reach the embassy, the choir had to travel through marshland patrolled by smugglers.",
      "A warehouse near the docks collapsed on Sunday, the cause of which is unknown.",
      "The mayor hosted a dinner for the choir on Friday.",
      "The pilots did not employ night-vision goggles during the drill.",
      "The rangers had to walk to the lake in the valley. They made the walk twice.",
    ],
    "2022-05-02",
    "paraphrase",
  ),
]);

function ask(question: string) {
  const a = engine.ask(question);
  return { ...a, lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("yes/no questions asked with a light verb", () => {
  it("reads 'use' before its object as the verb a sentence tells it with ('involves')", () => {
    const a = ask("Did the spring drill use live fire?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("involves a series of live-fire exercises");
  });

  it("still answers no when the sentence negates the paraphrase", () => {
    const a = ask("Did the pilots use night-vision goggles?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("did not employ");
  });

  it("reads 'hold' before its object as 'conduct', and the opposite of 'allowed' as no", () => {
    const a = ask("Was the sect allowed to hold public rites at the old temples before the verdict?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("banned from conducting public rites");
  });

  it("reads 'go' before its route as 'travel'", () => {
    const a = ask("Did the choir have to go through marshland?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("travel through marshland");
  });

  it("reads 'what made' as the cause asked about", () => {
    const a = ask("Do they know what made the warehouse collapse?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("the cause of which is unknown");
  });

  it("cites first the sentence that tells the statement when the one before only lends it a name", () => {
    const a = ask("Did the rangers make the walk twice?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toBe("They made the walk twice.");
  });

  it("does not read a light verb without its object so: 'held' is not 'hosted'", () => {
    const a = ask("Was the mayor held on Friday?");
    expect(a.answered).toBe(false);
  });

  it("does not read 'go' without a route as 'travel'", () => {
    const a = ask("Did the choir go?");
    expect(a.lead).not.toMatch(/^Yes\./);
  });
});

// A second invented report, whose title names one crew: the rest tell of the weather, a count and other crews.
const regatta = createEngine([
  {
    id: "regatta",
    title: "Danish rowing crew honoured at Brenna regatta",
    published: "2022-06-01",
    source: "test",
    url: null,
    paragraphs: [
      "A storm struck the village of Brenna on Tuesday. The governor observed the rescue from a boat.",
      "Over 120 sheep have died in the floods. Volunteers built a dike to protect the farms from flooding.",
      "Fans cheered the Danish crew on Monday. In the final, the Swedish crew won the gold medal.",
      "The Norwegian crew trained in Bergen. This year, the Finnish crew won the silver medal.",
      "A poll found only a quarter of fans backed the new course.",
      "The Danish crew was awarded a bronze medal. The coast guard was placed on high alert.",
      "Fishermen assisted the coast guard in the search. The boathouse was constructed in 1932.",
      "The white boat rode in the upper position on the trailer, whilst the black boat sat in the lower position.",
      "Norland is the world's second largest grain exporter.",
    ],
  },
]);

function askRegatta(question: string) {
  const a = regatta.ask(question);
  return { ...a, lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("yes/no questions in other words, and what does not say them", () => {
  it("reads a place 'hit' by something as 'struck', and 'watch' as 'observed'", () => {
    expect(askRegatta("Was Brenna hit by a storm?").cited).toContain("A storm struck the village");
    expect(askRegatta("Was Brenna hit by a storm?").lead).toMatch(/^Yes\./);
    expect(askRegatta("Did the governor watch the rescue?").lead).toMatch(/^Yes\./);
  });

  it("reads 'win' a prize as 'was awarded' it, and 'put on' as 'placed on'", () => {
    const won = askRegatta("Did the Danish crew win a bronze medal?");
    expect(won.lead).toMatch(/^Yes\./);
    expect(won.cited).toContain("awarded a bronze medal");
    expect(askRegatta("Was the coast guard put on high alert?").lead).toMatch(/^Yes\./);
  });

  it("reads 'help' as 'assisted' and 'built' as 'constructed'", () => {
    expect(askRegatta("Did fishermen help the coast guard?").lead).toMatch(/^Yes\./);
    expect(askRegatta("Was the boathouse built in 1932?").cited).toContain("constructed in 1932");
  });

  it("reads a word in the clause that says the statement's other words, as its opposite there", () => {
    const a = askRegatta("Was the white boat in the lower position?");
    expect(a.lead).toMatch(/^No\./);
    expect(askRegatta("Was the black boat in the lower position?").lead).toMatch(/^Yes\./);
  });

  it("reads 'the second largest' as not the largest, unless the question asks the second", () => {
    expect(askRegatta("Is Norland the largest grain exporter?").lead).toMatch(/^No\./);
    expect(askRegatta("Is Norland the second largest grain exporter?").lead).toMatch(/^Yes\./);
  });

  it("answers 'more than N?' by 'over N', which leaves N itself out, and not 'more than' a higher figure", () => {
    const a = askRegatta("Did more than 120 sheep die?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("Over 120 sheep");
    expect(askRegatta("Did more than 150 sheep die?").lead).not.toMatch(/^Yes\./);
  });

  it("does not read what a clause says was prevented as done, unless the question asks about preventing it", () => {
    expect(askRegatta("Were the farms flooded?").lead).not.toMatch(/^Yes\./);
    expect(askRegatta("Did volunteers build a dike to protect the farms?").lead).toMatch(/^Yes\./);
  });

  it("does not let the title say the crew when the sentence names another crew in its place", () => {
    expect(askRegatta("Did the Danish crew win the gold medal?").lead).not.toMatch(/^Yes\./);
  });

  it("asks the share 'most' gives a noun ('most fans'), which 'only a quarter of fans' does not say", () => {
    expect(askRegatta("Did most fans back the new course?").lead).not.toMatch(/^Yes\./);
    expect(askRegatta("Did fans back the new course?").lead).toMatch(/^Yes\./);
  });

  it("does not read 'This year, …' as pointing back to the sentence before", () => {
    expect(askRegatta("Did the Norwegian crew win the silver medal?").lead).not.toMatch(/^Yes\./);
  });
});

// A third invented report: where and when things happened, and who came where.
const fair = createEngine([
  article(
    [
      "The fire at the Holm sawmill occurred shortly after midnight. The owners of the sawmill were questioned by police.",
      "The sawmill has stood since 1990. Thousands of visitors arrive in Holm every summer for the fair.",
      "The next fair is set to take place in Tarvik. The mayor promised to open a museum in Holm.",
      "Tarvik lies north of Holm. A court ruled that adherents of the old river faith may now pray at the falls.",
    ],
    "2023-08-01",
    "report",
  ),
]);

function askFair(question: string) {
  const a = fair.ask(question);
  return { ...a, lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("yes/no questions about where and when", () => {
  it("reads 'happen' as 'occurred', and 'come to' as 'arrive'", () => {
    const a = askFair("Did the fire happen after midnight?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("occurred shortly after midnight");
    expect(askFair("Do thousands of visitors come to Holm every summer?").lead).toMatch(/^Yes\./);
  });

  it("answers 'Will …?' by what is set to come, never 'Did …?', nor 'Will …?' by a promise", () => {
    const a = askFair("Will the next fair take place in Tarvik?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("set to take place in Tarvik");
    expect(askFair("Did the next fair take place in Tarvik?").lead).not.toMatch(/^Yes\./);
    expect(askFair("Will the mayor open a museum in Holm?").lead).not.toMatch(/^Yes\./);
  });

  it("reads the followers of a faith in any of their names ('adherents', 'worshippers')", () => {
    const a = askFair("Can followers of the old river faith now pray at the falls?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("adherents of the old river faith");
  });

  it("asks the circumstance when the statement tells nothing else: a sentence without it is no answer", () => {
    // "Did the fire happen before the fair?": the fire happened, but the article never says when against the fair.
    expect(askFair("Did the fire happen before the fair?").lead).not.toMatch(/^Yes\./);
    // "Are the owners from Tarvik?": "the owners of the sawmill were questioned" says nothing of where they are from.
    expect(askFair("Are the owners from Tarvik?").lead).not.toMatch(/^Yes\./);
  });
});

// A fourth invented report: negations that a question may ask about itself.
const talks = createEngine([
  article(
    [
      "The union and the port authority failed to reach a deal on Friday. The dockers walked out at noon.",
      "By evening the harbour district was without power. The foreman became unable to move his arm after the fall.",
      "Ferry pilot Ida Lund is no longer a member of the union. The crane driver reached the hospital on time.",
      "A guard mistakenly thought the parcel held explosives. The night porter was wrongly arrested on Sunday.",
    ],
    "2023-02-11",
    "talks",
  ),
]);

function askTalks(question: string) {
  const a = talks.ask(question);
  return { ...a, lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("yes/no questions that ask a negation themselves", () => {
  it("answers yes when the sentence negates what the question asks negated", () => {
    expect(askTalks("Did the union and the port authority fail to reach a deal?").lead).toMatch(/^Yes\./);
    expect(askTalks("Did the foreman become unable to move his arm?").lead).toMatch(/^Yes\./);
    expect(askTalks("Was the harbour district without power?").lead).toMatch(/^Yes\./);
    expect(askTalks("Is Ida Lund no longer a member of the union?").lead).toMatch(/^Yes\./);
  });

  it("answers no when the sentence affirms what the question asks negated", () => {
    const a = askTalks("Did the crane driver fail to reach the hospital?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("reached the hospital on time");
  });

  it("reads 'mistakenly thought' as denying what was thought, never the thinking, and 'wrongly arrested' as an arrest", () => {
    expect(askTalks("Did the parcel hold explosives?").lead).toMatch(/^No\./);
    const thought = askTalks("Did the guard think the parcel held explosives?");
    expect(thought.lead).toMatch(/^Yes\./);
    expect(thought.cited).toContain("mistakenly thought");
    expect(askTalks("Was the night porter arrested?").lead).toMatch(/^Yes\./);
  });

  it("reads 'a few' in a question as no negation: 'the dockers walked out' does not deny it", () => {
    expect(askTalks("Did a few dockers walk out?").lead).not.toMatch(/^No\./);
  });

  it("still reads 'Did … not …?' as asking the statement itself", () => {
    expect(askTalks("Did the dockers not walk out?").lead).toMatch(/^Yes\./);
  });
});

describe("the trace of a declined yes/no question", () => {
  it("names the run that says most of the statement and every word it lacks", () => {
    // "the Swedish crew won the gold medal" says "Swedish", "crew" and "gold", and neither "buy" nor "boat".
    const a = regatta.ask("Did the Swedish crew buy a gold boat?");
    expect(a.answered).toBe(false);
    const notes = a.trace!.steps.at(-1)!.notes.join("; ");
    expect(notes).toContain('closest lacks "buy, boat": In the final, the Swedish crew won the gold medal.');
  });
});

describe("yes/no questions asking a state through 'stay' or 'remain'", () => {
  const states = createEngine([article(["Norland Telecom paid Vella Phones millions for exclusivity."], "2022-05-02", "state")]);
  it("asks the state, not the verb: 'to stay exclusive' is told by 'for exclusivity'", () => {
    const a = states.ask("Did Norland Telecom pay Vella Phones to stay exclusive?");
    expect(a.text).toMatch(/^Yes\./);
  });
});
