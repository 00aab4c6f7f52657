import { discordLimits } from "../limits.ts";
import { shortHash } from "./shortHash.ts";

// Everything a button needs is in its custom id, so a click works after a restart, on another
// shard, and after the knowledge is reloaded (the fingerprints say when what it points at
// changed). Ids are ":"-separated, start with one letter naming the action and stay within
// Discord's 100 characters; numbers are base 36 to save room.
//
//   s:<article>:<paragraph>:<start>:<length>:<paragraph fingerprint>    Source paragraph
//   p:<page>:<answer fingerprint>:<request>                             turn to a page
//   p:<page>:<answer fingerprint>:A                                     the same, for a question too long
//                                                                       for the id: it is read back from
//                                                                       the message's title
//   u                                                                   Post publicly
//   n:<page>                                                            the page counter (never clicked)
//
// <article> is a fingerprint of the article id (ids can be long); <start> and <length> place
// the cited sentence inside the paragraph; <request> says how to answer again (see below).

/** How an answer is asked for, enough to compute it again from scratch. */
export type AnswerRequest =
  | { command: "ask"; question: string }
  | { command: "troops"; place: string | null }
  | { command: "timeline"; about: string | null }
  | { command: "quote"; speaker: string; topic: string | null }
  | { command: "whosaid"; phrase: string }
  | { command: "sources" };

export interface SourceTarget {
  /** shortHash of the article id (articleKey). */
  article: string;
  paragraph: number;
  /** Where the cited sentence starts in the paragraph, and its length (0 when not found). */
  start: number;
  length: number;
  /** shortHash of the paragraph's text when the answer was given (paragraphKey). */
  check: string;
}

export type ButtonAction =
  | ({ kind: "source" } & SourceTarget)
  /** `request` "title": an /ask whose question is the title of the message the button is on. */
  | { kind: "page"; page: number; check: string; request: AnswerRequest | "title" }
  | { kind: "public" };

/** 8 base64url characters (48 bits): no two of 10,000 articles share one in practice. */
export const articleKey = (articleId: string): string => shortHash(articleId, 8);
/** 6 characters: only ever compared with the same paragraph's text now. */
export const paragraphKey = (text: string): string => shortHash(text, 6);
/** 6 characters of the rendered pages: only compared with the same request answered now. */
export const answerKey = (rendered: string): string => shortHash(rendered, 6);

const b36 = (n: number) => n.toString(36);
const fromB36 = (text: string | undefined): number | null =>
  text !== undefined && /^[0-9a-z]{1,6}$/.test(text) ? parseInt(text, 36) : null;

const commandLetters = { ask: "a", troops: "t", timeline: "l", quote: "q", whosaid: "w", sources: "s" } as const;

/** The request as text: a letter, then its words. /quote's speaker is length-prefixed so a topic can follow. */
export function encodeRequest(request: AnswerRequest): string {
  const letter = commandLetters[request.command];
  switch (request.command) {
    case "ask":
      return `${letter}${request.question}`;
    case "troops":
      return `${letter}${request.place ?? ""}`;
    case "timeline":
      return `${letter}${request.about ?? ""}`;
    case "quote":
      return `${letter}${b36(request.speaker.length)}:${request.speaker}${request.topic ?? ""}`;
    case "whosaid":
      return `${letter}${request.phrase}`;
    case "sources":
      return letter;
  }
}

export function decodeRequest(text: string): AnswerRequest | null {
  const rest = text.slice(1);
  switch (text[0]) {
    case "a":
      return rest ? { command: "ask", question: rest } : null;
    case "t":
      return { command: "troops", place: rest || null };
    case "l":
      return { command: "timeline", about: rest || null };
    case "q": {
      const match = /^([0-9a-z]{1,3}):/.exec(rest);
      const length = fromB36(match?.[1]);
      if (!match || !length) return null;
      const body = rest.slice(match[0].length);
      if (body.length < length) return null;
      return { command: "quote", speaker: body.slice(0, length), topic: body.slice(length) || null };
    }
    case "w":
      return rest ? { command: "whosaid", phrase: rest } : null;
    case "s":
      return rest ? null : { command: "sources" };
    default:
      return null;
  }
}

const fits = (id: string): string | null => (id.length <= discordLimits.customId ? id : null);

export function sourceButtonId(target: SourceTarget): string {
  return `s:${target.article}:${b36(target.paragraph)}:${b36(target.start)}:${b36(target.length)}:${target.check}`;
}

/** Null when the request is too long to fit in a custom id (a long question). */
export function pageButtonId(page: number, check: string, request: AnswerRequest): string | null {
  return fits(`p:${b36(page)}:${check}:${encodeRequest(request)}`);
}

/** For an /ask question too long for `pageButtonId`, when the message's title holds it whole. */
export function pageButtonIdFromTitle(page: number, check: string): string {
  return `p:${b36(page)}:${check}:${questionInTitle}`;
}

const questionInTitle = "A";

export const publicButtonId = "u";

export function counterButtonId(page: number): string {
  return `n:${b36(page)}`;
}

/** What a clicked button asks for, or null for an id this version did not make. */
export function parseButtonId(customId: string): ButtonAction | null {
  if (customId === publicButtonId) return { kind: "public" };
  let match = /^s:([\w-]{8}):([0-9a-z]+):([0-9a-z]+):([0-9a-z]+):([\w-]{6})$/.exec(customId);
  if (match) {
    const [paragraph, start, length] = [fromB36(match[2]), fromB36(match[3]), fromB36(match[4])];
    if (paragraph === null || start === null || length === null || paragraph < 1) return null;
    return { kind: "source", article: match[1]!, paragraph, start, length, check: match[5]! };
  }
  match = /^p:([0-9a-z]{1,4}):([\w-]{6}):(.+)$/s.exec(customId);
  if (match) {
    const page = fromB36(match[1]);
    const request = match[3] === questionInTitle ? "title" : decodeRequest(match[3]!);
    if (page === null || !request) return null;
    return { kind: "page", page, check: match[2]!, request };
  }
  return null;
}
