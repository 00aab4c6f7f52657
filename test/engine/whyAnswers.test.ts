import { describe, expect, it } from "vitest";
import { createEngine, engineFor } from "../../src/engine/createEngine.ts";
import { understandQuestion } from "../../src/engine/understandQuestion.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { agentCause, effectSplits, pointsBackToCause } from "../../src/engine/answers/causeClauses.ts";
import { canonical } from "../../src/analysis/text.ts";
import { article } from "./helpers.ts";
import type { Conversation } from "../../src/engine/types.ts";

// Invented articles in news style: none of these sentences is from a real one.
const lead = (text: string) => text.split("\n")[0];

describe("which way a cause points", () => {
  it("GIVEN a sentence that opens with a result connective or a cause cue pointing back THEN its cause is the sentence before", () => {
    expect(pointsBackToCause("Due to that, the guild met in secret.")).toBe(true);
    expect(pointsBackToCause("As a result, the ferry was cancelled.")).toBe(true);
    expect(pointsBackToCause("And because of this decision, the ferry was cancelled.")).toBe(true);
    expect(pointsBackToCause("The ferry was cancelled because of the storm.")).toBe(false);
    // A purpose's object is no pointer back.
    expect(pointsBackToCause("The council no longer wants to support it.")).toBe(false);
    // "After that" orders events in time only.
    expect(pointsBackToCause("After that, the ferry was cancelled.")).toBe(false);
  });

  it("GIVEN an effect cue THEN the clause before it is the cause and the one after the effect", () => {
    expect(effectSplits("The gate jammed at the north end, causing a queue.")).toEqual([
      { cause: { text: "The gate jammed at the north end", at: 0 }, effect: { text: "a queue", at: expect.any(Number) } },
    ]);
    // "caused by" opens a cause, not an effect.
    expect(effectSplits("The queue was caused by a jammed gate.")).toEqual([]);
    // "This led to …" names no cause of its own.
    expect(effectSplits("This led to a queue.")).toEqual([]);
  });

  it("GIVEN the event's own verb THEN its agent or what it came from is the cause, never a means or an origin", () => {
    const terms = (...w: string[]) => new Set(w.map(canonical));
    expect(agentCause("The sheep were scattered by a low-flying drone.", terms("scattered"))?.text).toBe("by a low-flying drone");
    expect(agentCause("The ferryman died from a fever he caught at sea.", terms("die"))?.text).toBe("from a fever he caught at sea");
    expect(agentCause("The guild was saved by selling its hall.", terms("saved"))).toBeNull();
    expect(agentCause("The family moved from Ostrava in 1990.", terms("moved"))).toBeNull();
    expect(agentCause("The sheep were scattered by a drone.", terms("counted"))).toBeNull();
    expect(agentCause("The striker was booked for a late tackle on the keeper.", terms("booked"))?.text).toBe("for a late tackle on the keeper");
    expect(agentCause("The striker was booked for the first time this season.", terms("booked"))).toBeNull();
    expect(agentCause("The keeper was suspended for two matches.", terms("suspended"))).toBeNull();
  });
});

describe("why-questions", () => {
  const guild = createEngine([
    article(
      [
        "A court in Varn ruled on Monday that the weavers' guild may meet in public. Before the ruling, the guild had been barred from meeting in the town hall by the mayor. Due to that, the guild was relatively secretive. The guild has about 300 members.",
        "The fair opened when a cart of apples overturned at the gate, causing a long queue. Those who were caught in the queue were then trampled by the crowd behind them.",
        "Oda Renn, the guild's founder, fell ill in 2019. She died from a fever in the spring.",
      ],
      "2024-03-04",
      "guild",
    ),
  ]);

  it("answers a sentence that only points back to its cause with the sentence before, citing both", () => {
    const a = guild.ask("Why was the guild so secretive?");
    expect(lead(a.text)).toBe("Before the ruling, the guild had been barred from meeting in the town hall by the mayor.");
    expect(a.citations.map((c) => c.sentence)).toEqual([
      "Before the ruling, the guild had been barred from meeting in the town hall by the mayor.",
      "Due to that, the guild was relatively secretive.",
    ]);
  });

  it("answers with the clause before an effect cue when the question asks about the effect", () => {
    expect(lead(guild.ask("Why was there a long queue at the fair?").text)).toBe("The fair opened when a cart of apples overturned at the gate.");
  });

  it("answers with the agent of the event's verb, in a sentence that names the people by a pronoun", () => {
    const a = guild.ask("why were so many people trampled in the queue?");
    expect(lead(a.text)).toBe("By the crowd behind them.");
  });

  it("reads a pronoun's sentence as naming whom the sentence before names", () => {
    const a = guild.ask("Why did Oda Renn die?");
    expect(lead(a.text)).toBe("From a fever in the spring.");
    expect(a.citations[0]!.sentence).toBe("She died from a fever in the spring.");
  });
});

describe("effect-questions", () => {
  const guild = createEngine([
    article(
      [
        "A court in Varn ruled on Monday that the weavers' guild may meet in public. Before the ruling, the guild had been barred from meeting in the town hall by the mayor. Due to that, the guild was relatively secretive. The guild has about 300 members.",
        "The fair opened when a cart of apples overturned at the gate, causing a long queue.",
      ],
      "2024-03-04",
      "guild",
    ),
  ]);

  it("answers what came of an event with the next sentence that points back to it, without its connective", () => {
    const a = guild.ask("What was the effect of the guild being barred from the town hall?");
    expect(lead(a.text)).toBe("The guild was relatively secretive.");
    expect(a.citations[0]!.sentence).toBe("Due to that, the guild was relatively secretive.");
  });

  it("answers with the clause after an effect cue", () => {
    expect(lead(guild.ask("What was the consequence of the cart overturning at the gate?").text)).toBe("A long queue.");
  });

  it("reads 'the result of the vote' as a what-question, and 'the result of that' as asking for an effect", () => {
    expect(guild.ask("What was the result of the vote?").trace!.rule).toBe("what");
    expect(guild.ask("what was the result of that?").trace!.rule).toBe("effect-of");
  });

  it("reads 'citing', 'on suspicion of' and 'driven by' as cues of a cause", () => {
    const e = createEngine([article(["Ann Roe resigned as mayor of Vell, citing health reasons.", "Tom Lee was arrested on suspicion of fraud.", "Fares rose sharply, driven by higher fuel costs."], "2022-06-01", "cues")]);
    expect(lead(e.ask("Why did Ann Roe resign?").text)).toMatch(/health reasons/i);
    expect(lead(e.ask("Why was Tom Lee arrested?").text)).toMatch(/suspicion of fraud/i);
    expect(lead(e.ask("Why did fares rise?").text)).toMatch(/higher fuel costs/i);
  });

  it("reads 'what is X for?' as asking a purpose, and 'what are they calling for?' as asking what they call for", () => {
    expect(guild.ask("What is the guild for?").trace!.rule).toBe("why");
    expect(guild.ask("What are the guild members asking for?").trace!.rule).toBe("what");
  });

  it("GIVEN an answer THEN 'what was the effect of that?' tells what came of the sentence it cited", () => {
    const c: Conversation = { turns: [] };
    expect(guild.ask("What had the mayor barred the guild from?", c).citations[0]!.sentence).toMatch(/^Before the ruling/);
    const effect = guild.ask("what was the effect of that?", c);
    expect(lead(effect.text)).toBe("The guild was relatively secretive.");
  });

  it("declines an event the article ties to no effect rather than guess one", () => {
    expect(guild.ask("What was the effect of the guild having 300 members?").text).not.toMatch(/^The guild was relatively secretive/);
  });
});

describe("follow-ups read on from the sentence cited last", () => {
  const town = createEngine([
    article(
      [
        "Three traders were granted permanent residence status by the council.",
        "Mayor Ines Holt asked the council to help the refugees settle in the town. After a long debate, the refugees were granted temporary residence status by the council.",
      ],
      "2024-03-04",
      "town",
    ),
  ]);

  it("GIVEN an answer THEN a follow-up that points back with a pronoun prefers the sentences right after the cited one", () => {
    const c: Conversation = { turns: [] };
    town.ask("Who asked the council to help the refugees settle in the town?", c);
    const next = town.ask("what residence status were they granted?", c);
    expect(next.citations[0]!.sentence).toContain("temporary residence status");
  });

  it("GIVEN no conversation THEN the same words find either sentence on their own merits", () => {
    const alone = town.ask("what permanent residence status did the traders get?");
    expect(alone.citations[0]!.sentence).toContain("Three traders");
  });
});

describe("pronouns in a follow-up", () => {
  const articles = [article(["Mayor Ines Holt asked the council to help the refugees settle in the town. The refugees were granted temporary status."], "2024-03-04", "town")];
  const index = new KnowledgeIndex(articles.map(analyseArticle));
  const engine = engineFor(index);

  it("GIVEN an answer naming one person THEN 'they' is not that person, while 'she' is", () => {
    const c: Conversation = { turns: [] };
    engine.ask("Who asked the council to help the refugees?", c);
    expect(understandQuestion("what status were they granted?", index, c).entities).toEqual([]);
    expect(understandQuestion("what did she ask for?", index, c).entities.map((e) => e.entity.name)).toEqual(["Ines Holt"]);
  });
});

describe("how it happened", () => {
  const mill = createEngine([article(["A fire broke out at the Varn mill on Sunday. The fire started when a spark from a lamp fell onto hay in the loft.", "Nobody was hurt."], "2024-03-04", "mill")]);

  it("GIVEN an answer THEN 'how did it start?' asks how the event came about, not the last kind asked", () => {
    const c: Conversation = { turns: [] };
    mill.ask("Where did the fire break out?", c);
    const how = mill.ask("how did it start?", c);
    expect(how.kind).toBe("why");
    expect(how.citations[0]!.sentence).toBe("The fire started when a spark from a lamp fell onto hay in the loft.");
  });
});

describe("a cause belongs to the event's own clause", () => {
  const visas = createEngine([
    article(
      [
        "Officials have not said why the choir was initially refused visas, but its director says there were fears the singers would stay on after the tour.",
        "The choir was refused visas twice.",
      ],
      "2024-03-04",
      "visas",
    ),
  ]);

  it("answers with the sentence that speaks of the reason, never a time clause of another clause", () => {
    const a = visas.ask("Why was the choir refused visas in the first place?");
    expect(lead(a.text)).toBe("The article says:");
    expect(a.citations[0]!.sentence).toMatch(/^Officials have not said why/);
  });
});

describe("where someone spoke", () => {
  const speech = createEngine([
    article(
      [
        "\"The harbour in Kessock will be rebuilt,\" Minister Aled Vance told fishermen at the Northern Coast Fisheries Forum on Tuesday.",
        "Repairs will start in Kessock in March, Vance said.",
      ],
      "2024-03-04",
      "speech",
    ),
  ]);

  it("GIVEN a quote THEN 'where was he when he said it?' names the venue of the attribution, not a place he spoke of", () => {
    const c: Conversation = { turns: [] };
    speech.ask("What did Vance say about repairs?", c);
    const where = speech.ask("where was he when he said it?", c);
    expect(where.short).toBe("the Northern Coast Fisheries Forum");
  });

  it("reads a place inside what was said as the place asked about when the question names it", () => {
    expect(speech.ask("Where did Vance say repairs will start?").short).toBe("Kessock");
  });
});

describe("a why-question whose event sentence gives no cause", () => {
  const ferries = createEngine([
    article(
      [
        "Ferry crews face long delays at Kessock. Since the quay is too short, they are forced to wait offshore with the ferry to avoid blocking the fishing boats.",
        "The ferry company has 12 boats.",
      ],
      "2024-03-04",
      "ferries",
    ),
  ]);

  it("shows the next sentence that speaks of it by a pronoun and gives a cause, after it, without making it the lead", () => {
    const a = ferries.ask("Why do ferry crews face delays at Kessock?");
    expect(lead(a.text)).toBe("The article says:");
    expect(a.citations.map((c) => c.sentence)).toEqual([
      "Ferry crews face long delays at Kessock.",
      "Since the quay is too short, they are forced to wait offshore with the ferry to avoid blocking the fishing boats.",
    ]);
  });
});

describe("words a question abbreviates", () => {
  const mill = createEngine([
    article(["The miller spoke out against the council on regional television after his mill, the Old Varn Mill, was closed."], "2024-03-04", "tv"),
  ]);

  it("reads 'TV' as the television the article names, and keeps a name set in commas inside the cause", () => {
    const a = mill.ask("Why did the miller speak out against the council on TV?");
    expect(lead(a.text)).toBe("After his mill, the Old Varn Mill, was closed.");
  });
});

describe("what something is called", () => {
  const camp = createEngine([
    article(
      [
        "The recruits were sent to the Hollin Training Unit in Varn, which the ministry describes as a leadership school, but former recruits say is a labour camp.",
        "The mayor called for an inquiry.",
        "The exercise involved the 2nd Company of the Varn Guard. Known as the “Grey Foxes”, the company has trained there since 2010.",
      ],
      "2024-03-04",
      "camp",
    ),
  ]);

  it("reads a name after a naming cue, quotation marks dropped", async () => {
    const { namesIn } = await import("../../src/engine/answers/answerCalled.ts");
    expect(namesIn("Known as the “Grey Foxes”, the company trained there.")).toEqual(["the Grey Foxes"]);
    expect(namesIn("which the ministry describes as a leadership school, but critics disagree")).toEqual(["a leadership school"]);
    expect(namesIn("The mayor called for an inquiry.")).toEqual([]);
  });

  it("GIVEN an answer THEN 'what does the ministry call it?' gives the name the namer gives, near what was cited", () => {
    const c: Conversation = { turns: [] };
    camp.ask("Where were the recruits sent?", c);
    expect(camp.ask("what does the ministry call it?", c).short).toBe("a leadership school");
  });

  it("GIVEN an answer THEN 'what do they call it?' reads on to the next sentence", () => {
    const c: Conversation = { turns: [] };
    camp.ask("Which company was in the exercise?", c);
    expect(camp.ask("what do they call it?", c).short).toBe("the Grey Foxes");
  });
});

describe("a purpose for being somewhere", () => {
  const fair = createEngine([
    article(
      [
        "The Varn Book Fair opened on Friday. Stalls sold books old and new, joined by guests like the poet Ilse Marr and the painter Oren Tull.",
        "Marr, a prize-winning poet, was there to launch her new collection, with the printer Ada Lowe. Tull signed prints.",
      ],
      "2024-03-04",
      "fair",
    ),
  ]);

  it("reads 'was there to …' as the purpose, and 'there' as the place the article told of before", () => {
    const a = fair.ask("why was Ilse Marr at the book fair");
    expect(lead(a.text)).toBe("To launch her new collection.");
  });

  it("answers 'what was she doing there?' the same way in a conversation", () => {
    const c: Conversation = { turns: [] };
    fair.ask("Who is Ilse Marr?", c);
    expect(lead(fair.ask("what was she doing there?", c).text)).toBe("To launch her new collection.");
  });
});

describe("what happened next", () => {
  const fire = createEngine([article(["A fire broke out at the Varn mill on Sunday. Crews arrived within ten minutes.", "The mill reopened a week later."], "2024-03-04", "fire")]);

  it("GIVEN an answer THEN 'what happened next?' reads on to the article's next sentence, and on again", () => {
    const c: Conversation = { turns: [] };
    fire.ask("Where did the fire break out?", c);
    expect(fire.ask("what happened next?", c).citations[0]!.sentence).toBe("Crews arrived within ten minutes.");
    expect(fire.ask("and then what?", c).citations[0]!.sentence).toBe("The mill reopened a week later.");
    const end = fire.ask("what happened after that?", c);
    expect(end.answered).toBe(false);
    expect(end.text).toMatch(/^That is where the article's account ends\./);
  });
});

describe("where a cause clause ends", () => {
  it("ends before 'and' opens another verb of the sentence's subject", async () => {
    const { causeClauses } = await import("../../src/engine/answers/causeClauses.ts");
    expect(causeClauses("The keeper left the pitch due to injury and was replaced by Ivo Brandt.").map((c) => c.text)).toEqual(["due to injury"]);
    expect(causeClauses("The match was delayed because of rain and hail.").map((c) => c.text)).toEqual(["because of rain and hail"]);
  });
});
