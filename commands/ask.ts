import { MessageFlags } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { privateOption, slashCommand } from "../src/discord/defineCommand.ts";
import { checkQuestion, conversationKey } from "../src/discord/question.ts";
import { typedChoices } from "../src/discord/render/renderChoices.ts";
import { deferAnswer, sendAnswer } from "../src/discord/reply.ts";
import { discordSettings } from "../src/discord/settings.ts";

export default {
  data: slashCommand("ask", "Ask a question about the news articles; the answer quotes its source")
    .addStringOption((option) =>
      option
        .setName("question")
        .setDescription("For example: How many US troops are in Iraq?")
        .setRequired(true)
        .setMaxLength(discordSettings.maxQuestionLength)
        .setAutocomplete(true),
    )
    .addBooleanOption(privateOption),

  async execute(interaction, context) {
    const check = checkQuestion(interaction.options.getString("question", true));
    if (!check.ok) {
      await interaction.reply({ content: check.reply, flags: MessageFlags.Ephemeral });
      return { answered: false };
    }
    await deferAnswer(interaction);
    // Follow-ups ("and when?") continue this person's conversation in this channel.
    const conversation = context.conversations.get(conversationKey(interaction.user.id, interaction.channelId));
    return sendAnswer(interaction, context, { command: "ask", question: check.question }, { conversation });
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    await interaction.respond(typedChoices(typed, context.engine().complete("question", typed)));
  },
} satisfies Command;
