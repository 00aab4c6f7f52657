import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report that never says which party the minister leads.
const engine = createEngine([
  article(
    [
      "General Oskar Vendt lost control of the capital on Sunday.",
      "\"Every single unnecessary death that takes place in this country is a crime of the alliance and its paid agents,\" the spokesman for the general added, referring to Norland, Estavia and Marovia.",
      "Minister Lena Dorr met the envoy, Mr. Pell, who praised the two parties for their work.",
    ],
    "2011-08-22",
    "vendt",
  ),
]);
const sameEngineSaying = createEngine([
  article(["General Oskar Vendt lost control of the capital on Sunday.", "The general fled to Estavia on Monday, officials said."], "2011-08-22", "vendt-fled"),
]);

const lead = (e: typeof engine, q: string) => e.ask(q).text.split("\n")[0]!;

describe("a which-question whose verb no sentence says", () => {
  it("declines rather than give a name far from the question's words", () => {
    expect(lead(engine, "Which party does Lena Dorr lead?")).toMatch(/can't find/);
  });

  it("still answers from the sentence that says it", () => {
    expect(lead(sameEngineSaying, "Which country did General Vendt flee to?")).toMatch(/Estavia/);
  });
});
