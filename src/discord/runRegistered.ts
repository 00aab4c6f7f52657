import { MessageFlags, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from "discord.js";
import type { CommandOutcome } from "./command.ts";
import type { CommandRegistry } from "./commandRegistry.ts";
import type { BotContext } from "./context.ts";
import type { InteractionLogLine } from "./interactionLog.ts";
import { discordMessages } from "./messages.ts";

type Invocable = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/** What the router needs of a slash command or a context-menu command. */
interface Registered<I extends Invocable> {
  data: { name: string };
  cooldown?: boolean;
  execute(interaction: I, context: BotContext): Promise<CommandOutcome>;
}

/**
 * Runs a registered command, slash or context menu alike: an unknown one (an older deploy,
 * which Discord still shows) gets a clear message, the cooldown applies, and what it throws
 * goes to the interaction handler's one error boundary. `text` is the person's own words, for
 * the debug-level log only.
 */
export async function runRegistered<I extends Invocable>(
  interaction: I,
  context: BotContext,
  registry: CommandRegistry<Registered<I>>,
  text: string | undefined,
): Promise<Pick<InteractionLogLine, "outcome" | "kind" | "text">> {
  const command = registry.get(interaction.commandName);
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
