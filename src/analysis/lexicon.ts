// General English and news-writing word lists the analysis relies on. None of them names a
// person, number or phrase of any one article: they describe how news is written.

/** Abbreviations whose period does not end a sentence. Lowercase, without the final period. */
export const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cmdr",
  "adm", "sgt", "cpl", "pvt", "rep", "sen", "gov", "pres", "amb", "rev", "hon", "gov", "supt", "insp",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vs", "v", "etc", "approx", "est", "inc", "corp", "ltd", "co", "dept", "univ", "assn",
  "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "a.m", "p.m", "i.e", "e.g", "ph.d",
]);

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

/** Informal spellings seen in chat, mapped to the word meant. */
export const CHAT_SPELLINGS: Record<string, string> = {
  wat: "what", wht: "what", wot: "what", r: "are", u: "you", ur: "your", abt: "about", bout: "about",
  ppl: "people", govt: "government", gov: "government", yrs: "years", yr: "year", pls: "please",
  plz: "please", thx: "thanks", w: "with", b4: "before", whn: "when", hw: "how", wher: "where",
  mil: "military", admin: "administration", prez: "president", potus: "president", us: "us",
};

/**
 * Words that mean the same thing in news about armed forces, diplomacy and politics. Each
 * group is reduced to its first word, so a question and a sentence meet whatever word each
 * chose. Kept small and general on purpose; wrong merges cost more than missing ones.
 */
export const SYNONYM_GROUPS: string[][] = [
  ["troops", "troop", "soldiers", "soldier", "forces", "force", "servicemembers", "personnel", "military", "army", "boots"],
  ["withdrawal", "withdraw", "withdrawing", "withdrew", "pullout", "pull-out", "drawdown", "draw-down", "exit", "leave", "leaving", "departure", "pulling", "pull", "retreat"],
  ["reduce", "reduction", "cut", "cuts", "drop", "decrease", "lower", "shrink", "trim", "down"],
  ["increase", "boost", "raise", "rise", "surge", "expand"],
  ["killing", "killed", "kill", "assassination", "assassinated", "death", "died", "slain", "strike"],
  ["attack", "attacks", "attacked", "attacking", "targeted", "target", "strikes", "shelling", "assault", "rocket", "mortar"],
  ["base", "bases", "installation", "installations", "facility", "facilities", "camp", "camps", "garrison"],
  ["deployed", "deploy", "deployment", "stationed", "based", "posted"],
  ["talks", "discussions", "discussion", "negotiations", "dialogue", "meeting", "meetings"],
  ["say", "said", "says", "told", "remarks", "comments", "comment", "statement", "noted", "added", "replied", "speak", "spoke", "speaking", "spoken"],
  ["parliament", "legislature", "lawmakers", "congress", "assembly"],
  ["president", "presidents"],
  ["presence", "stay", "remain", "maintain", "keep", "kept", "keeping"],
  ["relations", "relationship", "ties"],
  ["expect", "expected", "expects", "predict", "predicted", "anticipate", "foresee"],
  ["reason", "purpose", "why", "mission"],
  ["command", "commander", "commands", "commanded", "lead", "leads", "head", "heads", "chief"],
  ["cost", "costs", "price", "spending", "budget", "expense"],
];

/** Demonyms and short forms to the country they name. */
export const PLACE_ALIASES: Record<string, string> = {
  american: "us", americans: "us", "u.s.": "us", usa: "us", america: "us", "united states": "us",
  iraqi: "iraq", iraqis: "iraq", iranian: "iran", iranians: "iran", afghan: "afghanistan", afghans: "afghanistan",
  syrian: "syria", syrians: "syria", german: "germany", germans: "germany", british: "uk", britain: "uk",
  "u.k.": "uk", french: "france", russian: "russia", russians: "russia", chinese: "china", israeli: "israel",
  turkish: "turkey", kuwaiti: "kuwait", saudi: "saudi", somali: "somalia", malian: "mali", nigerien: "niger",
  polish: "poland", japanese: "japan", korean: "korea", spanish: "spain", estonian: "estonia", jordanian: "jordan",
  qatari: "qatar", ukrainian: "ukraine", ukrainians: "ukraine", european: "europe", nato: "nato",
};

/** Verbs that introduce what someone said, reported or believes. Base and inflected forms. */
export const REPORTING_VERBS = new Set(
  ("said says say told tells added adds noted notes stated states replied replies responded responds " +
    "answered answers explained explains expected expects reported reports announced announces warned warns " +
    "insisted insists claimed claims argued argues stressed stresses emphasized emphasised emphasizes " +
    "confirmed confirms denied denies declared declares wrote writes tweeted tweets urged urges " +
    "predicted predicts acknowledged acknowledges admitted admits estimated estimates suggested suggests " +
    "believes believed pledged pledges promised promises vowed vows cautioned cautions disclosed revealed " +
    "maintained maintains contended observed remarked recalled concluded indicated indicates " +
    "reiterated reiterates underscored conceded called calls").split(" "),
);

/** Words that head a title or a role: "Secretary of State", "Prime Minister", "press secretary". */
export const ROLE_HEADS = new Set(
  ("president vice-president minister secretary commander general gen. admiral adm. colonel col. lieutenant " +
    "lt. major captain sergeant chief director spokesman spokeswoman spokesperson ambassador envoy senator " +
    "sen. representative rep. governor gov. mayor chairman chairwoman chair speaker leader king queen prince " +
    "princess emperor chancellor premier ceo official officer adviser advisor diplomat attorney judge justice " +
    "deputy undersecretary under-secretary head analyst professor prof. dr. editor correspondent " +
    "gen lt col adm dr sen rep gov prof sgt capt maj cmdr").split(" "),
);

/** Words that qualify a role without being a name: "acting", "former", "Defense". */
export const ROLE_MODIFIERS = new Set(
  ("acting former deputy vice under top senior chief interim assistant associate executive prime " +
    "foreign defense defence state national press").split(" "),
);

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORGANISATION_HEADS = new Set(
  ("times post journal news agency press reuters xinhua tass ap afp bbc cnn house pentagon ministry " +
    "department command force forces corps army navy guard guards council parliament congress senate " +
    "committee commission party union nations organization organisation government administration office " +
    "bank university institute center centre group company inc corp court coalition alliance nato state " +
    "states republic kingdom assembly cabinet embassy police service services network channel broadcasting " +
    "foundation fund authority bureau staff chiefs").split(" "),
);

/** Capitalised words that begin sentences or name times, never people. */
export const NOT_NAMES = new Set(
  ("the a an this that these those it its he she they we i you his her their our my your there here " +
    "monday tuesday wednesday thursday friday saturday sunday january february march july " +
    "september october november december feb apr jun jul aug sep sept oct nov dec " +
    "currently citing speaking pressed asked according meanwhile however but and or so yet in on at by for " +
    "with from after before during while when where what who why how if as since until despite earlier later " +
    "last next" ).split(" "),
);

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, a: 1,
};

export const NUMBER_SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

export const MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Irregular verb forms to their base, so "met" meets "meet", "shot" meets "shoot" (stemming leaves these apart). */
export const IRREGULAR_VERBS: Record<string, string> = {
  met: "meet", shot: "shoot", fought: "fight", found: "find", gave: "give", given: "give", took: "take", taken: "take",
  made: "make", went: "go", gone: "go", came: "come", saw: "see", seen: "see", began: "begin", begun: "begin",
  grew: "grow", grown: "grow", rose: "rise", risen: "rise", fell: "fall", fallen: "fall", won: "win", lost: "lose",
  held: "hold", sent: "send", spent: "spend", built: "build", bought: "buy", brought: "bring", caught: "catch",
  chose: "choose", chosen: "choose", drew: "draw", drawn: "draw", knew: "know", known: "know", led: "lead", paid: "pay",
  ran: "run", sold: "sell", stood: "stand", struck: "strike", thought: "think", wrote: "write", written: "write",
  kept: "keep", felt: "feel", heard: "hear", broke: "break", broken: "break", flew: "fly", flown: "fly",
  threw: "throw", thrown: "throw", became: "become", got: "get", gotten: "get", hid: "hide", hidden: "hide",
  spoke: "speak", spoken: "speak", stole: "steal", stolen: "steal", fled: "flee", sought: "seek", taught: "teach",
  ate: "eat", eaten: "eat", forgot: "forget", forgotten: "forget", lent: "lend", lit: "light", shut: "shut",
};

/**
 * Wordings of one meaning that a question and a sentence use for the same event, for checking
 * whether a sentence says what a yes/no question asks. Phrases are matched as written (lowercase).
 */
export const ALIGNMENT_SYNONYMS: string[][] = [
  ["retaliate", "retaliated", "retaliates", "retaliating", "retaliation", "fire back", "fired back", "shoot back", "shot back", "hit back", "strike back", "struck back", "return fire", "returned fire", "returning fire"],
  ["injure", "injured", "injures", "injury", "injuries", "hurt", "wounded", "wound", "wounds", "wounding"],
  ["kill", "killed", "kills", "killing", "death", "deaths", "dead", "die", "died", "dies", "fatality", "fatalities"],
  ["only", "alone", "sole", "solely"],
  ["support", "supported", "supports", "favour", "favor", "favoured", "favored", "favours", "favors"],
  ["exclude", "left out", "leave out", "leaves out", "leaving out", "kept out"],
];

/** Pairs of word groups that say the opposite of each other: "grown" against "a decrease", "included" against "excluded". */
export const OPPOSITES: Array<[string[], string[]]> = [[
  ["increase", "increased", "increases", "increasing", "grow", "grew", "grown", "grows", "growth", "rise", "rose", "risen", "rises", "gain", "gained", "climb", "climbed", "higher"],
  ["decrease", "decreased", "decreases", "decreasing", "decline", "declined", "declines", "declining", "drop", "dropped", "fall", "fell", "fallen", "falls", "shrink", "shrank", "lower", "lowered", "reduction", "reduced"],
], [
  ["include", "included", "includes", "including", "inclusion"],
  ["exclude", "excluded", "excludes", "excluding", "exclusion"],
]];

/**
 * What negates the clause it stands in, before the thing it negates: "not", "no injuries",
 * "few if any manufacturers", "mistakenly thought" (a belief the writer says is wrong).
 * Phrases first: they are read before single words.
 */
export const NEGATION_PHRASES = ["few if any", "no longer", "failed to", "fails to", "fail to", "refused to", "refuses to", "declined to", "unable to", "rather than", "instead of", "none of", "lack of", "absence of", "ruled out"];
export const NEGATION_WORDS = new Set(
  ("not no never none neither nor without nobody nothing nowhere hardly barely scarcely seldom rarely few " +
    "mistakenly wrongly falsely erroneously lacks lacked lacking").split(" "),
);
/** Phrases with a negative word that do not negate: "not only … but also", "no doubt". */
export const NOT_NEGATIONS = ["not only", "not just", "not least", "no doubt", "no less than", "no fewer than", "no more than", "none other than", "nothing but", "a few"];

/** Words that leave a statement open: a yes/no answer cannot rest on them unless the question is as open. */
export const HEDGE_WORDS = new Set("may might could possibly perhaps allegedly reportedly if unless whether probably likely".split(" "));

/** Words of a yes/no question that say nothing about what is asked. */
export const YES_NO_FILLERS = new Set("anybody anyone anything somebody someone something actually really ever indeed truly true".split(" "));

/** Nouns that describe a person, beyond titles (ROLE_HEADS): "coauthor Colette Heald", "a 14-year-old student". */
export const PERSON_NOUNS = new Set(
  ("student academic researcher scientist author coauthor co-author founder co-founder cofounder curator teacher boy girl man " +
    "woman teen teenager guest member resident worker engineer doctor nurse lawyer activist artist photographer " +
    "journalist reporter writer economist expert owner manager candidate citizen victim survivor witness farmer " +
    "soldier coach player actor singer musician designer architect historian scholar lecturer fellow graduate intern " +
    "employee volunteer organiser organizer colleague partner businessman businesswoman entrepreneur politician " +
    "lawmaker legislator mother father son daughter wife husband brother sister friend child kid pupil researcher " +
    "physician surgeon psychologist biologist chemist physicist astronomer engineer pilot captain commander " +
    "co-chair chairperson founder president secretary minister spokesman spokeswoman spokesperson director head " +
    "leader chief officer official adviser advisor professor analyst editor correspondent ambassador envoy").split(" "),
);

/** Words that restrict a statement to less than all ("added to only 10 per cent", "had only seen it in photos"). */
export const RESTRICTION_WORDS = new Set("only just merely solely".split(" "));
/** Words by which a question asks about all of something ("all salt", "every school"). */
export const UNIVERSAL_WORDS = new Set("all every each entire whole always everyone everybody everything".split(" "));
