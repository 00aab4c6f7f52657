import type { Command } from "../src/discord/command.ts";
import { privateOption, slashCommand } from "../src/discord/defineCommand.ts";
import { typedChoices } from "../src/discord/render/renderChoices.ts";
import { oneLine } from "../src/discord/render/text.ts";
import { deferAnswer, sendAnswer } from "../src/discord/reply.ts";

export default {
  data: slashCommand("timeline", "Dated events from the articles in order, each with its source")
    .addStringOption((option) =>
      option.setName("about").setDescription("Only events about this topic or person").setMaxLength(100).setAutocomplete(true),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, context) {
    const filter = oneLine(interaction.options.getString("about") ?? "") || null;
    await deferAnswer(interaction);
    return sendAnswer(interaction, context, { command: "timeline", about: filter });
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    await interaction.respond(typedChoices(typed, context.engine().complete("about", typed)));
  },
} satisfies Command;
