import {
  ApplicationIntegrationType,
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
