import type { Citation, Conversation, Engine } from "../engine/types.ts";
import type { AnswerRequest } from "./buttons/buttonIds.ts";
import { discordMessages } from "./messages.ts";
import { renderAnswerPages, type RenderedPage } from "./render/renderAnswer.ts";
import { renderArticleList } from "./render/renderSources.ts";

/**
 * The one place a request becomes engine calls and pages: the command that first answers it
 * and a page button clicked later (maybe in another process) render it the same way, so the
 * button can tell from a fingerprint whether the answer is still the same.
 */
export function renderRequest(request: AnswerRequest, engine: Engine, conversation?: Conversation): { pages: RenderedPage[]; answered: boolean; kind?: string } {
  if (request.command === "sources") {
    const articles = engine.articles();
    return { pages: renderArticleList(articles).map((embed) => ({ embed, citations: [] as Citation[] })), answered: articles.length > 0 };
  }
  const answer = answerFor(request, engine, conversation);
  return { pages: renderAnswerPages(answer, { title: titleFor(request) }), answered: answer.answered, kind: answer.kind };
}

function answerFor(request: Exclude<AnswerRequest, { command: "sources" }>, engine: Engine, conversation?: Conversation) {
  switch (request.command) {
    case "ask":
      return engine.ask(request.question, conversation);
    case "troops":
      return engine.troops(request.place ?? undefined);
    case "timeline":
      return engine.timeline(request.about ?? undefined);
    case "quote":
      return engine.quotes(request.speaker, request.topic ?? undefined);
    case "whosaid":
      return engine.whoSaid(request.phrase);
  }
}

export function titleFor(request: AnswerRequest): string {
  switch (request.command) {
    case "ask":
      return request.question;
    case "troops":
      return discordMessages.titles.troops(request.place);
    case "timeline":
      return discordMessages.titles.timeline(request.about);
    case "quote":
      return discordMessages.titles.quotes(request.speaker, request.topic);
    case "whosaid":
      return discordMessages.titles.whoSaid(request.phrase);
    case "sources":
      return discordMessages.titles.sources;
  }
}
