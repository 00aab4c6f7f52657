import { describe, expect, it } from "vitest";
import { describeAt } from "../../src/engine/answers/describePerson.ts";

/** What describeAt reads of the first occurrence of a name. */
function describeName(text: string, name: string): string | null {
  const start = text.indexOf(name);
  return describeAt(text, start, start + name.length);
}

describe("an appositive whose closing comma is missing ('X, writer and chairman of the guild says …')", () => {
  it("reads the description up to the verb of saying", () => {
    expect(describeName("Ola Berg, novelist and chairman of the Writers' Guild says the archive must stay open.", "Ola Berg")).toBe("novelist and chairman of the Writers' Guild");
    expect(describeName("Ivo Lund, a retired harbour pilot said he had never seen such a storm.", "Ivo Lund")).toBe("a retired harbour pilot");
  });

  it("leaves out a relative clause and a phrase with no person noun", () => {
    expect(describeName("Ola Berg, who chairs the guild, says the archive must stay open.", "Ola Berg")).not.toMatch(/says/);
    expect(describeName("Ola Berg, the report says, was not at the meeting.", "Ola Berg")).toBeNull();
  });
});
