import { describe, expect, it } from "vitest";
import { parseNumber } from "../../src/analysis/extractQuantities.ts";
import { findMentions } from "../../src/analysis/findMentions.ts";
import { canonical, contentTerms } from "../../src/analysis/text.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "../engine/helpers.ts";

/** Names every JavaScript object inherits: a word table written as an object literal answers to them. */
const INHERITED = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__"];

describe("words that are names of built-in object properties", () => {
  it("GIVEN such a word THEN its matching form is a plain string, like any unknown word", () => {
    for (const w of INHERITED) {
      const lower = w.toLowerCase();
      expect(typeof canonical(lower)).toBe("string");
      expect(contentTerms(`the ${w} of the troops`).every((t) => typeof t === "string")).toBe(true);
    }
  });

  it("GIVEN such a word as a number THEN it is no number", () => {
    for (const w of INHERITED) expect(parseNumber(w.toLowerCase())).toBeNull();
    expect(parseNumber("two thousand")).toBe(2000);
  });

  it("GIVEN a capitalised such word in a sentence THEN it is still read as a possible name, not a place", () => {
    const names = findMentions("Officials met Constructor Smith in the capital.").map((m) => m.name);
    expect(names.some((n) => n.includes("Smith"))).toBe(true);
  });

  it("GIVEN a question made of such words THEN the engine replies instead of failing", () => {
    const engine = createEngine([
      article(["There are 400 soldiers at the constructor base, the minister said on Monday.", "The toString plan was announced."]),
    ]);
    for (const w of INHERITED) {
      for (const q of [w, `what is the ${w}?`, `How many ${w} troops?`, `What did ${w} say?`, `Who is ${w}?`]) {
        const a = engine.ask(q, { turns: [] });
        expect(typeof a.text).toBe("string");
        expect(a.text.length).toBeGreaterThan(0);
      }
    }
  });
});
