import { describe, expect, it } from "vitest";
import { NARROWER_WORDS, RELATED_WORDS, SENSE_SYNONYMS } from "../../src/analysis/lexicon.ts";
import { isNarrower, sharesSense } from "../../src/analysis/narrowerWords.ts";
import { directedFormMap } from "../../src/analysis/relatedWords.ts";
import { canonical } from "../../src/analysis/text.ts";

const narrower = (asked: string, said: string) => isNarrower(canonical(asked), canonical(said));
const shared = (asked: string, said: string) => sharesSense(canonical(asked), canonical(said));

describe("narrower words", () => {
  it("GIVEN a narrower word in a sentence THEN it says the broader asked, through inflections", () => {
    expect(narrower("penalized", "fined")).toBe(true);
    expect(narrower("killings", "murdered")).toBe(true);
  });

  it("GIVEN the broader word in a sentence THEN it does not say the narrower asked (one way)", () => {
    expect(narrower("fined", "penalized")).toBe(false);
    expect(narrower("murder", "killing")).toBe(false);
  });

  it("GIVEN a pair of one shared sense THEN it holds both ways", () => {
    expect(shared("match", "equalled")).toBe(true);
    expect(shared("equal", "matched")).toBe(true);
    expect(shared("mark", "commemorated")).toBe(true);
  });

  it("GIVEN any listed pair THEN its narrower form reaches its broader one, never itself", () => {
    for (const [n, b] of NARROWER_WORDS) {
      const [cn, cb] = [canonical(n), canonical(b)];
      if (cn === cb) continue;
      expect(directedFormMap([[n, b]]).get(cn)?.has(cb) ?? true, `${n} > ${b}`).toBe(true);
      expect(isNarrower(cn, cn), n).toBe(false);
    }
  });

  it("GIVEN the tables THEN no pair repeats a related pair or a sense pair as narrower", () => {
    const key = ([a, b]: readonly [string, string]) => [a, b].sort().join("|");
    const related = new Set(RELATED_WORDS.map(key));
    const senses = new Set(SENSE_SYNONYMS.map(key));
    for (const p of NARROWER_WORDS) expect(related.has(key(p)) || senses.has(key(p)), p.join(" > ")).toBe(false);
    for (const p of SENSE_SYNONYMS) expect(related.has(key(p)), p.join(" ~ ")).toBe(false);
  });
});
