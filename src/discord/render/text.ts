import { escapeMarkdown } from "discord.js";

// Plain text from people and articles must read as text in Discord, never as markdown:
// a "*" in a question must not turn the rest of the reply italic, a "# " must not become
// a heading, and "[x](y)" must not become a disguised link.

/** Escape every markdown construct Discord renders, including headings, lists and masked links. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
}

/** Undo `escapeText`: every escape is a backslash before one character. Exact for text without backslashes of its own. */
export function unescapeText(text: string): string {
  return text.replace(/\\(.)/gs, "$1");
}

/**
 * Cut `text` to at most `max` UTF-16 units (Discord's limits are never exceeded when counted
 * this way), at a word boundary when one is near, ending with "…". Never splits a surrogate
 * pair, so an emoji is kept whole or dropped.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return "…";
  let end = max - 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  const space = text.lastIndexOf(" ", end);
  // Only back up to a space if that loses little; otherwise one long word would vanish.
  if (space > end * 0.7) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Escape, then fit in `max`: truncation happens on the raw text so no escape is cut in half. */
export function fitEscaped(raw: string, max: number): string {
  let budget = max;
  for (;;) {
    const escaped = escapeText(truncate(raw, budget));
    if (escaped.length <= max || budget <= 1) return escaped.length <= max ? escaped : "";
    budget -= Math.max(1, escaped.length - max);
  }
}

/** Collapse runs of whitespace (including newlines) so a pasted question reads as one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
