import type { Message } from "discord.js";
import type { BotContext } from "./context.ts";
import { describeError, logInteraction, type InteractionLogLine } from "./interactionLog.ts";
import { discordMessages } from "./messages.ts";
import { checkQuestion, conversationKey, stripBotMention } from "./question.ts";
import { renderRequest } from "./answerRequest.ts";
import { answerPageMessage } from "./buttons/answerButtons.ts";

/**
 * A direct message to the bot, or a server message that mentions it, is a question: the
 * same engine answer as /ask, continuing the person's conversation in that channel.
 */
export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  if (message.author.bot || message.system) return;
  const botId = message.client.user.id;
  const inGuild = message.inGuild();
  // Only a direct mention counts: @everyone and role mentions are not addressed to the bot.
  if (inGuild && !message.mentions.users.has(botId)) return;

  const startedAt = performance.now();
  // As for interactions: an engine still finishing its timeline just after a start is waited for.
  await context.engine().indexed().catch(() => undefined);
  const raw = inGuild ? stripBotMention(message.content, botId) : message.content;
  const line: InteractionLogLine = {
    type: inGuild ? "mention" : "dm",
    user: message.author.id,
    guild: message.guildId,
    outcome: "error",
    text: raw,
  };
  try {
    const turn = context.cooldowns.take(message.author.id);
    if (!turn.allowed) {
      await message.reply({ content: discordMessages.cooldown(turn.retryAt) });
      line.outcome = "cooldown";
    } else {
      const check = checkQuestion(raw);
      if (!check.ok) {
        await message.reply({ content: check.reply });
        line.outcome = "rejected";
      } else {
        const conversation = context.conversations.get(conversationKey(message.author.id, message.channelId));
        const engine = context.engine();
        const request = { command: "ask", question: check.question } as const;
        const { pages, answered, kind } = renderRequest(request, engine, conversation);
        await message.reply(answerPageMessage(pages, 0, request, engine, { privately: false }));
        line.outcome = answered ? "answered" : "unanswered";
        if (kind) line.kind = kind;
      }
    }
    logInteraction(context, startedAt, line);
  } catch (error) {
    logInteraction(context, startedAt, line, error);
    await message.reply({ content: discordMessages.failure }).catch((replyError: unknown) => {
      context.log.warn({ error: describeError(replyError), message: message.id }, "could not report a failure to the user");
    });
  }
}
