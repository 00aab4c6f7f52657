import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Answer, AnswerItem, Citation } from "../../engine/types.ts";
import { discordLimits } from "../limits.ts";
import { discordSettings } from "../settings.ts";
import { discordMessages } from "../messages.ts";
import { articleLink, formatDate, quoteSentence } from "./citation.ts";
import { escapeText, fitEscaped, truncate } from "./text.ts";

export interface RenderOptions {
  /** Shown as the embed title: the question asked or the list's name. */
  title?: string;
}

/** One page of an answer and the citations its fields show, in order (for its Source buttons). */
export interface RenderedPage {
  embed: APIEmbed;
  citations: Citation[];
}

/**
 * An Answer as one or more embeds, one per page, each inside every Discord limit.
 * Pure: the same answer always renders the same pages.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): APIEmbed[] {
  return renderAnswerPages(answer, options).map((page) => page.embed);
}

/** The pages of `renderAnswer`, each with the citations of its fields. */
export function renderAnswerPages(answer: Answer, options: RenderOptions = {}): RenderedPage[] {
  const title = options.title ? fitEscaped(options.title, discordLimits.embedTitle) : undefined;
  if (!answer.answered) return [{ embed: unansweredEmbed(answer, title), citations: [] }];
  const items = answer.items ?? [];
  const description = summary(answer);
  const cited = items.length > 0 ? items.map((item) => item.citation) : answer.citations.slice(0, discordSettings.citationsPerAnswer);
  const fields = items.length > 0 ? items.map(itemField) : cited.map(citationField);
  const pages = items.length > 0 ? packPages(fields, description, title) : [fields];
  let offset = 0;
  return pages.map((pageFields, index) => {
    const citations = cited.slice(offset, offset + pageFields.length);
    offset += pageFields.length;
    return {
      embed: {
        color: discordSettings.colors.answered,
        ...(title ? { title } : {}),
        description,
        fields: pageFields,
        ...(pages.length > 1 ? { footer: { text: discordMessages.pageFooter(index + 1, pages.length) } } : {}),
      },
      citations,
    };
  });
}

/** The short answer in bold, then the engine's sentence of context. */
function summary(answer: Answer): string {
  const short = answer.short ? `**${fitEscaped(answer.short, 200)}**\n` : "";
  return short + fitEscaped(answer.lead, discordSettings.descriptionBudget - short.length);
}

function unansweredEmbed(answer: Answer, title: string | undefined): APIEmbed {
  const fields: APIEmbedField[] = [];
  const suggestions = (answer.suggestions ?? []).slice(0, 5);
  if (suggestions.length > 0) {
    fields.push({
      name: discordMessages.suggestionsHeading,
      value: suggestions.map((s) => `• ${fitEscaped(s, 190)}`).join("\n"),
    });
  }
  return {
    color: discordSettings.colors.unanswered,
    ...(title ? { title } : {}),
    description: fitEscaped(answer.lead || discordMessages.noAnswer, discordSettings.descriptionBudget),
    fields,
  };
}

/** "[Title](url) · 21 August 2020 · paragraph 9", kept short enough to leave room for the quote. */
function sourceTail(citation: Citation): string {
  // A pathological url or title must not eat the field: drop the link, shorten the title.
  const url = citation.url && citation.url.length <= 400 ? citation.url : null;
  const link = articleLink(truncate(citation.title, 120), url);
  return `${link} · ${formatDate(citation.published)} · ${discordMessages.paragraph(citation.paragraph)}`;
}

function fieldValue(body: string, citation: Citation): string {
  const tail = sourceTail(citation);
  const budget = discordLimits.embedFieldValue - tail.length - 1;
  return `${truncateBlock(body, budget)}\n${tail}`;
}

/** Cut an already-rendered block at a line or word boundary; a quote never loses its "> ". */
function truncateBlock(block: string, max: number): string {
  if (block.length <= max) return block;
  let cut = truncate(block, max);
  // Never end on a lone backslash, which would escape the ellipsis into something else.
  while (/\\…$/.test(cut)) cut = `${cut.slice(0, -2)}…`;
  return cut;
}

function citationField(citation: Citation, index: number): APIEmbedField {
  return {
    name: index === 0 ? discordMessages.sourceHeading : discordMessages.moreSourceHeading(index + 1),
    value: fieldValue(quoteSentence(citation.sentence), citation),
  };
}

/**
 * A list item as a field: its fact (a date, a number, a name) as the name, then the cited
 * sentence quoted with its source. The engine's item text spells the same fact, sentence and
 * source out for terminals, so it is shown only when it says more than the sentence does.
 */
function itemField(item: AnswerItem, index: number): APIEmbedField {
  const sentence = quoteSentence(item.citation.sentence);
  const sameSentence = normalise(item.text).includes(normalise(item.citation.sentence));
  const text = item.text.replace(/\s*\([^()]*paragraph \d+\)\s*$/, "");
  const body = sameSentence ? sentence : `${escapeText(text)}\n${sentence}`;
  return {
    name: fitEscaped(item.short ?? `${index + 1}.`, discordLimits.embedFieldName),
    value: fieldValue(body, item.citation),
  };
}

function normalise(text: string): string {
  return text.replace(/[\s“”"'‘’]+/g, " ").trim().toLowerCase();
}

/** Greedy paging: a page closes when it has enough items or would break its character budget. */
function packPages(fields: APIEmbedField[], description: string, title: string | undefined): APIEmbedField[][] {
  const fixed = description.length + (title?.length ?? 0) + 40; // 40: room for the page footer
  const pages: APIEmbedField[][] = [];
  let page: APIEmbedField[] = [];
  let size = fixed;
  for (const field of fields) {
    const length = field.name.length + field.value.length;
    const full =
      page.length >= discordSettings.itemsPerPage ||
      page.length >= discordLimits.embedFields ||
      (page.length > 0 && size + length > discordSettings.pageCharacterBudget);
    if (full) {
      pages.push(page);
      page = [];
      size = fixed;
    }
    page.push(field);
    size += length;
  }
  if (page.length > 0) pages.push(page);
  return pages.length > 0 ? pages : [[]];
}
