import type { APIEmbed } from "discord.js";
import type { ArticleSummary } from "../../engine/types.ts";
import { discordLimits } from "../limits.ts";
import { discordMessages } from "../messages.ts";
import { discordSettings } from "../settings.ts";
import { articleLink, formatDate } from "./citation.ts";
import { truncate } from "./text.ts";

export interface AboutFacts {
  version: string;
  articles: ArticleSummary[];
  /** Since the gateway session became ready, or null before. */
  uptimeMs: number | null;
  /** Where the code is published (SOURCE_URL), or null. */
  sourceUrl: string | null;
}

/** /about: what is running, on what knowledge, for how long, and where to read more. */
export function renderAbout(facts: AboutFacts): APIEmbed {
  const text = discordMessages.about;
  const newest = newestOf(facts.articles);
  const fields = [
    { name: text.version, value: facts.version, inline: true },
    { name: text.articles, value: facts.articles.length.toLocaleString("en-US"), inline: true },
    { name: text.uptime, value: facts.uptimeMs === null ? text.notConnected : formatDuration(facts.uptimeMs), inline: true },
    {
      name: text.newest,
      value: newest ? `${articleLink(truncate(newest.title, 200), newest.url && newest.url.length <= 400 ? newest.url : null)} · ${formatDate(newest.published)}` : text.noArticles,
    },
    { name: text.documentation, value: truncate(text.where(facts.sourceUrl), discordLimits.embedFieldValue) },
  ];
  return { color: discordSettings.colors.answered, title: text.title, description: text.intro, fields };
}

/** The most recently published article (ISO dates sort as text), or null when there is none. */
function newestOf(articles: ArticleSummary[]): ArticleSummary | null {
  return articles.reduce<ArticleSummary | null>((best, a) => (best === null || a.published > best.published ? a : best), null);
}

/** "3 days, 4 hours", "1 day", "12 minutes", "less than a minute": the two largest units are enough. */
export function formatDuration(ms: number): string {
  const units: [string, number][] = [
    ["day", 86_400_000],
    ["hour", 3_600_000],
    ["minute", 60_000],
  ];
  const parts: string[] = [];
  let rest = Math.max(0, ms);
  for (const [name, size] of units) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || parts.length > 0) parts.push(`${n} ${name}${n === 1 ? "" : "s"}`);
  }
  // The largest unit and the next one down, which is left out when it is zero.
  const shown = parts.slice(0, 2).filter((part) => !part.startsWith("0 "));
  return shown.length > 0 ? shown.join(", ") : "less than a minute";
}
