import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  SlashCommandBooleanOption,
  SlashCommandBuilder,
} from "discord.js";

/**
 * A slash command usable everywhere: in servers, in the bot's DMs and, installed by a
 * person rather than a server, in any private channel they are in.
 */
export function slashCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
}

/** The "private" option every answer command offers: an ephemeral reply only the asker sees. */
export function privateOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return option.setName("private").setDescription("Only you see the answer");
}

/** A message context-menu command (right-click a message → Apps) usable wherever the slash commands are. */
export function messageMenuCommand(name: string): ContextMenuCommandBuilder {
  return new ContextMenuCommandBuilder()
    .setName(name)
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
}
