import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Config } from "../config.ts";
import type { Engine } from "../engine/types.ts";
import type { ReloadReport } from "../live/knowledgeStore.ts";
import { ConversationStore } from "../engine/conversations.ts";
import { log as rootLog, type Logger } from "../log.ts";
import { BotMetrics } from "../operations/botMetrics.ts";
import { CommandRegistry } from "./commandRegistry.ts";
import { Cooldowns } from "./cooldowns.ts";

/**
 * Everything a Discord handler may use. Handlers never hold an Engine: they call
 * `engine()` once per interaction, so a reload can swap the engine between two questions
 * without a restart, and one answer never mixes two engines.
 */
export interface BotContext {
  engine(): Engine;
  conversations: ConversationStore;
  cooldowns: Cooldowns;
  /** The commands served, as /help lists them; startBot puts the router's registry here. */
  commands: CommandRegistry<ListedCommand>;
  config: Config;
  log: Logger;
  /** Counted always (cheap); served only when METRICS_PORT is set. */
  metrics: BotMetrics;
  /** Present when the knowledge is live (a store behind `engine()`): /reload re-reads it. */
  knowledge?: LiveKnowledgeHandle;
}

/** What /help reads of a command: its definition. */
export interface ListedCommand {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
}

/** What /reload needs of a live knowledge store. */
export interface LiveKnowledgeHandle {
  reload(): Promise<ReloadReport>;
}

export interface BotContextOptions {
  config: Config;
  engine: () => Engine;
  knowledge?: LiveKnowledgeHandle;
  log?: Logger;
  conversations?: ConversationStore;
  /** Tests pass a fake clock here. */
  now?: () => number;
}

export function createBotContext(options: BotContextOptions): BotContext {
  const now = options.now ?? Date.now;
  return {
    engine: options.engine,
    conversations: options.conversations ?? new ConversationStore(undefined, undefined, now),
    cooldowns: new Cooldowns(options.config.cooldown.max, options.config.cooldown.windowMs, now),
    commands: new CommandRegistry(),
    config: options.config,
    metrics: new BotMetrics(() => options.engine().articles().length),
    log: options.log ?? rootLog.child({ surface: "discord" }),
    ...(options.knowledge ? { knowledge: options.knowledge } : {}),
  };
}
