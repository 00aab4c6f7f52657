// npm run deploy-commands: register the slash and context-menu commands with Discord, to DISCORD_GUILD_ID
// when set (instant, for development), else globally. Starting the bot never does this:
// registering is rate-limited and only needed when a command's definition changes.
import { exitWithConfigError, loadConfig, requireSettings } from "./config.ts";
import { deployCommands } from "./discord/deployCommands.ts";
import { describeError } from "./discord/interactionLog.ts";
import { loadCommands } from "./discord/loadCommands.ts";
import { loadMessageCommands } from "./discord/messageCommand.ts";
import { log } from "./log.ts";

const config = loadConfig();
log.level = config.logLevel;
const missing = requireSettings(config, ["DISCORD_TOKEN", "DISCORD_CLIENT_ID"], "to register commands");
if (missing) exitWithConfigError(missing);

const { commands, problems: commandProblems } = await loadCommands();
const { commands: menus, problems: menuProblems } = await loadMessageCommands();
const problems = [...commandProblems, ...menuProblems];
if (problems.length > 0) {
  // A partial set would silently delete the broken commands from Discord.
  for (const problem of problems) log.error(problem, "command not loaded");
  process.exit(1);
}
try {
  const count = await deployCommands([...commands.values(), ...menus.values()], {
    token: config.discordToken!,
    clientId: config.discordClientId!,
    guildId: config.discordGuildId,
    api: config.discordApiUrl,
  });
  log.info({ count, scope: config.discordGuildId ? "guild" : "global", guild: config.discordGuildId }, "commands registered");
} catch (error) {
  log.fatal({ error: describeError(error) }, "could not register commands");
  process.exit(1);
}
