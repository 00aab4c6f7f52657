// Every threshold and weight the engine uses, in one place, each with why it has its value.
// Change a value here, then run `npm test` and the development questions
// (`node ../shared/eval/run.mjs ../shared/eval/dev-cases.json`) to see what moved.

export const tuning = Object.freeze({
  conversation: Object.freeze({
    /** A conversation is forgotten after 30 minutes of silence: long enough for a chat, short enough that an old topic never colours a new one. */
    ttlMs: 30 * 60 * 1000,
    /** Bound memory on a busy server: the least recently used conversations go first. */
    maxConversations: 10_000,
    /** Only the last few turns matter for follow-ups. */
    maxTurns: 10,
    /** Bound memory by size as well: a turn holds its question and answer (a few KB, more for a long list), so this keeps thousands of conversations. */
    maxBytes: 64 * 1024 * 1024,
  }),
  load: Object.freeze({
    /** From this many articles on, analysis runs on several threads; below it a worker's start-up (about 0.3 s) costs more than it saves. */
    parallelFrom: 400,
    /** Threads used at most, the main one included. */
    maxThreads: 4,
    /** How much more than an equal share the main thread analyses, to make up for the workers' start-up (measured: 10,000 articles, 2 cores). */
    mainThreadExtraShare: 0.06,
    /** A rebuild in the background runs in slices this long, so answers and gateway heartbeats never wait longer. */
    sliceMs: 20,
    /**
     * A new or changed knowledge file is taken once its size and time stamp stay the same this
     * long, so a file still being written (a slow copy, an upload in pieces) is never served half
     * done. 1 s covers a copy over a network share; it only delays how soon an article goes live.
     */
    settleMs: 1000,
    /**
     * Sentences longer than this are indexed for search but not analysed for names, speech,
     * numbers and dates. The longest sentence of the development articles is under 500
     * characters; analysing a 200 KB run-on "sentence" took seconds.
     */
    maxAnalysedSentenceChars: 2000,
    /**
     * From this much text on (in characters), a load of fewer than `parallelFrom` articles is
     * analysed on a worker thread: analysis runs at roughly 200-400 characters a millisecond,
     * so this is about the 50 ms the main thread may be busy at once. Below it, a worker's
     * start-up (about 0.3 s) costs more than the pause it saves.
     */
    workerFromChars: 20_000,
  }),
  search: Object.freeze({
    /** Candidate sentences fetched from the inverted index before facts are compared. Enough to hold every relevant sentence of a few articles, few enough to stay fast at 150,000 sentences. */
    candidates: 40,
    /** MiniSearch edit distance as a share of the term's length (0.2 = one typo in five letters), so "trops" still finds "troops". */
    fuzzy: 0.2,
    /** Terms shorter than this are never matched fuzzily: short words have too many neighbours. */
    minFuzzyLength: 4,
    /** Unknown terms of one question matched fuzzily at most: each walks much of the index. */
    maxFuzzyTerms: 8,
    /** Articles whose sentences are scored for a question: the best by the article index. Enough for every article about a topic in a news archive, few enough to score in a millisecond. */
    articles: 50,
    /** How much newer articles gain over older ones that fit a question as well (0.3: at most 30% more score). */
    recencyBoost: 0.3,
    /** A word in more than this share of articles is left out of the article search (it picks nothing out), but still counts in sentence scoring. */
    commonShare: 0.2,
    /** Below this many articles nothing is left out: every article fits in `articles` anyway. */
    minArticlesToPrune: 100,
  }),
  vocabulary: Object.freeze({
    /** fuse.js score (0 exact .. 1 anything) under which an unknown question word is taken as a typo of a corpus word. 0.34 accepts "irak"→"iraq", "mckenzy"→"mckenzie", refuses "biden"→"baghdad". */
    typoThreshold: 0.34,
    /** Words shorter than this are not corrected: "r", "u" are chat spellings, handled by the lexicon. */
    minLength: 4,
    /** Nor longer than this: no English word in news is longer, and the cost of a fuzzy search grows with the word. */
    maxLength: 30,
    /** Unknown words of one question looked up for a typo at most: each costs a search of the vocabulary, and a real question has a few. */
    maxCorrections: 4,
  }),
  names: Object.freeze({
    /** fuse.js threshold for a question word naming a speaker ("pompeo", "mckenzy"). */
    threshold: 0.3,
    /** Longer text is matched against no name: the longest names (organisations) are about 60 characters, and fuzzy matching costs with the length. */
    maxQueryLength: 100,
    /**
     * From this many names and aliases on, a fuzzy name lookup reads only the names with a word
     * starting with the same letter (a typo rarely hits the first letter); below it, all of them.
     */
    byLetterFrom: 5000,
    /** Unknown words of one question tried as a misspelt name at most. */
    maxFuzzyWords: 4,
  }),
  /** How a number is chosen for "how many" (src/engine/answers/answerCount.ts). Tuned on the development and golden questions. */
  count: Object.freeze({
    /** Share of the names a question writes with a capital ("South Korea", "Iraq") the number's sentence must hold: half, so "the North … the South" still finds a sentence naming one of them, while a figure for another country is refused. */
    minNamedCoverage: 0.5,
    /** Share of the question's other content words (verbs, nouns: "evacuate", "study") the sentence must hold when the number's noun is what is counted; below it the number counts the right thing in another event ("troops" killed, not deployed). */
    minContextCounted: 0.3,
    /** The same when no counted noun vouches for the number ("how long", "how old", "how much … cost"): a third of the question's words. */
    minContext: 0.34,
    /** Per word of what is counted that the number's noun shares ("troops"): the main evidence. */
    unitWord: 2,
    /** Per word qualifying what is counted ("US" troops) found elsewhere in the number's sentence rather than in its noun: some evidence, less than a word of the noun (1). */
    qualifierElsewhere: 0.5,
    /** Taken off the size of a move ("cutting 2,500 troops") when the question asks how many there are, not how many moved. */
    unaskedChange: 1.5,
    /** Times the share of the question's names in the sentence. */
    named: 2,
    /** Times the share of the question's other content words in the sentence. */
    restCoverage: 2,
    /** The question's first name (its subject: "did the North give …") is in the sentence. */
    subject: 1,
    /** Times the share of the previous turn's words in the sentence, for a follow-up ("how long had they been off?"). */
    carried: 1,
    /** Times the share of all the question's other words, light verbs included ("took part"): a tie-breaker. */
    lightWords: 0.5,
    /** A projected number for a "could / might / reduced to" question, a current one otherwise. */
    sameTense: 1.5,
    /** Taken off a percentage when the question did not ask for one: a counted noun that matches is likelier the answer. */
    unaskedPercent: 1.5,
    /** A target ("a reduction to 3,500") for "how many would remain". */
    target: 1,
    /** Taken off the number a follow-up already got, so "and what might that drop to?" moves on. */
    alreadyGiven: 3,
    /** An article the question names by time or source. */
    preferredArticle: 2,
    /** A question about now takes the newest article's figure among those scoring within this much of the best: less than a penalty (an unasked event, a move), more than a qualifier found outside the number's noun. */
    newestMargin: 1.2,
    /** Times 0..1 recency: among equals, a question about now wants the newest article. */
    recency: 0.5,
    /** Times the share of the question's words in the number's own clause. */
    sameClause: 0.5,
    /** The number's nearest date is the time the question names ("up from 9 million dollars last year" for "how much last year"). */
    inPeriod: 1.5,
    /** Taken off a number whose clause tells of an event the question does not ask about ("troops have been killed" for "how many troops are there"). */
    otherEvent: 2,
    /** The score at which confidence reaches 1. */
    confidentAt: 6,
  }),
  /** How sentences are ranked for a question (src/engine/answers/rankSentences.ts). */
  rank: Object.freeze({
    /** Times the share of the question's words in the sentence: the main evidence. */
    coverage: 2,
    /** Times the share of the question's named people found in the sentence. */
    named: 1,
    /** Times the share of the question's own words (not synonyms) in the sentence. */
    ownWords: 0.3,
    /** Times how close together the matched words stand. */
    proximity: 0.4,
    /** A date in the period the question names (half for an overlapping one). */
    inPeriod: 1.5,
    /** An article the question names by time or source. */
    preferredArticle: 0.5,
    /** Times the index's relative score: a tie-breaker. */
    indexScore: 0.5,
    /** Times 0..1 recency: the last tie-breaker. */
    recency: 0.1,
  }),
  /** The general answerer (src/engine/general/answerFactoid.ts): which phrase of a sentence answers a who / which / what / where question. */
  factoid: Object.freeze({
    /** Share of the question's words a sentence must hold before its phrases are considered (range 0.3-0.7; lower answers more, and more wrongly). */
    minCoverage: 0.5,
    /** Sentences whose phrases are weighed: the best few by alignment. */
    sentences: 5,
    /** Times the sentence's alignment score (rankSentences): a phrase in a sentence that says more of the question wins. */
    sentence: 1,
    /** The same for "what …?" with no noun asked about, where the phrase's kind tells little. */
    sentenceForThing: 2,
    /** Times how well the phrase's kind fits the question (a person for "who", a place for "where"): the main evidence. */
    typeFit: 2,
    /** The noun asked about ("which news agency") inside or right next to the phrase. */
    head: 1,
    /** "by X" for who did something (a passive's agent). */
    byAgent: 0.8,
    /** "according to X" for which source or organisation. */
    according: 0.6,
    /** A place after "in / at / near / from" for where. */
    locative: 0.6,
    /** Taken off times the share of the phrase's words the question already holds: the answer is what the question lacks. */
    overlap: 2,
    /** Bonus for standing next to the words the question shares with the sentence, shrinking with distance (in words). */
    proximity: 2,
    /** Phrases longer than this many content words lose `perExtraWord` a word: an answer is short. */
    longPhrase: 6,
    perExtraWord: 0.15,
    /** A phrase right after the question's own verb ("wearing | a NASA T-shirt") fills the slot the question asks about. */
    verbSlot: 1,
    /** A list holding the best name wins when it scores within this much of it. */
    listMargin: 1,
    /** Below this total the answerer passes the question on (range 3-5; higher declines more). */
    minScore: 3.5,
    /** The score at which confidence reaches 1. */
    confidentAt: 6,
  }),
  /** Why-questions (src/engine/answers/answerWhy.ts). */
  why: Object.freeze({
    /** Share of the question's words a sentence must hold (as for a search answer). */
    minCoverage: 0.6,
    /** Sentences weighed. */
    sentences: 8,
    /** A cause clause after the words of the event ("fired … aimed at a loudspeaker"): nearly as strong as a whole extra word matched. */
    causeAfterEvent: 0.8,
    /** A cause clause elsewhere in the sentence ("The report comes after …" for why the firing). */
    causeElsewhere: 0.2,
    /** Taken off a sentence of reported speech: a why-question asks for the article's account, not someone's claim. */
    reportedSpeech: 0.4,
  }),
  /** How a when-question picks its sentence (src/engine/answers/answerWhen.ts). */
  when: Object.freeze({
    /** A sentence whose date fits the question's tense (after the article for "will", before it for "did"): a tie-breaker among sentences that tell of the event alike. */
    tenseFits: 0.25,
    /** A span ("from January 23 through March 9") for a question about an end or a start ("when does it close?"): the kind of date asked for, worth more than one shared word. */
    spanForBoundary: 1.5,
    /** A dated sentence may hold this much less of the question than the best sentence (one word in four) and still answer; beyond it the best sentence tells of the event and has no date. */
    maxCoverageGap: 0.25,
    /** The sentence's verb is the question's ("began" for "when did … begin"): the event itself, not its setting. */
    sameVerb: 0.5,
    /** The same, as a share of the question's words, when a dated neighbour of the best sentence competes with the best dated one. */
    sameVerbCoverage: 0.25,
    /** The sentence holds a date as precise as the question asks ("what day" and "Thursday", not "this past week"): the kind of date asked for, like a span for an end (spanForBoundary). */
    precisionFits: 1.5,
  }),
  /** How a yes/no question is answered (src/engine/answers/answerYesNo.ts). Tuned on the development half only. */
  yesNo: Object.freeze({
    /** Candidate sentences read for a yes/no question (each with the sentences around it that point back): as many as search reads. */
    candidates: 40,
    /** Weight of the circumstances of a statement ("in the exchange of fire") against its subject, verb and object (1): a sentence may word them otherwise. */
    circumstanceWeight: 0.5,
    /** Share of the question's weighted words a sentence must say to decide the question; below it the articles don't say. */
    minAlignment: 0.6,
    /** Share of the statement's own words (not its circumstances) it must say, or its article's title imply ("Australian" manufacturers in an article on Australia): all of them, since the word left out is often the very thing asked ("with aircraft"). */
    minCoreAlignment: 1,
  }),
  answer: Object.freeze({
    /** Share of the question's content words a sentence must contain to be offered as an answer at all. Below it the engine declines rather than answer from an unrelated sentence. */
    minCoverage: 0.5,
    /** A sentence found by search (no structured fact) needs more evidence. */
    minSearchCoverage: 0.6,
    /** Statements about the topic rank above others by this much per shared word. */
    topicWeight: 1,
    /** Direct quotations rank above reported speech when someone asks what a person "said". */
    directQuoteBonus: 1.5,
    /** The statement's verb is the one the question asks about ("What did Trump add?"). */
    sameVerbBonus: 1,
    /** The question's wording of the speaker ("the chief diplomat") found in the sentence. */
    speakerWordingBonus: 1,
    /** "What did X say about T?": the best statement must touch this share of T's words, else X is not quoted on T (two words: both; three: two). */
    minTopicMatch: 0.6,
    /** "Who said 'X'?": a phrase given as someone's words must be this much in their statement (3 of 4 words), else nobody said it. */
    minQuotedPhraseMatch: 0.75,
    /** Per topic word found exactly as the question wrote it: only breaks ties between sentences that touch the topic alike. */
    exactWordTiebreak: 0.1,
    /** Beyond this many statements by one speaker, only those in sentences the index finds for the question are ranked. */
    maxStatementsScanned: 300,
    /** Items listed in a list answer (timeline, quotes) before it is cut; Discord pages beyond this. */
    maxItems: 25,
    /** A topic timeline takes the articles whose match is at least this share of the best one's: the story asked about, not an article that mentions its words in passing. */
    timelineArticleShare: 0.5,
  }),
});
