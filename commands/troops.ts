import type { Command } from "../src/discord/command.ts";
import { privateOption, slashCommand } from "../src/discord/defineCommand.ts";
import { oneLine } from "../src/discord/render/text.ts";
import { deferAnswer, sendAnswer } from "../src/discord/reply.ts";

export default {
  data: slashCommand("troops", "Troop and force numbers in the articles, each with its date and source")
    .addStringOption((option) =>
      option.setName("place").setDescription("Only numbers for this place, e.g. Iraq").setMaxLength(100),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, context) {
    const place = oneLine(interaction.options.getString("place") ?? "") || null;
    await deferAnswer(interaction);
    return sendAnswer(interaction, context, { command: "troops", place });
  },
} satisfies Command;
