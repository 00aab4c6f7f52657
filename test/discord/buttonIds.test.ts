import { describe, expect, it } from "vitest";
import {
  articleKey,
  counterButtonId,
  decodeRequest,
  encodeRequest,
  pageButtonId,
  pageButtonIdFromTitle,
  paragraphKey,
  parseButtonId,
  publicButtonId,
  sourceButtonId,
  type AnswerRequest,
} from "../../src/discord/buttons/buttonIds.ts";
import { answerPageMessage } from "../../src/discord/buttons/answerButtons.ts";
import type { Engine } from "../../src/engine/types.ts";
import { embedProblems } from "../../src/discord/render/embedLimits.ts";
import { renderSourceParagraph } from "../../src/discord/render/renderSources.ts";
import { fitEscaped } from "../../src/discord/render/text.ts";

describe("button custom ids", () => {
  const requests: AnswerRequest[] = [
    { command: "ask", question: "How many soldiers: a question with : colons and | bars?" },
    { command: "troops", place: null },
    { command: "troops", place: "Ruritania" },
    { command: "timeline", about: null },
    { command: "timeline", about: "the harbour bridge" },
    { command: "quote", speaker: "Ada Example", topic: null },
    { command: "quote", speaker: "Ada Example", topic: "the budget: part 2" },
    { command: "whosaid", phrase: "we will finish the job" },
    { command: "sources" },
  ];

  it("GIVEN each kind of request THEN it round-trips through a page button id of at most 100 characters", () => {
    for (const request of requests) {
      expect(decodeRequest(encodeRequest(request))).toEqual(request);
      const id = pageButtonId(3, "abc-_1", request);
      expect(id).not.toBeNull();
      expect(id!.length).toBeLessThanOrEqual(100);
      expect(parseButtonId(id!)).toEqual({ kind: "page", page: 3, check: "abc-_1", request });
    }
  });

  it("GIVEN a question too long for a custom id THEN no page id is made rather than a cut one", () => {
    expect(pageButtonId(0, "abcdef", { command: "ask", question: "why ".repeat(30) })).toBeNull();
    expect(parseButtonId(pageButtonIdFromTitle(2, "abcdef"))).toEqual({ kind: "page", page: 2, check: "abcdef", request: "title" });
  });

  it("GIVEN a cited sentence THEN the source id carries the article, paragraph, sentence place and paragraph fingerprint", () => {
    const target = { article: articleKey("2031-01-01-an-invented-article-with-a-long-id"), paragraph: 12, start: 240, length: 95, check: paragraphKey("A paragraph.") };
    const id = sourceButtonId(target);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseButtonId(id)).toEqual({ kind: "source", ...target });
  });

  it("GIVEN the same text in two processes THEN the same keys; different text THEN different keys", () => {
    expect(articleKey("some-article")).toBe(articleKey("some-article"));
    expect(articleKey("some-article")).toHaveLength(8);
    expect(paragraphKey("One. Two.")).not.toBe(paragraphKey("One. Three."));
  });

  it("GIVEN ids this version did not make THEN they are recognised as such, never misread", () => {
    for (const id of ["page:abc:1", "s:short:1:0:0:abcdef", "p:1:abcdef:xnothing", "q", "", counterButtonId(2), "p:1:abcdef:q9:Ada"]) {
      expect(parseButtonId(id)).toBeNull();
    }
    expect(parseButtonId(publicButtonId)).toEqual({ kind: "public" });
  });
});

describe("answer page buttons", () => {
  // Only paragraphOf is read, to place each cited sentence; an invented paragraph stands in.
  const paragraph = "First sentence here. The cited sentence is this one.";
  const engine = { paragraphOf: () => paragraph } as unknown as Engine;
  const citation = { doc: "doc-1", title: "T", published: "2031-01-01", url: null, paragraph: 4, sentence: "The cited sentence is this one." };
  const pages = [1, 2].map((n) => ({ embed: { title: `page ${n}`, footer: { text: `Page ${n} of 2` } }, citations: [citation] }));

  it("GIVEN a question too long for the buttons THEN the page says so instead of offering buttons that cannot work", () => {
    const message = answerPageMessage(pages, 0, { command: "ask", question: "why ".repeat(30).trim() }, engine, { privately: false });
    expect(message.embeds[0]?.footer?.text).toContain("ask a shorter question");
    const ids = message.components.flatMap((row) => row.components.map((b) => ("custom_id" in b ? b.custom_id : "")));
    expect(ids.every((id) => id.startsWith("s:"))).toBe(true);
  });

  it("GIVEN several citations on a page THEN one button each, labelled after its field, duplicates once", () => {
    const other = (paragraphNo: number) => ({ ...citation, paragraph: paragraphNo });
    const page = {
      embed: { fields: ["Source", "Source 2", "3.", "January 5, 20\\*29", "again"].map((name) => ({ name, value: "v" })) },
      citations: [other(1), other(2), other(3), other(4), other(4)],
    };
    const message = answerPageMessage([page], 0, { command: "timeline", about: null }, engine, { privately: false });
    expect(message.components).toHaveLength(1);
    const labels = message.components[0]!.components.map((b) => ("label" in b ? b.label : ""));
    expect(labels).toEqual(["Source paragraph", "Source 2 paragraph", "Source 3 paragraph", "Source: January 5, 20*29"]);
  });

  it("GIVEN an /ask question too long for the id but whole in the title THEN the page buttons read it back from the title", () => {
    const question = "Why *exactly* ".repeat(10).trim();
    const titled = pages.map((page) => ({ ...page, embed: { ...page.embed, title: fitEscaped(question, 256) } }));
    const message = answerPageMessage(titled, 0, { command: "ask", question }, engine, { privately: false });
    expect(message.embeds[0]?.footer?.text).toBe("Page 1 of 2");
    const next = message.components[1]!.components[2] as { custom_id: string };
    expect(parseButtonId(next.custom_id)).toMatchObject({ kind: "page", page: 1, request: "title" });
  });

  it("GIVEN a cited sentence THEN its button places it exactly in the paragraph", () => {
    const message = answerPageMessage(pages, 1, { command: "timeline", about: null }, engine, { privately: true });
    const [source] = message.components[0]!.components;
    const action = parseButtonId((source as { custom_id: string }).custom_id);
    expect(action).toMatchObject({ kind: "source", paragraph: 4, start: 21, length: citation.sentence.length, check: paragraphKey(paragraph) });
    const labels = message.components[1]!.components.map((b) => ("label" in b ? b.label : ""));
    expect(labels).toEqual(["Previous", "2 / 2", "Next", "Post publicly"]);
  });
});

describe("the Source paragraph view", () => {
  const article = { id: "a", title: "An *invented* article", published: "2031-05-06", source: "Wire", url: "https://example.test/a", paragraphs: 3, sentences: 9 };

  it("GIVEN a short paragraph THEN all of it, the sentence bold, markdown escaped", () => {
    const text = "Before it. The *cited* sentence. After it.";
    const embed = renderSourceParagraph(article, 2, text, { start: 11, length: 21 });
    expect(embed.description).toBe("Before it. **The \\*cited\\* sentence.** After it.");
    expect(embed.footer?.text).toBe("Paragraph 2 · 6 May 2031");
    expect(embed.title).toBe("An \\*invented\\* article");
  });

  it("GIVEN a paragraph far over an embed THEN the part around the sentence, cut with …, inside every limit", () => {
    const filler = "Some *words* _here_ and `there`. ".repeat(700);
    const sentence = "The sentence that was cited is here.";
    const text = `${filler}${sentence} ${filler}`;
    const embed = renderSourceParagraph(article, 1, text, { start: filler.length, length: sentence.length });
    expect(embedProblems(embed)).toEqual([]);
    expect(embed.description).toContain(`**${sentence}**`);
    expect(embed.description?.startsWith("…")).toBe(true);
    expect(embed.description?.endsWith("…")).toBe(true);
  });

  it("GIVEN a sentence longer than an embed THEN its start, bold, inside the limit", () => {
    const sentence = `${"very ".repeat(2000)}long.`;
    const embed = renderSourceParagraph(article, 1, sentence, { start: 0, length: sentence.length });
    expect(embedProblems(embed)).toEqual([]);
    expect(embed.description?.startsWith("**very very")).toBe(true);
  });
});
