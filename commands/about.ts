import { MessageFlags } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { slashCommand } from "../src/discord/defineCommand.ts";
import { renderAbout } from "../src/discord/render/renderAbout.ts";
import { version } from "../src/version.ts";

export default {
  data: slashCommand("about", "Which version is running, on how many articles, and where to read more"),
  cooldown: false,

  async execute(interaction, context) {
    const embed = renderAbout({
      version,
      articles: context.engine().articles(),
      uptimeMs: interaction.client.uptime,
      sourceUrl: context.config.sourceUrl,
    });
    // Private, like /help: it is for the person asking.
    await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral });
    return { answered: true };
  },
} satisfies Command;
