import type { Citation } from "../../engine/types.ts";
import { escapeText } from "./text.ts";

// How a source is written under an answer: the article's title linked to its url, its
// publication date and the paragraph, so a reader can check the sentence themselves.

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2020-08-21" as "21 August 2020"; anything unparseable is shown as given. */
export function formatDate(isoDate: string): string {
  const at = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(at) ? isoDate : dateFormat.format(at);
}

/** A markdown link whose text and target cannot break out of the link syntax. */
export function articleLink(title: string, url: string | null): string {
  const text = escapeText(title).replace(/[[\]]/g, (bracket) => `\\${bracket}`);
  if (!url || !/^https?:\/\//i.test(url)) return text;
  // encodeURIComponent leaves "(" and ")" alone, and ")" would end the link early.
  const target = url.replace(/[()\s<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${text}](${target})`;
}

/** "[Title](url) · 21 August 2020 · paragraph 9" */
export function sourceLine(citation: Citation): string {
  return [
    articleLink(citation.title, citation.url),
    formatDate(citation.published),
    `paragraph ${citation.paragraph}`,
  ].join(" · ");
}

/** The cited sentence as a block quote, escaped, each line quoted. */
export function quoteSentence(sentence: string): string {
  return escapeText(sentence)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}
