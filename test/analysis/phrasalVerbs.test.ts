import { describe, expect, it } from "vitest";
import { PHRASAL_VERB_MEANINGS } from "../../src/analysis/lexicon.ts";
import { pastForm, phrasalRewrite, verbForms } from "../../src/analysis/phrasalVerbs.ts";
import { canonical, contentTerms, words } from "../../src/analysis/text.ts";

describe("the forms of a verb", () => {
  it("GIVEN an irregular verb THEN its past and participle come from the irregular list", () => {
    expect(verbForms("go")).toEqual(["go", "goes", "went", "gone", "going"]);
    expect(verbForms("take")).toEqual(["take", "takes", "took", "taken", "taking"]);
  });

  it("GIVEN a regular verb THEN -ed and -ing follow the spelling rules (e dropped, consonant doubled, y to i)", () => {
    expect(verbForms("close")).toEqual(["close", "closes", "closed", "closing"]);
    expect(verbForms("step")).toEqual(["step", "steps", "stepped", "stepping"]);
    expect(verbForms("carry")).toEqual(["carry", "carries", "carried", "carrying"]);
    expect(verbForms("touch")).toEqual(["touch", "touches", "touched", "touching"]);
    expect(verbForms("die")).toEqual(["die", "dies", "died", "dying"]);
  });

  it("GIVEN a verb whose past is itself or whose participle alone is irregular THEN both are right", () => {
    expect(verbForms("put")).toEqual(["put", "puts", "putting"]);
    expect(verbForms("show")).toEqual(["show", "shows", "showed", "shown", "showing"]);
  });

  it("GIVEN a verb THEN its past tense is the irregular past when there is one", () => {
    expect(pastForm("rise")).toBe("rose");
    expect(pastForm("begin")).toBe("began");
    expect(pastForm("set")).toBe("set");
    expect(pastForm("intensify")).toBe("intensified");
  });
});

describe("phrasal verbs read as the one verb they mean", () => {
  it("GIVEN 'went up' THEN the sentence is read with 'rose'", () => {
    expect(words("Prices went up sharply")).toContain("rose");
    expect(words("Prices went up sharply")).not.toContain("up");
  });

  it("GIVEN any form of the verb THEN it is read the same", () => {
    for (const s of ["Rents are going up", "The fare goes up in May", "Costs have gone up", "Will prices go up?"]) {
      expect(words(s)).toContain("rose");
    }
  });

  it("GIVEN the phrasal verb and the single verb THEN both have the same content terms", () => {
    expect(contentTerms("oil prices went up")).toEqual(contentTerms("oil prices rose"));
    expect(contentTerms("Did the mayor step down?")).toEqual(contentTerms("Did the mayor resign?"));
    expect(contentTerms("the pupils took part in the race")).toEqual(contentTerms("the pupils participated in the race"));
  });

  it("GIVEN every entry of the table THEN the word it is read as matches the single verb", () => {
    for (const entry of PHRASAL_VERB_MEANINGS) {
      const [, word] = phrasalRewrite(entry);
      expect(canonical(word), `${entry[0]} → ${word}`).toBe(canonical(entry[1]));
    }
  });

  it("GIVEN a question asked with a phrasal verb THEN it meets the article's single verb", () => {
    expect(contentTerms("When did the coach walk away from the club?")).toEqual(expect.arrayContaining(contentTerms("the coach withdrew from the club")));
    expect(contentTerms("when did the duo break up")).toEqual(expect.arrayContaining(contentTerms("the duo split")));
    expect(contentTerms("When did the yacht go missing?")).toEqual(expect.arrayContaining(contentTerms("the yacht vanished")));
    expect(contentTerms("when did the audit come out")).toEqual(expect.arrayContaining(contentTerms("the audit released")));
  });

  it("GIVEN 'walk away' without 'from' or 'come out' of a place THEN they keep their own meaning", () => {
    expect(words("She walked away with the trophy")).toContain("walked");
    expect(words("He came out of the building")).toContain("came");
    expect(words("The mayor came out against the plan")).toContain("came");
  });

  it("GIVEN a phrase not in the table THEN it is left as it is", () => {
    expect(words("They made up a story")).toEqual(["they", "made", "up", "a", "story"]);
    expect(words("The plane took off late")).toEqual(["the", "plane", "took", "off", "late"]);
  });

  it("GIVEN a next word that changes the meaning THEN the phrase is left as it is", () => {
    expect(words("Three men broke out of the jail")).toEqual(["three", "men", "broke", "out", "of", "the", "jail"]);
    expect(words("Fighting broke out in the north")).toContain("erupted");
    expect(words("The result turned out to be wrong")).toContain("proved");
    expect(words("Many people turned out in the rain")).toContain("turned");
  });

  it("GIVEN a noun form that is mostly a noun THEN it is not read as the verb", () => {
    expect(words("Talks about the border resumed")).toContain("talks");
    expect(words("They talked about the border")).toContain("discussed");
  });

  it("GIVEN the hand-written entries THEN they still read as before", () => {
    expect(words("The police carried out a search")).toContain("conducted");
    expect(words("A fan held up a sign")).toEqual(["a", "fan", "held", "up", "a", "sign"]);
    expect(words("The final was held up by rain")).toContain("delayed");
    expect(words("They put the robot together")).toEqual(["they", "assembled", "the", "robot"]);
  });
});
