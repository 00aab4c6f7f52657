import type { Command } from "../src/discord/command.ts";
import { privateOption, slashCommand } from "../src/discord/defineCommand.ts";
import { typedChoices } from "../src/discord/render/renderChoices.ts";
import { oneLine } from "../src/discord/render/text.ts";
import { deferAnswer, sendAnswer } from "../src/discord/reply.ts";

export default {
  data: slashCommand("troops", "Troop and force numbers in the articles, each with its date and source")
    .addStringOption((option) =>
      option.setName("place").setDescription("Only numbers for this place, e.g. Iraq").setMaxLength(100).setAutocomplete(true),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, context) {
    const place = oneLine(interaction.options.getString("place") ?? "") || null;
    await deferAnswer(interaction);
    return sendAnswer(interaction, context, { command: "troops", place });
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    await interaction.respond(typedChoices(typed, context.engine().complete("place", typed)));
  },
} satisfies Command;
