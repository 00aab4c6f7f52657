import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { canonical } from "../../src/analysis/text.ts";
import { coverage } from "../../src/engine/answerSupport.ts";
import { tuning } from "../../src/tuning.ts";
import type { IndexedSentence } from "../../src/index/knowledgeIndex.ts";
import { article } from "./helpers.ts";

// An invented report that says in other words what the questions ask: "deferred" for
// "postpone", "evaded" for "dodge", "investigation" for "probe", "lawyers" for "attorneys".
const engine = createEngine([
  article(
    [
      "The Harwick city council deferred the vote on the new stadium until March.",
      "The council did not defer the vote on the library budget.",
      "Orlen Freight evaded import duty worth $2 million on cars shipped from Tallin.",
      "Brannock Shipping paid import duty on grain it shipped from Tallin.",
      "The harbour fire began on February 27, 2021.",
      "The investigation into the harbour fire began on March 3, 2021.",
      "Four lawyers represented the harbour company at the hearing.",
      "\"The fumes posed a hazard to the dock workers,\" said Mara Quist, the port's safety officer.",
      "\"We will rebuild the pier by summer,\" Quist said.",
    ],
    "2021-03-20",
    "related",
  ),
]);

function ask(question: string) {
  const a = engine.ask(question);
  return { ...a, lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("questions worded with a related word of the article's", () => {
  it("counts a related word for part of a question word in coverage", () => {
    const s = { terms: ["defer", "vote"].map(canonical) } as unknown as IndexedSentence;
    expect(coverage(["postpone", "vote"].map(canonical), s)).toBeCloseTo((1 + tuning.related.coverage) / 2);
    expect(coverage(["cancel", "vote"].map(canonical), s)).toBe(0.5);
  });

  it("answers a yes/no question yes from a sentence that says its verb in a related word", () => {
    const a = ask("Did the council postpone the vote on the new stadium?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("deferred the vote on the new stadium");
  });

  it("answers no when that sentence negates the related word", () => {
    const a = ask("Did the council postpone the vote on the library budget?");
    expect(a.lead).toMatch(/^No\./);
    expect(a.cited).toContain("did not defer");
  });

  it("finds the doer of a verb the article says in a related verb", () => {
    const a = ask("Which company dodged import duty?");
    expect(a.short).toBe("Orlen Freight");
    expect(a.cited).toContain("evaded import duty");
  });

  it("finds the date of an event the article names with a related noun", () => {
    const a = ask("When did the probe into the harbour fire begin?");
    expect(a.lead).toContain("March 3, 2021");
    expect(a.cited).toContain("The investigation into the harbour fire");
  });

  it("counts a noun the article says in a related word", () => {
    const a = ask("How many attorneys represented the harbour company?");
    expect(a.short?.toLowerCase()).toBe("four");
    expect(a.cited).toContain("Four lawyers");
  });

  it("picks the statement that says a question's topic in a related word", () => {
    const a = ask("What did Mara Quist say about the danger?");
    expect(a.cited).toContain("posed a hazard");
  });
});

describe("news words added by hand to the related table", () => {
  // Invented: "election" for "vote", "halted" for "suspended", "meddling" for "interfering".
  const news = createEngine([
    article(
      [
        "Lawmakers will vote on the presidential budget on July 2.",
        "The presidential runoff election will take place on June 27.",
        "The minister accused Ostland of meddling in the affairs of Norland.",
        "Rail services were halted in the capital on Monday.",
      ],
      "2021-06-10",
      "news",
    ),
  ]);

  it("reads 'the vote' as the election", () => {
    expect(news.ask("When is the presidential runoff vote?").short).toBe("June 27, 2021");
  });

  it("reads 'interfering' as meddling and 'suspended' as halted", () => {
    expect(news.ask("Where did the minister say Ostland was interfering?").answered).toBe(true);
    expect(news.ask("When were rail services suspended?").short).toBe("Monday, June 7, 2021");
  });
});

describe("questions worded with a synonym the word-vector pairs hold (relatedFromVectors.ts)", () => {
  // An invented report: "personnel" for the question's "staff", "truce" for "ceasefire".
  const vectorEngine = createEngine([
    article(
      [
        "Selwick Air laid off 40 personnel at its Vantor base last week.",
        "Selwick Air also sold 3 aircraft to a leasing firm.",
        "A feud between the two river clans began on April 1, 2022.",
        "A truce between the two river clans began on May 2, 2022.",
      ],
      "2022-05-09",
      "vectors",
    ),
  ]);

  it("counts a noun the article says in a synonym", () => {
    const a = vectorEngine.ask("How many staff did Selwick Air lay off?");
    expect(a.short).toBe("40");
    expect(a.citations[0]?.sentence).toContain("40 personnel");
  });

  it("answers yes from a sentence that says the asked noun in a synonym", () => {
    const a = vectorEngine.ask("Did a ceasefire between the river clans begin in May?");
    expect(a.text).toMatch(/^Yes\./);
    expect(a.citations[0]?.sentence).toContain("A truce between the two river clans");
  });
});
