import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
} from "discord.js";
import { discordMessages } from "./messages.ts";

// Button custom ids are "page:<view id>:<page index>". The page index is the page the
// button leads to, so a click is stateless apart from the stored view.

const prefix = "page";

export function pageButtonId(viewId: string, page: number): string {
  return `${prefix}:${viewId}:${page}`;
}

export function parsePageButtonId(customId: string): { viewId: string; page: number } | null {
  const match = /^page:([\w-]{1,40}):(\d{1,4})$/.exec(customId);
  if (!match?.[1] || match[2] === undefined) return null;
  return { viewId: match[1], page: Number(match[2]) };
}

/** Previous / "2 / 5" / Next, with the ends disabled; nothing when there is one page. */
export function pageButtons(viewId: string, page: number, pages: number): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1) return [];
  const button = (label: string, target: number, disabled: boolean, id = pageButtonId(viewId, target)): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: id,
    disabled,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button(discordMessages.previousPage, page - 1, page <= 0),
        // A disabled counter; its id only needs to be unique within the row.
        button(`${page + 1} / ${pages}`, page, true, `${prefix}:${viewId}:counter`),
        button(discordMessages.nextPage, page + 1, page >= pages - 1),
      ],
    },
  ];
}
