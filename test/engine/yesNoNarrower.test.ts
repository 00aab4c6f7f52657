import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report: each sentence tells with a narrower word, a word of another common sense, or
// a phrasal verb what a question asks with a broader word.
const engine = createEngine([
  article(
    [
      "The shipping firm Velmar Lines was fined $200,000 by the port authority on Monday.",
      "The regulator penalized the Orla bakery for late filings.",
      "A courier has been arrested for the murder of two hikers near Kessan.",
      "The sprinter Tavi Rosk equalled the national record of 10.1 seconds.",
      "A service was held in Dunmore to commemorate the tenth anniversary of the flood.",
      "Before the final, a one-minute silence was observed at the Brell Stadium.",
      "The ferry captain Ilo Brand was not fined by the court.",
      "Defender Pim Adder was sent off after a late tackle.",
      "The ministry dismissed the report as a fabrication.",
      "Two climbers sustained injuries in the fall.",
    ],
    "2022-05-02",
    "narrower",
  ),
]);

function ask(question: string) {
  const a = engine.ask(question);
  return { lead: a.text.split("\n")[0]!, cited: a.citations[0]?.sentence ?? "" };
}

describe("yes/no questions asked with a broader word than the sentence's", () => {
  it("reads a narrower verb as saying the broader one ('fined' says 'penalized')", () => {
    const a = ask("Was Velmar Lines penalized by the port authority?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("was fined $200,000");
  });

  it("does not read the broader word as saying the narrower ('penalized' does not say 'fined')", () => {
    expect(ask("Was the Orla bakery fined?").lead).not.toMatch(/^(Yes|No)\./);
  });

  it("does not deny the broader word by a negated narrower one ('not fined' leaves 'penalized' open)", () => {
    expect(ask("Was the ferry captain Ilo Brand penalized?").lead).not.toMatch(/^(Yes|No)\./);
  });

  it("reads narrower event nouns and verbs together ('arrested for the murder' says 'detained over the killings')", () => {
    const a = ask("Was a courier detained over the killings?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("arrested for the murder");
  });

  it("reads a word of another common sense both ways ('equalled' says 'match', 'commemorate' says 'mark')", () => {
    expect(ask("Did Tavi Rosk match the national record?").lead).toMatch(/^Yes\./);
    const a = ask("Was the Dunmore service held to mark the anniversary of the flood?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("to commemorate the tenth anniversary");
  });

  it("reads the pairs WordNet proposed ('dismissed' says 'rejected'; 'sustained' and 'suffered' injuries)", () => {
    expect(ask("Did the ministry reject the report?").lead).toMatch(/^Yes\./);
    const a = ask("Did two climbers suffer injuries?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("sustained injuries");
  });

  it("reads an observed silence as one held", () => {
    const a = ask("Was a minute of silence held before the final?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("one-minute silence was observed");
  });
});

describe("phrasal verbs as units", () => {
  it("reads 'sent off' as 'dismissed'", () => {
    const a = ask("Was Pim Adder dismissed?");
    expect(a.lead).toMatch(/^Yes\./);
    expect(a.cited).toContain("was sent off");
  });
});
