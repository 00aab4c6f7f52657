// Discord's hard limits (API docs, "Embed Limits" and "Message" pages). A reply that breaks
// one is rejected with 400 and the person sees nothing, so rendering checks every one.

export const discordLimits = Object.freeze({
  messageContent: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Summed over title, description, field names and values, footer and author of every embed in a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  /** Autocomplete: at most 25 choices, names and values of 1-100 characters. */
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  buttonLabel: 80,
  customId: 100,
  commandName: 32,
  commandDescription: 100,
  /** An interaction must be answered or deferred within 3 s of its creation. */
  interactionAckMs: 3000,
});
