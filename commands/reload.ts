import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from "discord.js";
import type { Command } from "../src/discord/command.ts";
import type { BotContext } from "../src/discord/context.ts";
import { discordLimits } from "../src/discord/limits.ts";
import { fitEscaped } from "../src/discord/render/text.ts";
import { describeReload } from "../src/knowledge/describeReload.ts";
import type { ReloadReport } from "../src/knowledge/knowledgeStore.ts";

/** A bot whose knowledge is live (a KnowledgeStore behind `engine()`); a fixed engine has nothing to reload. */
type LiveContext = BotContext & { knowledge: { reload(): Promise<ReloadReport> } };
const isLive = (context: BotContext): context is LiveContext =>
  typeof (context as Partial<LiveContext>).knowledge?.reload === "function";

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
    if (!isLive(context)) {
      await interaction.reply({ content: "This bot's knowledge is fixed; there is nothing to reload.", flags: MessageFlags.Ephemeral });
      return { answered: false };
    }
    // Re-indexing a large archive can outlast Discord's 3-second window.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const report = await context.knowledge.reload();
    await interaction.editReply({ content: fitEscaped(describeReload(report), discordLimits.messageContent) });
    return { answered: true, kind: "reload" };
  },
} satisfies Command;
