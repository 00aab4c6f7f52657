import type { Command } from "../src/discord/command.ts";
import { privateOption, slashCommand } from "../src/discord/defineCommand.ts";
import { speakerChoices, typedChoices } from "../src/discord/render/renderChoices.ts";
import { oneLine } from "../src/discord/render/text.ts";
import { deferAnswer, sendAnswer } from "../src/discord/reply.ts";

export default {
  data: slashCommand("quote", "What a person or organisation said in the articles")
    .addStringOption((option) =>
      option
        .setName("speaker")
        .setDescription("Who, e.g. Mike Pompeo")
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .addStringOption((option) =>
      option.setName("topic").setDescription("Only what they said about this").setMaxLength(100).setAutocomplete(true),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, context) {
    const speaker = oneLine(interaction.options.getString("speaker", true));
    const topic = oneLine(interaction.options.getString("topic") ?? "") || null;
    await deferAnswer(interaction);
    return sendAnswer(interaction, context, { command: "quote", speaker, topic });
  },

  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === "topic") {
      // Topics of the speaker chosen so far: what that person actually talked about.
      const speaker = interaction.options.getString("speaker") ?? "";
      await interaction.respond(typedChoices(focused.value, context.engine().complete("topic", focused.value, { speaker })));
      return;
    }
    await interaction.respond(speakerChoices(context.engine().speakers(focused.value)));
  },
} satisfies Command;
