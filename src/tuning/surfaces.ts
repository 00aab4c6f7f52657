// The fact check and autocomplete. Part of `tuning` (src/tuning.ts), which says how to read these values.

export const surfacesTuning = {
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
};
