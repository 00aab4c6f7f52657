// Every sentence the Discord surface says to people, in one place (the engine's own
// wording lives in src/messages.ts). Plain strings or small functions, no Discord objects.

/** Discord renders <t:unix:R> as "in 5 seconds" in the reader's own language and clock. */
function relativeTime(atMs: number): string {
  return `<t:${Math.ceil(atMs / 1000)}:R>`;
}

export const discordMessages = Object.freeze({
  sourceHeading: "Source",
  moreSourceHeading: (n: number) => `Source ${n}`,
  paragraph: (n: number) => `paragraph ${n}`,
  suggestionsHeading: "Questions the articles can answer",
  noAnswer: "I couldn't find that in the articles I know.",
  pageFooter: (page: number, pages: number) => `Page ${page} of ${pages}`,
  previousPage: "Previous",
  nextPage: "Next",

  cooldown: (retryAtMs: number) =>
    `You're asking faster than I can keep up. Try again ${relativeTime(retryAtMs)}.`,
  failure:
    "Something went wrong while answering. It has been logged; please try again in a moment.",
  unknownCommand:
    "I don't know that command any more. It may have been removed; type / to see the current ones.",
  buttons: Object.freeze({
    /** A source button's label: "Source paragraph", or "Source 2 paragraph" beside field "Source 2". */
    sourceParagraph: (heading: string | null) => `${heading ?? "Source"} paragraph`,
    /** On a list answer, the button beside an item named by its fact. */
    sourceOf: (item: string) => `Source: ${item}`,
    postPublicly: "Post publicly",
    /** Above an answer someone posted from their private copy. <@id> shows the name; allowedMentions keeps it from pinging. */
    askedBy: (userId: string) => `Asked by <@${userId}>`,
    articleGone: "That article is no longer in the articles I know, so I can't show its paragraph. Ask again for a fresh answer.",
    articleChanged: (title: string) =>
      `“${title}” has changed since this answer was given, so the paragraph it cited is no longer there as it was. Ask again for a fresh answer.`,
    answerChanged:
      "This answer has changed since it was given (the articles were updated, or it followed on from an earlier question), so I can't turn its pages. Ask again for a fresh answer.",
    outdated: "These buttons are from an older version of me. Ask again to get a fresh answer.",
    nothingToPost: "There is nothing here to post.",
  }),
  pagesNeedShorterQuestion: (page: number, pages: number) =>
    `Page ${page} of ${pages} · ask a shorter question to be able to turn the pages`,

  emptyQuestion:
    "Ask me a question about the news articles I know, for example “How many US troops are in Iraq?”. Type /help to see everything I can do.",
  questionTooLong: (max: number) =>
    `That's more than ${max} characters. Please ask one question at a time, in fewer words.`,

  titles: Object.freeze({
    troops: (place: string | null) => (place ? `Troop numbers: ${place}` : "Troop numbers"),
    timeline: (filter: string | null) => (filter ? `Timeline: ${filter}` : "Timeline"),
    quotes: (speaker: string, topic: string | null) =>
      topic ? `What ${speaker} said about ${topic}` : `What ${speaker} said`,
    whoSaid: (phrase: string) => `Who said “${phrase}”`,
    sources: "Articles I know",
  }),

  sources: Object.freeze({
    none: "I don't know any articles yet.",
    counts: (paragraphs: number, sentences: number) => `${paragraphs} paragraphs, ${sentences} sentences`,
    unknownArticle: "I don't know that article. Run /sources to see the ones I know.",
    needArticle: "Pick an article as well as a paragraph: run /sources to see the articles I know.",
    unknownParagraph: (max: number) => `That article has paragraphs 1 to ${max}.`,
    paragraphTitle: (n: number) => `Paragraph ${n}`,
  }),

  factCheck: Object.freeze({
    title: "Checked against the articles",
    /** Each claim's heading: its verdict, then the claim as the message wrote it. */
    claimHeading: (verdict: string, claim: string) => `${verdict}: “${claim}”`,
    marks: Object.freeze({ supported: "✅", contradicted: "❌", "not-covered": "➖" }),
  }),

  about: Object.freeze({
    title: "About this bot",
    intro: "I answer questions about news articles, and every answer quotes the sentence it comes from.",
    version: "Version",
    articles: "Articles",
    uptime: "Up for",
    notConnected: "not connected",
    newest: "Newest article",
    noArticles: "none yet",
    documentation: "Source code and documentation",
    where: (sourceUrl: string | null) =>
      `${sourceUrl ? `Source code: ${sourceUrl}\n` : ""}How it works and how to run it: README.md in the source code. ` +
      "How to write a knowledge article: README.md, “Adding articles”. How an answer is chosen: docs/design.md.",
  }),

  help: Object.freeze({
    title: "What I can do",
    intro:
      "I answer questions about news articles, and every answer quotes the sentence it comes from. Ask with /ask, or send me a direct message, or mention me in a channel.",
    privacy: "Add private: True to /ask and the other answer commands to get an answer only you can see.",
    factCheck:
      "To check what someone wrote, right-click (or long-press) their message → Apps → Check against the articles: only you see the result.",
  }),
});
