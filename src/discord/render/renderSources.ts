import type { APIEmbed, APIEmbedField } from "discord.js";
import type { ArticleSummary, Citation } from "../../engine/types.ts";
import { discordLimits } from "../limits.ts";
import { discordMessages } from "../messages.ts";
import { discordSettings } from "../settings.ts";
import { articleLink, formatDate } from "./citation.ts";
import { escapeText, fitEscaped, truncate } from "./text.ts";

const articlesPerPage = 10;

/** The known articles, newest first as the engine gives them, ten to a page. */
export function renderArticleList(articles: ArticleSummary[]): APIEmbed[] {
  if (articles.length === 0) {
    return [{ color: discordSettings.colors.unanswered, title: discordMessages.titles.sources, description: discordMessages.sources.none }];
  }
  const fields = articles.map(articleField);
  const pages: APIEmbedField[][] = [];
  for (let i = 0; i < fields.length; i += articlesPerPage) pages.push(fields.slice(i, i + articlesPerPage));
  return pages.map((page, index) => ({
    color: discordSettings.colors.answered,
    title: discordMessages.titles.sources,
    fields: page,
    ...(pages.length > 1 ? { footer: { text: discordMessages.pageFooter(index + 1, pages.length) } } : {}),
  }));
}

function articleField(article: ArticleSummary): APIEmbedField {
  const link = article.url && article.url.length <= 400 ? articleLink(truncate(article.title, 200), article.url) : null;
  const lines = [
    link,
    `${formatDate(article.published)} · ${fitEscaped(article.source, 200)}`,
    discordMessages.sources.counts(article.paragraphs, article.sentences),
  ].filter((line): line is string => line !== null);
  return { name: fitEscaped(article.title, discordLimits.embedFieldName), value: lines.join("\n") };
}

/**
 * One paragraph of an article, verbatim, with the sentences the person was last shown from
 * it in bold: the cited sentence seen in its context.
 */
export function renderParagraph(article: ArticleSummary, paragraph: number, text: string, cited: Citation[]): APIEmbed {
  const sentences = cited
    .filter((c) => c.doc === article.id && c.paragraph === paragraph && text.includes(c.sentence))
    .map((c) => c.sentence);
  return {
    color: discordSettings.colors.answered,
    title: fitEscaped(article.title, discordLimits.embedTitle),
    ...(article.url && /^https?:\/\//i.test(article.url) && article.url.length <= 2000 ? { url: article.url } : {}),
    description: highlight(truncate(text, 3800), sentences),
    footer: { text: `${discordMessages.sources.paragraphTitle(paragraph)} · ${formatDate(article.published)}` },
  };
}

/** Escape the paragraph and bold each cited sentence inside it. */
function highlight(text: string, sentences: string[]): string {
  let rest = text;
  let out = "";
  for (;;) {
    const hits = sentences
      .map((sentence) => ({ sentence, at: rest.indexOf(sentence) }))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at);
    const first = hits[0];
    if (!first) return out + escapeText(rest);
    out += `${escapeText(rest.slice(0, first.at))}**${escapeText(first.sentence)}**`;
    rest = rest.slice(first.at + first.sentence.length);
  }
}

/** Where the cited sentence is in its paragraph (from a Source button). */
export interface SentenceSpan {
  start: number;
  length: number;
}

/**
 * A Source button's view: the paragraph with the cited sentence in bold, the article's title
 * (linked) and date. A paragraph too long for one embed is shown around the sentence, with
 * "…" where it was cut, so the sentence is always in view.
 */
export function renderSourceParagraph(article: ArticleSummary, paragraph: number, text: string, span: SentenceSpan): APIEmbed {
  return {
    color: discordSettings.colors.answered,
    title: fitEscaped(article.title, discordLimits.embedTitle),
    ...(article.url && /^https?:\/\//i.test(article.url) && article.url.length <= 2000 ? { url: article.url } : {}),
    description: fitAround(text, span, discordSettings.sourceParagraphBudget),
    footer: { text: `${discordMessages.sources.paragraphTitle(paragraph)} · ${formatDate(article.published)}` },
  };
}

/** The window of `text` around `span`, escaped, within `max` characters once escaped. */
function fitAround(text: string, span: SentenceSpan, max: number): string {
  let budget = max;
  for (;;) {
    const out = windowAround(text, span, budget);
    if (out.length <= max || budget <= 1) return out.length <= max ? out : "…";
    budget -= Math.max(1, out.length - max);
  }
}

function windowAround(text: string, span: SentenceSpan, budget: number): string {
  const end = span.start + span.length;
  let from = 0;
  let to = text.length;
  if (text.length > budget) {
    const room = Math.max(0, budget - span.length);
    from = Math.max(0, span.start - Math.floor(room / 2));
    to = Math.min(text.length, from + budget);
    from = Math.max(0, to - budget);
    // Never cut an emoji (a surrogate pair) in half at either edge.
    if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from += 1;
    if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to -= 1;
  }
  const sentenceFrom = Math.min(Math.max(span.start, from), to);
  const sentenceTo = Math.min(Math.max(end, sentenceFrom), to);
  const sentence = text.slice(sentenceFrom, sentenceTo).trim();
  return [
    from > 0 ? "…" : "",
    escapeText(text.slice(from, sentenceFrom)),
    sentence ? `**${escapeText(sentence)}**` : "",
    escapeText(text.slice(sentenceTo, to)),
    to < text.length ? "…" : "",
  ].join("");
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
