import type { Command } from "../src/discord/command.ts";
import { privateOption, slashCommand } from "../src/discord/defineCommand.ts";
import { typedChoices } from "../src/discord/render/renderChoices.ts";
import { oneLine } from "../src/discord/render/text.ts";
import { deferAnswer, sendAnswer } from "../src/discord/reply.ts";

export default {
  data: slashCommand("whosaid", "Who said a phrase; it need not be word for word")
    .addStringOption((option) =>
      option
        .setName("phrase")
        .setDescription("For example: as soon as we complete the mission")
        .setRequired(true)
        .setMaxLength(300)
        .setAutocomplete(true),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, context) {
    const phrase = oneLine(interaction.options.getString("phrase", true));
    await deferAnswer(interaction);
    return sendAnswer(interaction, context, { command: "whosaid", phrase });
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    await interaction.respond(typedChoices(typed, context.engine().complete("phrase", typed)));
  },
} satisfies Command;
