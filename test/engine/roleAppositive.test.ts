import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { isRoleAppositiveLead } from "../../src/analysis/roleAppositive.ts";
import { article } from "./helpers.ts";

// An invented report: a senator speaks, then an envoy and a spokeswoman introduced by a role in
// commas that goes on past its noun ("to Canada", "for the mayor") before their names.
const report = article(
  [
    "Senator Tom Hale said the crash was a close call. \"We were lucky,\" he said.",
    "Norway's deputy envoy to Canada, Lars Berg, quickly issued a statement, which he read to reporters by phone. \"The embassy is in contact with the police,\" he said.",
    "A spokeswoman for the mayor, Rita Vold, in a briefing for reporters echoed the warning and said: \"The bridge will stay closed.\"",
  ],
  "2024-02-14",
  "envoy",
);
const analysed = analyseArticle(report);
const speakersOf = (start: string) => analysed.sentences.find((s) => s.text.startsWith(start))?.statements.map((st) => st.speaker) ?? [];

describe("a role in commas before a name", () => {
  it("reads a role with a prepositional phrase, in commas before a name, as that name's apposition", () => {
    expect(isRoleAppositiveLead("Norway's deputy envoy to Canada, ")).toBe(true);
    expect(isRoleAppositiveLead("A spokeswoman for the mayor, ")).toBe(true);
    expect(isRoleAppositiveLead("The envoy of Norway, ")).toBe(true);
    // A clause of its own, or an opening phrase, before the comma.
    expect(isRoleAppositiveLead("The minister was greeted by the First Lady, ")).toBe(false);
    expect(isRoleAppositiveLead("After the meeting with the mayor, ")).toBe(false);
    expect(isRoleAppositiveLead("The man who shot the mayor, ")).toBe(false);
  });

  it("gives 'he said' after such a sentence to the person it introduced, not to the last speaker", () => {
    expect(speakersOf("\"The embassy is in contact")).toEqual(["lars berg"]);
  });

  it("gives 'echoed … and said:' to the person the role introduced", () => {
    expect(speakersOf("A spokeswoman for the mayor")).toEqual(["rita vold"]);
  });

  it("keeps the role with what it is to, so the question may ask for it", () => {
    expect(analysed.entities.find((e) => e.id === "lars berg")?.roles).toContain("Norway's deputy envoy to Canada");
    const engine = createEngine([report]);
    const a = engine.ask("What did Norway's envoy say?");
    expect(a.text).toMatch(/^Lars Berg/);
    expect(a.citations[0]?.sentence).toContain("in contact with the police");
  });

  it("never takes the role in commas for what the person said", () => {
    const a = analyseArticle(article(["A spokeswoman for the Vell Fire Service, Ida Lund, said crews had worked through the night."], "2024-02-14", "fire"));
    expect(a.sentences[0]!.statements.map((st) => st.content)).toEqual(["crews had worked through the night"]);
  });
});
