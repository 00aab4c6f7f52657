// Raw Discord payloads as the gateway sends them, as small as discord.js accepts. Ids are
// unique per call so concurrent tests never see each other's requests.

let counter = 0;
/** A fresh snowflake-shaped id. */
export function nextId(): string {
  counter += 1;
  return (200_000_000_000_000_000n + BigInt(Date.now() % 1_000_000) * 1000n + BigInt(counter)).toString();
}

export const bot = { id: "100000000000000001", username: "newsbot", discriminator: "0", global_name: "News Bot", avatar: null, bot: true };
export const applicationId = bot.id;
export const guildId = "300000000000000001";
export const guildChannelId = "300000000000000002";

export interface TestUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
}

export function user(name = "reader"): TestUser {
  return { id: nextId(), username: name, discriminator: "0", global_name: name, avatar: null };
}

export type OptionValue = string | number | boolean;
const optionType = (value: OptionValue) => (typeof value === "string" ? 3 : typeof value === "number" ? 4 : 5);

interface Where {
  user: TestUser;
  /** In the test server's channel; otherwise in the bot's DM with the user. */
  inGuild?: boolean;
  dmChannelId?: string;
}

function place({ user, inGuild, dmChannelId }: Where) {
  if (inGuild) {
    return {
      guild_id: guildId,
      guild_locale: "en-US",
      channel: { id: guildChannelId, type: 0, guild_id: guildId, name: "general" },
      member: { user, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, permissions: "0", flags: 0 },
      context: 0,
      authorizing_integration_owners: { "0": guildId },
    };
  }
  return {
    channel: { id: dmChannelId ?? dmChannelOf(user), type: 1, recipients: [user] },
    user,
    context: 1,
    authorizing_integration_owners: { "1": user.id },
  };
}

function interaction(type: number, data: object, where: Where, extra: object = {}) {
  return {
    id: nextId(),
    application_id: applicationId,
    type,
    data,
    token: `itoken-${nextId()}`,
    version: 1,
    locale: "en-US",
    app_permissions: "0",
    entitlements: [],
    attachment_size_limit: 26_214_400,
    ...place(where),
    ...extra,
  };
}

export function chatInput(name: string, options: Record<string, OptionValue>, where: Where) {
  const list = Object.entries(options).map(([optionName, value]) => ({ name: optionName, type: optionType(value), value }));
  return interaction(2, { id: nextId(), name, type: 1, options: list }, where);
}

export function autocomplete(name: string, options: Record<string, OptionValue>, focused: string, where: Where) {
  const list = Object.entries(options).map(([optionName, value]) => ({
    name: optionName,
    type: optionType(value),
    value,
    ...(optionName === focused ? { focused: true } : {}),
  }));
  return interaction(4, { id: nextId(), name, type: 1, options: list }, where);
}

/** What a button is on: the bot's message as sent (a recorded request body) and how it came about. */
export interface ButtonHost {
  /** The body the bot sent: embeds, components, content, flags. */
  sent: { content?: string; embeds?: object[]; components?: object[]; flags?: number };
  /** The slash command's user, when the message answers a command. */
  commandUser?: TestUser;
  /** The message it replies to, when it answers a DM or a mention. */
  repliesTo?: object;
}

export function button(customId: string, where: Where, host?: ButtonHost) {
  const channelId = place(where).channel.id;
  const base = message({ channelId, author: bot, content: host?.sent.content ?? "" });
  return interaction(3, { custom_id: customId, component_type: 2 }, where, {
    message: {
      ...base,
      embeds: host?.sent.embeds ?? [],
      components: host?.sent.components ?? [],
      flags: host?.sent.flags ?? 0,
      ...(host?.commandUser
        ? { interaction_metadata: { id: nextId(), type: 2, user: host.commandUser, authorizing_integration_owners: {} } }
        : {}),
      ...(host?.repliesTo ? { type: 19, referenced_message: host.repliesTo } : {}),
    },
  });
}

export function message(options: { channelId: string; author: object; content: string; guild?: boolean; mentions?: object[] }) {
  return {
    id: nextId(),
    channel_id: options.channelId,
    ...(options.guild ? { guild_id: guildId } : { channel_type: 1 }),
    author: options.author,
    content: options.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** A direct message from `author` to the bot. */
export function directMessage(author: TestUser, content: string) {
  return message({ channelId: dmChannelOf(author), author, content });
}

/** A server message; `mentionBot` puts a real mention of the bot in it. */
export function guildMessage(author: TestUser, content: string, mentionBot: boolean) {
  return message({ channelId: guildChannelId, author, content, guild: true, mentions: mentionBot ? [bot] : [] });
}

export function dmChannelOf(author: TestUser): string {
  return `4${author.id.slice(1)}`;
}

/** A message context-menu command ("Apps" on a message) on `target`, a message payload from `message()`. */
export function messageCommand(name: string, target: ReturnType<typeof message>, where: Where) {
  return interaction(2, { id: nextId(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } }, where);
}
