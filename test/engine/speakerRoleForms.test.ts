import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented report naming speakers with a role of a named body, or a title a question abbreviates.
const engine = createEngine([
  article(
    [
      "Bar owners in Vell have started pouring Stolnaya vodka into the gutter.",
      "Joe Hurl, owner of the Pier Bar, said the boycott would last \"as long as it takes\".",
      "The distiller's chief executive, Ann Lee, said the firm was \"deeply disappointed\".",
    ],
    "2013-08-07",
    "boycott",
  ),
]);

describe("speakers asked for by their role", () => {
  it("reads 'owner of the Pier Bar' as a role, so 'the bar owner' is Joe Hurl", () => {
    const a = engine.ask("What did the bar owner say?");
    expect(a.text).toMatch(/^Joe Hurl/);
    expect(a.citations[0]?.sentence).toContain("as long as it takes");
  });

  it("reads 'CEO' as the 'chief executive' an article names", () => {
    const a = engine.ask("What did the distiller's CEO say?");
    expect(a.text).toMatch(/^Ann Lee/);
  });
});
