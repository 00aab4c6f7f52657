import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from "discord.js";
import type { Citation, Engine } from "../../engine/types.ts";
import { discordLimits } from "../limits.ts";
import { discordMessages } from "../messages.ts";
import type { RenderedPage } from "../render/renderAnswer.ts";
import { truncate, unescapeText } from "../render/text.ts";
import {
  answerKey,
  articleKey,
  counterButtonId,
  pageButtonId,
  pageButtonIdFromTitle,
  paragraphKey,
  publicButtonId,
  sourceButtonId,
  type AnswerRequest,
} from "./buttonIds.ts";

type Row = APIActionRowComponent<APIButtonComponent>;

export interface AnswerPageMessage {
  embeds: APIEmbed[];
  components: Row[];
}

/** Buttons in one action row, at most. */
const ROW_SIZE = 5;

/** The fingerprint of a whole answer as rendered: any change on any page changes it. */
export function fingerprintPages(pages: RenderedPage[]): string {
  return answerKey(JSON.stringify(pages.map((page) => page.embed)));
}

/**
 * One page of an answer with its buttons: a Source button per citation on the page, then
 * Previous / counter / Next when there are more pages, and Post publicly on a private answer.
 */
export function answerPageMessage(
  pages: RenderedPage[],
  pageIndex: number,
  request: AnswerRequest,
  engine: Engine,
  options: { privately: boolean },
): AnswerPageMessage {
  const index = Math.min(Math.max(pageIndex, 0), pages.length - 1);
  const page = pages[index]!;
  let embed = page.embed;
  const rows: Row[] = [];
  const sources = sourceButtons(page, engine);
  if (sources.length > 0) rows.push(row(sources));

  const controls: APIButtonComponent[] = [];
  if (pages.length > 1) {
    const check = fingerprintPages(pages);
    // A question too long for the id travels in the message's title, if the title holds it whole.
    const titleHoldsIt = request.command === "ask" && unescapeText(embed.title ?? "") === request.question;
    const target = (n: number) => pageButtonId(n, check, request) ?? (titleHoldsIt ? pageButtonIdFromTitle(n, check) : null);
    const previous = target(index - 1 < 0 ? 0 : index - 1);
    const next = target(Math.min(index + 1, pages.length - 1));
    if (previous && next) {
      controls.push(
        button(discordMessages.previousPage, previous, { disabled: index <= 0 }),
        button(`${index + 1} / ${pages.length}`, counterButtonId(index), { disabled: true }),
        button(discordMessages.nextPage, next, { disabled: index >= pages.length - 1 }),
      );
    } else {
      // A question too long to carry in a button or the title: say so rather than offer pages that cannot turn.
      embed = { ...embed, footer: { text: discordMessages.pagesNeedShorterQuestion(index + 1, pages.length) } };
    }
  }
  if (options.privately) controls.push(button(discordMessages.buttons.postPublicly, publicButtonId, { style: ButtonStyle.Primary }));
  if (controls.length > 0) rows.push(row(controls));
  return { embeds: [embed], components: rows };
}

function sourceButtons(page: RenderedPage, engine: Engine): APIButtonComponent[] {
  const seen = new Set<string>();
  const buttons: APIButtonComponent[] = [];
  const names = page.embed.fields?.map((field) => field.name) ?? [];
  page.citations.forEach((citation, i) => {
    const id = sourceId(citation, engine);
    if (!id || seen.has(id) || buttons.length >= ROW_SIZE) return;
    seen.add(id);
    buttons.push(button(sourceLabel(names[i], page.citations.length), id));
  });
  return buttons;
}

function sourceId(citation: Citation, engine: Engine): string | null {
  const text = engine.paragraphOf(citation);
  if (text === null) return null;
  const start = text.indexOf(citation.sentence);
  return sourceButtonId({
    article: articleKey(citation.doc),
    paragraph: citation.paragraph,
    start: Math.max(start, 0),
    length: start >= 0 ? citation.sentence.length : 0,
    check: paragraphKey(text),
  });
}

/** "Source paragraph", "Source 2 paragraph"; on a list, "Source: <the item's fact>". Labels are plain text. */
function sourceLabel(fieldName: string | undefined, count: number): string {
  if (count === 1 || !fieldName) return discordMessages.buttons.sourceParagraph(null);
  const name = fieldName.replace(/\\(.)/g, "$1");
  if (name.startsWith(discordMessages.sourceHeading)) return discordMessages.buttons.sourceParagraph(name);
  // An item with no fact of its own is named by its number ("3."): "Source 3 paragraph".
  const numbered = /^(\d+)\.$/.exec(name);
  if (numbered) return discordMessages.buttons.sourceParagraph(`${discordMessages.sourceHeading} ${numbered[1]}`);
  return truncate(discordMessages.buttons.sourceOf(name), discordLimits.buttonLabel);
}

function button(label: string, customId: string, options: { disabled?: boolean; style?: ButtonStyle } = {}): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: options.style ?? ButtonStyle.Secondary,
    label: truncate(label, discordLimits.buttonLabel),
    custom_id: customId,
    ...(options.disabled ? { disabled: true } : {}),
  } as APIButtonComponent;
}

function row(components: APIButtonComponent[]): Row {
  return { type: ComponentType.ActionRow, components };
}
