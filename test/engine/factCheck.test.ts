import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { compareFigures } from "../../src/engine/factCheck/compareFigures.ts";
import { splitClaims } from "../../src/engine/factCheck/splitClaims.ts";
import { extractQuantities } from "../../src/analysis/extractQuantities.ts";
import { messages } from "../../src/messages.ts";
import { tuning } from "../../src/tuning.ts";
import { splitSentences } from "../../src/analysis/splitSentences.ts";
import { afghanFile, article, combatFile, germanyFile, ratesFile, readArticle, seedFile } from "./helpers.ts";

// An invented port report: a figure, an approximate figure, a quotation, a dated decision and a
// negative statement, each something a message might get right or wrong.
const engine = createEngine([
  article(
    [
      "The port of Velmora handled 12,000 containers last year, the harbour authority said.",
      "About 450 dockworkers are employed at the port.",
      "Harbour master Ines Calder said “the new crane will double our capacity by next summer.”",
      "The authority's board approved the expansion on February 12.",
      "The Velmora authority gave no date for the opening of the new terminal.",
    ],
    "2024-03-15",
    "velmora",
  ),
]);

function checkOne(message: string) {
  const result = engine.checkMessage(message);
  expect(result.checkable).toBe(true);
  expect(result.claims).toHaveLength(1);
  return result.claims[0]!;
}

describe("check a message against the articles", () => {
  it("GIVEN a true figure THEN supported, citing the sentence that gives it", () => {
    const c = checkOne("The port of Velmora handled 12,000 containers last year.");
    expect(c).toMatchObject({ verdict: "supported", basis: "figure" });
    expect(c.note).toContain("12,000");
    expect(c.citation?.sentence).toBe("The port of Velmora handled 12,000 containers last year, the harbour authority said.");
    expect(c.citation?.paragraph).toBe(1);
  });

  it("GIVEN a false figure for the same thing THEN contradicted: the article's figure, not the claimed one", () => {
    const c = checkOne("The port of Velmora handled 20,000 containers last year!");
    expect(c).toMatchObject({ verdict: "contradicted", basis: "figure", note: "The article says 12,000, not 20,000." });
    expect(c.citation?.paragraph).toBe(1);
  });

  it("GIVEN a figure close to an approximate one THEN supported; far from it THEN contradicted", () => {
    expect(checkOne("There are 460 dockworkers at the port.").verdict).toBe("supported");
    expect(checkOne("1,000 dockworkers are employed at the port.")).toMatchObject({
      verdict: "contradicted",
      note: "The article says about 450, not 1,000.",
    });
  });

  it("GIVEN a figure of something the articles never count THEN not covered, never contradicted", () => {
    const c = checkOne("The port of Velmora has 80 cranes.");
    expect(c.verdict).toBe("not-covered");
  });

  it("GIVEN the right words and the right speaker THEN supported", () => {
    const c = checkOne("Ines Calder said “the new crane will double our capacity”.");
    expect(c).toMatchObject({ verdict: "supported", basis: "speaker" });
    expect(c.citation?.paragraph).toBe(3);
  });

  it("GIVEN someone else's words put in a person's mouth THEN contradicted, naming who said them", () => {
    const c = checkOne("Oskar Lind said “the new crane will double our capacity”.");
    expect(c).toMatchObject({ verdict: "contradicted", basis: "speaker", note: "The article quotes Ines Calder saying it, not Oskar Lind." });
    expect(c.citation?.paragraph).toBe(3);
  });

  it("GIVEN a wrong date for an event THEN contradicted with the article's date; the right one THEN supported", () => {
    const wrong = checkOne("The board approved the expansion on February 14.");
    expect(wrong).toMatchObject({ verdict: "contradicted", basis: "date", note: "The article says February 12, 2024, not February 14." });
    expect(wrong.citation?.paragraph).toBe(4);
    expect(checkOne("The board approved the expansion on February 12.")).toMatchObject({ verdict: "supported", basis: "date" });
  });

  it("GIVEN a dated claim whose event the articles don't date THEN not covered, even though its words are there", () => {
    expect(checkOne("The Velmora authority opened the new terminal on May 3.").verdict).toBe("not-covered");
  });

  it("GIVEN a statement the article negates THEN contradicted; the negative statement THEN supported", () => {
    expect(checkOne("The Velmora authority gave a date for the opening of the new terminal.")).toMatchObject({ verdict: "contradicted", basis: "statement" });
    expect(checkOne("The Velmora authority gave no date for the opening of the terminal.")).toMatchObject({ verdict: "supported", basis: "statement" });
  });

  it("GIVEN a claim a sentence says only in part THEN never contradicted on the yes/no answerer's loose reading", () => {
    const sport = createEngine([article(["Sports minister Ola Brenn rejected such calls on Tuesday."], "2024-03-15", "sport")]);
    const { claims } = sport.checkMessage("Ola Brenn heeded the calls on Tuesday.");
    expect(claims).toHaveLength(1);
    expect(claims[0]!.verdict).not.toBe("contradicted");
    expect(sport.ask("Did Ola Brenn heed the calls on Tuesday?").text).toMatch(/^Probably no/);
  });

  it("GIVEN a claim the articles don't cover THEN not covered, with no citation", () => {
    const c = checkOne("Pirates attacked the port of Velmora.");
    expect(c).toMatchObject({ verdict: "not-covered", basis: null, citation: null, note: messages.factCheck.notCovered });
  });

  it("GIVEN a message with no checkable claim THEN one plain sentence says so", () => {
    for (const message of ["Wow, thanks for sharing this!", "How many containers did Velmora handle?", "lol"]) {
      const result = engine.checkMessage(message);
      expect(result).toMatchObject({ checkable: false, lead: messages.factCheck.noClaim, claims: [] });
    }
    expect(engine.checkMessage("  🚢 ").lead).toBe(messages.factCheck.noText);
  });

  it("GIVEN several claims THEN each is checked on its own and the summary counts them", () => {
    const result = engine.checkMessage("The port of Velmora handled 20,000 containers last year. Ines Calder said “the new crane will double our capacity”.");
    expect(result.claims.map((c) => c.verdict)).toEqual(["contradicted", "supported"]);
    expect(result.lead).toBe("Checked 2 claims against the articles: 1 supported, 1 contradicted.");
    expect(result.text).toContain("» The port of Velmora handled 12,000 containers");
  });

  it("GIVEN more claims than the limit THEN the first are checked and the rest counted", () => {
    const many = Array.from({ length: tuning.factCheck.maxClaims + 2 }, (_, i) => `Velmora has ${i + 2} ferries.`).join(" ");
    const result = engine.checkMessage(many);
    expect(result.claims).toHaveLength(tuning.factCheck.maxClaims);
    expect(result.unchecked).toBe(2);
  });
});

describe("splitting a message into claims", () => {
  it("GIVEN Discord markup, mentions and links THEN they are no part of a claim", () => {
    const claims = splitClaims("<@123456789012345678> **Velmora** handled 12,000 containers https://example.com/x", "2024-03-15");
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe("Velmora handled 12,000 containers");
    expect(claims[0]!.quantities.map((q) => q.value)).toEqual([12_000]);
  });

  it("GIVEN a date relative to when the message was written THEN it is not taken as a date to check", () => {
    const [claim] = splitClaims("Calder resigned yesterday, Lind said.", "2024-03-15");
    expect(claim?.dates).toEqual([]);
    expect(claim?.names).toEqual(["Lind"]);
  });

  it("GIVEN a place or someone speaking at the start of a sentence THEN it counts as a name", () => {
    expect(splitClaims("Biden said troops would stay in Germany.", "2024-03-15")[0]?.names).toEqual(expect.arrayContaining(["Biden", "Germany"]));
    expect(splitClaims("Great news for everyone.", "2024-03-15")).toEqual([]);
  });
});

describe("comparing two figures", () => {
  const q = (text: string) => extractQuantities(`${text} troops`)[0]!;
  it("GIVEN 'over 5,000' THEN 5,500 is the same, 7,000 not exact, 10,000 different", () => {
    expect(compareFigures(q("5,500"), q("over 5,000"))).toBe("same");
    expect(compareFigures(q("7,000"), q("over 5,000"))).toBe("inexact");
    expect(compareFigures(q("10,000"), q("over 5,000"))).toBe("different");
    expect(compareFigures(q("4,000"), q("over 5,000"))).toBe("different");
  });
  it("GIVEN plain figures THEN only the same number (or a rounding of it) is the same", () => {
    expect(compareFigures(q("2,500"), q("2,500"))).toBe("same");
    expect(compareFigures(q("2,600"), q("2,500"))).toBe("different");
    expect(compareFigures(q("about 2,600"), q("2,500"))).toBe("same");
  });
});

describe("splitting chat into claims", () => {
  it("GIVEN sentences in lowercase, a ping and a semicolon THEN one claim each; an abbreviation ends none", () => {
    const claims = splitClaims("Velmora handled 20,000 containers. @everyone look; Calder said so. the U.S. sent 300 ships to Velmora.", "2024-03-15");
    expect(claims.map((c) => c.text)).toEqual(["Velmora handled 20,000 containers.", "Calder said so.", "the U.S. sent 300 ships to Velmora."]);
  });
});

describe("hostile messages", () => {
  it("GIVEN long, odd or markup-heavy text THEN a result within bounds, never a crash", () => {
    const odd = [
      "9".repeat(5000),
      "Velmora ".repeat(2000),
      "“unclosed quote Velmora said".repeat(50),
      "```\nVelmora handled 12,000 containers\n```",
      "> Velmora handled 12,000 containers\n> Calder said so",
      "constructor __proto__ toString said “hasOwnProperty valueOf”.",
      "\u0000\u202e Velmora 12,000 \ud83d",
    ];
    for (const message of odd) {
      const result = engine.checkMessage(message);
      expect(result.claims.length).toBeLessThanOrEqual(tuning.factCheck.maxClaims);
      expect(typeof result.lead).toBe("string");
    }
  });
});

describe("what a check must not do", () => {
  const port = createEngine([
    article(
      [
        "Guards at posts 542 and 543 reported that 36 shells fell near the harbour of Velmora.",
        "Harbour master Ines Calder said “we will hire 300 dockworkers in Velmora next year.”",
        "Both the Velmora Port Authority and the Dockers Union have asserted that the strike was peaceful and orderly.",
      ],
      "2024-03-15",
      "port",
    ),
  ]);
  const only = (message: string) => port.checkMessage(message).claims[0]!;

  it("GIVEN a number that labels something (posts 12 and 13) THEN it is no figure to contradict", () => {
    expect(only("Guards at posts 12 and 13 reported shells near the harbour of Velmora.").verdict).not.toBe("contradicted");
  });

  it("GIVEN the right speaker with a changed figure in their words THEN the figure decides: contradicted", () => {
    expect(only("Ines Calder said “we will hire 900 dockworkers in Velmora next year.”")).toMatchObject({ verdict: "contradicted", basis: "figure", note: "The article says 300, not 900." });
  });

  it("GIVEN words the sentence gives to two speakers THEN naming one of them is not contradicted", () => {
    expect(only("The Dockers Union asserted that the strike was peaceful and orderly.").verdict).not.toBe("contradicted");
  });

  it("GIVEN a name the words are about, not who said them THEN it is not taken for the speaker", () => {
    expect(only("Calder said that Velmora and Tessin “will hire 300 dockworkers in Velmora next year.”").verdict).not.toBe("contradicted");
  });

  it("GIVEN 'this past week' THEN no date is checked (a message has no date of its own)", () => {
    expect(splitClaims("This past week Velmora reopened.", "2024-03-15")[0]?.dates).toEqual([]);
  });
});

describe("checking the articles' own sentences (test fixtures)", () => {
  const files = [seedFile, afghanFile, germanyFile, ratesFile, combatFile];
  const fixtures = createEngine(files.map(readArticle));
  const sentences = files.map(readArticle).flatMap((a) => a.paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text)));

  it("GIVEN any sentence of the articles as a message THEN none of its claims is contradicted", () => {
    const contradicted = sentences.flatMap((s) => fixtures.checkMessage(s).claims.filter((c) => c.verdict === "contradicted").map((c) => `${c.claim} → ${c.note}`));
    expect(contradicted).toEqual([]);
  });

  it("GIVEN such a sentence with one of its counts changed THEN that claim is never supported", () => {
    let changed = 0;
    for (const sentence of sentences) {
      const q = extractQuantities(sentence).find((x) => /\d/.test(x.text) && x.measure === "count" && x.unitTerms.length > 0);
      if (!q) continue;
      const digits = /\d[\d,]*/.exec(q.text)![0];
      const wrong = (Number(digits.replace(/,/g, "")) * 3 + 7).toLocaleString("en-US");
      const altered = sentence.slice(0, q.start) + q.text.replace(digits, wrong) + sentence.slice(q.end);
      const claim = fixtures.checkMessage(altered).claims.find((c) => c.claim.includes(wrong));
      expect(claim?.verdict, altered).not.toBe("supported");
      changed++;
    }
    expect(changed).toBeGreaterThan(3);
  });
});
