import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  type RepliableInteraction,
} from "discord.js";
import type { Command } from "./command.ts";
import { CommandRegistry } from "./commandRegistry.ts";
import type { BotContext } from "./context.ts";
import { describeError, logInteraction, type InteractionLogLine } from "./interactionLog.ts";
import { discordMessages } from "./messages.ts";
import { handleButton } from "./buttons/handleButton.ts";
import type { MessageCommand } from "./messageCommand.ts";
import { runRegistered } from "./runRegistered.ts";

/**
 * The one error boundary for interactions. Commands never catch: whatever they throw ends
 * here, becomes a private message to the person and one log line with the cause.
 */
export async function handleInteraction(
  interaction: Interaction,
  context: BotContext,
  commands: CommandRegistry<Command>,
  menus: CommandRegistry<MessageCommand> = new CommandRegistry(),
): Promise<void> {
  const startedAt = performance.now();
  // Just after a start the engine may still be finishing its timeline in slices: wait for it
  // here rather than have an answer build the rest in one block (see Engine.indexed).
  await context.engine().indexed().catch(() => undefined);
  const base = { user: interaction.user.id, guild: interaction.guildId };
  if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
    const line: InteractionLogLine = { type: "command", command: interaction.commandName, ...base, outcome: "error" };
    try {
      const ran = interaction.isChatInputCommand()
        ? await runRegistered(interaction, context, commands, typedText(interaction))
        : await runRegistered(interaction, context, menus, interaction.targetMessage.content);
      Object.assign(line, ran);
      logInteraction(context, startedAt, line);
    } catch (error) {
      logInteraction(context, startedAt, { ...line, outcome: "error" }, error);
      await replyPrivately(interaction, discordMessages.failure, context);
    }
  } else if (interaction.isAutocomplete()) {
    const line: InteractionLogLine = { type: "autocomplete", command: interaction.commandName, ...base, outcome: "answered" };
    try {
      await runAutocomplete(interaction, context, commands);
      logInteraction(context, startedAt, line);
    } catch (error) {
      logInteraction(context, startedAt, { ...line, outcome: "error" }, error);
      // An empty list is better than the "loading options failed" Discord shows otherwise.
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  } else if (interaction.isButton()) {
    const line: InteractionLogLine = { type: "button", ...base, outcome: "error" };
    try {
      line.outcome = await handleButton(interaction, context);
      logInteraction(context, startedAt, line);
    } catch (error) {
      logInteraction(context, startedAt, line, error);
      await replyPrivately(interaction, discordMessages.failure, context);
    }
  }
}

/** The person's own words, if the command has them, for the debug-level log only. */
function typedText(interaction: ChatInputCommandInteraction): string | undefined {
  const option = interaction.options.data.find((o) => ["question", "phrase", "speaker"].includes(o.name));
  return typeof option?.value === "string" ? option.value : undefined;
}

async function runAutocomplete(interaction: AutocompleteInteraction, context: BotContext, commands: CommandRegistry<Command>): Promise<void> {
  const command = commands.get(interaction.commandName);
  if (!command?.autocomplete) {
    await interaction.respond([]);
    return;
  }
  await command.autocomplete(interaction, context);
}

/**
 * Tell the person something went wrong, whatever state the interaction is in. A public
 * deferral ("thinking…") is deleted and replaced by a private follow-up, so a failure is
 * never shown to the whole channel.
 */
async function replyPrivately(interaction: RepliableInteraction, content: string, context: BotContext): Promise<void> {
  const message: InteractionReplyOptions = { content, flags: MessageFlags.Ephemeral, embeds: [], components: [] };
  try {
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply(message);
    } else if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
      await interaction.editReply({ content, embeds: [], components: [] });
    } else {
      if (interaction.deferred && !interaction.replied) await interaction.deleteReply();
      await interaction.followUp(message);
    }
  } catch (error) {
    // The interaction may have expired (15 minutes) or Discord may be down: nothing more to do.
    context.log.warn({ error: describeError(error), interaction: interaction.id }, "could not report a failure to the user");
  }
}
