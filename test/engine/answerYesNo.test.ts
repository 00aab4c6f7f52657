import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { clausesOf } from "../../src/engine/answers/alignStatement.ts";
import type { Conversation } from "../../src/engine/types.ts";
import { article } from "./helpers.ts";

// An invented report: each sentence affirms or negates one thing a yes/no question can ask.
const engine = createEngine([
  article(
    [
      "Rebels shelled the harbour town of Lorvik on Monday. The navy retaliated by firing rockets at the rebel camp.",
      "No injuries or deaths were reported in the shelling, but the town's ferry service was suspended.",
      "Mayor Anna Holt met the navy commander on Tuesday, but she gave no detailed plan for rebuilding the pier.",
      "A recent survey found that a third of residents favoured leaving the town. This is a decrease from the year before, when it was half.",
      "A fisherman mistakenly thought the rockets were fireworks. The harbour could reopen next month.",
      "Few if any shops sell fuel in the town. The ferry was easily repaired.",
      "The council has promised to rebuild the pier but gave no timeline for the repairs.",
      "The north pier was excluded from the repairs. Harbour master Per Dahl attended the funeral of the ferry captain.",
      "Power has been restored to only a third of the homes. The mayor had only seen the damage from a helicopter.",
    ],
    "2021-03-10",
    "lorvik",
  ),
]);

function ask(question: string) {
  const a = engine.ask(question);
  return { ...a, lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("yes/no questions", () => {
  it("answers yes when the sentence that says it affirms it, in other words", () => {
    const a = ask("Did the navy shoot back?");
    expect(a.kind).toBe("yesno");
    expect(a.answered).toBe(true);
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.short).toBeNull();
    expect(a.cited).toContain("The navy retaliated");
  });

  it("answers no when a negation stands before what is asked", () => {
    const a = ask("Was anybody hurt or killed in the shelling?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("No injuries or deaths");
  });

  it("reads the negation of the clause that says it, not of the whole sentence", () => {
    expect(ask("Did Anna Holt meet the navy commander?").lead).toMatch(/^Yes\./);
    expect(ask("Did Anna Holt give a plan for rebuilding the pier?").lead).toMatch(/^No\./);
  });

  it("counts words that only ask elsewhere ('give', 'timeline') as what a yes/no question asks about", () => {
    const a = ask("Did the council give a timeline for the repairs?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("gave no timeline");
  });

  it("answers no when the sentence says the opposite direction, read with the sentence it points back to", () => {
    const a = ask("Has support for leaving the town grown since last year?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("This is a decrease");
    expect(a.citations.map((c) => c.sentence).join(" ")).toContain("favoured leaving the town");
    expect(ask("Was the north pier included in the repairs?").lead).toMatch(/^No\./);
    expect(ask("Was the north pier left out of the repairs?").lead).toMatch(/^Yes\./);
  });

  it("takes a belief the article calls mistaken, and 'few if any', as negations", () => {
    expect(ask("Were the rockets fireworks?").lead).toMatch(/^No\./);
    expect(ask("Do shops sell fuel in the town?").lead).toMatch(/^No\./);
  });

  it("takes 'only' as denying 'all', and as leaving a circumstance it does not name unsaid", () => {
    const all = ask("Has power been restored to all the homes?");
    expect(all.lead).toMatch(/^No\./);
    expect(all.cited).toContain("only a third");
    expect(ask("Had the mayor seen the damage on foot?").answered).toBe(false);
    expect(ask("Had the mayor seen the damage?").lead).toMatch(/^Yes\./);
  });

  it("matches an adjective to its adverb", () => {
    expect(ask("Was the ferry easy to repair?").lead).toMatch(/^Yes\./);
  });

  it("says the articles don't say when no sentence says it, or says it only as a possibility", () => {
    for (const q of ["Did the navy shell the rebel camp with aircraft?", "Will the harbour reopen next month?", "Did the mayor resign?"]) {
      const a = ask(q);
      expect(a.answered, `${q} → ${a.text}`).toBe(false);
      expect(a.citations).toEqual([]);
      expect(a.text).toMatch(/^The articles don't say\./);
    }
  });

  it("reads 'she' in a follow-up as the person the last answer was about", () => {
    const c: Conversation = { turns: [] };
    engine.ask("Who is Anna Holt?", c);
    expect(engine.ask("Did she meet the navy commander?", c).text).toMatch(/^Yes\./);
    // The harbour master attended, not the mayor.
    expect(engine.ask("Did she attend the funeral?", c).answered).toBe(false);
    expect(engine.ask("Did the harbour master attend the funeral?").text).toMatch(/^Yes\./);
  });

  it("treats a request that starts like a question as a request", () => {
    expect(engine.ask("Can you give me a timeline?").kind).toBe("timeline");
  });
});

describe("clauses and negation scope", () => {
  it("marks only the words after a negation in the same clause", () => {
    const [first, second] = clausesOf("Police did not comment, and the student was arrested.");
    expect(first!.tokens.find((t) => t.raw === "comment")!.negated).toBe(true);
    expect(second!.tokens.find((t) => t.raw === "arrested")!.negated).toBe(false);
  });

  it("does not read 'not only' or 'a few' as negations", () => {
    const [c] = clausesOf("A few ships and not only boats were seen");
    expect(c!.tokens.some((t) => t.negated)).toBe(false);
  });

  it("reads a hedge as leaving open what follows it in its clause, and a condition as leaving its whole clause open", () => {
    const [could] = clausesOf("The harbour could reopen");
    expect(could!.tokens.find((t) => t.raw === "reopen")!.hedged).toBe("possible");
    expect(could!.tokens.find((t) => t.raw === "harbour")!.hedged).toBeNull();
    const [later] = clausesOf("The navy retaliated and will strike again");
    expect(later!.tokens.find((t) => t.raw === "retaliated")!.hedged).toBeNull();
    expect(later!.tokens.find((t) => t.raw === "strike")!.hedged).toBe("future");
    expect(clausesOf("Troops would leave if the talks failed")[0]!.hedged).toBe(true);
    expect(clausesOf("Few if any shops sell fuel")[0]!.hedged).toBe(false);
  });
});

describe("yes/no with a partial alignment", () => {
  // An invented arts report.
  const arts = createEngine([
    article(
      [
        "Brookvale College opened a sculpture show on Friday. Brookvale College was not alone in receiving a grant.",
        "The critic Lee Park had only seen the sculptures before in photographs.",
        "The budget does not include the cost of insurance, which may rise.",
        "Dana Wu is a painter from the coast.",
      ],
      "2021-03-10",
      "arts",
    ),
  ]);
  const lead = (q: string) => arts.ask(q).text.split("\n")[0]!;

  it("reads the noun after 'Was X the only …' as a description of X a sentence need not repeat", () => {
    expect(lead("Was Brookvale College the only school to get a grant?")).toMatch(/^No\./);
  });

  it("still asks a predicate noun when the question says nothing else", () => {
    expect(lead("Is Dana Wu a painter?")).toMatch(/^Yes\./);
    expect(arts.ask("Is Dana Wu a sculptor?").answered).toBe(false);
  });

  it("answers no when 'only' fills the asked circumstance with something else ('in photographs' for 'in person')", () => {
    expect(lead("Had Lee Park seen the sculptures in person before?")).toMatch(/^No\./);
    expect(arts.ask("Had Lee Park seen the sculptures from the street?").answered).toBe(false);
  });

  it("reads 'account for' as 'include'", () => {
    expect(lead("Does the budget account for insurance?")).toMatch(/^No\./);
  });

  it("still declines when a content word of the statement differs", () => {
    expect(arts.ask("Was Brookvale College the only school to lose a grant?").answered).toBe(false);
  });
});

describe("yes/no questions answered by the opposite verb", () => {
  const vote = createEngine([
    article(
      [
        "Councillor Dana Pike of the Harbour Party lost her seat in the east ward.",
        "The ferry company's share of river traffic is slipping.",
        "The council rejected the plan for a second bridge.",
      ],
      "2022-05-09",
      "ward-vote",
    ),
  ]);
  const lead = (q: string) => vote.ask(q).text.split("\n")[0]!;

  it("reads keep against lose, grow against slip, approve against reject as saying no", () => {
    expect(lead("Did Dana Pike keep her seat?")).toMatch(/^No\./);
    expect(lead("Is the ferry company's share of river traffic growing?")).toMatch(/^No\./);
    expect(lead("Did the council approve the plan for a second bridge?")).toMatch(/^No\./);
  });

  it("still answers yes when the sentence says the same verb", () => {
    expect(lead("Did Dana Pike lose her seat?")).toMatch(/^Yes\./);
  });
});

describe("yes/no questions a reader words otherwise than the article", () => {
  // An invented town report: each paragraph tells one thing in other words than a reader asks it.
  const town = createEngine([
    article(
      [
        "Work on the new Harlow bridge is almost complete. The old ferry terminal was completed in 1990.",
        "Nearly 300 sheep died in the flood.",
        "Crowd control at the stadium was improved last year. The storm hit when the stadium was relatively uncrowded.",
        "Councillor Ray Ito was defeated in the west ward.",
        "The council promised to rebuild the pier.",
        "The family of a sick boy were advised to take him to a heart surgeon. His father instead decided to treat him with herbs.",
        "The Ostrava family were advised to send their daughter to an eye clinic.",
        "Ana Lind missed the night bus to Bergen.",
        "The rising costs were not mentioned in the mayor's letter. The mayor's speech mentioned the new library.",
        "The goalkeeper improved after the surgery.",
        "It was the band's final concert in Oslo.",
        "The poetry festival was well attended. The book fair drew painters as well.",
        "A chess tournament opened in the old mill on Friday. Even on the first day, the tournament was well attended.",
        "A rowing race was held on the lake. Later a regatta was poorly attended.",
      ],
      "2022-06-01",
      "town",
    ),
  ]);
  const lead = (q: string) => town.ask(q).text.split("\n")[0]!;
  const cited = (q: string) => town.ask(q).citations[0]?.sentence ?? "";

  it("matches a word through its relation group ('finished' for 'completed', 'last' for 'final', 'get better' for 'improved')", () => {
    expect(lead("Was the old ferry terminal finished?")).toMatch(/^Yes\./);
    expect(lead("Was it the band's last concert in Oslo?")).toMatch(/^Yes\./);
    expect(lead("Did the goalkeeper get better after the surgery?")).toMatch(/^Yes\./);
  });

  it("reads 'almost' or 'nearly' as denying the word right after it, never a number", () => {
    expect(lead("Is the Harlow bridge finished?")).toMatch(/^No\./);
    expect(cited("Is the Harlow bridge finished?")).toContain("almost complete");
    // The question asks about the near miss itself.
    expect(lead("Is the Harlow bridge almost finished?")).toMatch(/^Yes\./);
    expect(lead("Did sheep die in the flood?")).toMatch(/^Yes\./);
  });

  it("reads an 'un-' word as the opposite of its word, in the clause that says the statement", () => {
    const q = "Was the stadium crowded when the storm hit?";
    expect(lead(q)).toMatch(/^No\./);
    expect(cited(q)).toContain("relatively uncrowded");
  });

  it("reads 're-elected' as one word, denied by 'defeated'", () => {
    expect(lead("Was Ray Ito re-elected?")).toMatch(/^No\./);
  });

  it("leaves what was promised or advised unsaid, unless the question asks about the promise", () => {
    expect(town.ask("Did the council rebuild the pier?").answered).toBe(false);
    expect(lead("Did the council promise to rebuild the pier?")).toMatch(/^Yes\./);
    expect(town.ask("Did the Ostrava family take their daughter to an eye clinic?").answered).toBe(false);
  });

  it("answers no when the next sentence says the advice was not followed ('instead'), citing it first", () => {
    const q = "Did the family take the sick boy to a heart surgeon?";
    expect(lead(q)).toMatch(/^No\./);
    expect(cited(q)).toContain("instead decided");
    expect(town.ask(q).citations.map((c) => c.sentence).join(" ")).toContain("advised to take him");
  });

  it("reads 'take … to' as any verb that takes someone somewhere, and no other verb", () => {
    expect(town.ask("Did Ana Lind take the night bus to Bergen?").answered).toBe(false);
    expect(town.ask("Did Ana Lind take the night bus?").answered).toBe(false);
  });

  it("answers no when the verb of saying is negated ('not mentioned'), yes when it is said", () => {
    expect(lead("Does the mayor's letter mention the rising costs?")).toMatch(/^No\./);
    expect(lead("Did the mayor's speech mention the new library?")).toMatch(/^Yes\./);
  });

  it("reads 'the tournament' with the sentence before for the words that modify it ('chess tournament'), never 'a regatta'", () => {
    const q = "Was the chess tournament poorly attended?";
    expect(lead(q)).toMatch(/^No\./);
    expect(cited(q)).toContain("the tournament was well attended");
    expect(town.ask("Was the rowing regatta poorly attended?").answered).toBe(false);
  });

  it("reads 'well' against 'poorly', and 'as well' as 'also'", () => {
    expect(lead("Was the poetry festival poorly attended?")).toMatch(/^No\./);
    expect(town.ask("Was the book fair poorly attended?").answered).toBe(false);
  });
});

describe("yes/no questions that a negation, a former state or someone else's words decide", () => {
  // An invented report on a club and a league.
  const club = createEngine([
    article(
      [
        "The survey results are not yet peer-reviewed. The league has yet to publish its budget.",
        "Mara Voss, a former Quaker, now runs the rowing club. Her brother wrote a book criticising Quakerism.",
        "The tenants lived in the boathouse for years. They left in May, which the council describes as a choice, but critics charge they were forced.",
        "In a statement, the council denied the claims: the tenants certainly were not forced.",
        "More than 400 members joined the club, including about 300 who live abroad.",
        "The league covers every rowing club in the north.",
        "Ida Brun's grandfather killed himself in 1950.",
        "In the first race, Lund faced Malmo. Despite their attempts, neither crew could finish in the first hour.",
        "Coach Lena Ek said the regatta was her fifth final, but it felt like the first.",
        "The league announced a new fishing ban for the lake in March. Later that month, the league extended its season. Boats and all rowing clubs are covered by the ban.",
      ],
      "2022-06-01",
      "club",
    ),
  ]);
  const lead = (q: string) => club.ask(q).text.split("\n")[0]!;
  const cited = (q: string) => club.ask(q).citations[0]?.sentence ?? "";

  it("reads 'not yet' as one negated clause and 'has yet to' as a negation", () => {
    expect(lead("Have the survey results been peer reviewed?")).toMatch(/^No\./);
    expect(lead("Has the league published its budget?")).toMatch(/^No\./);
  });

  it("answers a question about now with no when the sentence says 'former', and a follower is not the belief", () => {
    expect(lead("Is Mara Voss still a Quaker?")).toMatch(/^No\./);
    expect(lead("Was Mara Voss a Quaker?")).toMatch(/^Yes\./);
    expect(club.ask("Is Mara Voss's brother a Quaker?").answered).toBe(false);
  });

  it("takes what someone said from their own words, not from critics in the same sentence", () => {
    const q = "Does the council say the tenants were forced from the boathouse?";
    expect(lead(q)).toMatch(/^No\./);
    expect(cited(q)).toContain("certainly were not forced");
  });

  it("does not answer 'most of' from a sentence that gives no share", () => {
    expect(club.ask("Do most of the members live abroad?").answered).toBe(false);
  });

  it("matches relation groups: 'apply to' and 'cover', 'kill himself' and 'suicide'", () => {
    expect(lead("Does the league apply to rowing clubs in the north?")).toMatch(/^Yes\./);
    const c = createEngine([article(["Ida Brun's grandfather committed suicide in 1950."], "2022-06-01", "suicide")]);
    expect(c.ask("Did Ida Brun's grandfather kill himself?").text).toMatch(/^Yes\./);
  });

  it("reads 'reopened' as open, against closed", () => {
    const c = createEngine([article(["The Vell museum reopened in May after a two-year renovation.", "The coast road was reopened on Tuesday."], "2022-06-01", "reopened")]);
    expect(c.ask("Is the Vell museum open?").text).toMatch(/^Yes\./);
    expect(c.ask("Is the coast road still closed?").text).toMatch(/^No\./);
  });

  it("answers 'had it happened before?' no from 'the first time', and 'did it happen?' yes", () => {
    const c = createEngine([article(["Vell Rovers beat Tarn City 2–1 on Sunday. It was the first time the club had won the county cup."], "2022-06-01", "first-time")]);
    expect(c.ask("Had the club won the county cup before?").text).toMatch(/^No\./);
    expect(c.ask("Did the club win the county cup?").text).toMatch(/^Yes\./);
  });

  it("matches 'convicted' with 'found guilty', and reads 'ended' against 'continuing'", () => {
    const c = createEngine([article(["The dock strike ended on Friday.", "Tom Lee was found guilty of fraud."], "2022-06-01", "verdicts")]);
    expect(c.ask("Was Tom Lee convicted?").text).toMatch(/^Yes\./);
    expect(c.ask("Is the dock strike continuing?").text).toMatch(/^No\./);
  });

  it("answers 'Did …?' yes only from what is said to have happened (no, not yet, from what will), 'Will …?' also from what will, 'Could …?' also from what could", () => {
    const c = createEngine([article(["The council will rebuild the pier next year. The navy retaliated and may strike again.", "The ferry could resume in May."], "2022-06-01", "hedges")]);
    expect(c.ask("Did the council rebuild the pier?").text).toMatch(/^No, not yet/);
    expect(c.ask("Has the ferry resumed?").answered).toBe(false);
    expect(c.ask("Will the council rebuild the pier?").text).toMatch(/^Yes\./);
    expect(c.ask("Did the navy retaliate?").text).toMatch(/^Yes\./);
    expect(c.ask("Will the ferry resume in May?").answered).toBe(false);
    expect(c.ask("Could the ferry resume in May?").text).toMatch(/^Yes\./);
  });

  it("leaves what only felt like something unsaid", () => {
    expect(club.ask("Was the regatta Lena Ek's first final?").answered).toBe(false);
  });

  it("reads a negated 'could' as a denial, not a hedge, and 'v' as no word of the statement", () => {
    expect(lead("Did anyone finish in the first hour of Lund v Malmo?")).toMatch(/^No\./);
  });

  it("reads 'the ban' with the sentence that wrote 'fishing ban' a few sentences before, taking no negation from it", () => {
    const q = "Are rowing clubs covered by the fishing ban?";
    expect(lead(q)).toMatch(/^Yes\./);
    expect(cited(q)).toContain("covered by the ban");
  });
});

describe("yes/no questions that set a threshold for a figure", () => {
  // An invented disaster report.
  const flood = createEngine([
    article(
      [
        "The flood swept through Tarn, killing 57 or more and injuring 140.",
        "The valley was struck by a magnitude 5 tremor on Monday. Water and wind damaged the church.",
        "More than 9,000 volunteers are in the valley.",
        "Up to 300 fans attended the benefit concert.",
      ],
      "2022-06-01",
      "flood",
    ),
  ]);
  const lead = (q: string) => flood.ask(q).text.split("\n")[0]!;

  it("reads the figure beside the asked word against the threshold, in either direction", () => {
    expect(lead("Did more than 50 people die in the flood?")).toMatch(/^Yes\./);
    expect(lead("Were more than 200 people injured in the flood?")).toMatch(/^No\./);
    expect(lead("Was the tremor stronger than magnitude 4?")).toMatch(/^Yes\./);
    // "weaker" is a comparative, not a typo of the article's "water".
    expect(lead("Was the tremor weaker than magnitude 4?")).toMatch(/^No\./);
    expect(lead("Are fewer than 5,000 volunteers in the valley?")).toMatch(/^No\./);
  });

  it("leaves a figure too loosely given to pass or fail the threshold unsaid", () => {
    expect(flood.ask("Did more than 200 fans attend the benefit concert?").answered).toBe(false);
    expect(lead("Did fewer than 400 fans attend the benefit concert?")).toMatch(/^Yes\./);
  });

  it("needs what the figure counts, unless it is just 'people'", () => {
    expect(flood.ask("Did more than 50 volunteers die in the flood?").answered).toBe(false);
  });
});

describe("yes/no questions on states and changes, worded otherwise", () => {
  // An invented city report.
  const city = createEngine([
    article(
      [
        "Finance minister Olga Berg stepped down on Monday.",
        "The north bridge remains closed to traffic. The village of Ost is close to the border.",
        "The bakery chain filed for bankruptcy in March.",
        "The mayor opposed the plan for a new stadium.",
        "Two of the five hostages were freed on Sunday.",
      ],
      "2022-06-01",
      "city",
    ),
  ]);
  const lead = (q: string) => city.ask(q).text.split("\n")[0]!;

  it("matches 'resign' and 'stepped down', 'released' and 'freed'", () => {
    expect(lead("Did Olga Berg resign?")).toMatch(/^Yes\./);
    expect(lead("Were the hostages released?")).toMatch(/^Yes\./);
  });

  it("asks the last word of 'Is the bridge in Ost closed?' as the statement's own, not as part of where", () => {
    const c = createEngine([article(["Troops are deployed at the base in Tarn.", "The south bridge in Ost remains closed to traffic."], "2022-06-01", "predicate")]);
    expect(c.ask("Is the base in Tarn closed?").answered).toBe(false);
    expect(c.ask("Is the south bridge in Ost closed?").text).toMatch(/^Yes\./);
  });

  it("asks the particle that ends a question about a state ('Is the strike over?')", () => {
    const c = createEngine([article(["The dock strike began on Monday.", "The lights in the hall are out."], "2022-06-01", "state")]);
    expect(c.ask("Is the dock strike over?").answered).toBe(false);
    expect(c.ask("Are the lights in the hall out?").text).toMatch(/^Yes\./);
  });

  it("reads open against closed and support against opposed, but 'close to' as near", () => {
    expect(lead("Is the north bridge open to traffic?")).toMatch(/^No\./);
    expect(lead("Did the mayor support the plan for a new stadium?")).toMatch(/^No\./);
    expect(city.ask("Is the border open?").answered).toBe(false);
  });

  it("asks the state after 'go' ('go bankrupt'), and keeps 'go' before a preposition", () => {
    expect(lead("Did the bakery chain go bankrupt?")).toMatch(/^Yes\./);
    expect(city.ask("Did the mayor go to the stadium?").answered).toBe(false);
  });

  it("reads 'two of the five' as denying 'all'", () => {
    expect(lead("Were all the hostages freed?")).toMatch(/^No\./);
  });
});

describe("yes/no questions asked in the negative, about votes, and about what remains unclear", () => {
  const hall = createEngine([
    article(
      [
        "Both the mayor and the governor attended the opening.",
        "Senator Ruiz voted against the harbour bill.",
        "The vaccine was found to be safe but its effectiveness remains unclear.",
      ],
      "2022-06-01",
      "hall",
    ),
  ]);
  const lead = (q: string) => hall.ask(q).text.split("\n")[0]!;

  it("reads 'Didn't …?' as a yes/no question about the statement itself", () => {
    const a = hall.ask("Didn't the mayor attend the opening?");
    expect(a.kind).toBe("yesno");
    expect(a.lead).toMatch(/^Yes\./);
  });

  it("reads 'voted against' as opposing, the opposite of 'vote for'", () => {
    expect(lead("Did Senator Ruiz vote for the harbour bill?")).toMatch(/^No\./);
    expect(lead("Did Senator Ruiz vote against the harbour bill?")).toMatch(/^Yes\./);
  });

  it("leaves what 'remains unclear' unsaid, and still answers the rest of the sentence", () => {
    expect(hall.ask("Is the vaccine effective?").answered).toBe(false);
    expect(lead("Is the vaccine safe?")).toMatch(/^Yes\./);
  });
});

describe("yes/no questions naming a date or place the sentence gives otherwise", () => {
  const when = createEngine([
    article(["Kim Sun met Park Ji in Seoul on Friday.", "A ferry sank near Busan.", "The storm hit the coast in March.", "The minister resigned in 2019 after the scandal."], "2022-06-01", "when"),
  ]);
  const lead = (q: string) => when.ask(q).text.split("\n")[0]!;

  it("leaves unsaid a question whose date the run gives otherwise ('in 2019' for 'in 2018')", () => {
    expect(when.ask("Did the minister resign in 2018?").answered).toBe(false);
    expect(lead("Did the minister resign in 2019?")).toMatch(/^Yes\./);
    expect(when.ask("Did the storm hit the coast in April?").answered).toBe(false);
    expect(lead("Did the storm hit the coast in March?")).toMatch(/^Yes\./);
  });

  it("leaves unsaid a question whose place the sentence gives as another name ('in Seoul' for 'in Busan')", () => {
    expect(when.ask("Did Kim Sun meet Park Ji in Busan?").answered).toBe(false);
    expect(lead("Did Kim Sun meet Park Ji in Seoul?")).toMatch(/^Yes\./);
  });
});

describe("yes/no questions on superlatives and places in a series", () => {
  const lakes = createEngine([
    article(["Lake Vira is the largest lake in the province.", "The Karsk dam was the second dam built on the river.", "Grete Lund is older than her sister Maja.", "The ferry pilot denied causing the collision."], "2022-06-01", "lakes"),
  ]);
  const lead = (q: string) => lakes.ask(q).text.split("\n")[0]!;

  it("reads 'smallest' against 'largest' and 'first' against 'second'", () => {
    expect(lead("Is Lake Vira the smallest lake in the province?")).toMatch(/^No\./);
    expect(lead("Is Lake Vira the largest lake in the province?")).toMatch(/^Yes\./);
    expect(lead("Was the Karsk dam the first dam built on the river?")).toMatch(/^No\./);
  });

  it("reads 'admit' against 'denied', and leaves what is denied unsaid as a fact", () => {
    expect(lead("Did the ferry pilot admit causing the collision?")).toMatch(/^No\./);
    expect(lead("Did the ferry pilot deny causing the collision?")).toMatch(/^Yes\./);
    expect(lakes.ask("Did the ferry pilot cause the collision?").answered).toBe(false);
  });

  it("reads a negative object ('found none') as denying its verb", () => {
    const c = createEngine([article(["Rescuers searched the valley for survivors but found none."], "2022-06-01", "none")]);
    expect(c.ask("Did rescuers find survivors?").text).toMatch(/^No\./);
    expect(c.ask("Did rescuers search the valley for survivors?").text).toMatch(/^Yes\./);
  });

  it("reads a comparative against its opposite in the order of the names", () => {
    expect(lakes.ask("Is Maja younger than Grete Lund?").text).toMatch(/^Yes\./);
    expect(lakes.ask("Is Grete Lund younger than Maja?").text).toMatch(/^No\./);
  });
});

describe("yes/no questions on plans carried on or called off", () => {
  const plans = createEngine([
    article(
      [
        "The mayor praised the Brightwater festival parade. Later the brewery pulled its sponsorship, and the town withdrew from the parade in May.",
        "Officials issued flood warnings for the valley, which were later cancelled.",
        "Storm warnings for the coast remain in effect until Friday.",
        "The ferry, which was moored with no one on board, broke loose.",
        "Senator Ann Vale, who voted against the previous budget, backed the new one.",
      ],
      "2022-06-01",
      "plans",
    ),
  ]);
  const lead = (q: string) => plans.ask(q).text.split("\n")[0]!;

  it("reads 'go ahead' against 'withdrew', borrowing a chain of modifiers for 'the parade' from a sentence before", () => {
    const a = plans.ask("Did the town go ahead with the Brightwater festival parade?");
    expect(a.text).toMatch(/^No\./);
    expect(a.citations[0]?.sentence).toContain("withdrew from the parade");
  });

  it("reads 'still in effect' against 'later cancelled', and as 'remain in effect'", () => {
    expect(lead("Are the flood warnings still in effect?")).toMatch(/^No\./);
    expect(lead("Are the storm warnings still in effect?")).toMatch(/^Yes\./);
  });

  it("reads 'aboard' as 'on board' and 'earlier' as 'previous'", () => {
    expect(lead("Was anyone aboard the ferry?")).toMatch(/^No\./);
    expect(lead("Did Ann Vale vote against the earlier budget?")).toMatch(/^Yes\./);
  });

  it("still declines what no sentence decides", () => {
    expect(plans.ask("Did the brewery go ahead with the concert?").answered).toBe(false);
  });

  it("does not read an opposite with another object as denying what is asked", () => {
    const fair = createEngine([article(["The mayor cancelled her speech at the Orla fair."], "2022-06-01", "fair")]);
    expect(fair.ask("Did the Orla fair go ahead?").answered).toBe(false);
    expect(fair.ask("Did the mayor go ahead with her speech?").text).toMatch(/^No\./);
  });
});

describe("yes/no questions on what kind of thing a named subject is", () => {
  const kinds = createEngine([
    article(
      [
        "\"The find changes everything,\" said Lena Brandt, a Norwegian geologist.",
        "Welsh poet Owen Price read at the opening. Price met Ida Moss, a Finnish painter, there.",
      ],
      "2022-06-01",
      "kinds",
    ),
  ]);
  const lead = (q: string) => kinds.ask(q).text.split("\n")[0]!;

  it("answers no where the sentence sets the subject beside the asked noun with another name before it", () => {
    expect(lead("Is Lena Brandt a Swedish geologist?")).toMatch(/^No\./);
    expect(lead("Is Owen Price an Irish poet?")).toMatch(/^No\./);
    expect(lead("Is Lena Brandt a Norwegian geologist?")).toMatch(/^Yes\./);
  });

  it("does not deny the subject by the kind of someone else in the sentence", () => {
    expect(kinds.ask("Is Owen Price a Swedish painter?").text).not.toMatch(/^No\./);
  });
});

describe("yes/no questions on a threshold the sentence negates", () => {
  const isles = createEngine([
    article(
      [
        "The Varo islands are among the lowest on the planet, with none of them rising more than six feet (1.8 metres) above sea level.",
        "Not one of the Kelo wells is less than 40 metres deep.",
        "No more than 40 people were injured in the Dorn fire.",
      ],
      "2022-06-01",
      "isles",
    ),
  ]);
  const lead = (q: string) => isles.ask(q).text.split("\n")[0]!;

  it("reads 'none more than six feet' as at most six feet, whatever the conversion in brackets", () => {
    expect(lead("Do any of the Varo islands rise more than six feet above the sea?")).toMatch(/^No\./);
    expect(lead("Do any of the Varo islands rise more than eight feet above the sea?")).toMatch(/^No\./);
    expect(lead("Do the Varo islands rise less than eight feet above the sea?")).toMatch(/^Yes\./);
  });

  it("reads 'no more than 40' as at most 40, never as more than 40", () => {
    expect(lead("Were more than 40 people injured in the Dorn fire?")).toMatch(/^No\./);
    expect(lead("Were fewer than 50 people injured in the Dorn fire?")).toMatch(/^Yes\./);
    expect(isles.ask("Were more than 30 people injured in the Dorn fire?").answered).toBe(false);
  });

  it("leaves open a threshold the negated bound does not decide", () => {
    expect(isles.ask("Do any of the Varo islands rise more than five feet above the sea?").answered).toBe(false);
    expect(isles.ask("Are any of the Kelo wells more than 50 metres deep?").answered).toBe(false);
  });
});

describe("yes/no questions whose circumstance is told where the verb is negated", () => {
  const cups = createEngine([
    article(["Before this season, the Harlow club won a cup for youth football in 2006, never winning the cup in the senior league."], "2022-06-01", "cups"),
  ]);
  const lead = (q: string) => cups.ask(q).text.split("\n")[0]!;

  it("answers no where the asked circumstance stands in the clause that negates the asked verb", () => {
    expect(lead("Had the Harlow club ever won a cup in the senior league?")).toMatch(/^No\./);
  });

  it("still answers yes for the circumstance told where the verb is affirmed", () => {
    expect(lead("Had the Harlow club won a cup for youth football?")).toMatch(/^Yes\./);
  });
});

describe("yes/no questions on causing something, told in other words", () => {
  const fares = createEngine([
    article(["The city council fears that higher bus fares could result in strikes by drivers.", "The storm led to the closure of the port.", "The minister said there was no need to close the schools immediately."], "2022-06-01", "fares"),
  ]);
  const lead = (q: string) => fares.ask(q).text.split("\n")[0]!;

  it("reads 'spark' and 'cause' as 'result in' and 'led to'", () => {
    expect(lead("Does the city council fear higher bus fares could spark strikes?")).toMatch(/^Yes\./);
    expect(lead("Did the storm cause the closure of the port?")).toMatch(/^Yes\./);
  });

  it("reads 'right away' as 'immediately'", () => {
    expect(lead("Did the minister say the schools must close right away?")).toMatch(/^No\./);
  });
});

describe("yes/no questions on a word the sentence says twice", () => {
  const boats = createEngine([
    article(["The Sunny ferry, with reportedly 80 tourists aboard, struck the cargo barge, which was moored with no one on board."], "2022-06-01", "boats"),
  ]);

  it("reads the word where the statement's other words stand, not at its first place", () => {
    expect(boats.ask("Was anyone aboard the cargo barge?").text).toMatch(/^No\./);
  });

  it("leaves open what the sentence only reports of the other one", () => {
    expect(boats.ask("Was anyone aboard the Sunny ferry?").text).not.toMatch(/^No\./);
  });
});

describe("yes/no questions on the kind of a subject beside someone else", () => {
  const met = createEngine([article(["Ida Moss met Welsh poet Owen Price at the opening."], "2022-06-01", "met")]);

  it("does not deny the subject by the kind of the person it met", () => {
    expect(met.ask("Is Ida Moss an Irish poet?").text).not.toMatch(/^No\./);
  });
});

describe("yes/no questions on a related word in a relative clause", () => {
  const coast = createEngine([
    article(
      [
        "The crew of the Tern fired warning flares, which make light painful to the eye.",
        "Rescuers later reached the divers, who were in pain after the long swim.",
      ],
      "2022-06-01",
      "coast",
    ),
  ]);

  it("does not answer yes from a related word describing another thing", () => {
    expect(coast.ask("Was anyone on the Tern hurt?").text).not.toMatch(/^Yes\./);
  });

  it("still reads a related word in a relative clause about what is asked", () => {
    expect(coast.ask("Were the divers hurt?").text).toMatch(/^Yes\./);
  });
});

describe("yes/no questions on a word negated by il-, im-, in-, ir-", () => {
  const rules = createEngine([
    article(
      [
        "Fishing for eels in the canal is, however, illegal in Norland.",
        "Inspectors called the harbour survey incomplete.",
        "The ferry company reported higher income from tourists this year.",
      ],
      "2022-06-01",
      "rules",
    ),
  ]);

  it("reads the prefixed adjective as the opposite of the asked word", () => {
    expect(rules.ask("Is it legal to fish for eels in Norland?").text).toMatch(/^No\./);
    expect(rules.ask("Did the inspectors call the harbour survey complete?").text).toMatch(/^No\./);
  });

  it("does not read a word that only begins so as an opposite", () => {
    expect(rules.ask("Did tourists come to the ferry company this year?").text).not.toMatch(/^No\./);
  });
});

describe("yes/no questions on whether something was told ('say what …')", () => {
  const inquest = createEngine([
    article(
      [
        "According to the coroner, the sailor's death was considered sudden and no cause of death disclosed.",
        "The harbour board said the storm damaged the pier.",
      ],
      "2022-06-01",
      "inquest",
    ),
  ]);

  it("answers no when the telling asked is kept back, though the words after 'what' are said", () => {
    expect(inquest.ask("Did the coroner say what killed the sailor?").text).toMatch(/^No\./);
  });

  it("answers yes when the sentence tells it", () => {
    expect(inquest.ask("Did the harbour board say what damaged the pier?").text).toMatch(/^Yes\./);
  });
});

describe("yes/no questions comparing two things", () => {
  const stars = createEngine([
    article(["The star Vela-4 is about three times larger than the Sun.", "The river Osk is longer than the river Tam."], "2022-06-01", "stars"),
  ]);

  it("answers no from the opposite comparative with the names in the asked order", () => {
    expect(stars.ask("Is Vela-4 smaller than the Sun?").text).toMatch(/^No\./);
  });

  it("reads the comparison turned round", () => {
    expect(stars.ask("Is the Sun smaller than Vela-4?").text).toMatch(/^Yes\./);
    expect(stars.ask("Is the river Tam longer than the river Osk?").text).toMatch(/^No\./);
    expect(stars.ask("Is the river Osk longer than the river Tam?").text).toMatch(/^Yes\./);
  });
});

describe("yes/no questions on fire given in answer", () => {
  const patrol = createEngine([article(["The border patrol responded with heavy machine-gun fire after smugglers shot at its boat."], "2022-06-01", "patrol")]);

  it("reads 'responded with … fire' as shooting back", () => {
    expect(patrol.ask("Did the border patrol shoot back?").text).toMatch(/^Yes\./);
  });
});

describe("yes/no questions on what something is called", () => {
  const union = createEngine([article(["The union refers to the dismissed drivers as \"victims of the merger.\""], "2022-06-01", "union")]);

  it("reads 'refers to X as Y' as calling X Y", () => {
    expect(union.ask("Does the union call the dismissed drivers victims of the merger?").text).toMatch(/^Yes\./);
  });
});

describe("yes/no questions with an English word the article does not use", () => {
  const press = createEngine([article(["The magazine Korvo was banned by the ministry last year.", "Its editor alleged bias."], "2022-06-01", "press")]);

  it("reads the word as written, never as a typo of an article's word ('allowed' is not 'alleged')", () => {
    expect(press.ask("Is Korvo allowed?").text).toMatch(/^No\./);
  });
});

describe("yes/no: someone who declined to comment", () => {
  it("answers 'Did X comment?' no from 'X declined to comment', and only of the topic declined", () => {
    const c = createEngine([article(["The Vell bridge was closed on Monday.", "Vell Steel, which built the bridge, declined to comment.", "Ann Roe declined to comment on the lawsuit. Ann Roe said the bridge was safe."], "2022-06-01", "no-comment")]);
    expect(c.ask("Did Vell Steel comment?").text).toMatch(/^No\./);
    expect(c.ask("Did Ann Roe comment on the lawsuit?").text).toMatch(/^No\./);
    expect(c.ask("Did Ann Roe comment?").text).not.toMatch(/^No\./);
  });
});
