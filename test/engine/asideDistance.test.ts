import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { tokenize, type Span } from "../../src/engine/general/answerSpans.ts";
import { distanceAcrossAside } from "../../src/engine/general/appositiveDistance.ts";
import { tagSpans } from "../../src/analysis/partsOfSpeech.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const institute = createEngine([
  article(
    [
      "Ann Ruel, Ph.D., head of the Survey Unit in the Harbour Institute’s Department of Marine Studies, is available to discuss these findings.",
    ],
    "2024-06-01",
    "institute",
  ),
]);

function distance(text: string, name: string, anchorWord: string): number | null {
  const tokens = tokenize(text);
  const from = tokens.findIndex((t) => t.text === name.split(" ")[0]);
  const span: Span = { text: name, from, to: from + name.split(" ").length, kind: "name", source: "name" };
  const anchors = tokens.flatMap((t, i) => (t.lower === anchorWord ? [i] : []));
  return distanceAcrossAside(tokens, tagSpans(text, tokens), span, anchors);
}

describe("a name stands at the verb after the aside that describes it", () => {
  it("answers who does it with the name before the aside, not a body named inside it", () => {
    const a = institute.ask("Who can discuss the findings?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("Ann Ruel");
  });

  it("counts the distance from the aside's closing comma", () => {
    expect(distance("Ann Ruel, a marine biologist at the Harbour Institute, said the reef was dying.", "Ann Ruel", "said")).toBe(1);
  });

  it("reads no list as an aside", () => {
    expect(distance("Ann Ruel, Bo Lind, and Cas Mir said the reef was dying.", "Ann Ruel", "said")).toBeNull();
  });

  it("needs a verb after the closing comma", () => {
    expect(distance("Ann Ruel, a marine biologist, in a statement said the reef was dying.", "Ann Ruel", "said")).toBeNull();
  });
});
