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
  plz: "please", thx: "thanks", w: "with", b4: "before", whn: "when", wen: "when", hw: "how", wher: "where",
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
  ["reduce", "reduction", "cut", "cuts", "drop", "decrease", "decline", "declined", "declines", "fall", "falls", "lower", "shrink", "trim", "down"],
  ["increase", "boost", "raise", "rise", "surge", "expand"],
  ["killing", "killed", "kill", "assassination", "assassinated", "death", "died", "die", "dies", "dying", "slain", "strike"],
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
];

/** Words that open a cause or purpose clause: what a "why" question is answered with. */
export const CAUSE_CUES = [
  "because of", "because", "due to", "owing to", "thanks to", "as a result of", "in response to", "in order to", "so that",
  "aimed at", "intended to", "designed to", "meant to", "in an effort to", "in a bid to", "after", "following", "since",
  "caused by", "led to", "blamed on", "attributed to", "based on", "for fear", "amid", "so as to", "to ensure", "to help",
  "to support", "to prevent", "to protect", "to avoid", "to reduce", "to allow", "to stop", "to make sure", "for the purpose of",
];

/**
 * Two-word verbs read as the one word that means the same ("left out" is "excluded"), applied
 * to questions and sentences alike before matching. General English, longest first.
 */
export const PHRASAL_VERBS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:leave|leaves|leaving|left) out\b/g, "excluded"],
  [/\b(?:come|comes|came|coming) up with\b/g, "created"],
  [/\b(?:set|sets|setting) up\b/g, "created"],
  [/\b(?:shoot|shoots|shot|shooting|fire|fired|fires|firing|hit|hits|strike|strikes|struck) back\b/g, "retaliated"],
  [/\b(?:get|gets|got|getting) ready\b/g, "prepare"],
  [/\b(?:carry|carries|carried|carrying) out\b/g, "conducted"],
  [/\b(?:look|looks|looked|looking) (?:at|into)\b/g, "studied"],
  [/\b(?:find|finds|found|finding) out\b/g, "learned"],
  [/\b(?:turn|turns|turned|turning) down\b/g, "rejected"],
  [/\b(?:call|calls|called|calling) off\b/g, "cancelled"],
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
};

/** A sentence saying outright that no date was given: "gave no detailed timeline", "did not say when". */
export const NO_DATE_GIVEN = /\bno (?:detailed |clear |specific |firm |fixed |set )?(?:timeline|timetable|date|deadline|schedule|time ?frame)\b|\b(?:did not|didn't|would not|wouldn't|declined to|refused to|could not|couldn't) (?:say|give|set|specify|name) (?:when|a date|a timeline|a timetable|a deadline)\b/i;

/** Verbs asking for one end of a span: "when does the exhibit close?" wants its last day, "when does it open?" its first. */
export const BOUNDARY_VERBS: Record<string, "first" | "last"> = Object.fromEntries([
  ...["close", "closes", "closing", "end", "ends", "ending", "finish", "finishes", "conclude", "concludes", "expire", "expires", "until"].map((w) => [w, "last"]),
  ...["open", "opens", "opening", "begin", "begins", "start", "starts", "launch", "launches", "commence", "commences"].map((w) => [w, "first"]),
]);

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
    "reiterated reiterates underscored conceded called calls commented comments asserted asserts " +
    "described describes").split(" "),
);

/** Reporting verbs that are also plural nouns: after "his", "the", "their" they are nouns ("his urgent calls"). */
export const NOUN_LIKE_REPORTING_VERBS = new Set(
  "calls claims reports notes states tweets promises answers estimates replies comments pledges vows warns descriptions".split(" "),
);

/** Words that head a title or a role: "Secretary of State", "Prime Minister", "press secretary". */
export const ROLE_HEADS = new Set(
  ("president vice-president minister secretary commander general gen. admiral adm. colonel col. lieutenant " +
    "lt. major captain sergeant chief director spokesman spokeswoman spokesperson ambassador envoy senator " +
    "sen. representative rep. governor gov. mayor chairman chairwoman chair speaker leader king queen prince " +
    "princess emperor chancellor premier ceo official officer adviser advisor diplomat attorney judge justice " +
    "deputy undersecretary under-secretary head analyst professor prof. dr. editor correspondent " +
    "gen lt col adm dr sen rep gov prof sgt capt maj cmdr mr mrs ms miss mr. mrs. ms. cfo coo cto treasurer curator").split(" "),
);

/** Forms of address: they mark a person's name but are no role ("Mr Key", "Ms Lee"). */
export const HONORIFICS = new Set("mr mrs ms miss mx mr. mrs. ms.".split(" "));

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
    "foundation fund authority bureau staff chiefs herald tribune gazette chronicle telegraph guardian " +
    "courier observer examiner inquirer bulletin magazine radio television tv daily district school college " +
    "academy museum gallery hospital library society association club league studio laboratory project " +
    "program programme study survey fair festival conference summit initiative campaign airport railway " +
    "corporation partnership trust exchange").split(" "),
);

/** Last words of capitalised names of days, events, laws and documents: never a person ("Waitangi Day"). Not "park": a common surname. */
export const THING_HEADS = new Set(
  ("day week month year war act law bill treaty accord agreement plan policy prize award awards cup games " +
    "olympics championship election elections referendum declaration convention protocol doctrine strategy " +
    "report index tower bridge street road avenue square river lake mountain island islands valley " +
    "ocean sea bay coast desert").split(" "),
);

/** Capitalised words that begin sentences or name times, never people. */
export const NOT_NAMES = new Set(
  ("the a an this that these those it its he she they we i you his her their our my your there here " +
    "monday tuesday wednesday thursday friday saturday sunday january february march july " +
    "september october november december feb apr jun jul aug sep sept oct nov dec " +
    "currently citing speaking pressed asked according meanwhile however but and or so yet in on at by for " +
    "with from after before during while when where what who why how if as since until despite earlier later " +
    "last next yesterday today tomorrow tonight both either neither" ).split(" "),
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
/** Days known by a name: [month index, day, year when it is one day in history]. */
export const NAMED_DATES: Record<string, [month: number, day: number, year?: number]> = {
  "9/11": [8, 11, 2001], "new year's day": [0, 1], "new year's eve": [11, 31], "christmas day": [11, 25],
  "christmas eve": [11, 24], christmas: [11, 25], "valentine's day": [1, 14], halloween: [9, 31],
};

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

// ——— Numbers: what a number measures and how questions ask for it ———

/** Units of time, singular and plural: "48 hours", "an 11-year lull". */
export const TIME_UNITS = new Set(
  ("second seconds minute minutes hour hours day days week weeks fortnight fortnights month months " +
    "year years decade decades century centuries").split(" "),
);

/** Currency words after a number: "26 million dollars". */
export const CURRENCY_WORDS = new Set(
  ("dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees franc francs peso pesos " +
    "rouble roubles ruble rubles won cent cents krona kronor krone kroner rand real reais shekel shekels " +
    "dinar dinars riyal riyals dirham dirhams lira lire").split(" "),
);

/** Nouns that measure out something else: "10,000 pieces of equipment", "160 loads of materiel". */
export const PARTITIVE_NOUNS = new Set(
  ("pieces piece loads load tons tonnes ton tonne barrels barrel rounds gallons litres liters kilograms " +
    "kilos pounds items units bags boxes cases containers truckloads shipments pallets crates sacks bottles " +
    "doses vials acres hectares cubic square metres meters miles kilometres kilometers cups grams " +
    "sorts kinds types species varieties groups teams rows pairs sets copies").split(" "),
);

/** Plural nouns that don't end in -s: where a counted noun phrase ends. */
export const IRREGULAR_PLURALS = new Set(
  ("people children schoolchildren men women police personnel staff cattle sheep fish deer aircraft " +
    "feet teeth mice geese crew").split(" "),
);

/** Common verb forms without -ed or -ing: a counted noun phrase ends before them ("15 shells fell"). */
export const COMMON_VERBS = new Set(
  ("went gone took taken gave given made came got gotten fell fallen left held kept ran run saw seen " +
    "told found thought brought bought caught sent spent stood sat lost won rose risen grew grown " +
    "began begun became become struck hit put set cut shot fled fought led met paid read knew known " +
    "built dug drew drawn flew flown hung lay laid meant overtook sold shut slept spoke spoken stole " +
    "swam threw thrown wore worn wrote written remain remains live lived die died are is was were " +
    "be been have has had will would could can may might must shall should do does did").split(" "),
);

/** Verbs that say little about the event ("took part", "did", "went"): question words that need not be in the answer's sentence. */
export const LIGHT_VERBS = new Set(
  ("take takes took taken taking part get gets got gotten getting make makes made making go goes went gone " +
    "going come comes came coming give gives gave given giving put puts have has had having do does did " +
    "done use uses used using keep kept there exist exists existed total altogether overall currently " +
    "now today so far").split(" "),
);

/** Ordinal words up to twentieth ("first" is left out: in news it orders rather than counts). */
export const ORDINAL_WORDS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/** Fractions by their denominator word: "one-third", "a quarter", "two-fifths". */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5,
  fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};

/** What happens to the people a number counts: "4,500 troops have been killed" counts the dead, not the troops there. */
export const EVENT_WORDS = new Set(
  ("killed kill killing died die dead deaths death injured injuries wounded hurt arrested detained evacuated " +
    "captured displaced missing executed rescued deported infected hospitalised hospitalized sickened " +
    "fired sacked dismissed convicted charged sentenced kidnapped abducted freed released").split(" "),
);

/** Nouns that name people: "how many people" is answered by "240 residents" or "12 civilians". */
export const PERSON_NOUNS = new Set(
  ("people persons individuals residents civilians villagers inhabitants citizens workers employees staff " +
    "students pupils children schoolchildren kids adults men women boys girls patients passengers victims " +
    "refugees migrants protesters demonstrators voters visitors tourists fans members families survivors " +
    "casualties fatalities prisoners detainees hostages soldiers troops officers miners fishermen farmers " +
    "doctors nurses teachers journalists athletes participants respondents volunteers").split(" "),
);


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
export const PERSON_DESCRIPTIONS = new Set(
  ("student academic researcher scientist author athlete publisher songwriter coauthor co-author founder co-founder cofounder curator teacher boy girl man " +
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
