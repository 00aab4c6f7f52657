// General English: abbreviations, stopwords, question words, synonyms, phrasal and irregular verbs.
// None of these lists names a person, number or phrase of any one article: they describe
// how news is written and how questions are asked. Imported through src/analysis/lexicon.ts.

/** Abbreviations whose period does not end a sentence. Lowercase, without the final period. */
export const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cmdr",
  "adm", "sgt", "cpl", "pvt", "rep", "sen", "gov", "pres", "amb", "rev", "hon", "gov", "supt", "insp",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vs", "v", "etc", "approx", "est", "inc", "corp", "ltd", "co", "dept", "univ", "assn",
  "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "a.m", "p.m", "i.e", "e.g", "ph.d",
]);

/** Abbreviations that name a place, a body or a time, and so may end a sentence ("… in Washington D.C."). */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(["u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "a.m", "p.m", "inc", "corp", "ltd", "co", "etc", "jr", "sr"]);

/** Capitalised words that open a sentence and never continue a name ("The", "They", "However"), lowercase. */
export const SENTENCE_OPENERS = new Set(
  ("the a an he she it they we i this that these those his her their its there here but and however meanwhile " +
    "yet so then now today yesterday after before when while although though as according").split(" "),
);

/** Words that carry no content in a question or a sentence. */
export const STOPWORDS = new Set(
  ("a an the and or but if then than so of to in on at by for with from into onto over under about as " +
    "is are was were be been being am do does did done doing have has had having will would shall should " +
    "can could may might must it its it's this that these those there here their them they he she his her " +
    "him we us our you your i me my mine what which who whom whose when where why how whether also just " +
    "not no yes any some all each every other another such very more most much many up down out off again " +
    "further once only own same too s t now currently current today after before during since until while " +
    "because within without between among against across through around near per via toward towards upon " +
    "still yet even ever already soon though although unless whereas like unlike onto off than " +
    "right really exactly actually precisely presently anyway please thanks else").split(" "),
);

/** Question words and generic verbs that say what kind of answer is wanted, not what it is about. */
export const QUESTION_WORDS = new Set(
  ("what who whom whose when where why how which many much number give tell show list me please " +
    "say said says saying tell told state stated think thought mention mentioned comment comments article " +
    "happen happened happening event events timeline chronology according know").split(" "),
);

/**
 * Qualifiers that pick one of several things of a kind ("the previous election", "her real
 * name"), with the words that say the same. The first words of a group are asked (`QUALIFIERS_ASKED`);
 * a sentence holding none of the group's words speaks of another one of the kind.
 */
export const QUALIFIER_GROUPS: readonly (readonly string[])[] = [
  ["previous", "prior", "preceding", "earlier", "last", "former", "past", "before"],
  ["real", "actual", "true", "birth", "born", "legal", "full"],
  ["original", "initial", "first"],
];
/** Prepositions that put a place after them ("in Baghdad", "at the Volgograd Arena", "from Brazil"): where a where-answer stands. */
export const LOCATIVE_PREPOSITIONS = new Set(["in", "at", "near", "from", "outside", "inside", "across", "throughout", "around", "to", "into", "online", "along", "off"]);
/** Verbs of moving, near which "to X" tells where to ("sent to X", "flew to X"); elsewhere "to X" is no place ("according to X", "said to X"). */
export const MOTION_VERBS = (
  "visit visits visited trip journey move moved sent send relocat\\w* deploy\\w* transfer\\w* go went travel\\w* flown flew taken brought headed " +
  "heading bound sailed sailing steaming returned"
).split(" ");
/** Prepositions a where-answer may stand after: the locative ones, "on Glasgow Green" and "toward the port" (not for other answers: "on Waitangi Day" is a time). */
export const WHERE_PREPOSITIONS = new Set([...LOCATIVE_PREPOSITIONS, "on", "toward", "towards", "through", "within", "beside", "behind", "beneath"]);

/** The qualifiers a question uses that must be in the answer's sentence: not "first" or "last", which questions use loosely ("when did it first …"). */
export const QUALIFIERS_ASKED = new Set(["previous", "prior", "preceding", "real", "actual", "original"]);

/** Informal spellings seen in chat, mapped to the word meant. */
export const CHAT_SPELLINGS: Record<string, string> = {
  wat: "what", wht: "what", wot: "what", whats: "what's", whos: "who's", wheres: "where's", r: "are", u: "you", ur: "your", abt: "about", bout: "about",
  ppl: "people", govt: "government", gov: "government", yrs: "years", yr: "year", pls: "please",
  plz: "please", thx: "thanks", w: "with", b4: "before", whn: "when", wen: "when", hw: "how", wher: "where",
  sed: "said", sez: "says", mil: "military", admin: "administration", prez: "president", potus: "president", us: "us",
};

/**
 * Abbreviated titles a question may use where an article spells the title out ("the foundation's
 * CFO" for "chief financial officer"). Read only when the articles don't use the abbreviation.
 * "CEO" is "chief executive", the words every form of that title holds ("chief executive officer" too).
 */
export const ROLE_ABBREVIATIONS: Record<string, string> = {
  ceo: "chief executive", cfo: "chief financial officer", coo: "chief operating officer",
  cto: "chief technology officer", cio: "chief information officer", cmo: "chief marketing officer",
  vp: "vice president", svp: "senior vice president", evp: "executive vice president",
  pm: "prime minister", mp: "member of parliament",
};

/**
 * Everyday abbreviations a question may use where an article spells the word out ("on TV" for
 * "on French television"). Read, like the titles above, only when the articles don't use them.
 */
export const COMMON_ABBREVIATIONS: Record<string, string> = {
  tv: "television", uni: "university", info: "information", approx: "approximately", intl: "international",
  natl: "national", dept: "department", hq: "headquarters", aka: "also known as",
};

/**
 * American and British spellings of one word (American first): "defense lawyer" is the "defence
 * lawyer" an article names. Merged like synonym groups; only whole words, no spelling rules.
 */
export const SPELLING_VARIANTS: string[][] = [
  ["defense", "defence"], ["offense", "offence"], ["license", "licence"], ["center", "centre"], ["theater", "theatre"],
  ["fiber", "fibre"], ["color", "colour"], ["favor", "favour"], ["honor", "honour"], ["labor", "labour"],
  ["behavior", "behaviour"], ["neighbor", "neighbour"], ["harbor", "harbour"], ["rumor", "rumour"], ["humor", "humour"],
  ["program", "programme"], ["organize", "organise"], ["organization", "organisation"], ["recognize", "recognise"],
  ["criticize", "criticise"], ["criticized", "criticised"], ["apologize", "apologise"], ["realize", "realise"],
  ["analyze", "analyse"], ["catalog", "catalogue"], ["gray", "grey"], ["jewelry", "jewellery"],
  ["pediatric", "paediatric"], ["maneuver", "manoeuvre"], ["aluminum", "aluminium"], ["skeptical", "sceptical"],
];

/**
 * Words that mean the same thing in news about armed forces, diplomacy and politics. Each
 * group is reduced to its first word, so a question and a sentence meet whatever word each
 * chose. Kept small and general on purpose; wrong merges cost more than missing ones.
 */
export const SYNONYM_GROUPS: string[][] = [
  ["troops", "troop", "soldiers", "soldier", "forces", "force", "servicemembers", "personnel", "military", "army", "boots"],
  ["withdrawal", "withdraw", "withdrawing", "withdrew", "pullout", "pull-out", "drawdown", "draw-down", "exit", "leave", "leaving", "departure", "pulling", "pull", "retreat"],
  ["reduce", "reduction", "cut", "cuts", "drop", "decrease", "decline", "declined", "declines", "fall", "falls", "lower", "shrink", "trim", "down"],
  ["increase", "boost", "raise", "rise", "surge", "expand"],
  ["killing", "killed", "kill", "assassination", "assassinated", "death", "deaths", "dead", "died", "die", "dies", "dying", "slain", "strike", "fatalities", "fatality"],
  ["attack", "attacks", "attacked", "attacking", "targeted", "target", "strikes", "shelling", "assault", "rocket", "mortar"],
  ["base", "bases", "installation", "installations", "facility", "facilities", "camp", "camps", "garrison"],
  ["deployed", "deploy", "deployment", "stationed", "based", "posted"],
  ["talks", "discussions", "discussion", "negotiations", "dialogue", "meeting", "meetings"],
  ["children", "child", "kids", "kid", "schoolchildren", "youngsters"],
  ["plan", "plans", "planned", "planning", "intend", "intends", "intended", "intention"],
  ["say", "said", "says", "told", "remarks", "comments", "comment", "statement", "noted", "added", "replied", "speak", "spoke", "speaking", "spoken"],
  ["parliament", "legislature", "lawmakers", "congress", "assembly"],
  ["president", "presidents"],
  ["presence", "stay", "remain", "maintain", "keep", "kept", "keeping", "continue", "continues", "continued", "continuing"],
  ["relations", "relationship", "ties"],
  ["expect", "expected", "expects", "predict", "predicted", "anticipate", "foresee"],
  ["reason", "purpose", "why", "mission"],
  ["command", "commander", "commands", "commanded", "lead", "leads", "head", "heads", "chief"],
  ["cost", "costs", "price", "spending", "budget", "expense"],
  // General reading: words a question and a news sentence use for the same thing.
  ["exclude", "excluded", "excluding", "exclusion", "omit", "omitted"],
  ["prepare", "prepared", "preparing", "preparation", "ready", "readiness"],
  ["photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures"],
  ["fund", "funded", "funding", "funds", "financed", "financing", "sponsored", "bankrolled"],
  ["injured", "injuries", "injury", "wounded", "hurt"],
  ["study", "studies", "research", "researched"],
  ["arrest", "arrested", "arresting", "detain", "detained", "detention"],
  ["retaliate", "retaliated", "retaliation", "retaliating"],
  ["begin", "began", "begun", "beginning", "start", "started", "starting", "starts", "launch", "commence", "kick"],
  ["create", "created", "creating", "creator", "invent", "invented", "devise", "devised", "coined"],
  ["conduct", "conducted", "carry", "carried"],
  ["buy", "bought", "purchase", "purchased", "acquire", "acquired"],
  ["choose", "pick", "select", "elect", "opt"],
  ["father", "dad"],
  ["mother", "mom", "mum"],
  ["travel", "trip", "journey", "visit"],
  ["obsession", "obsessed", "fascination", "fascinated", "fixation", "preoccupation"],
  ["life", "lifetime", "lifespan", "living", "lived", "alive"],
  // Clipped words a question may use for the article's full form.
  ["demonstration", "demonstrations", "demo", "demos"],
  ["information", "info"],
  ["examination", "examinations", "exam", "exams"],
  ["laboratory", "laboratories", "lab", "labs"],
  ["statistics", "stats"],
  ["mathematics", "maths", "math"],
  ["influenza", "flu"],
  ["telephone", "telephones", "phone", "phones"],
  ["advertisement", "advertisements", "advert", "adverts", "ads"],
  ["delay", "delayed", "delays", "postpone", "postponed"],
  ["sell", "sold", "sells", "selling", "sale", "sales"],
];

/** Cues that name a cause (not a purpose): the only ones whose object may be a pointer back ("due to that"). */
export const REASON_CUES = [
  "because of", "due to", "owing to", "thanks to", "as a result of", "in response to", "caused by", "prompted by",
  "triggered by", "sparked by", "blamed on", "attributed to", "based on",
  // "resigned, citing health reasons", "arrested on suspicion of fraud", "rose, driven by fuel costs".
  "citing", "on suspicion of", "driven by", "fuelled by", "fueled by",
];

/** Words that open a cause or purpose clause: what a "why" question is answered with. */
export const CAUSE_CUES = [
  ...REASON_CUES, "because", "in order to", "so that",
  "aimed at", "intended to", "designed to", "meant to", "in an effort to", "in a bid to", "after", "following", "since",
  "for fear", "amid", "so as to", "to ensure", "to help",
  "to support", "to prevent", "to protect", "to avoid", "to reduce", "to allow", "to stop", "to make sure", "for the purpose of",
  "as part of an effort to", "as part of efforts to", "in the hope of", "for the sake of",
];

/** Cause cues that only order events in time: "after that" points back in time, not to a cause. */
export const TEMPORAL_CAUSE_CUES = ["after", "following", "since", "amid"];

/**
 * Words that open an effect, the cause standing before them ("A bus tripped pilgrims, causing a
 * bottleneck"; "The ban led to secrecy"): a why-question about what follows is answered by
 * what precedes, and an effect-question the other way round.
 */
export const EFFECT_CUES = [
  "led to", "leading to", "leads to", "causing", "caused", "causes", "resulted in", "resulting in", "results in",
  "prompted", "prompting", "triggered", "triggering", "sparked", "sparking", "which is why", "which meant",
  "forcing", "leaving",
];

/**
 * Connectives that make the sentence they open the effect of the sentence before ("As a result,
 * the road was closed."); a cause cue followed by a pointer ("Due to that, …") does the same.
 */
export const RESULT_CONNECTIVES = [
  "as a result", "as a consequence", "in consequence", "consequently", "therefore", "thus", "hence", "accordingly",
  "for this reason", "for that reason", "for these reasons", "that is why", "this is why", "that's why", "this meant",
  "this led to", "that led to", "this caused", "that caused", "this prompted", "that prompted", "in response",
];

/** Verbs whose "from" / "of" phrase is a cause ("died from infection", "suffering from exhaustion"), not a place of origin. */
export const CAUSE_PREPOSITION_VERBS = [
  "die", "dies", "died", "dying", "suffer", "suffers", "suffered", "suffering", "result", "results", "resulted", "resulting",
  "stem", "stems", "stemmed", "stemming", "arise", "arises", "arose", "arising", "collapsed", "fainted", "perished",
];

/** Verbs whose agent is the cause of what they act on: "What caused the crash?" is answered by "… as a result of a runaway cart" (causeRole.ts). */
export const CAUSING_VERBS = new Set(["cause", "trigger", "spark", "prompt", "provoke"]);

/** Nouns and verbs by which a question asks what came of an event ("the effect of", "what did it lead to"). */
export const EFFECT_NOUNS = [
  "effect", "effects", "result", "results", "consequence", "consequences", "impact", "outcome", "upshot", "lead", "led",
  "happen", "happened", "cause", "caused",
];

/** Words after which an article gives the name something goes by ("known as the Darkhorse battalion", "describes as a retreat"). */
export const NAMING_CUES = [
  "known as", "also known as", "called", "dubbed", "nicknamed", "named", "referred to as", "refers to as", "describes as",
  "described as", "describe as", "calls it", "called it", "labelled", "labeled", "termed", "branded",
];

/** Words that only point back to what was said before ("due to that", "because of this decision"). */
export const POINTER_WORDS = ["this", "that", "these", "those", "it", "which", "such"];

/**
 * Two-word verbs read as the one word that means the same ("left out" is "excluded"), applied
 * to questions and sentences alike before matching. General English, longest first.
 */
export const PHRASAL_VERBS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:leave|leaves|leaving|left) out\b/g, "excluded"],
  [/\b(?:come|comes|came|coming) up with\b/g, "created"],
  [/\b(?:set|sets|setting) up\b/g, "created"],
  [/\b(?:shoot|shoots|shot|shooting|fire|fired|fires|firing|hit|hits|strike|strikes|struck) back\b/g, "retaliated"],
  // "responded with small-arms fire", "responded with gunfire": fire given in answer is shooting back.
  [/\b(?:respond|responds|responded|responding) with (?:[a-z-]+ ){0,2}(?:fire|gunfire)\b/g, "retaliated"],
  [/\b(?:get|gets|got|getting) ready\b/g, "prepare"],
  [/\b(?:carry|carries|carried|carrying) out\b/g, "conducted"],
  [/\b(?:look|looks|looked|looking) (?:at|into)\b/g, "studied"],
  [/\b(?:find|finds|found|finding) out\b/g, "learned"],
  [/\b(?:turn|turns|turned|turning) down\b/g, "rejected"],
  [/\b(?:call|calls|called|calling) off\b/g, "cancelled"],
  // "refers to the journalists as prisoners": naming something so is calling it so ("$1" keeps the object).
  [/\b(?:refer|refers|referred|referring) to ((?:[a-z-]+ ){1,4})as\b/g, "called $1"],
  // "put their robot together": the object may stand inside ("$1" keeps it).
  [/\b(?:put|puts|putting) ((?:[a-z]+ ){0,2})together\b/g, "assembled $1"],
  // "the final was held up", not "held up a sign".
  [/\b(?:hold|holds|held|holding) up\b(?!\s+(?:a|an|the|his|her|their|its|our|my|signs?|placards?|banners?|photos?|pictures?)\b)/g, "delayed"],
  // Not verbs, but read the same way: an idiom of time that one word says ("denied in the first place" is "initially denied").
  [/\b(?:in the first place|at the outset)\b/g, "initially"],
  [/\b(?:take|takes|took|taken|taking) place\b/g, "happened"],
  // "the floods have taken 44 lives", "claimed the lives of": lives taken are people killed.
  [/\b(?:claim|claims|claimed|claiming|take|takes|took|taken|taking|cost|costs|costing)\b(?=(?:\s+(?:the|their|own|at|least|more|than|over|nearly|almost|about|some|around|up|to|[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?|hundreds?|thousands?|dozens?|millions?)){0,4}\s+lives\b)/g, "killed"],
  // "out of work" is unemployed, as "unemployment" and "jobless" say it.
  [/\bout of (?:work|a job|jobs)\b/g, "unemployed"],
];

/** Irregular past forms to their verb, so "began" meets "begin" and "brought" meets "bring". */
export const IRREGULAR_PAST: Record<string, string> = {
  thought: "think", felt: "feel", spoken: "speak", stole: "steal", stolen: "steal", fled: "flee", ate: "eat",
  eaten: "eat", forgot: "forget", forgotten: "forget", lent: "lend", lit: "light", shut: "shut",
  began: "begin", begun: "begin", brought: "bring", took: "take", taken: "take", met: "meet", went: "go", gone: "go",
  came: "come", made: "make", gave: "give", given: "give", held: "hold", left: "leave", led: "lead", sent: "send",
  spent: "spend", won: "win", lost: "lose", fought: "fight", chose: "choose", chosen: "choose", wrote: "write",
  written: "write", ran: "run", rose: "rise", risen: "rise", fell: "fall", fallen: "fall", broke: "break", broken: "break",
  became: "become", built: "build", struck: "strike", flew: "fly", flown: "fly", paid: "pay", sold: "sell", bought: "buy",
  caught: "catch", taught: "teach", kept: "keep", stood: "stand", heard: "hear", found: "find", saw: "see", seen: "see",
  got: "get", gotten: "get", shot: "shoot", sought: "seek", sat: "sit", spoke: "speak", drew: "draw", drawn: "draw",
  grew: "grow", grown: "grow", knew: "know", known: "know", threw: "throw", thrown: "throw", froze: "freeze", swore: "swear",
  hid: "hide", hidden: "hide", bore: "bear", beat: "beat", bit: "bite", rode: "ride", woke: "wake", withdrew: "withdraw", withdrawn: "withdraw",
  blew: "blow", blown: "blow", tore: "tear", torn: "tear", laid: "lay", shown: "show", woken: "wake", borne: "bear",
  sped: "speed", repaid: "repay",
  // Not "told": the verbs of saying are read by their own forms ("told The Post" names an outlet).
  // Nor the pasts a pair of related words holds ("slid", "wept", "meant"): relatedWords leaves out
  // a pair with an irregular past, so listing one here would drop the pair.
  shook: "shake", drove: "drive", driven: "drive", sank: "sink", sunk: "sink", sang: "sing", sung: "sing",
  swam: "swim", slept: "sleep", dealt: "deal", understood: "understand", undertook: "undertake",
  underwent: "undergo", upheld: "uphold", withheld: "withhold", overcame: "overcome", overtook: "overtake",
  arose: "arise", arisen: "arise", dug: "dig", hung: "hang", stuck: "stick", swept: "sweep", spun: "spin",
  drank: "drink", forgave: "forgive", forgiven: "forgive",
  sprang: "spring", mistook: "mistake", bent: "bend",
  shone: "shine", oversaw: "oversee", foresaw: "foresee",
  // "freed" keeps its "-eed" under the stemmer, which takes "freeing" to "free".
  freed: "free",
};

/** Verbs whose past and participle are the verb itself ("they put it off", "prices were cut"). */
export const UNCHANGED_PAST_VERBS = new Set(["put", "set", "cut", "let", "hit", "shut", "quit", "spread", "cost", "hurt", "burst", "bet", "shed", "split"]);

/** Third-person pronouns that stand for someone or something named in the sentence before ("Mozilla Firefox, its main rival, …"). */
export const THIRD_PERSON_PRONOUNS = ["it", "its", "he", "his", "him", "she", "her", "they", "their", "them"];

/** Verbs after which "to" opens another verb ("told to prepare", "meant to represent"), not a recipient. */
export const TAKES_INFINITIVE = new Set(
  ("told asked ordered instructed directed meant supposed going planning planned trying tried expected required forced " +
    "made allowed permitted set scheduled designed intended urged encouraged hoping hoped wanted wanting needed needing " +
    "preparing prepared used sent chosen selected picked elected appointed invited").split(" "),
);

/** Words before examples of the noun they follow: "religions like Wicca", "gods, such as Zeus" ("such as" is read as two words). */
export const EXAMPLE_CUES = new Set(["like", "including", "especially", "notably", "namely", "particularly"]);

/** Auxiliaries that make a passive before a participle: "are thrown", "got hurt" (verbRoles.ts). */
export const PASSIVE_AUXILIARIES = new Set(["be", "is", "am", "are", "was", "were", "been", "being", "get", "got", "gets", "getting"]);
/** Possessive pronouns that open a noun phrase: "their robot". */
export const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my", "your"]);
/** Pronouns that open a relative clause: "the council, which approved …". */
export const RELATIVE_PRONOUNS = new Set(["which", "that", "who", "whom"]);
/** Pronouns that open only a relative clause, never what was said ("that" may): "the devices, which make noise painful". */
export const CLAUSE_RELATIVE_PRONOUNS = new Set(["which", "who", "whom", "whose"]);
/** Verbs too light to say what a question asks of them: "What did they get?" (verbRoles.ts). */
export const EMPTY_VERBS = new Set(["get", "do", "have", "be"]);
/** Particles between a verb and its object: "gave away the penalty". */
export const VERB_PARTICLES = new Set(["away", "out", "up", "off", "down", "back"]);
/** Words before a when-clause that tell what is not known or only said: "It is unclear when …" (relativeTime.ts). */
export const UNKNOWN_WHEN_CUES = ["unclear", "know", "known", "knows", "say", "said", "says", "asked", "ask", "decide", "decided", "sure", "certain", "exactly", "announce", "announced", "determine", "determined"];
/** Verbs that tie a person to an organisation: "Which bank does she work for?", "What company did he run?" (answerAffiliation.ts). */
export const AFFILIATION_VERBS = new Set(
  ("work works worked working run runs ran running lead leads led leading head heads headed heading chair chairs chaired " +
    "manage manages managed direct directs directed represent represents represented belong belongs belonged join joins joined play plays played " +
    "serve serves served own owns owned found founded coach coaches coached captain captains captained edit edits edited employ employs employed").split(" "),
);
/** Prepositions a question may end in, asking for their object: "Who are the troops working with?", "Which city did he smuggle goods into?". */
export const STRANDED_PREPOSITIONS = new Set(["with", "to", "for", "from", "against", "alongside", "beside", "about", "by", "into", "onto", "through", "across", "toward", "towards"]);
/** Particles a verb may keep before its stranded preposition: "Who was he substituted in for?", "What did they sign up for?". */
export const STRANDED_PARTICLES = new Set([...VERB_PARTICLES, "in", "on", "over"]);
