// A stand taken in public ("condemned the attack", "called for calm", "expressed regret") is told
// like speech: it answers "What did X say?" and "How did X react?" when X's words are not quoted.
import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

const said = (paragraphs: string[]) => analyseArticle(article(paragraphs)).sentences.flatMap((s) => s.statements.map((st) => [st.speaker, st.verb, st.content]));

describe("a stand taken as a statement", () => {
  it("GIVEN a verb of judging with its object THEN the object is what was said", () => {
    expect(said(["Mayor Ann Lee condemned the attack as cowardly."])).toEqual([["ann lee", "condemned", "the attack as cowardly"]]);
    expect(said(["The Harbour Trust welcomed the ruling."])).toEqual([["harbour trust", "welcomed", "the ruling"]]);
    expect(said(["Ann Lee accused the council of lying."])).toEqual([["ann lee", "accused", "the council of lying"]]);
    expect(said(["Ann Lee thanked the volunteers for their work."])).toEqual([["ann lee", "thanked", "the volunteers for their work"]]);
    expect(said(["Thanks to the volunteers, the harbour reopened."])).toEqual([]);
  });

  it("GIVEN 'called for', 'called on … to', 'appealed for', 'expressed regret' THEN they are statements too", () => {
    expect(said(["Ann Lee called for an inquiry into the fire."])).toEqual([["ann lee", "called for", "an inquiry into the fire"]]);
    expect(said(["Ann Lee called on the council to resign."])).toEqual([["ann lee", "called on", "the council to resign"]]);
    expect(said(["Ann Lee appealed for calm."])).toEqual([["ann lee", "appealed", "for calm"]]);
    expect(said(["Ann Lee expressed regret over the closure."])).toEqual([["ann lee", "expressed", "regret over the closure"]]);
  });

  it("GIVEN no object, a passive, another sense or the words said after it THEN no stand is read", () => {
    expect(said(["The troops were welcomed by the mayor."])).toEqual([]);
    expect(said(["Ann Lee called off the strike."])).toEqual([]);
    expect(said(["Ann Lee expressed the parcel to Oslo."])).toEqual([]);
    expect(said(["Ann Lee criticised the plan, saying it would fail."])).toEqual([["ann lee", "said", "it would fail"]]);
  });

  it("GIVEN 'claimed' before lives or a title THEN nothing was said", () => {
    expect(said(["The storm has claimed at least 20 lives."])).toEqual([]);
  });
});

describe("answering with a stand", () => {
  const e = createEngine([
    article(
      [
        "Storm Vera flooded the harbour district on Monday.",
        "Mayor Ann Lee blamed the harbour board for the delay. Governor Piet Holm called for an inquiry into the flooding.",
        "Rebels shelled the port on Tuesday. Aid ships turned back. Premier Ola Dahl says he “condemns this aggression” and calls for restraint.",
      ],
      "2024-03-05",
      "storm",
    ),
  ]);

  it("GIVEN 'What did X say?' THEN the stand is the answer, its object kept with the verb", () => {
    const r = e.ask("What did Ann Lee say?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Ann Lee blamed the harbour board for the delay");
    expect(e.ask("What did the governor say about the flooding?").text).toContain("called for an inquiry");
  });

  it("GIVEN 'How did X react to T?' THEN a statement pointing back to T with 'this <event>' answers it", () => {
    const r = e.ask("How did Ola Dahl react to the shelling?");
    expect(r.answered).toBe(true);
    expect(r.citations[0]?.sentence).toContain("condemns this aggression");
  });
});

describe("a verb whose words are an infinitive or a phrase", () => {
  it("GIVEN 'vowed to rebuild' THEN the answer reads 'vowed to rebuild', with no 'that'", () => {
    const e = createEngine([article(["Storm Vera flooded the harbour on Monday. Mayor Ann Lee vowed to rebuild the sea wall."])]);
    expect(e.ask("What did Ann Lee say?").text).toMatch(/^Ann Lee \(Mayor\) vowed to rebuild the sea wall/);
  });

  it("GIVEN 'called the decision rushed' THEN the answer reads so, with no 'that' before the object", () => {
    const e = createEngine([article(["The council voted to close the bridge on Monday. Opposition leader Tom Lee called the decision rushed."])]);
    expect(e.ask("What did Tom Lee say?").text).toMatch(/^Tom Lee \(Opposition leader\) called the decision rushed/);
  });
});
