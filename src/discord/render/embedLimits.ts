import type { APIEmbed } from "discord.js";
import { discordLimits } from "../limits.ts";

/** The characters Discord counts towards the 6000 budget of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** Every limit the embed breaks, as readable lines; empty when Discord will accept it. */
export function embedProblems(embed: APIEmbed): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters, over ${max}`);
  };
  over("title", embed.title?.length ?? 0, discordLimits.embedTitle);
  over("description", embed.description?.length ?? 0, discordLimits.embedDescription);
  over("footer", embed.footer?.text.length ?? 0, discordLimits.embedFooter);
  const fields = embed.fields ?? [];
  if (fields.length > discordLimits.embedFields) problems.push(`${fields.length} fields, over 25`);
  fields.forEach((field, index) => {
    over(`field ${index + 1} name`, field.name.length, discordLimits.embedFieldName);
    over(`field ${index + 1} value`, field.value.length, discordLimits.embedFieldValue);
    if (field.name.trim() === "" || field.value.trim() === "") problems.push(`field ${index + 1} is empty`);
  });
  over("embed", embedLength(embed), discordLimits.embedTotal);
  return problems;
}
