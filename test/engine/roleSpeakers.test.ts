import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

/** Speaker ids and what they said, sentence by sentence. */
function said(paragraphs: string[]) {
  return analyseArticle(article(paragraphs)).sentences.flatMap((s) => s.statements.map((st) => [st.speaker, st.quote ?? st.content]));
}

// Invented sentences: speakers named by a role or a body rather than a person's name.
describe("a body named with initials written with full stops", () => {
  it("reads 'the U.N. agency' and 'U.K. officials' as whole speakers", () => {
    expect(said(["The U.N. agency said it would send tents to Vell.", "U.K. officials said the flights would resume."])).toEqual([
      ["u.n. agency", "it would send tents to Vell"],
      ["u.k. officials", "the flights would resume"],
    ]);
  });

  it("answers 'What did the UN agency say?' with the agency's words", () => {
    const e = createEngine([article(["Floods cut off the town of Vell on Monday.", "The U.N. agency said it would send tents to Vell."], "2024-05-02", "floods")]);
    const a = e.ask("What did the UN agency say?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("send tents");
  });
});

describe("a subject with words between it and its verb of saying", () => {
  it("reads 'officials here say' as the officials speaking", () => {
    expect(said(["Officials here say they expect the vote to pass."])).toEqual([["officials", "they expect the vote to pass"]]);
  });

  it("reads '…, but also said that …' as the subject the sentence opens with", () => {
    expect(said(["Jo Roe, a lawyer for the town apologized for the delay, but also said that the pier was safe."])).toEqual([["jo roe", "the pier was safe"]]);
  });
});

describe("roles written around a speaker's name", () => {
  const e = createEngine([
    article(
      [
        "A storm closed the port of Vell on Monday.",
        "\"The waves were huge,\" said Abu Sami, a bus driver who was an eyewitness of the crash.",
        "Dr. Ines Kroll says that many of the injured had deep cuts.",
        "Ben Mott of the sailors' welfare charity, Seahaven, said the crews were safe.",
      ],
      "2024-02-12",
      "storm",
    ),
  ]);

  it("ends an appositive role before its relative clause ('a bus driver who was …')", () => {
    const a = e.ask("What did the bus driver say?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("waves were huge");
  });

  it("reads a title the article abbreviates ('Dr.') as the role a question spells out", () => {
    const a = e.ask("What did the doctor say?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("deep cuts");
  });

  it("reads 'X of the <description>, <Name>,' as X speaking for that body", () => {
    const a = e.ask("What did Seahaven say?");
    expect(a.text).toMatch(/^Ben Mott/);
    expect(a.text).toContain("crews were safe");
  });
});

describe("a role the sentence opens with, whose it is, before the name", () => {
  it("reads 'Tarn's mayor, Jo Ray criticized the plan saying …' as the mayor's words, the quoted term inside the clause", () => {
    expect(said(["Tarn's mayor, Jo Ray criticized the plan saying the town was losing the \"long\" fight."])).toEqual([
      ["jo ray", "the town was losing the \"long\" fight"],
    ]);
  });

  it("keeps whose role it is, so 'What did Tarn's mayor say?' finds her", () => {
    const e = createEngine([article(["Tarn's mayor, Jo Ray criticized the plan saying the town was losing the fight."], "2024-01-09", "mayor")]);
    const a = e.ask("What did Tarn's mayor say?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("losing the fight");
  });

  it("does not make a document's participle its reader's words ('denied a report saying …')", () => {
    expect(said(["Jo Ray denied a report saying the town was losing."])).toEqual([["jo ray", expect.not.stringContaining("losing")]]);
  });
});

describe("a body the whole question phrase names, with initials", () => {
  it("answers 'the US army' with the U.S. army's words, not a person whose role holds those words", () => {
    const e = createEngine([
      article(
        [
          "General Jo Roe, a U.S. adviser for the army in Tarn, said that the base would close.",
          "The U.S. army said it would review the plan.",
        ],
        "2024-03-09",
        "army",
      ),
    ]);
    const a = e.ask("What did the US army say?");
    expect(a.text).toContain("review the plan");
  });
});

describe("'it said' after a body acted as a sentence's subject", () => {
  it("reads 'It said' as the company that opened the sentence before, not a body that spoke earlier", () => {
    expect(
      said(["The ministry said that the border would reopen.", "The Tarn Mining Company closed its mine on Monday. It said the shaft was unsafe."]),
    ).toEqual([
      ["ministry", "the border would reopen"],
      ["tarn mining company", "the shaft was unsafe"],
    ]);
  });

  it("still reads 'it added' as the body that just spoke", () => {
    expect(said(["The Tarn Mining Company said the mine would close. It added that the shaft was unsafe."]).map(([who]) => who)).toEqual([
      "tarn mining company",
      "tarn mining company",
    ]);
  });
});

describe("a body asked for by the last words of its name", () => {
  it("answers 'the port authority' with the one speaking body whose name ends so", () => {
    // The body's words are in a sentence whose "it" is the authority, so only attribution finds them.
    const e = createEngine([article(["A storm hit Vell on Sunday.", "The Vell Port Authority closed the harbour on Monday. It said the piers were unsafe."], "2024-05-01", "port")]);
    const a = e.ask("What did the port authority say?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("piers were unsafe");
  });

  it("answers a body's head noun alone ('the ministry', 'the fire department') when one speaking body's name ends so", () => {
    const e = createEngine([article(["A fire broke out at the Orrin mill on Sunday.", "The Labour Ministry said the mill had failed two inspections.", "The Orrin Fire Department said the fire was out by noon."], "2024-05-01", "bodies")]);
    expect(e.ask("What did the ministry say?").text).toContain("failed two inspections");
    expect(e.ask("What did the fire department say?").text).toContain("out by noon");
  });

  it("answers a role nobody named with the one body whose unnamed holder of it spoke ('A spokesperson for the council said')", () => {
    const e = createEngine([article(["The Vell council closed the old bridge on Monday.", "A spokesperson for the council said the bridge was unsafe."], "2024-05-01", "spokes")]);
    expect(e.ask("What did the spokesperson say?").text).toContain("bridge was unsafe");
    const two = createEngine([article(["A spokesperson for the council said the bridge was unsafe.", "A spokesman for the port said the ferry would run."], "2024-05-01", "two-spokes")]);
    expect(two.ask("What did the spokesperson say?").answered).toBe(false);
  });

  it("still reads a long office's name before a speaker's name as no title of hers ('…, said spokesperson for the United Nations High Commissioner for Refugees, Ann Roe')", async () => {
    const { analyseArticle } = await import("../../src/analysis/analyseArticle.ts");
    const a = analyseArticle(article(["\"We have received reports on the death of one fisherman, Ivo Sten, in Tarn,\" said spokesperson for the United Nations High Commissioner for Refugees, Ann Roe."], "2024-05-01", "long-office"));
    expect(a.sentences[0]!.statements.map((st) => st.speaker)).toEqual(["ann roe"]);
  });

  it("reads an office or trade written before a name as the person's title ('Prosecutor Ann Roe')", () => {
    const e = createEngine([article(["The trial of Tom Lee opened in Vell on Monday.", "Prosecutor Ann Roe told the court the evidence was clear."], "2024-05-01", "prosecutor")]);
    expect(e.ask("What did the prosecutor say?").text).toContain("evidence was clear");
    expect(e.ask("Who is Ann Roe?").short).toMatch(/Prosecutor/i);
  });

  it("declines a head noun two speaking bodies' names end in, rather than pick one", () => {
    const e = createEngine([article(["The Labour Ministry said the mill had failed two inspections.", "The Health Ministry said nobody was hurt."], "2024-05-01", "ministries")]);
    expect(e.ask("What did the ministry say?").answered).toBe(false);
  });
});
