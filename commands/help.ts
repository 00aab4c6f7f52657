import { MessageFlags } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { slashCommand } from "../src/discord/defineCommand.ts";
import { renderHelp } from "../src/discord/render/renderHelp.ts";

export default {
  data: slashCommand("help", "What I can do and how to ask"),
  cooldown: false,

  async execute(interaction, context) {
    const commands = context.commands.all().map((command) => command.data.toJSON());
    // Private: help is for the person asking, not for everyone in the channel.
    await interaction.reply({ embeds: [renderHelp(commands)], flags: MessageFlags.Ephemeral });
    return { answered: true };
  },
} satisfies Command;
