import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { discordLimits } from "../src/discord/limits.ts";
import { fitEscaped } from "../src/discord/render/text.ts";
import { describeReload } from "../src/live/describeReload.ts";

export default {
  // Admins only (Manage Server) and only in servers: the default permission is not enforced
  // in DMs or user installs, and the report (file names, problems) is for the curators.
  data: new SlashCommandBuilder()
    .setName("reload")
    .setDescription("Re-read the knowledge folder now and report what changed")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),
  cooldown: false,

  async execute(interaction, context) {
    // A bot started on a fixed engine (tests, embedding) has nothing to reload.
    const knowledge = context.knowledge;
    if (!knowledge) {
      await interaction.reply({ content: "This bot's knowledge is fixed; there is nothing to reload.", flags: MessageFlags.Ephemeral });
      return { answered: false };
    }
    // Re-indexing a large archive can outlast Discord's 3-second window.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const report = await knowledge.reload();
    await interaction.editReply({ content: fitEscaped(describeReload(report), discordLimits.messageContent) });
    return { answered: true, kind: "reload" };
  },
} satisfies Command;
