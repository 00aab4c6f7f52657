import { describe, expect, it } from "vitest";
import type { Answer, AnswerItem, Citation } from "../../src/engine/types.ts";
import { embedLength, embedProblems } from "../../src/discord/render/embedLimits.ts";
import { renderAnswer } from "../../src/discord/render/renderAnswer.ts";
import { articleLink } from "../../src/discord/render/citation.ts";
import { fitEscaped, truncate } from "../../src/discord/render/text.ts";
import { speakerChoices } from "../../src/discord/render/renderChoices.ts";

const citation: Citation = {
  doc: "2020-08-21-trump-iraq-withdrawal",
  title: "Trump reiterates intention to withdraw US troops from Iraq",
  published: "2020-08-21",
  url: "https://savedelete.com/news/trump-reiterates-intention-to-withdraw-us-troops-from-iraq/349511/",
  paragraph: 9,
  sentence: "Currently, there are over 5,000 US troops deployed in Iraq to support Iraqi forces.",
};

const answer: Answer = {
  answered: true,
  text: "There are over 5,000 US troops in Iraq.",
  lead: "There are over 5,000 US troops in Iraq.",
  short: "over 5,000",
  citations: [citation],
  kind: "count",
  confidence: 0.9,
};

describe("renderAnswer", () => {
  it("GIVEN an answer THEN the short answer is bold and the source quotes the sentence with a linked title, date and paragraph", () => {
    const [embed] = renderAnswer(answer, { title: "How many troops?" });
    expect(embed?.description).toMatch(/^\*\*over 5,000\*\*\n/);
    const source = embed?.fields?.[0]?.value ?? "";
    expect(source).toContain("> Currently, there are over 5,000 US troops");
    expect(source).toContain(`[Trump reiterates intention to withdraw US troops from Iraq](${citation.url})`);
    expect(source).toContain("21 August 2020");
    expect(source).toContain("paragraph 9");
  });

  it("GIVEN markdown in the question and the text THEN it is escaped, not rendered", () => {
    const [embed] = renderAnswer({ ...answer, text: "a *bold* claim", lead: "a *bold* claim", short: "**5**" }, { title: "# heading @everyone" });
    expect(embed?.title).toBe("\\# heading @everyone");
    expect(embed?.description).toBe("**\\*\\*5\\*\\***\na \\*bold\\* claim");
  });

  it("GIVEN the engine's terminal text with its quote, source and items THEN only the answer's lead is the description", () => {
    const text = [
      "Timeline: 2 dated events.",
      "• January 5, 2020 — The Iraqi parliament passed a resolution. (Title, paragraph 10)",
      "» Currently, there are over 5,000 US troops.",
      "  — Title, August 21, 2020, paragraph 8",
    ].join("\n");
    const [embed] = renderAnswer({ ...answer, short: null, text, lead: "Timeline: 2 dated events." });
    expect(embed?.description).toBe("Timeline: 2 dated events.");
    const unanswered = renderAnswer({ ...answer, answered: false, text: "They don't mention Paris.\nI can answer questions like:\n• Who?", lead: "They don't mention Paris.", suggestions: ["Who?"] });
    expect(unanswered[0]?.description).toBe("They don't mention Paris.");
  });

  it("GIVEN no answer THEN the suggestions are listed", () => {
    const [embed] = renderAnswer({ ...answer, answered: false, short: null, citations: [], kind: "unknown", text: "I don't know.", lead: "I don't know.", suggestions: ["Who is Mike Pompeo?"] });
    expect(embed?.description).toBe("I don't know.");
    expect(embed?.fields?.[0]?.value).toBe("• Who is Mike Pompeo?");
  });

  it("GIVEN forty long cited items THEN every page keeps every Discord limit and no item is lost", () => {
    const items: AnswerItem[] = Array.from({ length: 40 }, (_, i) => ({
      text: `Event ${i}: ${"word ".repeat(400)}`,
      short: `${"2020-01-0".repeat(40)}${i}`,
      citation: { ...citation, sentence: `${"long sentence ".repeat(150)}${i}`, title: "T".repeat(500) },
    }));
    const pages = renderAnswer({ ...answer, kind: "timeline", items, text: "x".repeat(9000) }, { title: "t".repeat(1000) });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(embedProblems(page)).toEqual([]);
      expect(embedLength(page)).toBeLessThanOrEqual(6000);
    }
    expect(pages.flatMap((page) => page.fields ?? [])).toHaveLength(40);
    expect(pages.at(-1)?.footer?.text).toBe(`Page ${pages.length} of ${pages.length}`);
  });

  it("GIVEN a timeline item spelling out date, sentence and source THEN the field is the date, the quoted sentence and the linked source", () => {
    const item = { text: `January 5, 2020 — ${citation.sentence} (Trump reiterates…, August 21, 2020, paragraph 9)`, short: "January 5, 2020", citation };
    const [embed] = renderAnswer({ ...answer, kind: "timeline", items: [item] });
    expect(embed?.fields?.[0]).toEqual({
      name: "January 5, 2020",
      value: `> ${citation.sentence}\n[${citation.title}](${citation.url}) · 21 August 2020 · paragraph 9`,
    });
  });

  it("GIVEN a list of short items THEN five go on a page", () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ text: `Item ${i}`, short: `${i}`, citation }));
    const pages = renderAnswer({ ...answer, items });
    expect(pages.map((page) => page.fields?.length)).toEqual([5, 2]);
  });
});

describe("text helpers", () => {
  it("truncate never splits an emoji and ends with an ellipsis", () => {
    const text = "😀".repeat(10);
    const cut = truncate(text, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe("😀😀…");
  });

  it("fitEscaped keeps the escaped text within the limit", () => {
    const fitted = fitEscaped("*".repeat(100), 50);
    expect(fitted.length).toBeLessThanOrEqual(50);
    expect(fitted.startsWith("\\*")).toBe(true);
  });

  it("a title with brackets or a url with parentheses cannot break out of the link", () => {
    expect(articleLink("a [b] c", "https://x.test/a_(b)")).toBe("[a \\[b\\] c](https://x.test/a_%28b%29)");
    expect(articleLink("title", "javascript:alert(1)")).toBe("title");
  });
});

describe("speakerChoices", () => {
  it("offers at most 25 unique choices within 100 characters", () => {
    const speakers = Array.from({ length: 40 }, (_, i) => ({ name: `Speaker ${i % 30}`, role: "R".repeat(200), kind: "person" as const, statements: 1 }));
    const choices = speakerChoices(speakers);
    expect(choices).toHaveLength(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});
