// What loading, search, names and conversations may cost, and how search weighs words. Part of `tuning` (src/tuning.ts), which says how to read these values.

export const loadingTuning = {
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
    /**
     * How much more than an equal share the main thread analyses on a first load. Workers start
     * while the files are read (`prestartWorkers`), so they begin with the main thread; but each
     * also writes its results as JSON, which the main thread reads after its own share (measured
     * on a busy machine: 10,000 articles, 2 cores, a worker 1.1-1.2× the main thread's time an
     * article, reading its results back 0.17 ms an article). Range 0-0.06 (0.06 before workers
     * were started early); higher leaves the worker idle at the end, lower the main thread.
     */
    mainThreadExtraShare: 0.02,
    /**
     * A rebuild in the background runs in slices this long, so answers and gateway heartbeats
     * never wait much longer. A garbage collection (5-15 ms while 10,000 articles are indexed)
     * can land in a slice and adds to it, so slices stay well under the 50 ms an event-loop
     * pause may take. Range 5-20; lower pauses less, and the rebuild takes more turns.
     */
    sliceMs: 10,
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
    /**
     * Up to this many characters, whether an article writes a word in lowercase is looked up in
     * its text when asked (a few words an article, each one scan); a longer text is read into a
     * set of its words at once, as a paste of thousands of sentences is asked about hundreds of
     * words. A news article is 2-10 KB; range 10,000-50,000, either side gives the same answers.
     */
    lowercaseLookupMaxChars: 20_000,
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
};
