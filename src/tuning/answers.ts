// How each answerer reads sentences and weighs candidates. Part of `tuning` (src/tuning.ts), which says how to read these values.

export const answersTuning = {
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
    /** Taken off a number whose noun carries a name the question does not give ("two Syrian teams" for "how many teams"): a subset, likelier not the answer. Less than `qualifierElsewhere`, a tie-breaker. Range 0.1-0.4. */
    unaskedQualifier: 0.25,
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
    /** A level a change has reached ("the toll has risen from three to four": four) over the level it left, when nothing else tells them apart: a tie-breaker. Range 0.01-0.1; never enough to outweigh a word of the question. */
    reachedLevel: 0.05,
    /** Taken off the number a follow-up already got, so "and what might that drop to?" moves on. Range 2-4: more than any bonus a figure can get, so a follow-up moves on. */
    alreadyGiven: 3,
    /** An article the question names by time or source. Range 1-3; higher follows the time or source a question names more strictly. */
    preferredArticle: 2,
    /** A question about now takes the newest article's figure among those scoring within this much of the best: less than a penalty (an unasked event, a move), more than a qualifier found outside the number's noun. Range 0.5-1.5; higher takes the newest figure over better-fitting older ones more often. */
    newestMargin: 1.2,
    /** Times 0..1 recency: among equals, a question about now wants the newest article. Range 0-1: a tie-breaker. */
    recency: 0.5,
    /** A length the words right around it say is of the dimension asked ("how deep": "at a depth of 4,000 metres" over "six miles north"): as much as a word of a short question. Range 1.5-2.5; higher lets the dimension word outweigh the question's other words. */
    dimensionNamed: 2,
    /** A span or length in the unit the question names ("over how many years": "18 years" over "8000 hours"): a tie-breaker, less than a word of the question. Range 0.25-0.75. */
    askedUnit: 0.5,
    /** Times the share of the question's words in the number's own clause. Range 0.25-1. */
    sameClause: 0.5,
    /** The number's nearest date is the time the question names ("up from 9 million dollars last year" for "how much last year"). Range 1-2. */
    inPeriod: 1.5,
    /** Taken off a number whose clause tells of an event the question does not ask about ("troops have been killed" for "how many troops are there"). Range 1-3; higher refuses counts of deaths, arrests … more firmly. */
    otherEvent: 2,
    /** Taken off a part of a figure ("including about 10,000 aboard ships" after "13,000 troops"): less than one word of a short question found in the part's own clause (`sameClause` times a quarter), so "how many troops" gets the whole and "how many troops are on ships" the part. Range 0.1-0.24. */
    partOfWhole: 0.2,
    /** Given to a number said of the name the question asks ("3 in Vell" for "how many died in Vell"), and taken off one said of another name ("12 people in Orrin"): a tie-breaker between numbers of one sentence. Range 0.2-0.5. */
    ownPlace: 0.3,
    /** Taken off the side of a tally ("52 votes to 48") the question does not ask: the votes for unless it asks of those against. A tie-breaker between two numbers of one sentence and one noun. Range 0.1-0.5. */
    tallySide: 0.3,
    /** Taken off a figure whose sentence dates it only to more than `recalledYears` before its article ("a 1999 quake killed 20,000" in a 2010 story) when the question names no time: the news, not its background. More than a tie-breaker, less than a word of the question. Range 0.3-1. */
    recalled: 0.5,
    /** How many years before its article a sentence's dates must all end for its figure to be background (`recalled`): a trend "from 1980 to 2012" in a 2014 story is news. Range 3-10; lower takes more figures for background. */
    recalledYears: 5,
    /** Share of the question's content words the sentence before must hold for a span opening the next one ("After nearly half an hour, …") to time its event: more than `minContext`, as the event is told in another sentence. Range 0.5-1; higher declines more. */
    sceneCoverage: 0.6,
    /** How many sentences back a sentence naming nothing of its own ("The closures are costing the economy $40 million") looks for the sentence that names its topic ("The Veldorian economy has suffered"), whose names then count for it (carriedNames.ts). Range 1-4; higher lets a figure borrow names from further away. */
    antecedentReach: 3,
    /** A name found only in that antecedent counts this share of one found in the number's own sentence when scoring (the threshold takes it whole). Range 0.3-1; lower prefers a sentence that names the question's names itself. */
    carriedName: 0.5,
    /** Confidence of the one figure of the kind asked beside the question's subject, when none holds enough of its other words (answerCount's loneFigure): the question's verb was said otherwise, or not at all. Range 0.3-0.6. */
    loneConfidence: 0.45,
    /** Confidence of a count read off a list ("wheat, barley, oats and potatoes" is four): the list may not be all there is. Range 0.4-0.7. */
    listConfidence: 0.5,
    /** Confidence of a span read off dates ("banned since 1999" for "how long has it been banned?"): the article gives when it began, not how long. Range 0.4-0.7. */
    datedSpanConfidence: 0.5,
    /** The score at which confidence reaches 1. Range 4-8; higher reports lower confidence. */
    confidentAt: 6,
  }),
  /**
   * Related words (src/analysis/relatedWords.ts: "hazard" for "danger", "asleep" for "sleeping"):
   * a sentence that says a question's word in another word of the same meaning.
   */
  related: Object.freeze({
    /** Share of a word's coverage a related word earns. Range 0.5-1; lower keeps the question's own words (and their synonym groups) ahead. */
    coverage: 0.75,
    /** Share of a word's search weight a related word earns when candidate sentences are found. Range 0.3-1; higher brings paraphrasing sentences in sooner. */
    search: 0.6,
  }),
  /** The winner or loser of a contest (src/engine/answers/answerContestSide.ts): "Who won the final?". */
  contestSide: Object.freeze({
    /** How many of the best-ranked sentences are read for a contest verb with a named side on each hand. Range 3-10; more finds contests of other events. */
    sentences: 5,
  }),
  /** The other end of an exchange (src/engine/answers/answerConverse.ts): "Who got the contract?" of "awarded to". */
  converse: Object.freeze({
    /** How many of the best-ranked sentences are read for the converse verb. Range 3-10; more finds exchanges of other things. */
    sentences: 5,
    /** Words after "to" / "from" that may make the other end's phrase when it is no name ("a local family"). Range 2-6. */
    phraseWords: 4,
  }),
  causeOfDeath: Object.freeze({
    /** With no person named, how many search hits are read for a cause of death. Range 5-30; more finds causes of other deaths. */
    searchHits: 10,
  }),
  /** The name of a noun (src/engine/answers/answerNameOf.ts): "What was the hotel called?". */
  nameOf: Object.freeze({
    /** Share of the question's words a sentence must hold. Range 0.3-0.8; lower names things from sentences less about the question. */
    minCoverage: 0.5,
    /** How many of the best-ranked sentences are read for a name. Range 5-15; more finds names further from the question's words (the pattern is strict, so few are wrong). */
    sentences: 10,
  }),
  /** How sentences are ranked for a question (src/engine/answers/rankSentences.ts). */
  rank: Object.freeze({
    /** Times the share of the question's words in the sentence: the main evidence. Range 1-3; the scale the other rank weights are read against. */
    coverage: 2,
    /** Times the share of the question's named people found in the sentence. Range 0.5-1.5; higher favours sentences naming the people asked about. */
    named: 1,
    /**
     * Times the share of the question's other names found in the sentence: words the articles
     * write only capitalised, which the index keeps no entity for ("Sweden" in "Who scored
     * Sweden's goal?"). Range 0.3-1; lower than `named`, as such a name is often the subject of a
     * whole article that its sentences leave implied; higher follows the name more strictly.
     */
    nameTerms: 0.5,
    /** Times the share of the question's own words (not synonyms) in the sentence. Range 0-0.5; higher favours the question's wording over synonyms. */
    ownWords: 0.3,
    /** Times how close together the matched words stand. Range 0-0.8; higher favours sentences where the words stand together. */
    proximity: 0.4,
    /** A date in the period the question names (half for an overlapping one). Range 1-2; higher follows the time a question names more strictly. */
    inPeriod: 1.5,
    /** Share of a question word's coverage an article's lede gets for a word only its headline writes ("hits" of "Earthquake hits Indonesia" for "An earthquake occurred …"). Range 0.3-1; higher lets the headline's wording pick the lede over a sentence that writes the word itself. */
    headline: 0.5,
    /** Share of `inPeriod` for a date that only overlaps the period ("2019-2021" for "in 2020"). Range 0.25-0.75; higher treats overlapping dates as in the period. */
    overlappingPeriod: 0.5,
    /** An article the question names by time or source. Range 0.25-1. */
    preferredArticle: 0.5,
    /** Times the index's relative score: a tie-breaker. Range 0-1: a tie-breaker. */
    indexScore: 0.5,
    /** Times 0..1 recency: the last tie-breaker. Range 0-0.3: the last tie-breaker. */
    recency: 0.1,
    /** In a follow-up, times how near the sentence stands to the one the last answer cited (1 for that sentence): a tie-breaker that keeps a conversation on its part of the article. Range 0.3-1; below one question word's worth of coverage, so the question's words still decide. */
    followUpContext: 0.6,
    /** Nearness lost per sentence away from the cited one. Range 0.2-0.5; higher keeps the follow-up closer. */
    followUpDistanceStep: 0.3,
    /** Times the nearness of a sentence before the cited one: a conversation reads on more than back. Range 0.5-1. */
    followUpBefore: 0.7,
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
    /**
     * "Which industry got $148 million …?" — of "the wool industry" and "the auto racing industry"
     * in one list, the one whose own stretch between commas holds more of the question's words:
     * this much per word. Range 0.2-0.6; higher lets that stretch outweigh the phrase's kind.
     */
    headSegmentWord: 0.4,
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
    /** How well a common noun phrase naming people ("hackers", "the local police") fits a who-question, below a name. Range 0.4-0.9; higher answers who-questions with descriptions more often. */
    peoplePhraseFit: 0.7,
    /** How well the object of a question's stranded preposition ("working with | the host government") fits, whatever its kind. Range 0.6-1. */
    strandedFit: 1,
    /** Words the sentence may put between the question's verb and its stranded preposition ("shipped goods worth £2 billion | into"), not across a comma. Range 2-10; higher reads farther prepositions as the verb's. */
    strandedReach: 8,
    /** A list holding the best name wins when it scores within this much of it. Range 0.5-1.5; higher answers with the whole list more often. */
    listMargin: 1,
    /** Below this total the answerer passes the question on (range 3-5; higher declines more). */
    minScore: 3.5,
    /** The farthest (in words from the question's shared words) a phrase may stand and still answer when its sentence lacks the question's verb and nothing (the noun asked about, a cue) marks it as of the kind asked. Range 2-6; lower declines more. */
    verblessReach: 3,
    /** The score at which confidence reaches 1. Range 4-8; higher reports lower confidence. */
    confidentAt: 6,
    /** Share of `head` when the noun asked about stands within three words of the phrase rather than in it. Range 0.5-1. */
    headNearby: 0.8,
    /** How fast the `proximity` bonus shrinks a word of distance: bonus = proximity / (1 + distance × this). Range 0.25-1; higher favours only the nearest phrases. */
    proximityDecay: 0.5,
    /** The longest aside (in tokens, between a name's comma and the closing one before a verb) across which a name counts as standing at the verb: "Ann Ruel, head of the survey unit at the Harbour Trust, said". Range 8-25; longer reads lists and clauses as asides. */
    maxAsideWords: 18,
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
  /** Where-questions (src/engine/answers/answerWhere.ts): which place phrase of the best few sentences answers. */
  where: Object.freeze({
    /** Sentences weighed, best aligned first. Range 3-8; higher weighs places in sentences that say less of the question. */
    sentences: 5,
    /** Times the sentence's alignment score relative to the best sentence's (rankSentences: coverage, own words, proximity): the main evidence. Range 2-5; higher keeps the answer in the best-aligned sentence, lower lets a surer place in a nearly as good sentence win. */
    alignment: 4,
    /** How much a phrase looks like a place, 0-1, added as is: a place the lexicon knows or a place noun ("Réunion Island", "the port city of X"), a "-born" name. */
    knownPlace: 1,
    /** A capitalised phrase after a preposition of place that the lexicon does not know ("at Tarvin"). */
    namedPlace: 0.75,
    /** A common noun of place ("at his home", "in a jail of the Ministry …"). Below a name: most where-questions ask for one. */
    commonPlace: 0.5,
    /** "United States film director X" for where X is from: a known place right before a description. */
    origin: 0.7,
    /** The phrase fits what the question's verb asks: "from" for where someone is from, "to / toward" for where something was headed, "-born" for born. Range 0.3-1. */
    cue: 0.6,
    /**
     * Taken off a place after "from" when the question asks no origin (no "from", no "come", "flee", "leave" …): "recent
     * moves from Russia" or "travel from Jerusalem on to Ramallah" tells where something came from, not where the event
     * asked about was. Range 1-3; higher keeps such a place only when no other is found.
     */
    originUnasked: 1.5,
    /**
     * The place tells of a word the question asks about: it stands right after it ("the Summer Games in Kessa", "died on
     * the top floor") or its name describes it ("the Kessa rally" for where the rally was). Evidence that the place is
     * that of the event or thing asked, not of something else the sentence tells ("children living in Vell"). Range 0.3-1.5.
     */
    attached: 0.6,
    /** Bonus for standing next to the question's words, shrinking with distance in characters: bonus / (1 + distance / proximityChars). Range 0.3-1. */
    proximity: 0.5,
    proximityChars: 30,
    /**
     * Pass to the general answerer when the place found stands in a sentence aligned below this share of the best-aligned
     * sentence, and that sentence holds no place read here though a preposition of place follows a word of the question
     * ("died on the top floor of the jail's E Hall", "taken to hospital"). Range 0.8-1; higher passes more often (on the
     * read sets 0.9 and 1 passed the same questions).
     */
    passBelow: 0.9,
  }),
  /** The organisation a person is tied to by a role ("researcher at ING"): answerAffiliation.ts. */
  affiliation: Object.freeze({
    /** Words between the person's name and the organisation's, at most. Range 4-12; higher reaches the organisation of another person in a long sentence. */
    maxDistance: 8,
    /** The answer's confidence: the relation is read from a role, not from the question's verb. Range 0.5-0.8. */
    confidence: 0.7,
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
    /**
     * Tokens before a verb of saying where its subject may stand, for a "What did X say?" answered by
     * search (`namedAwayFromSpeech`): "General Jo Roe, a U.S. adviser for the army in Tarn, said"
     * needs about 20. Range 12-30; higher accepts X named farther from the verb (more wrong speakers),
     * lower declines long subjects with appositives.
     */
    speakerReachBefore: 24,
    /**
     * Tokens after an inverted verb of saying or "according to" where its speaker may run ("…,” said
     * Abu Sami, a taxi driver"). Range 5-15; higher accepts more, lower declines long names.
     */
    speakerReachAfter: 10,
    /**
     * Words a role noun's "of" phrase may run to (`checkRelation.ts`): "Commandant of the Marine
     * Corps Gen. Neller" is read up to here to tell whose role it is. Range 4-8; longer reads
     * more of a name, and more of what follows it.
     */
    ofPhraseTokens: 6,
    /**
     * Letters two words must share at their start to count as one root where the stemmer keeps
     * a derivation apart ("provincial governor" for "governor of the province"). Range 5-7;
     * lower joins more unrelated words ("state" / "statement" at 5).
     */
    sharedRoot: 6,
    /**
     * Words allowed between "by" and the answer for it to be the doer of a passive ("defeated by
     * 10,694 votes by James To"), which tells of the act asked in the article's own verb. Range
     * 0-4; higher accepts more sentences whose verb is not the question's.
     */
    passiveAgentGap: 3,
    /**
     * Words before a where-answer in which a preposition of place must stand ("in the host city
     * of Sochi"). Range 2-5; higher accepts phrases further from any place word, lower declines
     * places written after a longer description.
     */
    placePrepositionReach: 4,
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
    /** A sentence that gives a cause is chosen over the best-scored one that gives none when it scores within this much of it. Range 0-1.5; higher prefers any stated cause over a closer sentence without one. */
    causeMargin: 0.8,
    /** A cause clause elsewhere in the sentence ("The report comes after …" for why the firing). Range 0-0.5, below `causeAfterEvent`. */
    causeElsewhere: 0.2,
    /** A temporal clause ("after …", "amid …") holding at least this share of the question's words is the event itself, not its cause. Range 0.3-0.7; higher takes more such clauses as causes. */
    eventClauseShare: 0.5,
    /** Taken off a sentence of reported speech: a why-question asks for the article's account, not someone's claim. Range 0.2-0.6; higher prefers the article's own account more. */
    reportedSpeech: 0.4,
    /** Share of the question's words found in a sentence that must stand in the effect after an effect cue ("…, causing a bottleneck") for the clause before it to be the cause. Range 0.4-0.8; lower answers more questions by the clause before such a cue. */
    eventInEffect: 0.5,
    /** A question word that a pronoun's sentence ("She died from …") holds only through the sentence before ("… their child, Gloria."), as a share of a word of its own. Range 0.5-1; higher lets such sentences compete fully. */
    antecedentTerm: 0.75,
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
    /** When no sentence says every word: share of the statement's own words a sentence must still say (every name among them) to answer "Probably yes/no". Range 0.5-0.8; lower answers more often from sentences that tell of something else. */
    looseCoreAlignment: 0.6,
    /** …and at least this many of them. Range 2-3. */
    looseMinWords: 2,
    /** How many sentences back in its paragraph a sentence saying "the ban" looks for the one that wrote "travel ban" (the sentence right before may name it otherwise). Range 2-4; higher reads further for the modifier. */
    definiteReach: 3,
    /** How many modifiers may stand in a chain before a noun a sentence says as "the <noun>" ("the Athlon 64 launch" … "the launch"), all borrowed from the sentence before. Range 2-4; higher borrows longer chains. */
    modifierChain: 3,
    /** How many times each asked word said more than once is moved to the clause nearest the others ("the freight train, which … no one on board"): the second round settles a word moved after its neighbour. Range 1-3; more rounds cost time and rarely move a word. */
    gatherRounds: 2,
  }),
  /** The closest reading of a yes/no question no sentence says word for word (answerClosestYesNo.ts). */
  closestYesNo: Object.freeze({
    /** Share of the question's words other than its names the top sentence must hold (their forms, or related words at less). Range 0.4-0.8; lower answers "Probably yes/no" from sentences that tell of less of the question. */
    minTopicShare: 0.5,
    /** The question must have at least this many such words: "Is Kim alive?" holds too little to judge a sentence by. Range 1-3. */
    minTopicWords: 2,
    /** …and hold at least this many of them: one word shared of two tells of another thing ("the sentence" without "appeal"). Range 1-3. */
    minTopicHeld: 2,
    /** Confidence of such an answer, times the share: below every reading that says the statement's words. Range 0.2-0.5. */
    confidence: 0.35,
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
  /** "Who did X meet?" (answerWho.ts, the other party). */
  who: Object.freeze({
    /** Share of the question's words other than its names (what X did) a sentence must hold for another person in it to be the answer: one that names X and tells of something else names no one X met. Range 0.5-1; higher declines more. */
    objectTopicShare: 0.5,
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
    /** Times the share of what was said that the statement's own words hold, each word weighed by its rarity in the candidates' articles (statementAlignment.ts): between two statements covering the claim alike, the one holding its telling word ("recovery", not "Haiti") wins. Range 0.5-2; higher lets one rare word outweigh the sentence's coverage. */
    rareWordsInStatement: 1,
  }),
  /** "What did X say?" when the analysis credits X with no statement (src/engine/answers/answerUnattributed.ts). */
  unattributed: Object.freeze({
    /** Candidate sentences read, best matching the name and the question first. Range 10-40. */
    sentences: 20,
    /** Share of the topic's words ("about …") the sentence must hold: both of two, two of three. Range 0.5-1; lower shows sentences on something else (half of "the cost of the harbour" is any sentence on costs). */
    minTopicShare: 0.66,
    /** The answer's confidence at a full topic match: the words are shown, not credited. Range 0.3-0.6, below a credited statement's. */
    confidence: 0.45,
  }),
};
