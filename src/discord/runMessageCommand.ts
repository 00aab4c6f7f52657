import { MessageFlags, type MessageContextMenuCommandInteraction } from "discord.js";
import type { CommandRegistry } from "./commandRegistry.ts";
import type { BotContext } from "./context.ts";
import type { InteractionLogLine } from "./interactionLog.ts";
import type { MessageCommand } from "./messageCommand.ts";
import { discordMessages } from "./messages.ts";

/**
 * A message context-menu command, as `runCommand` runs a slash command: an unknown one (an
 * older deploy) gets a clear message, the cooldown applies, and what it throws goes to the
 * interaction handler's one error boundary.
 */
export async function runMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  context: BotContext,
  menus: CommandRegistry<MessageCommand>,
): Promise<Pick<InteractionLogLine, "outcome" | "kind" | "text">> {
  const text = interaction.targetMessage.content;
  const command = menus.get(interaction.commandName);
  if (!command) {
    await interaction.reply({ content: discordMessages.unknownCommand, flags: MessageFlags.Ephemeral });
    return { outcome: "unknown-command" };
  }
  if (command.cooldown !== false) {
    const turn = context.cooldowns.take(interaction.user.id);
    if (!turn.allowed) {
      await interaction.reply({ content: discordMessages.cooldown(turn.retryAt), flags: MessageFlags.Ephemeral });
      return { outcome: "cooldown", text };
    }
  }
  const result = await command.execute(interaction, context);
  return { outcome: result.answered ? "answered" : "unanswered", kind: result.kind, text };
}
