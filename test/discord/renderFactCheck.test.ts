import { describe, expect, it } from "vitest";
import { embedProblems } from "../../src/discord/render/embedLimits.ts";
import { renderFactCheck } from "../../src/discord/render/renderFactCheck.ts";
import type { ClaimCheck, FactCheck } from "../../src/engine/types.ts";

const citation = (sentence: string, title = "An invented report") => ({
  doc: "report",
  title,
  published: "2024-03-15",
  url: "https://example.com/report",
  paragraph: 3,
  sentence,
});

function check(claims: ClaimCheck[], unchecked = 0): FactCheck {
  return { checkable: true, lead: `Checked ${claims.length} claims.`, claims, unchecked, text: "" };
}

describe("rendering a checked message", () => {
  it("GIVEN a contradicted claim THEN its verdict and the claim head the field, then the note, the quoted sentence and its source", () => {
    const [embed] = renderFactCheck(
      check([{ claim: "Velmora handled 20,000 containers.", verdict: "contradicted", note: "The article says 12,000, not 20,000.", basis: "figure", citation: citation("Velmora handled 12,000 containers last year.") }]),
    ).embeds;
    expect(embed?.fields?.[0]).toEqual({
      name: "❌ Contradicted: “Velmora handled 20,000 containers.”",
      value: "The article says 12,000, not 20,000.\n> Velmora handled 12,000 containers last year.\n[An invented report](https://example.com/report) · 15 March 2024 · paragraph 3",
    });
  });

  it("GIVEN the most claims with the longest sentences and markdown in them THEN every Discord limit holds", () => {
    const long = "*Velmora* said __5,000__ `ships` # docked [here](https://x.y) ".repeat(40);
    const claims: ClaimCheck[] = Array.from({ length: 6 }, (_, i) => ({
      claim: long,
      verdict: i % 3 === 0 ? "supported" : i % 3 === 1 ? "contradicted" : "not-covered",
      note: long,
      basis: i % 3 === 2 ? null : "figure",
      citation: i % 3 === 2 ? null : citation(long, long),
    }));
    const { embeds, content } = renderFactCheck(check(claims, 3));
    expect(content).toBe("");
    expect(embeds).toHaveLength(1);
    expect(embedProblems(embeds[0]!)).toEqual([]);
    expect(embeds[0]!.description).toContain("3 more claims left unchecked");
    // Markdown from people and articles is shown as text, never rendered.
    expect(embeds[0]!.fields![0]!.name).toContain("\\*Velmora\\*");
  });

  it("GIVEN nothing checkable THEN a plain sentence and no embed", () => {
    expect(renderFactCheck({ checkable: false, lead: "Nothing to check.", claims: [], unchecked: 0, text: "Nothing to check." })).toEqual({ content: "Nothing to check.", embeds: [] });
  });
});
