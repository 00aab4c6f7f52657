import { describe, expect, it } from "vitest";
import { ConversationStore } from "../../src/engine/conversations.ts";
import type { Conversation } from "../../src/engine/types.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { afghanFile, article, engineFor, seedFile } from "./helpers.ts";

describe("follow-up questions", () => {
  it("GIVEN a quote THEN 'What else did he say?' gives the same speaker's next statement", () => {
    const engine = engineFor(afghanFile);
    const c: Conversation = { turns: [] };
    const first = engine.ask("What did Miller say?", c);
    const second = engine.ask("What else did he say?", c);
    expect(second.answered).toBe(true);
    expect(second.citations[0]!.sentence).not.toBe(first.citations[0]!.sentence);
    expect(second.text).toMatch(/Christopher Miller/);
  });

  it("GIVEN a quote whose speaker goes on in the next sentence THEN 'What else did she say?' gives that sentence's words", () => {
    const engine = createEngine([
      article([
        "The Harbour Trust opened a new ferry pier in Lowmouth on Friday.",
        "\"The pier gives the island a second way to the mainland,\" Marta Oyelaran, chair of the trust, said at the opening. \"We expect the first boats to sail in spring and the fares to stay low.\"",
        "Oyelaran had earlier denied that the pier ran over budget.",
      ]),
    ]);
    const c: Conversation = { turns: [] };
    const first = engine.ask("What did Marta Oyelaran say?", c);
    expect(first.text).toMatch(/second way to the mainland/);
    const second = engine.ask("What else did she say?", c);
    expect(second.answered).toBe(true);
    expect(second.text.split("\n")[0]).toMatch(/first boats to sail in spring/);
  });

  it("GIVEN a quote shown with the speaker's next sentence, which has its own 'she said', THEN 'What else did she say?' gives a third statement", () => {
    const engine = createEngine([
      article([
        "The Harbour Trust opened a new ferry pier in Lowmouth on Friday.",
        "Marta Oyelaran, chair of the trust, says the pier gives the island a second way to the mainland. \"We expect the first boats to sail in spring,\" she said.",
        "Oyelaran had earlier denied that the pier ran over budget.",
      ]),
    ]);
    const c: Conversation = { turns: [] };
    engine.ask("What did Marta Oyelaran say about the mainland?", c);
    const second = engine.ask("What else did she say?", c);
    expect(second.text.split("\n")[0]).toMatch(/over budget/);
  });

  it("GIVEN a quote shown with the speaker's next sentence THEN the lead promises no more statements than 'What else' can give", () => {
    const engine = createEngine([
      article(["Mayor Ida Holm said the ferry pier would reopen in May. She added that repairs would cost $2 million.", "A storm damaged the pier in March."]),
    ]);
    const c: Conversation = { turns: [] };
    const first = engine.ask("What did Ida Holm say?", c);
    expect(first.citations.map((x) => x.sentence)).toContain("She added that repairs would cost $2 million.");
    expect(first.text).not.toMatch(/more statement/);
    expect(engine.ask("What else did she say?", c).answered).toBe(false);
  });

  it("GIVEN 'Who is he?' answered from a sentence of his words THEN 'What else did he say?' after one quote still gives them", () => {
    const engine = createEngine([
      article(["Tom Lee, the council leader, said the pier repairs cost too much. \"We cannot afford it,\" he said.", "A storm damaged the pier in March."]),
    ]);
    const c: Conversation = { turns: [] };
    engine.ask("Who is Tom Lee?", c);
    const first = engine.ask("What did he say?", c).text.split("\n")[0]!;
    const second = engine.ask("What else did he say?", c);
    expect(second.answered).toBe(true);
    expect(second.text.split("\n")[0]).not.toBe(first);
  });

  it("GIVEN an answer THEN 'When did he say that?' dates the cited sentence", () => {
    const engine = engineFor(afghanFile);
    const c: Conversation = { turns: [] };
    engine.ask("Who warned that further cuts depend on conditions?", c);
    const when = engine.ask("When did he say that?", c);
    expect(when.short).toBe("October 2020");
  });

  it("GIVEN a count THEN 'and what might that drop to?' gives the projected number", () => {
    const engine = engineFor(afghanFile);
    const c: Conversation = { turns: [] };
    expect(engine.ask("How many troops are in Afghanistan?", c).short).toBe("about 4,500");
    expect(engine.ask("and what might that drop to?", c).short).toBe("2,500");
  });

  it("GIVEN an event THEN 'Where did it happen?' finds its place", () => {
    const engine = engineFor(seedFile);
    const c: Conversation = { turns: [] };
    engine.ask("When was Soleimani killed?", c);
    expect(engine.ask("Where did it happen?", c).short).toBe("Baghdad airport");
  });

  it("GIVEN a number THEN 'Why?' gives the purpose its sentence states", () => {
    const engine = engineFor(seedFile);
    const c: Conversation = { turns: [] };
    engine.ask("How many troops are in Iraq?", c);
    const why = engine.ask("Why?", c);
    expect(why.text.split("\n")[0]).toMatch(/^To support Iraqi forces/);
  });

  it("GIVEN an answer about someone THEN 'Who was he?' describes that person", () => {
    const engine = engineFor(seedFile);
    const c: Conversation = { turns: [] };
    engine.ask("When was Soleimani killed?", c);
    const who = engine.ask("Who was he?", c);
    expect(who.short).toBe("former commander of the Quds Force of Iran’s Islamic Revolution Guards Corps");
    expect(who.text).toMatch(/^Qassem Soleimani, /);
  });

  it("GIVEN every statement already shown THEN 'What else?' says so instead of repeating", () => {
    const engine = engineFor(seedFile);
    const c: Conversation = { turns: [] };
    engine.ask("What did Pompeo say?", c);
    expect(engine.ask("What else did he say?", c).answered).toBe(true);
    const third = engine.ask("What else did he say?", c);
    expect(third.answered).toBe(false);
    expect(third.text).toMatch(/everything the articles I know quote from Mike Pompeo/);
  });

  it("GIVEN no conversation THEN a bare follow-up is declined rather than guessed", () => {
    expect(engineFor(seedFile).ask("What else did he say?").answered).toBe(false);
  });
});

describe("conversation store", () => {
  it("keeps one conversation per person and forgets it after the time to live", () => {
    let now = 0;
    const store = new ConversationStore(1000, 10, () => now);
    const a = store.get("alice");
    a.turns.push({ question: "q", answer: { answered: false, text: "", lead: "", short: null, citations: [], kind: "unknown", confidence: 0 } });
    expect(store.get("alice")).toBe(a);
    expect(store.get("bob")).not.toBe(a);
    now = 5000;
    expect(store.get("alice").turns).toEqual([]);
  });

  it("bounds memory by dropping the least recently used", () => {
    const store = new ConversationStore(60_000, 2, () => 0);
    const first = store.get("1");
    store.get("2");
    store.get("3");
    expect(store.size).toBe(2);
    expect(store.get("1")).not.toBe(first);
  });
});

describe("pronouns in follow-ups stand for whom the last turn was about", () => {
  // An invented story: a quoted editor and a quoted official named by role.
  const engine = createEngine([
    article([
      "Floodwater closed the old bridge in Marlow on Tuesday, the council said.",
      "\"Had the rain come a day earlier, the whole market would have gone under,\" Dana Whitby, an editor at the Marlow Courier, said.",
      "Whitby added that the repairs would take months.",
      "The town's mayor, Owen Pryce, said: \"We will reopen the bridge before the winter fair.\"",
    ], "2021-03-04", "flood"),
  ]);

  it("GIVEN who said a quote THEN 'which paper is he with?' looks for the paper in sentences about that speaker", () => {
    const c: Conversation = { turns: [] };
    expect(engine.ask("Who said the market would have gone under?", c).short).toMatch(/Dana Whitby/);
    const paper = engine.ask("which paper is she with?", c);
    expect(paper.answered).toBe(true);
    expect(paper.short).toMatch(/Marlow Courier/);
  });

  it("GIVEN a quote asked by role THEN 'what else did he say?' stays with the person quoted, not the one before", () => {
    const c: Conversation = { turns: [] };
    engine.ask("What did Whitby say about the market?", c);
    const mayor = engine.ask("And what did the mayor say?", c);
    expect(mayor.text).toMatch(/Owen Pryce/);
    // The mayor is quoted once: "what else" is about him, so the bot says it has nothing more from him.
    const more = engine.ask("what else did he say?", c);
    expect(more.lead).toMatch(/Owen Pryce/);
    expect(more.citations.map((x) => x.sentence).join(" ")).not.toMatch(/Whitby/);
  });
});

describe("a follow-up with a question word of its own", () => {
  const engine = () =>
    createEngine([
      article([
        "Anna Reyes of the Harbour Party won the seat with 60,760 votes in the election on Sunday.",
        "Tom Bell came second with 50,818 votes, and the turnout was 58 percent at the polling camp.",
      ]),
    ]);

  it("GIVEN a count THEN 'who came second there?' asks who, not how many again", () => {
    const e = engine();
    const c: Conversation = { turns: [] };
    expect(e.ask("How many votes did Anna Reyes get?", c).short).toBe("60,760");
    const who = e.ask("who came second there?", c);
    expect(who.kind).not.toBe("count");
    expect(who.short).toBe("Tom Bell");
  });
});
