import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented reports: a place told as the host of an event, as "the city of" or "the streets of" a
// name, or after "through"; the names are invented so only the sentence can say they are places.
const ask = (paragraphs: string[], question: string) => createEngine([article(paragraphs, "2022-06-01", "where")]).ask(question);

describe("where an event is held, told by its host", () => {
  it("answers with the name that hosted it", () => {
    const a = ask(["The summit was hosted by Dravmont on Tuesday."], "Where was the summit held?");
    expect(a.short).toBe("Dravmont");
    const b = ask(["Dravmont will host the next trade fair."], "Where will the trade fair be held?");
    expect(b.short).toBe("Dravmont");
  });

  it("reads 'hosted by the city of X' as the place X", () => {
    const a = ask(["The conference will be hosted by the city of Dravmont."], "Where will the conference be held?");
    expect(a.short).toBe("Dravmont");
  });

  it("does not take a person hosting a show for a place", () => {
    const a = ask(["The show is hosted by Ann Roe."], "Where is the show held?");
    expect(a.short ?? "").not.toBe("Ann Roe");
  });
});

describe("a place after 'through' or 'the streets of'", () => {
  it("answers where thousands marched", () => {
    const a = ask(["Thousands marched through the streets of Dravmont on Sunday."], "Where did thousands march?");
    expect(a.answered).toBe(true);
    expect(a.short).toContain("Dravmont");
  });
});
