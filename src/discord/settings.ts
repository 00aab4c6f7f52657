// How the Discord surface presents answers: every value a judgement about readability or
// safety, in one frozen place (the engine's own thresholds live in src/tuning.ts).

export const discordSettings = Object.freeze({
  /** A question longer than this is not a question but a paste; the engine would only match noise in it. Matches /ask's maxLength. */
  maxQuestionLength: 500,
  /** Sources shown under a free answer: the first supports the short answer, two more give context without a wall of quotes. */
  citationsPerAnswer: 3,
  /** An answer's text above its sources; the engine writes a sentence or two, and the cap keeps a page under the 6000 total whatever it writes. */
  descriptionBudget: 2000,
  /** List answers (timeline, troop numbers, quotes): five cited items fit a phone screen. */
  itemsPerPage: 5,
  /** A Source button's paragraph: most paragraphs whole; a longer one is shown around the cited sentence. Under the 4096 of an embed description. */
  sourceParagraphBudget: 3800,
  /** Stay well under the 6000-character message budget so one page reads in one glance. */
  pageCharacterBudget: 3500,
  /** Bound memory on a busy bot: people whose window has passed are always forgotten; beyond twice this many within one window, the least recent are. */
  maxCooldownEntries: 10_000,
  /** How long graceful shutdown waits for the gateway to close before exiting anyway. */
  shutdownTimeoutMs: 5000,
  colors: Object.freeze({
    answered: 0x5865f2,
    unanswered: 0x99aab5,
    error: 0xed4245,
  }),
});
