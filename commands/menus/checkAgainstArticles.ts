import { MessageFlags } from "discord.js";
import { messageMenuCommand } from "../../src/discord/defineCommand.ts";
import type { MessageCommand } from "../../src/discord/messageCommand.ts";
import { renderFactCheck } from "../../src/discord/render/renderFactCheck.ts";

export default {
  data: messageMenuCommand("Check against the articles"),

  async execute(interaction, context) {
    // Private: a verdict on someone's message is for the person who asked, not a public rebuke.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const check = context.engine().checkMessage(interaction.targetMessage.content);
    await interaction.editReply(renderFactCheck(check));
    return { answered: check.checkable, kind: "factcheck" };
  },
} satisfies MessageCommand;
