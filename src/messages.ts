// What the bot says to people, in one place (answers' facts come from the articles).

export const messages = {
  declinedGeneric: "I can't find that in the articles I know, so I won't guess.",
  notQuoted: (name: string) => `The articles I know don't quote ${name}.`,
  notQuotedOn: (name: string, topic: string) => `The articles I know don't quote ${name} on ${topic}.`,
  noMoreStatements: (name: string) => `That is everything the articles I know quote from ${name}.`,
  unknownName: (name: string) => `The articles I know don't mention ${name}.`,
  suggestionsIntro: "I can answer questions like:",
  noDate: "The article gives no date for that.",
  noTroops: "The articles I know give no troop numbers.",
  noTroopsFor: (place: string) => `The articles I know give no troop numbers for ${place}.`,
  noTimelineAbout: (topic: string) => `The articles I know have no dated events about ${topic}.`,
  noTimeline: "The articles I know have no dated events to put on a timeline.",
  yes: "Yes. The article says:",
  no: "No. The article says:",
  notSaid: "The articles don't say.",
  saysOf: (name: string) => `What the articles say of ${name}:`,
  emptyQuestion: "Ask me a question about the news articles I know.",
  tooLong: (max: number) => `That question is too long: keep it under ${max} characters.`,
  moreStatements: (n: number) => `(${n} more statement${n === 1 ? "" : "s"}: ask “What else did they say?”)`,
  asOf: (date: string) => `as of ${date}`,
  source: (title: string, published: string, paragraph: number) => `— ${title}, ${published}, paragraph ${paragraph}`,
};
