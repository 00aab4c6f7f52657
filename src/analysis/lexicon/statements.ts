// Statements: wordings, negations and hedges for deciding whether a sentence says what a yes/no question asks.
// None of these lists names a person, number or phrase of any one article: they describe
// how news is written and how questions are asked. Imported through src/analysis/lexicon.ts.

/**
 * Wordings of one meaning that a question and a sentence use for the same event, for checking
 * whether a sentence says what a yes/no question asks. Phrases are matched as written (lowercase).
 */
export const ALIGNMENT_SYNONYMS: string[][] = [
  ["retaliate", "retaliated", "retaliates", "retaliating", "retaliation", "fire back", "fired back", "shoot back", "shot back", "hit back", "strike back", "struck back", "return fire", "returned fire", "returning fire"],
  ["injure", "injured", "injures", "injury", "injuries", "hurt", "wounded", "wound", "wounds", "wounding"],
  ["kill", "killed", "kills", "killing", "death", "deaths", "dead", "die", "died", "dies", "fatality", "fatalities"],
  ["only", "alone", "sole", "solely"],
  ["support", "supported", "supports", "favour", "favor", "favoured", "favored", "favours", "favors", "vote for", "voted for", "votes for", "voting for"],
  ["oppose", "opposed", "opposes", "opposing", "vote against", "voted against", "votes against", "voting against"],
  ["exclude", "left out", "leave out", "leaves out", "leaving out", "kept out"],
  ["include", "includes", "included", "including", "account for", "accounts for", "accounted for", "accounting for", "take into account", "takes into account", "took into account", "factor in", "factors in", "factored in"],
  ["receive", "received", "receives", "receiving", "get", "gets", "got", "getting", "obtain", "obtained", "obtains"],
  ["compete", "competed", "competes", "competing", "play", "played", "plays", "playing", "face off", "faced off", "faces off", "facing off"],
  // Relation groups: one state or change, told in the words a reader and a reporter each choose.
  ["complete", "completed", "completes", "completing", "completion", "finish", "finished", "finishes", "finishing"],
  ["final", "last"],
  ["improve", "improved", "improves", "improving", "improvement", "get better", "gets better", "got better", "getting better", "gotten better"],
  ["worsen", "worsened", "worsens", "worsening", "deteriorate", "deteriorated", "deteriorates", "deteriorating", "get worse", "gets worse", "got worse", "getting worse", "gotten worse"],
  ["vulnerability", "vulnerabilities", "security hole", "security holes", "security flaw", "security flaws"],
  ["cover", "covers", "covered", "covering", "apply to", "applies to", "applied to", "applying to"],
  ["suicide", "kill himself", "killed himself", "kills himself", "kill herself", "killed herself", "kills herself", "kill themselves", "killed themselves", "took his own life", "took her own life", "take his own life", "take her own life"],
  ["organisation", "organisations", "organization", "organizations", "group", "groups"],
  ["most", "majority", "bulk"],
  ["release", "released", "releases", "releasing", "free", "freed", "frees", "freeing", "set free"],
  ["resign", "resigned", "resigns", "resigning", "resignation", "step down", "stepped down", "steps down", "stepping down", "quit", "quits"],
  // "close to the border" is "near", never the "closed" that answers "open".
  ["near", "close to", "closer to", "close by"],
  // Seeing an event: "Did the minister watch the drill?" is told by "observed the drill". Not "views" (opinions).
  ["watch", "watched", "watches", "watching", "observe", "observed", "observes", "observing", "viewed", "witness", "witnessed", "witnesses"],
  // The people of a faith or a cause: "Can followers of the religion worship there?" is told of "worshippers of the religion".
  ["follower", "followers", "adherent", "adherents", "believer", "believers", "worshipper", "worshippers", "worshiper", "worshipers", "devotee", "devotees"],
  // An event's happening: "Did the accident happen at night?" is told by "occurred at night", "took place".
  ["happen", "happened", "happens", "happening", "occur", "occurred", "occurs", "occurring", "take place", "took place", "takes place", "taking place", "taken place"],
  // Setting something in a state: "Was the army put on alert?" is told by "placed on alert". Not "place" (a noun as often).
  ["put", "puts", "putting", "placed", "placing"],
  // A prize won: "Did the team win a medal?" is told by "was awarded a medal".
  ["win", "wins", "won", "winning", "awarded"],
  // "Did Spain beat the Czech Republic?" is told by "Spain defeated the Czech Republic"; who won is
  // read from the sides of the verb (contestRoles.ts), never from the word alone.
  ["defeat", "defeated", "defeats", "defeating", "beat", "beats", "beating"],
  // "Did the navy help the town?" is told by "assisted", "aided".
  ["help", "helps", "helped", "helping", "assist", "assists", "assisted", "assisting", "aid", "aided", "aiding"],
  // "Was he convicted?" is told by "was found guilty".
  ["convict", "convicted", "convicts", "convicting", "found guilty", "find guilty", "finds guilty", "finding guilty"],
  // Opened again is open: "Is the museum open?" is told by "reopened in May".
  ["open", "opened", "opens", "reopen", "reopened", "reopens"],
  // "Was the bridge built in 1990?" is told by "constructed", "erected".
  ["build", "builds", "built", "building", "construct", "constructs", "constructed", "constructing", "erect", "erected"],
  // What befalls a place: "Was the town hit by a storm?" is told by "struck by a storm", "floods affecting five states".
  ["hit", "hits", "hitting", "strike", "strikes", "struck", "affect", "affects", "affected", "affecting"],
  // "Did they turn off the engines?" is told by "shut down two of the engines".
  ["turn off", "turns off", "turned off", "turning off", "shut down", "shuts down", "shutting down", "shut off", "switch off", "switched off", "switches off"],
  // "as well" is "also", never the "well" that answers "poorly".
  ["also", "as well"],
  // Being on a ship, a train or a plane: "Was anyone aboard?" is told by "with no one on board".
  ["aboard", "on board", "onboard"],
  // A plan or a measure carried on, or still holding: "Did the firm go ahead with the launch?", "Is the warning still in effect?".
  ["proceed", "proceeds", "proceeded", "proceeding", "go ahead", "goes ahead", "went ahead", "going ahead", "gone ahead", "in effect", "in force"],
  // Called off: "the warnings were later cancelled", "the match was called off", "the plan was scrapped".
  ["cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation", "call off", "called off", "calls off", "calling off", "scrap", "scraps", "scrapped", "scrapping"],
  // Bringing something about: "Could prices spark protests?" is told by "could result in protests", "led to protests".
  ["cause", "causes", "caused", "causing", "result in", "results in", "resulted in", "resulting in", "lead to", "leads to", "led to", "leading to", "spark", "sparks", "sparked", "sparking", "trigger", "triggers", "triggered", "triggering", "provoke", "provokes", "provoked", "provoking"],
  // At once: "Must they leave right away?" is told by "no need to leave immediately".
  ["immediately", "right away", "straight away", "straightaway", "at once"],
  // One of a kind told before another: "the earlier bill" is "the previous bill", "a prior conviction".
  ["previous", "earlier", "prior", "preceding"],
  // One thing put in another's place: "Will the cars be swapped for electric ones?" is told by "replaced with electric versions".
  ["replace", "replaced", "replaces", "replacing", "swap", "swapped", "swaps", "swapping", "substitute", "substituted", "substitutes", "substituting"],
  // Keeping to a rule: "Must the groups follow the teaching?" is told by "be compliant with the teaching", "abide by".
  ["comply", "complies", "complied", "complying", "compliant", "compliance", "follow", "follows", "followed", "following", "obey", "obeys", "obeyed", "obeying", "abide by", "abides by", "abided by", "abiding by", "adhere to", "adheres to", "adhered to", "adhering to"],
];

/** Places in a series after the first ("second", "third"): before a superlative they say it is not the most ("the second largest economy"). */
export const LATER_ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
/** Superlatives a place in a series may stand before ("second largest", "third most populous"). */
export const SUPERLATIVES = new Set(
  "largest biggest smallest highest lowest best worst oldest youngest newest greatest richest poorest tallest longest shortest deadliest busiest fastest strongest heaviest most".split(" "),
);

/**
 * Verbs of winning a contest: their subject won and their object lost ("Spain defeated the Czech
 * Republic", "Hungary beat Austria"); passive, the other way round ("was defeated by Italy").
 */
export const CONTEST_WIN_VERBS = new Set("win wins won winning beat beats beating beaten defeat defeated defeats defeating overcame overcome overcomes".split(" "));

/** Verbs whose subject beat their object ("Roe beat Lee", "Vell edged Tarn"); passive, the winner follows "by". */
export const CONTEST_BEAT_VERBS = ["beat", "beats", "defeated", "defeats", "overcame", "edged", "edges", "thrashed", "routed", "upset", "eliminated", "outscored", "outplayed"];

/** Verbs of losing a contest: their subject lost, to the name after them ("Belgium lost 2–0 to Italy"). */
export const CONTEST_LOSE_VERBS = new Set("lose loses lost losing".split(" "));

/** Words of a contest nobody won, before a score or "with" ("drew 1–1 with Sweden", "a 2-2 draw"): no side won or lost. */
export const CONTEST_DRAW_WORDS = new Set("draw draws drew drawn tied".split(" "));

/** Nouns of a contest won, told of the clause's first name ("Hungary stunned Austria in a 2–0 win"), not of the others. */
export const CONTEST_WIN_NOUNS = new Set(["win", "victory"]);

/** Nouns of a contest lost, told of the clause's first name ("Spain suffered a defeat"). */
export const CONTEST_LOSS_NOUNS = new Set(["defeat", "loss"]);

/** Words before a contest word that make it a noun ("a 2–0 win", "their defeat"). */
export const CONTEST_NOUN_OPENERS = new Set("a an the their his her its our this that".split(" "));

/** Pairs of word groups that say the opposite of each other: "grown" against "a decrease", "included" against "excluded". */
export const OPPOSITES: Array<[string[], string[]]> = [[
  ["increase", "increased", "increases", "increasing", "grow", "grew", "grown", "grows", "growth", "rise", "rose", "risen", "rises", "gain", "gained", "climb", "climbed", "higher"],
  ["decrease", "decreased", "decreases", "decreasing", "decline", "declined", "declines", "declining", "drop", "dropped", "fall", "fell", "fallen", "falls", "shrink", "shrank", "lower", "lowered", "reduction", "reduced", "slip", "slips", "slipping", "slipped", "slide", "slides", "sliding", "slid", "sink", "sinking", "sank", "dwindle", "dwindled", "dwindling", "plunge", "plunged", "plummet", "plummeted", "tumble", "tumbled", "erode", "eroded", "eroding", "shrinking"],
], [
  ["keep", "keeps", "kept", "keeping", "retain", "retains", "retained", "retaining"],
  ["lose", "loses", "lost", "losing"],
], [
  ["win", "wins", "won", "winning", "elected", "re-elected", "reelected", "victory", "victorious"],
  // "was defeated" read as a word; who was defeated is read from the sides of the verb when the question names a side (contestRoles.ts).
  ["defeated", "defeat", "defeats", "lose", "loses", "lost", "losing", "beaten", "ousted"],
], [
  ["accept", "accepts", "accepted", "approve", "approves", "approved", "allow", "allows", "allowed", "permit", "permits", "permitted"],
  ["reject", "rejects", "rejected", "refuse", "refuses", "refused", "ban", "bans", "banned", "forbid", "forbids", "forbade", "forbidden", "prohibit", "prohibits", "prohibited"],
], [
  ["survive", "survives", "survived", "surviving", "alive"],
  ["die", "dies", "died", "dead", "killed"],
], [
  ["convicted", "guilty"],
  ["acquitted", "innocent", "cleared"],
], [
  ["improve", "improved", "improves", "improving", "improvement"],
  ["worsen", "worsened", "worsens", "worsening", "deteriorate", "deteriorated"],
], [
  ["well"],
  ["poorly", "badly"],
], [
  ["support", "supported", "supports", "backed", "endorse", "endorsed", "endorses", "welcomed"],
  ["oppose", "opposed", "opposes", "opposing", "criticised", "criticized", "criticise", "criticize", "condemned", "condemn", "denounced", "denounce"],
], [
  // Not "close": "close to the border" is no state of being shut.
  ["open", "opened", "opens", "reopen", "reopened", "reopens"],
  ["closed", "shut", "shuts"],
], [
  ["admit", "admits", "admitted", "admitting", "acknowledge", "acknowledged", "acknowledges", "confirm", "confirmed", "confirms"],
  ["deny", "denies", "denied", "denying"],
], [
  // "Have the two men been found?" of "Two men are still missing".
  ["found", "located"],
  ["missing", "unaccounted"],
], [
  // "Did the motion pass?" of "The motion failed by 40 votes to 60".
  ["pass", "passes", "passed"],
  ["fail", "fails", "failed"],
], [
  ["agree", "agrees", "agreed"],
  ["disagree", "disagrees", "disagreed"],
], [
  // Superlatives: "the smallest lake?" against "the largest lake".
  ["largest", "biggest"],
  ["smallest"],
], [
  // Comparatives, read with the order of the names around "than" (answerYesNo.ts): "Is Maja
  // younger than Grete?" is answered yes by "Grete is older than Maja", no by "Maja is older than Grete".
  ["larger", "bigger", "greater"],
  ["smaller"],
], [
  ["older"],
  ["younger"],
], [
  ["longer"],
  ["shorter"],
], [
  ["faster", "quicker"],
  ["slower"],
], [
  ["hotter", "warmer"],
  ["colder", "cooler"],
], [
  ["heavier"],
  ["lighter"],
], [
  ["highest"],
  ["lowest"],
], [
  ["best"],
  ["worst"],
], [
  ["oldest"],
  ["youngest", "newest"],
], [
  // Places on a rocket, a shelf, a list: "the lower position?" against "the upper position".
  ["upper"],
  ["lower"],
], [
  // One place in a series is no other: "the first dam?" against "the second dam".
  ["first"],
  [...LATER_ORDINALS, "final", "last"],
], [
  ["include", "included", "includes", "including", "inclusion"],
  ["exclude", "excluded", "excludes", "excluding", "exclusion"],
], [
  // Carried on against called off: "Did the firm go ahead with the launch?" against "withdrew from
  // the launch"; "Is the warning still in effect?" against "was later cancelled", "was lifted".
  // Sure of something against doubting it: "Is the minister confident …?" against "viewed it skeptically".
  ["confident", "confidence", "optimistic", "optimism"],
  ["skeptical", "sceptical", "skeptically", "sceptically", "skepticism", "scepticism", "doubtful", "doubt", "doubts", "doubted", "pessimistic", "pessimism"],
], [
  // Praise against blame: "Does the church approve of …?" against "is extremely critical of …".
  ["approve", "approves", "approved", "approval", "praise", "praised", "praises", "applauded", "welcomed"],
  ["disapprove", "disapproved", "disapproves", "disapproval", "critical", "criticised", "criticized", "condemned", "denounced", "blamed"],
], [
  // Held against let go: "Is the man still in custody?" against "was released on bail".
  ["arrested", "detained", "jailed", "imprisoned", "custody"],
  ["released", "freed"],
], [
  // Going on against stopping: "Are the talks continuing?" against "the talks were suspended".
  ["continue", "continues", "continued", "continuing", "resume", "resumed", "resumes"],
  ["stop", "stops", "stopped", "halt", "halted", "halts", "suspend", "suspended", "suspends", "cease", "ceased", "ended"],
], [
  ["succeed", "succeeded", "succeeds", "success", "successful", "successfully"],
  ["fail", "failed", "fails", "failure", "unsuccessful"],
], [
  ["attend", "attended", "attends", "attending"],
  ["boycott", "boycotted", "boycotts", "skipped", "absent"],
], [
  ["proceed"],
  ["cancel", "withdraw", "withdrew", "withdrawn", "withdraws", "abandon", "abandoned", "abandons", "lifted", "revoked", "revoke", "rescinded"],
]];

/**
 * What negates the clause it stands in, before the thing it negates: "not", "no injuries",
 * "few if any manufacturers", "mistakenly thought" (a belief the writer says is wrong).
 * Phrases first: they are read before single words.
 */
export const NEGATION_PHRASES = ["yet to", "few if any", "no longer", "failed to", "fails to", "fail to", "refused to", "refuses to", "declined to", "unable to", "rather than", "instead of", "none of", "lack of", "absence of", "ruled out"];
export const NEGATION_WORDS = new Set(
  "not no never none neither nor without nobody nothing nowhere hardly barely scarcely seldom rarely few lack lacks lacked lacking".split(" "),
);
/**
 * Words that say a belief or a report was wrong ("a teacher mistakenly thought it was a bomb"):
 * they deny what was believed, never the believing ("Did the teacher think it was a bomb?" is
 * yes), and, before any other verb, nothing ("was wrongly arrested" still tells of an arrest).
 */
export const MISTAKE_WORDS = new Set("mistakenly wrongly falsely erroneously incorrectly".split(" "));
/** Verbs of believing or telling, whose content a mistake word denies ("mistakenly thought", "falsely claimed"). */
export const BELIEF_VERBS = new Set(
  "think thinks thought believe believes believed assume assumes assumed suppose supposes supposed presume presumed suspect suspects suspected claim claims claimed report reports reported say says said identify identifies identified accuse accuses accused".split(" "),
);
/**
 * The negations a question asks about as part of its statement ("Did she become unable to walk?",
 * "Did the talks fail to reach a deal?", "Was the town without power?"): the words after them are
 * asked negated, so "became unable to walk" answers yes and "walked" no. Not "not", "no", "never":
 * "Did he not go?" asks whether he went, as "Didn't he go?" does.
 */
export const QUESTION_NEGATIONS = [
  ...NEGATION_PHRASES,
  ..."without lack lacks lacked lacking nobody nothing none few hardly barely scarcely seldom rarely".split(" "),
];
/** Phrases with a negative word that do not negate: "not only … but also", "no doubt". */
export const NOT_NEGATIONS = ["not only", "not just", "not least", "no doubt", "no less than", "no fewer than", "no more than", "none other than", "nothing but", "a few"];

/**
 * Words that say a thing came close to being so, and so was not: "almost complete" answers
 * "finished?" with no. They deny only the word right after them ("nearly all homes" denies
 * "all", not "homes"), and never a number ("nearly 500 people died" still tells of deaths).
 */
export const NEAR_MISS_WORDS = new Set(["almost", "nearly"]);

/**
 * Verbs after which their clause tells of what was kept from happening: "an oval wall to protect
 * pilgrims from a crush" says no crush happened, "prevented the river from flooding" no flood,
 * "spared him the red card" no red card. What
 * follows them is no fact, unless the question asks about the protecting itself.
 */
export const PREVENTION_VERBS = new Set(
  "prevent prevents prevented preventing protect protects protected protecting avoid avoids avoided avoiding avert averts averted averting spare spares spared sparing".split(" "),
);

/**
 * A prefix that makes a word its own opposite ("uncrowded" against "crowded", "unharmed"
 * against "harmed"), and the words that only look so ("unless" is no opposite of "less").
 */
export const NEGATING_PREFIX = "un";
/**
 * "Did the police say what killed her?" asks whether it was told: the words that open a question
 * after a verb of saying, and the verbs that tell (or, negated, keep back) what it asks
 * ("no cause of death disclosed", "did not name the man").
 */
export const EMBEDDED_QUESTION_WORDS = new Set(["what", "who", "whom", "whose", "why", "how", "where", "when", "which", "whether"]);
export const TELLING_VERBS = ["say", "said", "tell", "told", "disclose", "disclosed", "reveal", "revealed", "explain", "explained", "name", "named", "identify", "identified", "specify", "specified", "confirm", "confirmed", "announce", "announced"];

/**
 * The Latin negating prefix, assimilated to the word it stands before ("illegal", "irregular",
 * "impossible", "immoral", "incomplete"), and the endings of the adjectives it negates: only a word
 * that ends so is read as its word's opposite ("illegal" against "legal"), never a verb or noun
 * that only begins so ("income", "improve", "inform", "impose").
 */
export const LATIN_NEGATING_PREFIX = /^(?:il(?=l)|ir(?=r)|im(?=[mp])|in(?=[^lrmp]))/;
export const NEGATED_ADJECTIVE_ENDING = /(?:al|ble|ive|ent|ant|ate|ect|ete|id|ure|ous|ic|ar)$/;
export const NOT_PREFIX_NEGATIONS = new Set(["uncover", "uncovered", "uncovers", "unless", "unrest", "unfold", "unfolded", "unfolds", "unravel", "unravelled", "unraveled", "unveil", "unveiled", "unveils", "unwind", "unearth", "unearthed", "unleash", "unleashed", "untold", "unto", "until"]);

/**
 * Verbs whose "to …" tells of something not (yet) done: "promised to rebuild the pier", "was
 * advised to send the child", "plans to open". What follows them is no fact, so a yes/no answer
 * cannot rest on it unless the question asks about the promise or plan itself.
 */
export const UNREALISED_VERBS = new Set(
  ("promise promised promises pledge pledged pledges vow vowed vows plan plans planned planning intend intends intended " +
    "hope hopes hoped hoping want wants wanted wish wishes wished try tries tried trying attempt attempts attempted seek seeks sought " +
    "aim aims aimed expect expects expected threaten threatens threatened urge urges urged advise advises advised ask asks asked " +
    "encourage encourages encouraged propose proposes proposed offer offers offered agree agrees agreed scheduled slated set going about supposed").split(" "),
);
/** Of those, the verbs whose "to …" is fixed to come ("set to take place", "scheduled to open"): they answer a question about what will be ("Will it take place?"), as "will" does. */
export const SCHEDULED_VERBS = new Set("scheduled slated set going about".split(" "));

/**
 * Verbs that report a denial: what follows them ("denies that it polluted the river") is disputed,
 * no fact, unless the question asks about the denial or admission itself (ADMISSION_VERBS too).
 */
export const DENIAL_VERBS = new Set("deny denies denied denying".split(" "));
export const ADMISSION_VERBS = new Set("admit admits admitted admitting acknowledge acknowledged acknowledges confirm confirmed confirms".split(" "));

/**
 * Verbs of turning something down, in every form: where a sentence says most of a statement but not
 * its verb ("Did the minister back a boycott?" against "the minister rejected such calls"), one of
 * them in the clause that says the rest says no. Only for that looser reading: a sentence that says
 * every word is judged by its negations alone.
 */
export const REFUSAL_VERBS = new Set(
  ("reject rejects rejected rejecting dismiss dismisses dismissed dismissing refuse refuses refused refusing " +
    "deny denies denied denying ban bans banned banning bar bars barred barring forbid forbids forbade forbidden " +
    "prohibit prohibits prohibited oppose opposes opposed opposing decline declines declined declining " +
    "block blocks blocked blocking halt halts halted halting cancel cancels cancelled canceled cancelling " +
    "scrap scraps scrapped scrapping veto vetoes vetoed vetoing abandon abandons abandoned abandoning " +
    "fail fails failed failing refute refutes refuted disputed disputes dispute").split(" "),
);

/** Particles that, ending a question about a state, are that state ("Is the strike over?", "Is the power out?"): asked, though stopwords elsewhere. */
export const STATE_PARTICLES = new Set(["over", "out", "off", "on", "up", "down", "back"]);

/** Words that, as the object right after a verb, deny it: "found none", "saw nothing", "arrested nobody". */
export const NEGATIVE_OBJECTS = new Set(["none", "nothing", "nobody", "noone"]);

/** A word that, after a sentence telling of advice or a plan, says it was not followed: "Instead, he treated her himself." */
export const NOT_FOLLOWED = /\binstead\b(?!\s+of\b)/i;

/**
 * Verbs that take someone or something somewhere: "Did they take her to a specialist?" is told by
 * "sent her to a specialist". Read as one only when the question's verb has a "to" after it.
 */
export const CONVEYING_VERBS = ["take", "send", "bring", "drive", "fly", "rush", "refer", "transfer"];
export const CONVEYING_QUESTION_VERBS = new Set("take takes took taken taking".split(" "));

/**
 * Light verbs a question puts before what it asks about, and the verbs a sentence tells the same
 * with, in priority order. A row applies only where the question writes the verb as the row says:
 * before its object ("use live fire", "hold public worship": "Was he held?" asks detention, which
 * "hosted" never says), before its route ("go through the mountains"), or after "what" ("what
 * made the roof collapse" asks the cause). The question's own verb still matches too.
 */
export const LIGHT_VERB_PARAPHRASES: ReadonlyArray<{ verbs: ReadonlySet<string>; where: "object" | "route" | "what"; said: readonly string[]; example: string }> = [
  { verbs: new Set("use uses used using".split(" ")), where: "object", said: ["involve", "employ", "utilise", "utilize"], example: "did the drill use live fire? / the drill involves live-fire exercises" },
  { verbs: new Set("hold holds held holding".split(" ")), where: "object", said: ["conduct", "stage", "host", "organise", "organize"], example: "may they hold services there? / conducting services there" },
  { verbs: new Set("go goes went gone going".split(" ")), where: "route", said: ["travel", "journey", "trek", "drive", "walk", "fly", "attend", "visit"], example: "did they go through the desert? / they had to travel through the desert" },
  { verbs: new Set("come comes came coming".split(" ")), where: "route", said: ["arrive", "travel", "journey"], example: "do pilgrims come to the city? / pilgrims arrive in the city" },
  { verbs: new Set("make makes made making".split(" ")), where: "what", said: ["cause"], example: "do they know what made the roof collapse? / the cause of the collapse is unknown" },
];
/** Words that open the route after a verb of going ("go through", "went to"). */
export const ROUTE_WORDS = new Set("to through into across via toward towards past along around".split(" "));

/** Words that say what follows them no longer holds ("former Scientologist"): a question about now ("is … still") is answered no. */
export const FORMER_WORDS = new Set(["former", "ex", "erstwhile", "onetime"]);

/** Words by which a yes/no question asks about now ("Is she still …?"), besides its present-tense verb. */
export const NOW_WORDS = new Set(["still", "now", "currently", "presently"]);

/** A hedge that, negated, is a plain denial: "neither side could score", "could not be reached". "May not" stays open. */
export const ABILITY_HEDGES = new Set(["could"]);

/**
 * Words that leave what follows them in their clause open — a possibility, a plan for later, an
 * obligation: a yes/no answer cannot rest on them unless the question is as open ("Will …?",
 * "Could …?"). "The navy retaliated and may strike again" still says it retaliated.
 */
export const HEDGE_WORDS = new Set("may might could would will shall should must possibly perhaps allegedly reportedly probably likely seemed seems".split(" "));
/** Of the hedges, those that tell what is to come: a question about the future ("Will the pier reopen?") may rest on them. */
export const FUTURE_WORDS = new Set(["will", "would", "shall"]);
/**
 * Words that make their whole clause a condition or an open matter ("Troops would leave if the
 * talks failed", "its effectiveness remains unclear"), wherever they stand in it.
 */
export const CONDITION_WORDS = new Set(["if", "unless", "whether", "unclear", "uncertain", "unconfirmed", "unverified", "undetermined"]);
/** Phrases that say a thing only resembled what follows ("it felt like the first"): they leave it open too. */
export const HEDGE_PHRASES = ["felt like", "feel like", "feels like", "seemed like", "seems like", "looked like", "looks like", "as if", "as though"];

/** Words of a yes/no question that say nothing about what is asked. */
export const YES_NO_FILLERS = new Set("anybody anyone anything somebody someone something ones actually really ever indeed truly true v vs versus".split(" "));

/** Words that restrict a statement to less than all ("added to only 10 per cent", "had only seen it in photos"). */
export const RESTRICTION_WORDS = new Set("only just merely solely".split(" "));
/** Words that, with "of", count out part of something ("two of the five hostages", "some of the homes"): no answer to "all". */
export const PART_WORDS = new Set("some several many most few half part".split(" "));
/**
 * Verbs a question uses as "become" or "stay" before the state it asks about ("go bankrupt",
 * "went missing", "to stay exclusive", "remain open"): the state is what is asked.
 */
export const BECOME_VERBS = new Set("go goes went gone going stay stays stayed staying remain remains remained remaining become becomes became becoming".split(" "));

/** Words by which a question asks about all of something ("all salt", "every school"). */
export const UNIVERSAL_WORDS = new Set("all every each entire whole always everyone everybody everything".split(" "));
