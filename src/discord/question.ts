import { discordSettings } from "./settings.ts";
import { discordMessages } from "./messages.ts";
import { oneLine } from "./render/text.ts";

export type QuestionCheck = { ok: true; question: string } | { ok: false; reply: string };

/**
 * Whether a text is worth sending to the engine. Text with no letter or digit (only emoji,
 * only punctuation, nothing but an attachment) gets a hint instead of a search for noise;
 * a wall of text gets asked to be shorter rather than silently cut.
 */
export function checkQuestion(text: string): QuestionCheck {
  const question = oneLine(text);
  if (!/[\p{L}\p{N}]/u.test(question)) return { ok: false, reply: discordMessages.emptyQuestion };
  if (question.length > discordSettings.maxQuestionLength) {
    return { ok: false, reply: discordMessages.questionTooLong(discordSettings.maxQuestionLength) };
  }
  return { ok: true, question };
}

/** A follow-up continues the conversation of the same person in the same channel. */
export function conversationKey(userId: string, channelId: string | null): string {
  return `discord:${userId}:${channelId ?? "unknown"}`;
}

/** The question in a server message that mentions the bot: the mention itself removed. */
export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, "g"), " ");
}
