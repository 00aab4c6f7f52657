import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { askedRelation, askedRole, inVerbFamily, relationOfAnother, tellsOfRelation } from "../../src/engine/checkRelation.ts";
import { article } from "./helpers.ts";

// Every sentence here is invented.

describe("the relation a who-question asks", () => {
  it.each([
    ["who commands the harbor battalion", { verb: "commands", object: ["harbor", "battalion"] }],
    ["who had banned worship at the old sites", { verb: "banned", object: ["worship", "old", "sites"] }],
    ["and who owned the velmont hotel", { verb: "owned", object: ["velmont", "hotel"] }],
  ])("%s → %j", (q, relation) => {
    expect(askedRelation(q)).toEqual(relation);
  });

  it.each(["who is the harbor commander", "who did ada meet", "who said the port would close", "who got the most votes", "who the deputy minister"])(
    "%s asks no relation of its own",
    (q) => {
      expect(askedRelation(q)).toBeNull();
    },
  );
});

describe("the role a who-is question asks", () => {
  it.each([
    ["who is westland's coach", "Who is Westland's coach?", { verb: "coach", object: ["westland"] }],
    ["who's the director of the harbor authority", "who's the director of the harbor authority", { verb: "director", object: ["harbor", "authority"] }],
    ["who is the deputy port secretary", "Who is the deputy port secretary?", { verb: "secretary", object: [] }],
  ])("%s → %j", (text, raw, role) => {
    expect(askedRole(text, raw)).toEqual(role);
  });

  it.each([
    ["who is ada morrow", "Who is Ada Morrow?"],
    ["who asked the council to help", "Who asked the council to help?"],
  ])("%s asks no role", (text, raw) => {
    expect(askedRole(text, raw)).toBeNull();
  });
});

describe("words of a verb's family", () => {
  it.each([
    ["commandant", "commands"],
    ["commander", "commanded"],
    ["owner", "owned"],
    ["ownership", "owns"],
    ["coach", "coaches"],
    ["leader", "led"],
    ["founder", "founded"],
  ])("%s belongs to %s", (word, verb) => {
    expect(inVerbFamily(word, verb)).toBe(true);
  });

  it.each([
    ["window", "won"],
    ["commend", "commands"],
    ["hotel", "owned"],
  ])("%s does not belong to %s", (word, verb) => {
    expect(inVerbFamily(word, verb)).toBe(false);
  });
});

describe("a role noun tied to something else than the question asks", () => {
  const commands = { verb: "commands", object: ["harbor", "battalion"] };

  it("GIVEN 'Commandant of the Coastal Guard' THEN the sentence tells of the guard's commandant, not the battalion's", () => {
    const s = "Known as the Harbor battalion, the unit was picked for the trial by Commandant of the Coastal Guard Gen. Ada Morrow.";
    expect(relationOfAnother(commands, s)).toBe("Commandant");
  });

  it("GIVEN 'the Guard's commander' THEN the possessor is another body", () => {
    expect(relationOfAnother(commands, "The Harbor battalion trained with the Guard's commander, Ada Morrow, in May.")).toBe("commander");
  });

  it("GIVEN a role of a body that only shares a word with what is asked THEN it is still another's role", () => {
    const leads = { verb: "leads", object: ["5th", "rangers"] };
    expect(relationOfAnother(leads, "The 5th Rangers were praised by Commander of the Ranger Corps Gen. Ada Morrow.")).toBe("Commander");
  });

  it("GIVEN 'curator of the exhibit' THEN the head noun made definite is what is asked", () => {
    expect(relationOfAnother({ verb: "curated", object: ["usi", "exhibit"] }, "Kim Lo, curator of the exhibit, chose the prints.")).toBeNull();
  });

  it("GIVEN a short name in brackets after the 'of' phrase THEN it names what is asked too", () => {
    expect(relationOfAnother({ verb: "commander", object: ["hpa"] }, "Ada Morrow, commander of the Harbor Police Authority [HPA], spoke.")).toBeNull();
  });

  it("GIVEN 'commander of the Harbor battalion' THEN the relation holds to what is asked", () => {
    expect(relationOfAnother(commands, "Lt. Col. Ben Ortiz, commander of the Harbor battalion, led the drill.")).toBeNull();
  });

  it("GIVEN 'the regional director of Varnholm' THEN it is the director of the Varnholm region asked", () => {
    const director = { verb: "director", object: ["varnholm", "region"] };
    expect(relationOfAnother(director, "Ola Brek, the regional director of Varnholm, opened the depot.")).toBeNull();
  });

  it("GIVEN 'the regional director of Varnholm' THEN the director of the Varnholm museum is still another's", () => {
    const director = { verb: "director", object: ["varnholm", "museum"] };
    expect(relationOfAnother(director, "Ola Brek, the regional director of Varnholm, opened the depot.")).toBe("director");
  });

  it("GIVEN the verb itself THEN nothing is said against the answer", () => {
    expect(relationOfAnother(commands, "Ben Ortiz commands the Harbor battalion.")).toBeNull();
  });
});

describe("whether a sentence tells of the relation at all", () => {
  const owned = { verb: "owned", object: ["velmont", "hotel"] };
  const started = { verb: "started", object: ["lumen", "prize"] };

  it("GIVEN no word of owning THEN the sentence does not tell who owned it", () => {
    expect(tellsOfRelation(owned, "Guests of Ana Ruiz were inside when the Velmont Hotel collapsed last week.", "Ana Ruiz")).toBe(false);
  });

  it("GIVEN 'owner' THEN it does", () => {
    expect(tellsOfRelation(owned, "Ana Ruiz, the owner of the Velmont Hotel, was inside.", "Ana Ruiz")).toBe(true);
  });

  it("GIVEN the answer as the doer of a passive THEN another verb for the act still tells of it", () => {
    expect(tellsOfRelation(started, "The Lumen Prize was founded by Ana Ruiz in 2004.", "Ana Ruiz")).toBe(true);
    expect(tellsOfRelation(started, "The Lumen Prize was praised in 2004, Ana Ruiz said.", "Ana Ruiz")).toBe(false);
  });

  it("GIVEN 'faced off' for 'played' THEN the wording of the act is read as yes/no alignment reads it", () => {
    expect(tellsOfRelation({ verb: "played", object: ["final"] }, "The final saw the Comets and the Rovers face off in Lisbon.", "Comets and Rovers")).toBe(true);
  });
});

const unit = createEngine([
  article(
    [
      "Known as the Harbor battalion, the unit was picked for the river trial by Commandant of the Coastal Guard Gen. Ada Morrow.",
      "The river trial lasted three weeks and ended in May.",
      "Lt. Col. Ben Ortiz, commander of the Fen regiment, watched the trial.",
      "Guests of Ana Ruiz were inside when the Velmont Hotel collapsed last week.",
      "The Lumen Prize was founded by Carla Mendes in 2004.",
    ],
    "2024-06-01",
    "unit",
  ),
]);

describe("who-questions answered only when the sentence holds the relation", () => {
  it("GIVEN only the commandant of the whole guard THEN who commands the battalion is declined", () => {
    const a = unit.ask("Who commands the Harbor battalion?");
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("GIVEN a hotel and a person but no word of owning THEN who owned the hotel is declined", () => {
    const a = unit.ask("Who owned the Velmont Hotel?");
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("GIVEN a question the kind rules read as a search THEN the relation is still checked", () => {
    const a = unit.ask("Who built the Velmont Hotel?");
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("GIVEN 'founded by' THEN who started the prize is answered by the founder", () => {
    const a = unit.ask("Who started the Lumen Prize?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("Carla Mendes");
  });

  it("GIVEN the commander of the regiment THEN who commands the regiment is answered", () => {
    const a = unit.ask("Who commands the Fen regiment?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Ben Ortiz");
  });
});

const talk = createEngine([
  article(
    [
      "Westland faced Norvia at the Lakeside Stadium on Sunday.",
      "After the match, Norvia's coach Pia Sand said, \"We were patient and it paid off.\"",
      "Even reaching the stadium meant a long drive through hills held by the rebels.",
      "Westland deserved more from the game, fan Tom Reyes said.",
    ],
    "2024-06-03",
    "talk",
  ),
]);

describe("a what-did-X-say question answered by search must cite X speaking", () => {
  it("GIVEN X only mentioned THEN it is declined as not quoted", () => {
    // A group named by a common noun: the quote answerer finds no one, and search finds the sentence naming them.
    const a = talk.ask("What did the rebels say about the drive?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("don't quote the rebels");
  });

  it("GIVEN only another side's coach speaking THEN the other side's coach is not quoted", () => {
    const a = talk.ask("What did Westland's coach say after the match?");
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("GIVEN a fan speaking of Westland but no coach of it THEN who Westland's coach is is declined", () => {
    const a = talk.ask("Who is Westland's coach?");
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("GIVEN Norvia's coach named THEN who Norvia's coach is is answered", () => {
    const a = talk.ask("Who is Norvia's coach?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Pia Sand");
  });

  it("GIVEN that side's coach speaking THEN the coach is quoted", () => {
    const a = talk.ask("What did Norvia's coach say after the match?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("patient");
  });
});

const fair = createEngine([
  article(
    [
      "At least 40 people were hurt in a crush at the Lantern Fair on Saturday.",
      "Crushes are not new at the fair: during the 1994 Lantern Fair, 80 people were hurt.",
    ],
    "2024-03-04",
    "fair",
  ),
]);

describe("an answer from a sentence about another time than the question names", () => {
  it("GIVEN figures of 1994 and of this Saturday THEN how many were hurt in 1990 is not answered", () => {
    const a = fair.ask("How many people were hurt at the Lantern Fair in 1990?");
    expect(a.answered).toBe(false);
  });

  it("GIVEN a sentence dated in the year asked THEN its figure is answered", () => {
    const a = fair.ask("How many people were hurt at the Lantern Fair in 2024?");
    expect(a.answered).toBe(true);
    expect(a.short?.toLowerCase()).toBe("at least 40");
  });
});

const board = createEngine([
  article(
    ["Prior to the vote, the guild was barred from meeting in public by the Harbor Board.", "The guild later met at the Old Mill in Dunmore."],
    "2024-03-04",
    "board",
  ),
]);

describe("a where-question answered only by a phrase standing where a place stands", () => {
  it("GIVEN a sentence's first word and no place of the board THEN where the board is is declined", () => {
    const a = board.ask("Where is the Harbor Board?");
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("GIVEN 'at the Old Mill' THEN where the guild met is answered", () => {
    const a = board.ask("Where did the guild meet?");
    expect(a.answered).toBe(true);
    expect(a.short).toContain("Old Mill");
  });
});

const hall = createEngine([
  article(
    ["Last week, at least 12 people were hurt when the Corvin Hall collapsed.", "The Lantern Fair opened on Monday in the old port."],
    "2024-03-04",
    "hall",
  ),
]);

describe("a when-question asking for one end of a span", () => {
  it("GIVEN a sentence dating another event, neither end nor a span THEN when the hall opened is declined", () => {
    const a = hall.ask("When did the Corvin Hall open?");
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("GIVEN the opening told THEN when the fair opened is answered", () => {
    const a = hall.ask("When did the Lantern Fair open?");
    expect(a.answered).toBe(true);
    expect(a.short).toContain("March 4, 2024");
  });
});
