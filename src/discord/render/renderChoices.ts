import type { APIApplicationCommandOptionChoice } from "discord.js";
import type { ArticleSummary, SpeakerSummary } from "../../engine/types.ts";
import { discordLimits } from "../limits.ts";
import { oneLine, truncate } from "./text.ts";

// Autocomplete choices: at most 25, names and values 1-100 characters, values unique.
// Choice names are shown as plain text by Discord, so nothing is escaped here.

/** "Mike Pompeo · Secretary of State · 3 statements", value the canonical name. */
export function speakerChoices(speakers: SpeakerSummary[]): APIApplicationCommandOptionChoice<string>[] {
  return uniqueChoices(
    speakers.map((speaker) => {
      const parts = [speaker.name, speaker.role, `${speaker.statements} ${speaker.statements === 1 ? "statement" : "statements"}`];
      return { name: parts.filter(Boolean).join(" · "), value: speaker.name };
    }),
  );
}

/** Articles whose title contains every typed word (all when nothing is typed), value the article id. */
export function articleChoices(articles: ArticleSummary[], typed: string): APIApplicationCommandOptionChoice<string>[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = articles.filter((article) => {
    const haystack = `${article.title} ${article.published} ${article.id}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  return uniqueChoices(matching.map((article) => ({ name: `${article.published} · ${article.title}`, value: article.id })));
}

/**
 * What the person typed, then the engine's values. Discord puts the first choice in the box on
 * Enter, so what was typed comes first and a suggestion never replaces someone's own words.
 */
export function typedChoices(typed: string, values: string[]): APIApplicationCommandOptionChoice<string>[] {
  const own = oneLine(typed);
  return uniqueChoices([own, ...values].map((value) => ({ name: value, value })));
}

function uniqueChoices(choices: { name: string; value: string }[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const result: APIApplicationCommandOptionChoice<string>[] = [];
  for (const choice of choices) {
    // A value over 100 characters cannot be sent back intact, so it cannot be offered.
    if (choice.value.length === 0 || choice.value.length > discordLimits.choiceValue || seen.has(choice.value)) continue;
    seen.add(choice.value);
    result.push({ name: truncate(choice.name, discordLimits.choiceName) || choice.value, value: choice.value });
    if (result.length === discordLimits.autocompleteChoices) break;
  }
  return result;
}
