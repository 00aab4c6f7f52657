import { describe, expect, it } from "vitest";
import { describeReload } from "../../src/live/describeReload.ts";
import type { ReloadReport } from "../../src/live/knowledgeStore.ts";

const empty: ReloadReport = {
  added: [], changed: [], removed: [], keptLastGood: [], rejected: [], deferred: [], problems: [], articles: 3, rebuilt: false,
};

describe("describeReload", () => {
  it("GIVEN nothing changed THEN says so and how many articles answer", () => {
    expect(describeReload(empty)).toBe("Nothing changed.\nAnswering from 3 articles.");
  });

  it("GIVEN additions, removals and a bad file THEN lists each with the problem's file and line", () => {
    const text = describeReload({
      ...empty,
      added: ["new.md"],
      removed: ["old.md"],
      keptLastGood: ["b.md"],
      problems: [{ file: "b.md", line: 3, message: "frontmatter 'published' is invalid" }],
      rebuilt: true,
    });
    expect(text.split("\n")).toEqual([
      "Knowledge reloaded.",
      "Added (1): new.md",
      "Removed (1): old.md",
      "Kept the last good version of (1): b.md",
      "Problems:",
      "- b.md:3: frontmatter 'published' is invalid",
      "Answering from 3 articles.",
    ]);
  });

  it("GIVEN a bulk import THEN long lists are cut", () => {
    const added = Array.from({ length: 25 }, (_, i) => `a${i}.md`);
    expect(describeReload({ ...empty, added, rebuilt: true })).toContain("a9.md and 15 more");
  });
});
