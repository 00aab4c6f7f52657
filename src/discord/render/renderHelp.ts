import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { discordLimits } from "../limits.ts";
import { discordMessages } from "../messages.ts";
import { discordSettings } from "../settings.ts";
import { truncate } from "./text.ts";

/** /help from the commands actually loaded, so it never lists one that does not exist. */
export function renderHelp(commands: RESTPostAPIChatInputApplicationCommandsJSONBody[]): APIEmbed {
  const fields = [...commands]
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, discordLimits.embedFields)
    .map((command) => {
      const options = (command.options ?? []).map((option) =>
        "required" in option && option.required ? option.name : `[${option.name}]`,
      );
      return {
        name: truncate(`/${[command.name, ...options].join(" ")}`, discordLimits.embedFieldName),
        value: truncate(command.description, discordLimits.embedFieldValue),
      };
    });
  return {
    color: discordSettings.colors.answered,
    title: discordMessages.help.title,
    description: `${discordMessages.help.intro}\n\n${discordMessages.help.privacy}\n\n${discordMessages.help.factCheck}`,
    fields,
  };
}
