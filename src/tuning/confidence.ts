// How sure an answer is, and the limits shared by every answer. Part of `tuning` (src/tuning.ts), which says how to read these values.

export const confidenceTuning = {
  /**
   * How sure each kind of answer is (0..1: the `confidence` of a reply; "× coverage" values are
   * multiplied by the share of the question the sentence holds). Nothing chooses between
   * answerers by it; a script reads it. Range: keep each below the surer forms (a fact written
   * around a name above a sentence that only names someone); higher claims more certainty.
   */
  confidence: Object.freeze({
    /** A timeline: every line is a dated sentence of the articles. */
    timeline: 0.9,
    /** Troop numbers, each with its date. */
    troops: 0.8,
    /** Who is X / the <role>: a title or description written around the name, or a person titled with every word asked. */
    whoDescribed: 0.9,
    /** "Who is X's wife?": the person a sentence naming X titles with the noun asked. */
    whoRelated: 0.85,
    /** Who is "the chief diplomat": a person the articles call by the role noun asked. */
    whoByRoleNoun: 0.8,
    /** Who is X: a role found apart from the name, or a description around a name the articles don't otherwise know. */
    whoRole: 0.7,
    /** Who is X: only a sentence that names X. */
    whoMentioned: 0.5,
    /** "Who did X meet?" × coverage: the other person of the sentence that tells of it. */
    whoObject: 0.8,
    /** "When was this published?": the article's own date. */
    whenPublished: 0.9,
    /** "When?" after an answer: the date of the sentence that answer cited. */
    whenFollowUp: 0.8,
    /** × coverage: the date of the neighbour of the sentence that tells of the event. */
    whenNeighbour: 0.9,
    /** × coverage: an article's undated lede, dated by the article's publication (it reports the news of that day). Range 0.5-0.8; the day of the report, not always of the event. */
    whenLede: 0.7,
    /** × coverage: the article says outright that no date was given. */
    whenNoDateGiven: 0.7,
    /** × coverage: no date, only a time by another event ("shortly before her death"). Range 0.5-0.8; a reply, not a date. */
    whenRelative: 0.6,
    /** Who said it: nobody, the article itself states it. */
    articleItself: 0.8,
    /** × coverage: a sentence found by search, no structured fact. */
    search: 0.8,
    /** × alignment: a yes or no from the sentence that decides it. */
    yesNo: 0.8,
    /** Why × coverage: a cause or purpose clause, or (`whyWithoutClause`) only the sentence that tells of the event. */
    whyClause: 0.9,
    whyWithoutClause: 0.6,
    /** × coverage: a contest's winner or loser, read from the sides of its verb ("Roe beat Lee"). */
    contestSide: 0.8,
    /** × coverage: the other end of an exchange, after "to" / "from" of its converse verb ("awarded to"). */
    converse: 0.75,
    /** A cause of death read after "died of", "cause of death was", "succumbed to": a set wording, of the person asked about. */
    causeOfDeath: 0.8,
    /** Clock time × coverage: a time of day read near the question's words in the sentence that tells of the event. */
    clockTime: 0.8,
    /** Why × coverage when the article asks the question itself and answers it in its next sentence. */
    whyOwnQuestion: 0.8,
    /** Where someone spoke: a venue read from the attribution of one of their statements ("told attendees at X"). */
    whereSpoken: 0.8,
    /** The name something goes by, read after a naming cue ("known as …") near what the conversation was about. */
    calledName: 0.7,
    /** Name of a noun × coverage: a proper name in apposition to the asked noun ("the ferry, the Silver Gull,") or after a naming cue. */
    nameOf: 0.85,
    /** "What happened next?": the article's next sentence, read on from the one cited last. */
    nextSentence: 0.7,
    /** What did X say: confidence at a score of 0, rising to 1 at `quoteConfidentAt`. */
    quoteBase: 0.5,
    quoteConfidentAt: 2,
  }),
  answer: Object.freeze({
    /** Share of the question's content words a sentence must contain to be offered as an answer at all. Below it the engine declines rather than answer from an unrelated sentence. Range 0.3-0.7; higher declines more, lower answers from unrelated sentences. */
    minCoverage: 0.5,
    /** A sentence found by search (no structured fact) needs more evidence. Range 0.5-0.8; higher declines more. */
    minSearchCoverage: 0.6,
    /** Statements about the topic rank above others by this much per shared word: more than the form bonuses below together (quotation 1.5 + wording 1), since what the question is about outweighs the form of the answer ("What did X say about Warhol as a businessman?" wants the reported "a businessperson", not an off-topic quotation). Range 2-4; lower lets a quotation off the topic win. */
    topicWeight: 3,
    /** A statement's topic read from the sentence before it counts this much of its own ("By this time, …" carries on the sentence before). Range 0.5-0.9; higher finds more statements on a topic, and risks quoting off it. */
    topicFromSentenceBefore: 0.75,
    /** A statement whose own words (the quotation or reported clause) miss the topic its sentence touches elsewhere ("… her parents changed her clothes, and in the words of X, “…”") ranks at this share of one whose words hold it. Range 0.6-0.95; lower prefers what the speaker said about the topic over a sentence that merely names it. */
    topicOutsideStatement: 0.8,
    /** Direct quotations rank above reported speech when someone asks what a person "said". Range 0.5-2. */
    directQuoteBonus: 1.5,
    /** The statement's verb is the one the question asks about ("What did Trump add?"). Range 0.5-1.5. */
    sameVerbBonus: 1,
    /** The question's wording of the speaker ("the chief diplomat") found in the sentence. Range 0.5-1.5. */
    speakerWordingBonus: 1,
    /** "What did X say about T?": the best statement must touch this share of T's words, else X is not quoted on T (two words: both; three: two). Range 0.5-1; higher declines more “what did X say about T”. */
    minTopicMatch: 0.6,
    /** "What did X say about T?" when no statement reaches minTopicMatch: the statement whose own words hold this share of T, each word weighed by its rarity in X's articles (a word every sentence holds counts little, one nobody used counts most), still answers. Range 0.25-0.5; lower answers more paraphrases, and risks quoting X on something else. */
    minWeightedTopicMatch: 0.3,
    /** Weighing a question's words by rarity reads the candidates' whole articles up to this many sentences; past it (a large archive), only the candidates. Range 1,000-10,000: a bound on the work of one question, not a quality knob. */
    maxWeighingSentences: 3000,
    /** "Who said 'X'?": a phrase given as someone's words must be this much in their statement (3 of 4 words), else nobody said it. Range 0.6-1; higher declines more paraphrases. */
    minQuotedPhraseMatch: 0.75,
    /** Per topic word found exactly as the question wrote it: only breaks ties between sentences that touch the topic alike. Range 0-0.2: a tie-breaker. */
    exactWordTiebreak: 0.1,
    /** Beyond this many statements by one speaker, only those in sentences the index finds for the question are ranked. */
    maxStatementsScanned: 300,
    /** Items listed in a list answer (timeline, quotes) before it is cut; Discord pages beyond this. */
    maxItems: 25,
    /** "Why" by search: a sentence giving a purpose ("in order to", "so that") gains this much. Range 0.25-1. */
    purposeForWhy: 0.5,
    /** A topic timeline takes the articles whose match is at least this share of the best one's: the story asked about, not an article that mentions its words in passing. Range 0.3-0.8; higher keeps topic timelines to fewer articles. */
    timelineArticleShare: 0.5,
  }),
};
