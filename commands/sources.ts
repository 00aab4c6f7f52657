import { MessageFlags } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { privateOption, slashCommand } from "../src/discord/defineCommand.ts";
import { discordMessages } from "../src/discord/messages.ts";
import { conversationKey } from "../src/discord/question.ts";
import { articleChoices } from "../src/discord/render/renderChoices.ts";
import { renderArticleList, renderParagraph } from "../src/discord/render/renderSources.ts";
import { isPrivate, privateFlags } from "../src/discord/reply.ts";
import { renderRequest } from "../src/discord/answerRequest.ts";
import { answerPageMessage } from "../src/discord/buttons/answerButtons.ts";

export default {
  data: slashCommand("sources", "The articles I answer from, with dates and links, or one paragraph of one")
    .addStringOption((option) =>
      option.setName("article").setDescription("One article (pick from the list)").setMaxLength(100).setAutocomplete(true),
    )
    .addIntegerOption((option) =>
      option
        .setName("paragraph")
        .setDescription("Show this paragraph, with the sentence I last quoted from it in bold")
        .setMinValue(1)
        .setMaxValue(10_000),
    )
    .addBooleanOption(privateOption),
  // Listing is cheap and never searches, so it does not count towards the cooldown.
  cooldown: false,

  async execute(interaction, context) {
    const engine = context.engine();
    const articles = engine.articles();
    const wanted = interaction.options.getString("article")?.trim().toLowerCase() ?? null;
    const paragraph = interaction.options.getInteger("paragraph");
    const article = wanted
      ? articles.find((a) => a.id.toLowerCase() === wanted || a.title.toLowerCase() === wanted)
      : paragraph !== null && articles.length === 1
        ? articles[0]
        : undefined;

    const privately = async (content: string) => {
      await interaction.reply({ content, flags: MessageFlags.Ephemeral });
      return { answered: false };
    };
    if (!article) {
      if (wanted) return privately(discordMessages.sources.unknownArticle);
      if (paragraph !== null) return privately(discordMessages.sources.needArticle);
      const request = { command: "sources" } as const;
      const { pages } = renderRequest(request, engine);
      await interaction.reply({ ...answerPageMessage(pages, 0, request, engine, { privately: isPrivate(interaction) }), ...privateFlags(interaction) });
      return { answered: articles.length > 0 };
    }
    if (paragraph === null) {
      await interaction.reply({ embeds: renderArticleList([article]), ...privateFlags(interaction) });
      return { answered: true };
    }
    const text = engine.paragraphOf({ doc: article.id, paragraph });
    if (text === null) return privately(discordMessages.sources.unknownParagraph(article.paragraphs));
    // Bold what this person was last shown from here, so the quote is seen in its context.
    const lastTurn = context.conversations.get(conversationKey(interaction.user.id, interaction.channelId)).turns.at(-1);
    const embed = renderParagraph(article, paragraph, text, lastTurn?.answer.citations ?? []);
    await interaction.reply({ embeds: [embed], ...privateFlags(interaction) });
    return { answered: true };
  },

  async autocomplete(interaction, context) {
    await interaction.respond(articleChoices(context.engine().articles(), interaction.options.getFocused()));
  },
} satisfies Command;
