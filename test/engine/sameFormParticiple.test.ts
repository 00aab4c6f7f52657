import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/engine/general/answerSpans.ts";
import { askedRole, roleSpans } from "../../src/engine/general/verbRoles.ts";
import { tagSpans } from "../../src/analysis/partsOfSpeech.ts";

/** The phrases of a sentence that fill the role a question asks of its verb. */
function filling(question: string, sentence: string): string[] {
  const asked = askedRole(question);
  const tokens = tokenize(sentence);
  return asked ? roleSpans(sentence, tokens, tagSpans(sentence, tokens), asked).map((s) => s.text) : [];
}

describe("a passive participle written as its plain form ('was read by', 'were hit by')", () => {
  it("gives the agent after 'by', not the passive's subject", () => {
    expect(filling("Who read the verdict?", "The verdict was read by Judge Ana Ruiz while the accused stood in the dock.")).toContain("Judge Ana Ruiz");
    expect(filling("Who read the verdict?", "The verdict was read by Judge Ana Ruiz while the accused stood in the dock.")).not.toContain("The verdict");
  });
});
