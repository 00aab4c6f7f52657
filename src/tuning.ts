// Every threshold and weight the engine uses, in one place, each with why it has its value.
// Those that decide answers also give a sensible range and which way a change moves answers
// ("range 0.3-0.7; higher declines more"); resource bounds (memory, time, threads) say what
// they bound instead.
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
    /**
     * A worker sends its results in messages of about this much JSON (characters), which the
     * main thread parses one at a time between turns of the event loop: 128 KB parses in a few
     * milliseconds. Larger means fewer messages and longer pauses; smaller, more overhead.
     */
    resultMessageChars: 128 * 1024,
    /** An article's sentences go back in pieces of this many (a piece is parsed whole): a 200 KB paragraph gives thousands. */
    resultPieceSentences: 200,
  }),
  search: Object.freeze({
    /** Candidate sentences fetched from the inverted index before facts are compared. Enough to hold every relevant sentence of a few articles, few enough to stay fast at 150,000 sentences. Range 20-100; higher finds more candidates and costs more per question. */
    candidates: 40,
    /** MiniSearch edit distance as a share of the term's length (0.2 = one typo in five letters), so "trops" still finds "troops". Range 0.1-0.3; higher forgives more typos and lets more unrelated articles in. */
    fuzzy: 0.2,
    /** Terms shorter than this are never matched fuzzily: short words have too many neighbours. Range 3-6; lower matches short words fuzzily, which have many neighbours. */
    minFuzzyLength: 4,
    /** Unknown terms of one question matched fuzzily at most: each walks much of the index. */
    maxFuzzyTerms: 8,
    /** Articles whose sentences are scored for a question: the best by the article index. Enough for every article about a topic in a news archive, few enough to score in a millisecond. Range 20-200; higher reads more articles a question, slower. */
    articles: 50,
    /** How much newer articles gain over older ones that fit a question as well (0.3: at most 30% more score). Range 0-0.5; higher prefers newer articles over ones that fit better. */
    recencyBoost: 0.3,
    /** A word in more than this share of articles is left out of the article search (it picks nothing out), but still counts in sentence scoring. Range 0.1-0.5; higher searches for more common words, slower on a large archive. */
    commonShare: 0.2,
    /** Below this many articles nothing is left out: every article fits in `articles` anyway. */
    minArticlesToPrune: 100,
  }),
  vocabulary: Object.freeze({
    /** fuse.js score (0 exact .. 1 anything) under which an unknown question word is taken as a typo of a corpus word. 0.34 accepts "irak"→"iraq", "mckenzy"→"mckenzie", refuses "biden"→"baghdad". Range 0.25-0.4; higher corrects more words, and more of them wrongly. */
    typoThreshold: 0.34,
    /** Words shorter than this are not corrected: "r", "u" are chat spellings, handled by the lexicon. Range 3-5; lower corrects short words into other short words. */
    minLength: 4,
    /** Nor longer than this: no English word in news is longer, and the cost of a fuzzy search grows with the word. */
    maxLength: 30,
    /** Share of a word's length a correction may add or drop (at least one letter): "redy"→"ready" is a typo, "grow"→"ground" another word. Range 0.2-0.4; higher accepts more corrections. */
    maxLengthChange: 0.25,
    /** Edits (insert, delete, replace, swap) a correction may make, as a share of the word's length (at least one): "injurd"→"injured" is one, "people"→"problem" three in six. Range 0.25-0.4; higher accepts more corrections. */
    maxEditShare: 0.34,
    /** Unknown words of one question looked up for a typo at most: each costs a search of the vocabulary, and a real question has a few. */
    maxCorrections: 4,
  }),
  names: Object.freeze({
    /** fuse.js threshold for a question word naming a speaker ("pompeo", "mckenzy"). Range 0.2-0.4; higher matches more names, and wrong ones. */
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
    /**
     * fuse.js score (0 exact .. 1 anything) under which an unknown question word is read as a
     * misspelt name ("pompoe" for Pompeo). Range 0.2-0.4; higher reads more words as names, and
     * more of them wrongly ("biden" as "baghdad").
     */
    questionWordMaxScore: 0.3,
    /** Such a word may differ in length from the name's last word by at most this many letters (range 1-3; higher reads more words as names). */
    questionWordLengthGap: 2,
    /** The same for /timeline's "about" option naming a person (range 0.2-0.4; higher narrows more timelines to someone not meant). */
    timelineFilterMaxScore: 0.3,
    /** The same for /quote's "speaker" option: looser, as the person picked a speaker from autocomplete or typed one on purpose (range 0.3-0.5). */
    quoteSpeakerMaxScore: 0.4,
  }),
  /** How a number is chosen for "how many" (src/engine/answers/answerCount.ts). Tuned on the development and golden questions. */
  count: Object.freeze({
    /** Share of the names a question writes with a capital ("South Korea", "Iraq") the number's sentence must hold: half, so "the North … the South" still finds a sentence naming one of them, while a figure for another country is refused. Range 0.3-1; higher refuses more figures, lower takes figures of other places. */
    minNamedCoverage: 0.5,
    /** Share of the question's other content words (verbs, nouns: "evacuate", "study") the sentence must hold when the number's noun is what is counted; below it the number counts the right thing in another event ("troops" killed, not deployed). Range 0.2-0.5; higher declines more, lower answers with the count of another event. */
    minContextCounted: 0.3,
    /** The same when no counted noun vouches for the number ("how long", "how old", "how much … cost"): a third of the question's words. Range 0.25-0.5; higher declines more. */
    minContext: 0.34,
    /** Per word of what is counted that the number's noun shares ("troops"): the main evidence. Range 1-3; higher lets the counted noun outweigh everything else. */
    unitWord: 2,
    /** Per word qualifying what is counted ("US" troops) found elsewhere in the number's sentence rather than in its noun: some evidence, less than a word of the noun (1). Range 0.25-1, below a word of the noun. */
    qualifierElsewhere: 0.5,
    /** Taken off the size of a move ("cutting 2,500 troops") when the question asks how many there are, not how many moved. Range 1-2; higher avoids the size of a move more. */
    unaskedChange: 1.5,
    /** Times the share of the question's names in the sentence. Range 1-3; higher favours sentences naming the question's places and people. */
    named: 2,
    /** Times the share of the question's other content words in the sentence. Range 1-3; higher favours sentences holding more of the question. */
    restCoverage: 2,
    /** The question's first name (its subject: "did the North give …") is in the sentence. Range 0.5-1.5. */
    subject: 1,
    /** Times the share of the previous turn's words in the sentence, for a follow-up ("how long had they been off?"). Range 0.5-1.5; higher keeps follow-ups closer to the previous turn. */
    carried: 1,
    /** Times the share of all the question's other words, light verbs included ("took part"): a tie-breaker. Range 0-1: a tie-breaker, keep it below `restCoverage`. */
    lightWords: 0.5,
    /** A projected number for a "could / might / reduced to" question, a current one otherwise. Range 1-2; higher keeps projections and current figures apart more strictly. */
    sameTense: 1.5,
    /** Taken off a percentage when the question did not ask for one: a counted noun that matches is likelier the answer. Range 1-2. */
    unaskedPercent: 1.5,
    /** A target ("a reduction to 3,500") for "how many would remain". Range 0.5-1.5. */
    target: 1,
    /** Taken off the number a follow-up already got, so "and what might that drop to?" moves on. Range 2-4: more than any bonus a figure can get, so a follow-up moves on. */
    alreadyGiven: 3,
    /** An article the question names by time or source. Range 1-3; higher follows the time or source a question names more strictly. */
    preferredArticle: 2,
    /** A question about now takes the newest article's figure among those scoring within this much of the best: less than a penalty (an unasked event, a move), more than a qualifier found outside the number's noun. Range 0.5-1.5; higher takes the newest figure over better-fitting older ones more often. */
    newestMargin: 1.2,
    /** Times 0..1 recency: among equals, a question about now wants the newest article. Range 0-1: a tie-breaker. */
    recency: 0.5,
    /** Times the share of the question's words in the number's own clause. Range 0.25-1. */
    sameClause: 0.5,
    /** The number's nearest date is the time the question names ("up from 9 million dollars last year" for "how much last year"). Range 1-2. */
    inPeriod: 1.5,
    /** Taken off a number whose clause tells of an event the question does not ask about ("troops have been killed" for "how many troops are there"). Range 1-3; higher refuses counts of deaths, arrests … more firmly. */
    otherEvent: 2,
    /** The score at which confidence reaches 1. Range 4-8; higher reports lower confidence. */
    confidentAt: 6,
  }),
  /** How sentences are ranked for a question (src/engine/answers/rankSentences.ts). */
  rank: Object.freeze({
    /** Times the share of the question's words in the sentence: the main evidence. Range 1-3; the scale the other rank weights are read against. */
    coverage: 2,
    /** Times the share of the question's named people found in the sentence. Range 0.5-1.5; higher favours sentences naming the people asked about. */
    named: 1,
    /** Times the share of the question's own words (not synonyms) in the sentence. Range 0-0.5; higher favours the question's wording over synonyms. */
    ownWords: 0.3,
    /** Times how close together the matched words stand. Range 0-0.8; higher favours sentences where the words stand together. */
    proximity: 0.4,
    /** A date in the period the question names (half for an overlapping one). Range 1-2; higher follows the time a question names more strictly. */
    inPeriod: 1.5,
    /** Share of `inPeriod` for a date that only overlaps the period ("2019-2021" for "in 2020"). Range 0.25-0.75; higher treats overlapping dates as in the period. */
    overlappingPeriod: 0.5,
    /** An article the question names by time or source. Range 0.25-1. */
    preferredArticle: 0.5,
    /** Times the index's relative score: a tie-breaker. Range 0-1: a tie-breaker. */
    indexScore: 0.5,
    /** Times 0..1 recency: the last tie-breaker. Range 0-0.3: the last tie-breaker. */
    recency: 0.1,
  }),
  /** The general answerer (src/engine/general/answerFactoid.ts): which phrase of a sentence answers a who / which / what / where question. */
  factoid: Object.freeze({
    /** Share of the question's words a sentence must hold before its phrases are considered (range 0.3-0.7; lower answers more, and more wrongly). */
    minCoverage: 0.5,
    /** Sentences whose phrases are weighed: the best few by alignment. Range 3-10; higher weighs more phrases, from sentences that say less of the question. */
    sentences: 5,
    /** Times the sentence's alignment score (rankSentences): a phrase in a sentence that says more of the question wins. Range 0.5-2. */
    sentence: 1,
    /** The same for "what …?" with no noun asked about, where the phrase's kind tells little. Range 1-3. */
    sentenceForThing: 2,
    /** Times how well the phrase's kind fits the question (a person for "who", a place for "where"): the main evidence. Range 1-3; higher lets the kind of phrase outweigh where it stands. */
    typeFit: 2,
    /** The noun asked about ("which news agency") inside or right next to the phrase. Range 0.5-1.5. */
    head: 1,
    /** "by X" for who did something (a passive's agent). Range 0.5-1. */
    byAgent: 0.8,
    /** "according to X" for which source or organisation. Range 0.3-1. */
    according: 0.6,
    /** A place after "in / at / near / from" for where. Range 0.3-1. */
    locative: 0.6,
    /** Taken off times the share of the phrase's words the question already holds: the answer is what the question lacks. Range 1-3; higher avoids phrases that repeat the question more firmly. */
    overlap: 2,
    /** Bonus for standing next to the words the question shares with the sentence, shrinking with distance (in words). Range 1-3; higher favours phrases next to the question's words. */
    proximity: 2,
    /** Phrases longer than this many content words lose `perExtraWord` a word: an answer is short. Range 4-10; lower shortens answers. */
    longPhrase: 6,
    perExtraWord: 0.15,
    /** A phrase right after the question's own verb ("wearing | a NASA T-shirt") fills the slot the question asks about. Range 0.5-1.5. */
    verbSlot: 1,
    /** A list holding the best name wins when it scores within this much of it. Range 0.5-1.5; higher answers with the whole list more often. */
    listMargin: 1,
    /** Below this total the answerer passes the question on (range 3-5; higher declines more). */
    minScore: 3.5,
    /** The score at which confidence reaches 1. Range 4-8; higher reports lower confidence. */
    confidentAt: 6,
    /** Share of `head` when the noun asked about stands within three words of the phrase rather than in it. Range 0.5-1. */
    headNearby: 0.8,
    /** How fast the `proximity` bonus shrinks a word of distance: bonus = proximity / (1 + distance × this). Range 0.25-1; higher favours only the nearest phrases. */
    proximityDecay: 0.5,
    /**
     * How well a kind of phrase answers a kind of question (0 never .. 1 exactly), times `typeFit`:
     * "who funded …" (an agent) is a person or an organisation; a bare capitalised name may be
     * either, so it fits most questions a little less. Raising a cell answers that question with
     * that kind of phrase more often.
     */
    kindFit: Object.freeze({
      agent: Object.freeze({ person: 1, organisation: 1, name: 0.8, place: 0.5, phrase: 0 }),
      person: Object.freeze({ person: 1, organisation: 0.2, name: 0.8, place: 0, phrase: 0 }),
      organisation: Object.freeze({ person: 0.2, organisation: 1, name: 0.7, place: 0.2, phrase: 0 }),
      place: Object.freeze({ person: 0, organisation: 0.4, name: 0.6, place: 1, phrase: 0.3 }),
      thing: Object.freeze({ person: 0.3, organisation: 0.4, name: 0.6, place: 0.4, phrase: 1 }),
    }),
  }),
  /** The shared grounding check (src/engine/checkGrounding.ts). */
  grounding: Object.freeze({
    /**
     * A name the question asks about that the cited sentence lacks is forgiven when the article
     * names it in more sentences than this (or in its title): the article is about it, and a
     * sentence may leave it implied. A name mentioned this rarely is a different thing than the
     * sentence speaks of ("Safari's market share" answered with another browser's). Range 1-2;
     * higher declines more, also right answers whose sentence says "the committee" for a name.
     */
    rareNameSentences: 1,
    /**
     * Share of a question's content words written with a capital above which it is title case or
     * all capitals, and its capitals name nothing: no name is checked. Range 0.75-0.95; lower skips
     * the check for questions made mostly of a name ("When does the Trade Standards Committee meet?").
     */
    maxCapitalisedShare: 0.9,
    /**
     * Sentences naming an unquoted speaker looked at for speech attribution missed ("X has said
     * that …") before a quote question about them is declined. Range 10-50; higher finds more such
     * sentences in a large archive, at the cost of time.
     */
    speechSentencesScanned: 20,
  }),
  /** Why-questions (src/engine/answers/answerWhy.ts). */
  why: Object.freeze({
    /** Share of the question's words a sentence must hold (as for a search answer). Range 0.5-0.7; higher declines more. */
    minCoverage: 0.6,
    /** Sentences weighed. Range 4-12. */
    sentences: 8,
    /** A cause clause after the words of the event ("fired … aimed at a loudspeaker"): nearly as strong as a whole extra word matched. Range 0.5-1; higher prefers a cause clause over a closer match without one. */
    causeAfterEvent: 0.8,
    /** Share of the question's words found in a sentence that must stand before a cause cue for the cause to follow the event (most of them; the rest may be in the cause: "… aimed at a loudspeaker in South Korea"). Range 0.5-0.8. */
    eventBeforeCause: 0.6,
    /** A cause clause elsewhere in the sentence ("The report comes after …" for why the firing). Range 0-0.5, below `causeAfterEvent`. */
    causeElsewhere: 0.2,
    /** A temporal clause ("after …", "amid …") holding at least this share of the question's words is the event itself, not its cause. Range 0.3-0.7; higher takes more such clauses as causes. */
    eventClauseShare: 0.5,
    /** Taken off a sentence of reported speech: a why-question asks for the article's account, not someone's claim. Range 0.2-0.6; higher prefers the article's own account more. */
    reportedSpeech: 0.4,
  }),
  /** How a when-question picks its sentence (src/engine/answers/answerWhen.ts). */
  when: Object.freeze({
    /** A sentence whose date fits the question's tense (after the article for "will", before it for "did"): a tie-breaker among sentences that tell of the event alike. Range 0.1-0.5: a tie-breaker. */
    tenseFits: 0.25,
    /** A span ("from January 23 through March 9") for a question about an end or a start ("when does it close?"): the kind of date asked for, worth more than one shared word. Range 1-2. */
    spanForBoundary: 1.5,
    /** A dated sentence may hold this much less of the question than the best sentence (one word in four) and still answer; beyond it the best sentence tells of the event and has no date. Range 0.1-0.4; higher dates events from sentences that say less of them. */
    maxCoverageGap: 0.25,
    /** The sentence's verb is the question's ("began" for "when did … begin"): the event itself, not its setting. Range 0.25-1. */
    sameVerb: 0.5,
    /** The same, as a share of the question's words, when a dated neighbour of the best sentence competes with the best dated one. Range 0.1-0.5. */
    sameVerbCoverage: 0.25,
    /** The sentence holds a date as precise as the question asks ("what day" and "Thursday", not "this past week"): the kind of date asked for, like a span for an end (spanForBoundary). */
    precisionFits: 1.5,
  }),
  /** How a yes/no question is answered (src/engine/answers/answerYesNo.ts). Tuned on the development half only. */
  yesNo: Object.freeze({
    /** Candidate sentences read for a yes/no question (each with the sentences around it that point back): as many as search reads. Range 20-60. */
    candidates: 40,
    /** Weight of the circumstances of a statement ("in the exchange of fire") against its subject, verb and object (1): a sentence may word them otherwise. Range 0.25-1; higher needs the circumstances said as well. */
    circumstanceWeight: 0.5,
    /** Share of the question's weighted words a sentence must say to decide the question; below it the articles don't say. Range 0.5-0.8; higher answers “the articles don't say” more often. */
    minAlignment: 0.6,
    /** Share of the statement's own words (not its circumstances) it must say, or its article's title imply ("Australian" manufacturers in an article on Australia): all of them, since the word left out is often the very thing asked ("with aircraft"). Range 0.8-1; lower answers Yes on a sentence missing a word of the statement. */
    minCoreAlignment: 1,
  }),
  /** Who holds a role the question describes (findSpeakerByRole.ts, describeEntity.ts). */
  roles: Object.freeze({
    /** "What did the country's main news agency say?": share of the phrase's words a speaker's role, name or context must hold. Range 0.4-0.8; higher declines more. */
    speakerMinScore: 0.5,
    /** A word of the phrase found only in the sentences naming the speaker ("the museum at Greensboro … curator Ann Lee") counts this much of a word of the role. Range 0.25-0.75. */
    contextWord: 0.5,
    /** "Who is the Pentagon spokesman?": how well a title must match the question's words to name its holder. Range 0.5-0.8; higher declines more. */
    titleMinScore: 0.6,
    /** How much of that match is the share of the title's words the question holds; the rest is the share of the question the title explains. Range 0.4-0.8; higher favours titles said in full. */
    titleShare: 0.6,
  }),
  /** Who said a phrase (answerWhoSaid.ts). */
  whoSaid: Object.freeze({
    /** Times the share of the phrase's words in the sentence; the phrase inside the statement itself adds its own share once. Range 1-3; higher lets the sentence's wording outweigh the statement's. */
    coverage: 2,
    /** The statement's verb is the question's ("Who warned …"). Range 0.25-1. */
    sameVerb: 0.5,
    /** "Who reported …": an organisation (an outlet, an agency) rather than a person. Range 0.25-1. */
    organisationReports: 0.5,
    /** The sentence names the people the question names (what was said about them), so it tells of the same event. Range 0.5-1.5. */
    namesAsked: 1,
  }),
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
    /** × coverage: the article says outright that no date was given. */
    whenNoDateGiven: 0.7,
    /** Who said it: nobody, the article itself states it. */
    articleItself: 0.8,
    /** × coverage: a sentence found by search, no structured fact. */
    search: 0.8,
    /** × alignment: a yes or no from the sentence that decides it. */
    yesNo: 0.8,
    /** Why × coverage: a cause or purpose clause, or (`whyWithoutClause`) only the sentence that tells of the event. */
    whyClause: 0.9,
    whyWithoutClause: 0.6,
    /** Clock time × coverage: a time of day read near the question's words in the sentence that tells of the event. */
    clockTime: 0.8,
    /** Why × coverage when the article asks the question itself and answers it in its next sentence. */
    whyOwnQuestion: 0.8,
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
    /** Direct quotations rank above reported speech when someone asks what a person "said". Range 0.5-2. */
    directQuoteBonus: 1.5,
    /** The statement's verb is the one the question asks about ("What did Trump add?"). Range 0.5-1.5. */
    sameVerbBonus: 1,
    /** The question's wording of the speaker ("the chief diplomat") found in the sentence. Range 0.5-1.5. */
    speakerWordingBonus: 1,
    /** "What did X say about T?": the best statement must touch this share of T's words, else X is not quoted on T (two words: both; three: two). Range 0.5-1; higher declines more “what did X say about T”. */
    minTopicMatch: 0.6,
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
  factCheck: Object.freeze({
    /** Claims checked in one message at most: a reply must fit Discord's limits, and a wall of text is rarely one claim. */
    maxClaims: 6,
    /** Characters of a message read at most (Discord allows 4,000); the rest is left unchecked and the reply says so. */
    maxMessageChars: 4000,
    /** Share of a claim's words (its number or date left out) a sentence must hold to speak of the same thing at all. Like tuning.answer.minCoverage, a little stricter: a verdict is a stronger statement than an answer. */
    minCoverage: 0.6,
    /** A claim is contradicted only by a sentence holding this share of its other words (raise to be more careful, never below minCoverage): a different number for the same thing, never a number of something else. */
    minContradictCoverage: 0.75,
    /** "about 5,000": a figure the claim or the article gives as approximate covers this share either side (0.1 = 4,500 to 5,500). */
    approximateShare: 0.1,
    /** A plain figure ("5,000") matches a figure this close (0.01: rounding, never a different number). */
    exactShare: 0.01,
    /** "over 5,000" supports claims up to this share above it (0.2: up to 6,000); it is no longer a close reading of "over". */
    boundSupportShare: 0.2,
    /** "over 5,000" contradicts only claims further than this share above it (0.5: beyond 7,500; "approximately" likewise reads twice approximateShare); between the two bounds the article gives no exact figure, and the claim is not covered. Raise to contradict less. */
    boundContradictShare: 0.5,
    /** Candidate sentences read per claim, as search reads for a question. */
    candidates: 40,
    /** Content words reported speech must have for "X said that …" to be checked as X's words: with fewer, "Who said …?" matches whoever said those two words. */
    minReportedTerms: 3,
    /** fuse.js score below which a name in a message means a known person ("Pompeo", "Mike Pompeo"); stricter than /quote's 0.4, since a verdict names them. */
    nameMatch: 0.3,
  }),
  complete: Object.freeze({
    /** Discord shows at most 25 choices; each must be at most 100 characters. */
    maxChoices: 25,
    maxChoiceLength: 100,
    /** Generated questions checked by asking the engine in one autocomplete call at most ("How many …?" takes 10-50 ms at 10,000 articles on a busy machine, and a keystroke should block well under 100 ms); checked ones are remembered for the knowledge version, so the list fills up as people type. */
    checksPerCall: 2,
    /** Questions checked once when the candidates are built, so the list shown before anything is typed is full: most of its questions need no check, the few that do are found within this many. */
    checksOnBuild: 12,
    /** Newest articles autocomplete candidates are built from (questions, places, statements): what readers ask about, and a build that costs the same (about 0.1 s, once per knowledge version and option) at 1,000 articles as at 10,000. */
    articles: 1000,
    /** The most quoted speakers whose topics make "What did X say about T?" questions (everyone still gets "What did X say?"). */
    topicSpeakers: 50,
    /** A speaker's latest statements their topics are read from: enough for what they talk about, bounded for someone quoted in thousands of articles. */
    topicStatements: 100,
    /** Topic words offered per speaker for /quote topic, the most frequent in their statements. */
    topicsPerSpeaker: 25,
    /** fuse.js score below which the /quote speaker typed so far names a known speaker: as /quote itself reads it. */
    speakerMatch: 0.4,
    /** Shortest topic word offered: shorter words are mostly grammar. */
    minTopicLength: 4,
  }),
});
