import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented local report: verbs coordinated with "and", some with their own auxiliary, after a
// hedge, a negation or a plan that reaches only the verb before.
const engine = createEngine([
  article(
    [
      "Two fishermen allegedly crossed the border and were shot by guards.",
      "The mayor was not arrested and was released on Monday. Her deputy was not arrested and charged.",
      "The suspect did not resist and was taken to hospital.",
      "The council may close the bridge and has hired engineers.",
      "The company promised to rebuild the mill and has paid the workers.",
    ],
    "2023-04-02",
    "coordinated",
  ),
]);
const lead = (q: string) => engine.ask(q).text.split("\n")[0]!;

describe("yes/no questions on verbs coordinated with their own auxiliary", () => {
  it("reads a verb with its own auxiliary out of the reach of a hedge before it", () => {
    expect(lead("Were the fishermen shot?")).toMatch(/^Yes\./);
    expect(engine.ask("Did the fishermen cross the border?").answered).toBe(false);
    expect(lead("Has the council hired engineers?")).toMatch(/^Yes\./);
    expect(engine.ask("Will the council close the bridge?").answered).toBe(false);
  });

  it("reads it out of the reach of a negation before it, which still reaches a verb sharing its auxiliary", () => {
    expect(lead("Was the mayor released?")).toMatch(/^Yes\./);
    expect(lead("Was the suspect taken to hospital?")).toMatch(/^Yes\./);
    expect(lead("Was her deputy charged?")).toMatch(/^No\./);
  });

  it("reads it out of the reach of a plan before it", () => {
    expect(lead("Has the company paid the workers?")).toMatch(/^Yes\./);
    expect(engine.ask("Did the company rebuild the mill?").answered).toBe(false);
  });
});
