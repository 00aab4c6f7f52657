import { describe, expect, it } from "vitest";
import { RELATED_WORDS } from "../../src/analysis/lexicon.ts";
import { areRelated, relatedFormMap, relatedForms } from "../../src/analysis/relatedWords.ts";
import { canonical } from "../../src/analysis/text.ts";

/** Whether two words, as written, are related through their matching forms. */
const related = (a: string, b: string) => areRelated(canonical(a), canonical(b));

describe("relatedForms", () => {
  it("GIVEN inflected words THEN they meet through their base forms", () => {
    expect(related("dangers", "hazards")).toBe(true);
    expect(related("dangerous", "hazard")).toBe(true);
    expect(related("asleep", "sleeping")).toBe(true);
    expect(related("decided", "decision")).toBe(true);
    expect(related("evading", "dodged")).toBe(true);
    // The stemmer gives "succeeds" and "succeeded" different forms: both are related.
    expect(related("succeeds", "success")).toBe(true);
    expect(related("succeeded", "successful")).toBe(true);
  });

  it("GIVEN a pair THEN the relation holds both ways", () => {
    expect(related("hazard", "danger")).toBe(true);
    expect(related("sleeping", "asleep")).toBe(true);
    for (const [a, b] of RELATED_WORDS) {
      const [ca, cb] = [canonical(a), canonical(b)];
      if (ca === cb) continue;
      expect(areRelated(ca, cb), `${a} ~ ${b}`).toBe(true);
      expect(areRelated(cb, ca), `${b} ~ ${a}`).toBe(true);
    }
  });

  it("GIVEN opposites or sisters of one class THEN they are never related (word-vector neighbours that were dropped by hand)", () => {
    const pairs = [["larger", "smaller"], ["highest", "lowest"], ["rise", "fall"], ["accept", "reject"], ["buy", "sell"], ["men", "women"], ["win", "lose"], ["second", "fourth"], ["city", "town"], ["art", "museum"]];
    for (const [a, b] of pairs) expect(related(a!, b!), `${a} ~ ${b}`).toBe(false);
  });

  it("GIVEN synonyms kept from the word-vector neighbours THEN they are related", () => {
    expect(related("staff", "personnel")).toBe(true);
    expect(related("ceasefire", "truce")).toBe(true);
    expect(related("kilometre", "kilometer")).toBe(true);
  });

  it("GIVEN a chain of two pairs THEN its ends are not related (not transitive)", () => {
    // "dodge" ~ "evade" and "evade" ~ "evasion", but dodging is no evasion in the table.
    expect(related("dodge", "evade")).toBe(true);
    expect(related("evade", "evasion")).toBe(true);
    expect(related("dodge", "evasion")).toBe(false);
  });

  it("GIVEN a light verb THEN it has no related words", () => {
    for (const verb of ["make", "take", "get", "have", "do", "give"]) expect(relatedForms(canonical(verb)).size, verb).toBe(0);
  });

  it("GIVEN a word the table does not know THEN its set is empty", () => {
    expect(relatedForms(canonical("zebra")).size).toBe(0);
    expect(relatedForms("").size).toBe(0);
  });

  it("GIVEN any form THEN it is never in its own set", () => {
    for (const word of new Set(RELATED_WORDS.flat())) {
      const form = canonical(word);
      expect(relatedForms(form).has(form), word).toBe(false);
    }
  });
});

describe("relatedFormMap", () => {
  it("GIVEN two words that already share a matching form THEN the pair adds nothing", () => {
    expect(relatedFormMap([["decide", "decides"]]).size).toBe(0);
  });

  it("GIVEN a past form that is another verb's ('found' is 'find''s) THEN the pair is left out", () => {
    const map = relatedFormMap([["found", "establish"], ["hazard", "peril"]]);
    expect(map.get(canonical("establish"))).toBeUndefined();
    expect(map.get(canonical("find"))).toBeUndefined();
    expect([...map.get(canonical("hazard"))!]).toEqual([canonical("peril")]);
  });
});

describe("RELATED_WORDS", () => {
  it("holds lowercase words of letters and hyphens, no word paired with itself, no pair twice", () => {
    expect(RELATED_WORDS.length).toBeGreaterThan(1000);
    const seen = new Set<string>();
    for (const [a, b] of RELATED_WORDS) {
      expect(a, `${a} / ${b}`).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(b, `${a} / ${b}`).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(a).not.toBe(b);
      const key = [a, b].sort().join(" ");
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});
