import { describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/types.ts";
import { afghanFile, combatFile, engineFor, germanyFile, ratesFile, seedFile } from "./helpers.ts";

/** A question, the short answer expected (or "decline"), and words the cited sentence must contain. */
type Golden = [question: string, short: string | null | "decline", cited?: string];

function check(engine: () => Engine, cases: Golden[]) {
  for (const [question, short, cited] of cases) {
    it(`${question} → ${short ?? "(a cited sentence)"}`, () => {
      const a = engine().ask(question);
      if (short === "decline") {
        expect(a.answered, a.text).toBe(false);
        expect(a.citations).toEqual([]);
        expect(a.suggestions?.length).toBeGreaterThan(0);
        return;
      }
      expect(a.answered, a.text).toBe(true);
      if (short !== null) expect(a.short).toBe(short);
      if (cited) expect(a.citations[0]!.sentence).toContain(cited);
    });
  }
}

describe("golden questions on the bundled article (Iraq, August 2020)", () => {
  check(() => engineFor(seedFile), [
    ["How many American troops are stationed in Iraq right now?", "over 5,000", "over 5,000 US troops"],
    ["How many soldiers could remain after the cut?", "around 3,500", "around 3,500"],
    ["When was the resolution passed by the Iraqi parliament?", "January 5, 2020", "January 5"],
    ["When did Trump talk with reporters at the White House?", "Thursday, August 20, 2020", "fairly rapidly"],
    ["when did the strategic dialogue take place", "June 2020", "strategic dialogue"],
    ["Who said “we obviously will be gone”?", "Donald Trump", "obviously will be gone"],
    ["Who replied that a pullout would happen as soon as the mission is complete?", "Mike Pompeo", "complete the mission"],
    ["Which paper reported a possible reduction to 3,500?", "New York Times", "around 3,500"],
    ["Who is Kenneth McKenzie?", "Commander of US Central Command", "Commander of US Central Command"],
    ["who is the iraqi prime minister", "Mustafa al-Kadhimi", "al-Kadhimi"],
    ["What did mckenzy say?", null, "long-term presence"],
    ["Where was Qassem Soleimani killed?", "Baghdad airport", "Soleimani"],
    ["What has targeted the military bases?", null, "mortar and rocket attacks"],
    ["Who did Trump meet at the White House?", "Mustafa al-Kadhimi", "al-Kadhimi"],
    ["What is McKenzie's role?", "Commander of US Central Command", "Commander of US Central Command"],
    ["When did the NYT report on the troop talks?", "the week of August 10–16, 2020", "around 3,500"],
    ["What happened on January 5?", null, "The Iraqi parliament passed a resolution"],
    ["Did Trump give a timeline for the withdrawal?", null, "no detailed timeline"],
    ["How many American troops remain in Iraq?", "over 5,000", "over 5,000 US troops"],
    ["What is the size of the US force in Iraq?", "over 5,000", "over 5,000 US troops"],
    ["troops in iraq", "over 5,000", "over 5,000 US troops"],
    ["How low could US troop numbers go?", "around 3,500", "around 3,500"],
    ["What did Trump add?", null, "obviously will be gone"],
    ["What are the US troops in Iraq for?", null, "training and advisory"],
    ["How many Iraqi soldiers died?", "decline"],
    ["How many troops are in Syria?", "decline"],
    ["What did Angela Merkel say about Iraq?", "decline"],
    ["What did Pompeo say about Iran?", "decline"],
    ["What is the population of Baghdad?", "decline"],
    ["Who won the World Cup?", "decline"],
  ]);
});

describe("golden questions on a second article (Afghanistan, November 2020)", () => {
  check(() => engineFor(afghanFile), [
    ["How many troops are in Afghanistan?", "about 4,500", "from about 4,500 to 2,500"],
    ["How many troops will remain in Afghanistan?", "2,500", "from about 4,500 to 2,500"],
    ["When must the cut be completed?", "January 15, 2021", "Jan. 15, 2021"],
    ["Who is the acting defense secretary?", "Christopher Miller", "Acting Defense Secretary"],
    ["What did the acting secretary say?", null, "Miller"],
    ["Who warned that further cuts depend on conditions on the ground?", "Mark Milley", "conditions on the ground"],
    ["When did Milley warn about further cuts?", "October 2020", "last month"],
    ["Who said the price for leaving too soon could be very high?", "Jens Stoltenberg", "price for leaving too soon"],
    ["According to whom had the White House asked for options?", "Washington Post", "White House"],
    ["When did the U.S. and the Taliban sign their agreement?", "February 29, 2020", "Doha"],
    ["Where was the agreement with the Taliban signed?", "Doha", "Doha"],
    ["How many bases have closed?", "Two", "bases"],
    ["What percentage of the force does counterterrorism?", "Roughly 12 percent", "12 percent"],
    ["How many troops are in Germany?", "decline"],
    ["What did Biden say?", "decline"],
  ]);
});

describe("golden questions on a third article (Germany, July 2020)", () => {
  check(() => engineFor(germanyFile), [
    ["How many troops will be withdrawn from Germany?", "nearly 12,000", "nearly 12,000 troops"],
    ["How many troops will remain in Germany?", "about 24,000", "to about 24,000"],
    ["How many service members will return home?", "About 6,400", "return home"],
    ["How many troops will be moved to other NATO countries?", "roughly 5,600", "other NATO countries"],
    ["Who is the Pentagon spokesman?", "Jonathan Hoffman", "Jonathan Hoffman"],
    ["Who called the plan a grave error?", "Mitt Romney", "grave error"],
    ["What did the German defense minister say?", null, "Berlin regretted"],
    ["When did Esper announce the withdrawal?", "Wednesday, July 29, 2020", "announced on Wednesday"],
    ["When did Trump first order the cut?", "June 2020", "first ordered"],
    ["Where will the troops be moved?", "other NATO countries", "moved to other NATO countries"],
    ["What did the Pentagon say?", null, "Jonathan Hoffman, said the moves would take months"],
    ["What did Merkel say?", "decline"],
  ]);
});

describe("golden questions on an article about something else (interest rates, March 2023)", () => {
  check(() => engineFor(ratesFile), [
    ["By how much did the ECB raise rates?", "0.5 percentage points", "by 0.5 percentage points"],
    ["What is the interest rate now?", "3.5 percent", "to 3.5 percent"],
    ["How much did bank shares fall?", "nearly 3 percent", "Shares of European banks"],
    ["When will the bank meet next?", "May 4, 2023", "next meet"],
    ["Who is the ECB president?", "Christine Lagarde", "ECB President Christine Lagarde"],
    ["According to whom was inflation 8.5 percent?", "Eurostat", "8.5 percent"],
    ["When did Silicon Valley Bank collapse?", "the week of March 6–12, 2023", "Silicon Valley Bank"],
    ["Where did Lagarde speak?", "Frankfurt", "Frankfurt"],
    ["Who said rates could rise further?", "Philip Lane", "rise further"],
    ["How many troops are in Iraq?", "decline"],
    ["What did Powell say?", "decline"],
  ]);
});

describe("golden questions on a fifth article (end of the combat mission, July 2021)", () => {
  check(() => engineFor(combatFile), [
    ["How many US troops are in Iraq?", "About 2,500", "About 2,500 US troops"],
    ["According to whom are 2,500 troops in Iraq?", "Pentagon", "according to the Pentagon"],
    ["What did al-Kadhimi tell the Associated Press?", null, "no longer needed"],
    ["When did Kadhimi speak to the AP?", "the week of July 19–25, 2021", "Associated Press"],
    ["What did the senior administration official say?", null, "would not change significantly"],
    ["Who said the number of troops would not change?", "A senior administration official", "would not change"],
    ["What else did the president say?", null, "Our role in Iraq"],
    ["Who welcomed al-Kadhimi to the Oval Office?", "Joe Biden", "Oval Office"],
    ["When are the elections in Iraq?", "October 2021", "elections in October"],
    ["What did Trump say?", "decline"],
  ]);
});
