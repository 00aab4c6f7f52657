import {
  InteractionContextType,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type ButtonInteraction,
} from "discord.js";
import type { ArticleSummary, Engine } from "../../engine/types.ts";
import { renderRequest } from "../answerRequest.ts";
import type { BotContext } from "../context.ts";
import type { Outcome } from "../interactionLog.ts";
import { discordMessages } from "../messages.ts";
import { renderSourceParagraph } from "../render/renderSources.ts";
import { fitEscaped, unescapeText } from "../render/text.ts";
import { answerPageMessage, fingerprintPages } from "./answerButtons.ts";
import { articleKey, paragraphKey, parseButtonId, publicButtonId, type AnswerRequest, type ButtonAction } from "./buttonIds.ts";

/** A click on one of the buttons under an answer. Everything it needs is in the button's id. */
export async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<Outcome> {
  const action = parseButtonId(interaction.customId);
  if (!action) return privately(interaction, discordMessages.buttons.outdated, "expired");
  switch (action.kind) {
    case "source":
      return showSource(interaction, context.engine(), action);
    case "page": {
      // A page turn asks the engine again, so it counts like a question; showing a paragraph does not.
      const turn = context.cooldowns.take(interaction.user.id);
      if (!turn.allowed) return privately(interaction, discordMessages.cooldown(turn.retryAt), "cooldown");
      return turnPage(interaction, context.engine(), action);
    }
    case "public":
      return postPublicly(interaction);
  }
}

async function privately(interaction: ButtonInteraction, content: string, outcome: Outcome): Promise<Outcome> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  return outcome;
}

/** The whole cited paragraph, the sentence in bold, privately: checked against the paragraph's fingerprint first. */
async function showSource(interaction: ButtonInteraction, engine: Engine, action: Extract<ButtonAction, { kind: "source" }>): Promise<Outcome> {
  const article = findArticle(engine, action.article);
  if (!article) return privately(interaction, discordMessages.buttons.articleGone, "gone");
  const text = engine.paragraphOf({ doc: article.id, paragraph: action.paragraph });
  if (text === null || paragraphKey(text) !== action.check) {
    return privately(interaction, discordMessages.buttons.articleChanged(fitEscaped(article.title, 300)), "changed");
  }
  const span = { start: action.start, length: action.length };
  await interaction.reply({ embeds: [renderSourceParagraph(article, action.paragraph, text, span)], flags: MessageFlags.Ephemeral });
  return "source";
}

/**
 * The request is answered again and must render exactly as before (its fingerprint), or the
 * pages would not be the ones the person was reading. The asker's message turns in place;
 * anyone else gets their own private copy, so nobody scrolls a shared answer away from its asker.
 */
async function turnPage(interaction: ButtonInteraction, engine: Engine, action: Extract<ButtonAction, { kind: "page" }>): Promise<Outcome> {
  // A wrongly read title cannot turn the wrong pages: the fingerprint below would not match.
  const request: AnswerRequest =
    action.request === "title" ? { command: "ask", question: unescapeText(interaction.message.embeds[0]?.title ?? "") } : action.request;
  if (request.command === "ask" && !request.question) return privately(interaction, discordMessages.buttons.answerChanged, "changed");
  const { pages } = renderRequest(request, engine);
  if (fingerprintPages(pages) !== action.check) return privately(interaction, discordMessages.buttons.answerChanged, "changed");
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  if (ephemeral || askerOf(interaction) === interaction.user.id) {
    await interaction.update(answerPageMessage(pages, action.page, request, engine, { privately: ephemeral }));
    return "paged";
  }
  await interaction.reply({ ...answerPageMessage(pages, action.page, request, engine, { privately: true }), flags: MessageFlags.Ephemeral });
  return "paged-privately";
}

/** Who the answer under the button was for: the command's user, the author of the message it replies to, or the only person in a DM. */
function askerOf(interaction: ButtonInteraction): string | null {
  const message = interaction.message;
  return (
    message.interactionMetadata?.user.id ??
    message.mentions.repliedUser?.id ??
    (interaction.context === InteractionContextType.BotDM ? interaction.user.id : null)
  );
}

/**
 * The private answer, as the person sees it, posted in the channel with who asked. Copied from
 * the message itself, so it is exactly what they read, even when it followed on from an
 * earlier question; its Source and page buttons come along, this button does not.
 */
async function postPublicly(interaction: ButtonInteraction): Promise<Outcome> {
  const embeds = interaction.message.embeds.map((embed) => embed.toJSON());
  if (embeds.length === 0) return privately(interaction, discordMessages.buttons.nothingToPost, "ignored");
  const components = interaction.message.components
    .map((row) => row.toJSON() as APIActionRowComponent<APIComponentInMessageActionRow>)
    .map((row) => ({ ...row, components: row.components.filter((c) => !("custom_id" in c && c.custom_id === publicButtonId)) }))
    .filter((row) => row.components.length > 0);
  await interaction.reply({
    content: discordMessages.buttons.askedBy(interaction.user.id),
    embeds,
    components,
    allowedMentions: { parse: [] },
  });
  return "posted";
}

/** Articles by the key their buttons carry, indexed once per engine (a reload makes a new engine). */
const articlesByKey = new WeakMap<Engine, Map<string, ArticleSummary>>();

function findArticle(engine: Engine, key: string): ArticleSummary | undefined {
  let index = articlesByKey.get(engine);
  if (!index) {
    index = new Map(engine.articles().map((article) => [articleKey(article.id), article]));
    articlesByKey.set(engine, index);
  }
  return index.get(key);
}
