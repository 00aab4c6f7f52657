import type { APIEmbed, APIEmbedField } from "discord.js";
import type { ClaimCheck, FactCheck } from "../../engine/types.ts";
import { messages } from "../../messages.ts";
import { discordLimits } from "../limits.ts";
import { discordMessages } from "../messages.ts";
import { discordSettings } from "../settings.ts";
import { sourceLine } from "./citation.ts";
import { fitEscaped, oneLine } from "./text.ts";

/** Room left in the 6000 characters of a message for anything but the claims' fields. */
const RESERVE = 200;

/**
 * A checked message as one embed: the summary, then a field per claim — its verdict and the
 * claim as written, what the article says, the cited sentence quoted and its source. A message
 * with nothing to check is a plain sentence. Each claim gets an equal share of the message's
 * budget, so six long claims still fit every limit.
 */
export function renderFactCheck(check: FactCheck): { content: string; embeds: APIEmbed[] } {
  if (!check.checkable) return { content: fitEscaped(check.lead, discordLimits.messageContent), embeds: [] };
  const description = fitEscaped(
    check.unchecked > 0 ? `${check.lead}\n${messages.factCheck.moreClaims(check.unchecked)}` : check.lead,
    discordSettings.descriptionBudget,
  );
  const claims = check.claims.slice(0, discordLimits.embedFields);
  const names = claims.map((c) => fitEscaped(heading(c), discordLimits.embedFieldName));
  const share = Math.floor((discordLimits.embedTotal - RESERVE - description.length - names.join("").length) / Math.max(1, claims.length));
  const fields: APIEmbedField[] = claims.map((c, i) => ({ name: names[i]!, value: claimValue(c, Math.min(discordLimits.embedFieldValue, share)) }));
  const decided = claims.some((c) => c.verdict !== "not-covered");
  return {
    content: "",
    embeds: [
      {
        color: decided ? discordSettings.colors.answered : discordSettings.colors.unanswered,
        title: discordMessages.factCheck.title,
        description,
        fields,
      },
    ],
  };
}

function heading(c: ClaimCheck): string {
  return `${discordMessages.factCheck.marks[c.verdict]} ${discordMessages.factCheck.claimHeading(messages.factCheck.verdicts[c.verdict], oneLine(c.claim))}`;
}

/** The note, the cited sentence quoted and its source, within `max` characters; the source is dropped before the quote is. */
function claimValue(c: ClaimCheck, max: number): string {
  const note = fitEscaped(c.note, Math.min(300, max));
  if (!c.citation) return note;
  const source = sourceLine(c.citation);
  const withSource = max - note.length - source.length - 4;
  const room = withSource >= 80 ? withSource : max - note.length - 3;
  const quote = `> ${fitEscaped(oneLine(c.citation.sentence), Math.max(0, room))}`;
  return [note, quote, ...(withSource >= 80 ? [source] : [])].join("\n").slice(0, max);
}
