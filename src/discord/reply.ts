import {
  MessageFlags,
  type APIEmbed,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
} from "discord.js";
import type { Answer } from "../engine/types.ts";
import type { CommandOutcome } from "./command.ts";
import type { BotContext } from "./context.ts";
import { pageButtons } from "./paging.ts";
import { renderAnswer, type RenderOptions } from "./render/renderAnswer.ts";

/** The first page of a rendered answer, with page buttons when there are more. */
export function answerMessage(
  answer: Answer,
  ownerId: string,
  context: BotContext,
  options: RenderOptions = {},
): Pick<InteractionEditReplyOptions, "embeds" | "components"> {
  return pagedMessage(renderAnswer(answer, options), ownerId, context);
}

/** The first of `pages`; when there are more, they are stored and buttons lead to them. */
export function pagedMessage(
  pages: APIEmbed[],
  ownerId: string,
  context: BotContext,
): Pick<InteractionEditReplyOptions, "embeds" | "components"> {
  const components = pages.length > 1 ? pageButtons(context.views.add(ownerId, pages), 0, pages.length) : [];
  return { embeds: pages.slice(0, 1), components };
}

/** Reply flags for the "private" option. */
export function privateFlags(interaction: ChatInputCommandInteraction): { flags?: MessageFlags.Ephemeral } {
  return interaction.options.getBoolean("private") ? { flags: MessageFlags.Ephemeral } : {};
}

/**
 * Defer before calling the engine: the engine is synchronous, so once it runs nothing else
 * can answer Discord, and a slow search would otherwise miss the 3-second window.
 */
export async function deferAnswer(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.deferReply(privateFlags(interaction));
}

/** Send an engine answer to a deferred command, rendered and paged. */
export async function sendAnswer(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  answer: Answer,
  options: RenderOptions = {},
): Promise<CommandOutcome> {
  await interaction.editReply(answerMessage(answer, interaction.user.id, context, options));
  return { answered: answer.answered, kind: answer.kind };
}
