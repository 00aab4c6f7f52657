import { describe, expect, it } from "vitest";
import { engineFor, germanyFile, messyFile, seedFile } from "./helpers.ts";

// Questions about the bundled article that name its place, people or events: adding articles
// about other countries and dates must not change their answers.
const QUESTIONS = [
  "How many US troops are in Iraq?",
  "What could the number of US troops in Iraq be reduced to?",
  "When did the Iraqi parliament pass its resolution?",
  "When was Qassem Soleimani killed?",
  "What did Pompeo say?",
  "Who is the chief diplomat?",
  "Who expects a long-term US military presence in Iraq?",
  "Who reported Trump's comments on Iraq?",
  "Where was Soleimani killed?",
  "Who is the prime minister of Iraq?",
  "What is the capital of France?",
];

describe("answers hold when other articles are added", () => {
  for (const q of QUESTIONS) {
    it(q, () => {
      const alone = engineFor(seedFile).ask(q);
      const among = engineFor(seedFile, germanyFile, messyFile).ask(q);
      expect(among.answered).toBe(alone.answered);
      expect(among.short).toBe(alone.short);
      expect(among.citations[0]?.sentence).toBe(alone.citations[0]?.sentence);
    });
  }
});
