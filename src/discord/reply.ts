import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import type { Conversation } from "../engine/types.ts";
import { renderRequest } from "./answerRequest.ts";
import { answerPageMessage } from "./buttons/answerButtons.ts";
import type { AnswerRequest } from "./buttons/buttonIds.ts";
import type { CommandOutcome } from "./command.ts";
import type { BotContext } from "./context.ts";

/** Whether the person asked for an answer only they see (the "private" option). */
export function isPrivate(interaction: ChatInputCommandInteraction): boolean {
  return interaction.options.getBoolean("private") === true;
}

/** Reply flags for the "private" option. */
export function privateFlags(interaction: ChatInputCommandInteraction): { flags?: MessageFlags.Ephemeral } {
  return isPrivate(interaction) ? { flags: MessageFlags.Ephemeral } : {};
}

/**
 * Defer before calling the engine: the engine is synchronous, so once it runs nothing else
 * can answer Discord, and a slow search would otherwise miss the 3-second window.
 */
export async function deferAnswer(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.deferReply(privateFlags(interaction));
}

/** Answer `request` and send its first page, with its buttons, to a deferred command. */
export async function sendAnswer(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  request: AnswerRequest,
  options: { conversation?: Conversation } = {},
): Promise<CommandOutcome> {
  const engine = context.engine();
  const { pages, answered, kind } = renderRequest(request, engine, options.conversation);
  await interaction.editReply(answerPageMessage(pages, 0, request, engine, { privately: isPrivate(interaction) }));
  return { answered, ...(kind ? { kind } : {}) };
}
