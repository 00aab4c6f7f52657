import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented reports: speakers with an abbreviated or agency title, a bracketed aside before the
// verb, and later sentences that call them by what the article said they were.
const ask = (paragraphs: string[], question: string) => createEngine([article(paragraphs, "2024-05-02", "talks")]).ask(question);

describe("a title the question spells out that the article abbreviates", () => {
  it("reads 'General Ann Roe' for 'Army Gen. Ann Roe', and 'Admiral' for 'Adm.'", () => {
    const general = ask(["Army Gen. Ann Roe said the base would close in June."], "What did General Ann Roe say?");
    expect(general.answered).toBe(true);
    expect(general.citations[0]?.sentence).toContain("base would close");
    const admiral = ask(["Navy Adm. Tom Lee said the fleet would sail in June."], "What did Admiral Lee say?");
    expect(admiral.citations[0]?.sentence).toContain("fleet would sail");
  });
});

describe("an agency head's title", () => {
  it("reads 'Administrator' before a name as a title, so the administrator is found and quoted", () => {
    const a = ask(["OSA Administrator Ann Roe said the launch would go ahead."], "What did the administrator say?");
    expect(a.text).toMatch(/^Ann Roe/);
    expect(a.citations[0]?.sentence).toContain("launch would go ahead");
  });
});

describe("an aside in brackets between the speaker and the verb", () => {
  it("quotes the named person, not the party and state in brackets or the word 'left'", () => {
    const party = ask(["Rep. Ann Roe (D-Vell) said the bill would pass."], "What did Ann Roe say?");
    expect(party.text).toMatch(/^Ann Roe/);
    expect(party.citations[0]?.sentence).toContain("bill would pass");
    const picture = ask(["Ann Roe (left) said the bill would pass."], "What did Ann Roe say?");
    expect(picture.text).toMatch(/^Ann Roe/);
  });

  it("keeps an acronym in brackets as the body's short name that speaks", () => {
    const a = ask(["Healers Across Borders (MSV) said the camp was full."], "What did MSV say?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.sentence).toContain("camp was full");
  });
});

describe("a speaker called later by how the article described them", () => {
  it("reads 'the nurse' and 'the 45-year-old' as the person first described so", () => {
    const nurse = ask(["Ann Roe, a 45-year-old nurse, was hurt in the blast.", "\"It was terrifying,\" the nurse said."], "What did Ann Roe say?");
    expect(nurse.citations[0]?.sentence).toContain("terrifying");
    const aged = ask(["Ann Roe, a 45-year-old nurse, was hurt in the blast.", "\"It was terrifying,\" the 45-year-old said."], "What did Ann Roe say?");
    expect(aged.citations[0]?.sentence).toContain("terrifying");
  });

  it("does not give a description nobody was given to the last person named", () => {
    const a = ask(["Ann Roe, the mayor, visited the site.", "\"It was terrifying,\" the nurse said."], "What did Ann Roe say?");
    expect(a.citations[0]?.sentence ?? "").not.toContain("terrifying");
  });
});
