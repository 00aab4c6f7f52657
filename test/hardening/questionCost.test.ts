import Fuse from "fuse.js";
import { describe, expect, it, vi } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { KnowledgeIndex } from "../../src/index/knowledgeIndex.ts";
import { FilteredFuse, TypoVocabulary } from "../../src/index/typoCandidates.ts";
import { understandQuestion } from "../../src/engine/understandQuestion.ts";
import { tuning } from "../../src/tuning.ts";
import { article } from "../engine/helpers.ts";

const index = new KnowledgeIndex([
  analyseArticle(article([
    "Secretary of State Mike Pompeo said 5,000 troops would withdraw from Baghdad.",
    "General Kenneth McKenzie told reporters the withdrawal would be complete by September.",
  ])),
]);

function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe("the work one question may cost", () => {
  it("GIVEN a misspelt word THEN it is corrected, but not a word longer than any real word", () => {
    expect(index.correct("septmber")).toBe("september");
    expect(index.correct("baghdda")).toBe("baghdad");
    expect(index.correct(`withdrawal${"l".repeat(tuning.vocabulary.maxLength)}`)).toBeNull();
  });

  it("GIVEN a real word the articles lack THEN it is not 'corrected' into a word several edits away", () => {
    const plain = new KnowledgeIndex([analyseArticle(article(["The problem of pollution was raised on Monday."]))]);
    expect(plain.correct("people")).toBeNull();
    expect(plain.correct("polution")).toBe("pollution");
  });

  it("GIVEN a question of a hundred unknown words THEN only a few are looked up as typos or names", () => {
    const correct = vi.spyOn(index, "correct");
    const names = vi.spyOn(index, "findEntities");
    const question = Array.from({ length: 100 }, (_, i) => `qzxvw${i.toString(36)}yy`).join(" ");
    understandQuestion(question, index);
    expect(correct.mock.calls.length).toBeLessThanOrEqual(tuning.vocabulary.maxCorrections);
    expect(names.mock.calls.length).toBeLessThanOrEqual(tuning.names.maxFuzzyWords);
    correct.mockRestore();
    names.mockRestore();
  });

  it("GIVEN text longer than any name THEN no name is searched for it", () => {
    expect(index.findEntities("pompeo")[0]?.entity.name).toBe("Mike Pompeo");
    expect(index.findEntities(`pompeo ${"x".repeat(tuning.names.maxQueryLength)}`)).toEqual([]);
  });

  it("GIVEN any word THEN the filtered typo search finds what a search of the whole vocabulary finds", () => {
    const next = random(11);
    const letters = "abdeiklmnorstu";
    const word = (n: number) => `b${Array.from({ length: n - 1 }, () => letters[Math.floor(next() * letters.length)]).join("")}`;
    const vocabulary = [...new Set(Array.from({ length: 300 }, () => word(4 + Math.floor(next() * 9))))];
    const whole = new Fuse(vocabulary, { includeScore: true, threshold: tuning.vocabulary.typoThreshold });
    const filtered = new TypoVocabulary(vocabulary, tuning.vocabulary.typoThreshold);
    for (let i = 0; i < 120; i++) {
      const base = vocabulary[Math.floor(next() * vocabulary.length)]!;
      const at = 1 + Math.floor(next() * (base.length - 1));
      const edits = [base.slice(0, at) + base.slice(at + 1), base.slice(0, at) + "x" + base.slice(at), `${base}${"e".repeat(Math.floor(next() * 6))}`, word(4 + Math.floor(next() * 20))];
      for (const q of edits) expect(filtered.best(q)).toBe(whole.search(q, { limit: 1 })[0]?.item ?? null);
    }
  });

  it("GIVEN any text THEN the filtered name search finds what a search of every name finds, in the same order", () => {
    const next = random(5);
    const letters = "aeiklmnoprstu";
    const part = (n: number) => Array.from({ length: n }, () => letters[Math.floor(next() * letters.length)]).join("");
    const names = Array.from({ length: 300 }, (_, i) => ({ entity: `e${i}`, alias: next() < 0.5 ? part(3 + Math.floor(next() * 8)) : `${part(4)} ${part(3 + Math.floor(next() * 7))}` }));
    const options = { keys: ["alias"], includeScore: true, threshold: tuning.names.threshold, ignoreLocation: true };
    const whole = new Fuse(names, options);
    const filtered = new FilteredFuse(names, (n) => n.alias, options);
    for (let i = 0; i < 60; i++) {
      const base = names[Math.floor(next() * names.length)]!.alias;
      const at = Math.floor(next() * base.length);
      for (const q of [base.slice(at), base.slice(0, at) + base.slice(at + 1), `${base.split(" ").at(-1)}x`, part(4 + Math.floor(next() * 40))]) {
        if (!q.trim()) continue;
        const strip = (r: Array<{ item: { entity: string }; score?: number }>) => r.map((x) => [x.item.entity, x.score]);
        expect(strip(filtered.search(q, 15))).toEqual(strip(whole.search(q, { limit: 15 })));
      }
    }
  });
});
