// Numbers: number words, and what a number measures and how questions ask for it.
// None of these lists names a person, number or phrase of any one article: they describe
// how news is written and how questions are asked. Imported through src/analysis/lexicon.ts.

/** Number words, each list in counting order (regexes are built from them in this order). */
export const DIGIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
export const TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
export const TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** One to ninety-nine's words in counting order: "one" … "nineteen", "twenty" … "ninety". */
export const CARDINAL_WORDS = [...DIGIT_WORDS, ...TEEN_WORDS, ...TENS_WORDS];

export const NUMBER_WORDS: Record<string, number> = Object.fromEntries([
  ["zero", 0],
  ...DIGIT_WORDS.map((w, i) => [w, i + 1]),
  ...TEEN_WORDS.map((w, i) => [w, i + 10]),
  ...TENS_WORDS.map((w, i) => [w, (i + 2) * 10]),
  ["hundred", 100], ["dozen", 12], ["a", 1],
]);

export const NUMBER_SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

// ——— Numbers: what a number measures and how questions ask for it ———

/**
 * How a modifier bounds the figure after it, for comparing two figures (a fact-check): "about
 * 5,000" either side of it, "over 5,000" above it, "under 5,000" below it, "nearly 5,000" just
 * below it. Modifiers not listed ("only", "just", none) leave the figure exact; "between" is a range.
 */
export const FIGURE_BOUNDS: Record<string, "approximate" | "above" | "below" | "just-below"> = {
  about: "approximate", around: "approximate", approximately: "approximate", roughly: "approximate",
  some: "approximate", "an estimated": "approximate", estimated: "approximate", "close to": "approximate",
  over: "above", "more than": "above", "at least": "above", "just over": "above", "well over": "above",
  under: "below", "less than": "below", "fewer than": "below", "up to": "below", "at most": "below",
  "as many as": "below", "as much as": "below", "as high as": "below",
  nearly: "just-below", almost: "just-below", "just under": "just-below",
};

/**
 * How a yes/no question sets a threshold for a figure: "more than 100 people", "weaker than
 * magnitude 6", "at least ten". Each word reads "above" or "below" the number after it
 * (with "than" and at most one word between: "magnitude").
 */
export const THRESHOLD_WORDS: Record<string, "above" | "below"> = {
  "at least": "above", more: "above", over: "above", above: "above", greater: "above", larger: "above", bigger: "above",
  higher: "above", stronger: "above", longer: "above", older: "above", heavier: "above", exceed: "above", exceeded: "above", exceeds: "above",
  "at most": "below", less: "below", fewer: "below", under: "below", below: "below", smaller: "below", lower: "below",
  weaker: "below", shorter: "below", younger: "below", lighter: "below",
};

/** Bounds that leave their figure out ("over 345" is more than 345, "at least 345" may be 345): "more than 345?" is answered by them. */
export const STRICT_FIGURE_BOUNDS = new Set(["over", "more than", "just over", "well over", "under", "less than", "fewer than"]);

/** What a figure counts when it counts anyone at all: a sentence may leave it unwritten ("killing 107" for "more than 100 people"). */
export const UNSPECIFIC_COUNTED = new Set(["people", "persons", "individuals"]);

/** Units of time, singular and plural: "48 hours", "an 11-year lull". */
export const TIME_UNITS = new Set(
  ("second seconds minute minutes hour hours day days week weeks fortnight fortnights month months " +
    "year years decade decades century centuries").split(" "),
);

/** Units of length, for distances, heights and depths: "2.5 km", "300 metres", "12 miles". */
/** Units that measure something other than a length or time: a number in them is told with its unit ("1.5 megawatts", "40 tonnes"). */
export const MEASURE_UNITS = new Set(
  ("watts kilowatts megawatts gigawatts horsepower kilowatt-hours megawatt-hours gigawatt-hours kwh mwh gwh twh joules calories " +
    "kilograms kilos kg grams tonnes tons pounds lbs ounces hectares acres square cubic mph kph knots barrels litres liters gallons degrees").split(" "),
);

export const LENGTH_UNITS = new Set(
  ("km kms kilometre kilometres kilometer kilometers metre metres meter meters m cm centimetre centimetres " +
    "centimeter centimeters mm millimetre millimetres millimeter millimeters mile miles foot feet ft yard yards " +
    "inch inches nautical").split(" "),
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

/** Participles of light verbs whose passive leaves the event to the words after them: "taken hostage", "made public", "given a medal", "put on trial", "kept in custody". */
export const LIGHT_PARTICIPLES = new Set("taken made given put done had kept got gotten".split(" "));

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

/**
 * Words that tell of things lost, taken or harmed, each with its other forms ("How many coins were
 * stolen?" … "the theft of 30 coins"): a figure whose sentence says nothing of such a loss never
 * answers a question that asks of one, however well its noun matches.
 */
export const LOSS_FAMILIES: ReadonlyArray<readonly string[]> = [
  "lose loses lost losing loss losses",
  "steal steals stole stolen stealing theft thefts",
  "destroy destroys destroyed destroying destruction demolish demolishes demolished demolishing demolition raze razes razed razing",
  "damage damages damaged damaging",
  "sink sinks sank sunk sinking",
  "burn burns burned burnt burning",
  "wreck wrecks wrecked",
  "seize seizes seized seizure",
  "confiscate confiscates confiscated confiscation",
  "smash smashes smashed",
  "waste wastes wasted",
  "spill spills spilled spilt",
].map((family) => family.split(" "));

/**
 * The words that say which dimension a length measures, by the adverb a question asks it with:
 * "how deep" is answered by "at a depth of 4,000 metres", "how high" by "an elevation of 345 feet".
 */
export const DIMENSION_WORDS: Record<string, string[]> = {
  deep: ["depth", "deep", "below", "beneath", "down"],
  high: ["height", "high", "tall", "elevation", "altitude", "above", "up"],
  tall: ["height", "high", "tall"],
  far: ["away", "distance", "far", "from", "north", "south", "east", "west", "off"],
  wide: ["width", "wide", "across", "diameter"],
  // "How long is the wall?" of "3 metres high and 40 metres long" (only lengths are weighed so: a span has no dimension).
  long: ["length", "long"],
};

/** Nouns that label the number of people present right before it: "Attendance: 78,011", "a crowd of 30,000". */
export const CROWD_LABELS = ["attendance", "crowd", "audience", "turnout"];

/** Nouns that name people: "how many people" is answered by "240 residents" or "12 civilians". */
export const PERSON_NOUNS = new Set(
  ("people persons individuals residents civilians villagers inhabitants citizens workers employees staff " +
    "students pupils children schoolchildren kids adults men women boys girls patients passengers victims " +
    "refugees migrants protesters demonstrators voters visitors tourists fans members families survivors " +
    "casualties fatalities prisoners detainees hostages soldiers troops officers miners fishermen farmers " +
    "doctors nurses teachers journalists athletes participants respondents volunteers pilgrims worshippers " +
    "worshipers believers followers spectators players competitors delegates scientists researchers marines " +
    "sailors airmen inmates evacuees mourners shoppers commuters pedestrians drivers crew " +
    "teenagers youths guests attendees parishioners rioters militants fighters rebels").split(" "),
);

/**
 * What a count question may ask by a general noun that the article counts by a narrower one:
 * "how many troops" is answered by "3,500 Marines and sailors", "how many planes" by "150
 * aircraft". Keys and members are plural nouns as written; "people" takes every person noun.
 */
export const COUNTED_KINDS: Record<string, string[]> = {
  troops: ["marines", "sailors", "airmen", "soldiers", "servicemen", "servicewomen", "paratroopers", "reservists", "commandos", "guardsmen"],
  planes: ["aircraft", "jets", "airplanes", "aeroplanes", "airliners", "flights"],
  aircraft: ["planes", "jets", "helicopters", "airplanes", "aeroplanes", "airliners", "drones"],
  ships: ["vessels", "boats", "warships", "ferries", "tankers", "frigates", "destroyers", "carriers"],
  boats: ["vessels", "ships", "ferries", "yachts", "dinghies"],
  vehicles: ["cars", "trucks", "lorries", "buses", "vans", "tanks", "jeeps"],
  monkeys: ["macaques", "baboons", "marmosets", "chimpanzees"],
  animals: ["monkeys", "macaques", "mice", "rats", "hamsters", "ferrets", "rabbits", "dogs", "cats", "cattle", "cows", "sheep", "pigs", "horses", "birds", "chickens", "animals"],
  buildings: ["homes", "houses", "schools", "hospitals", "churches", "mosques", "shops", "offices", "apartments"],
  homes: ["houses", "dwellings", "apartments", "flats"],
  houses: ["homes", "dwellings"],
  weapons: ["guns", "rifles", "missiles", "rockets", "bombs"],
  countries: ["nations", "states"],
  // "How many children did he leave?" is answered by "two sons and one daughter".
  children: ["sons", "daughters", "boys", "girls"],
  grandchildren: ["grandsons", "granddaughters"],
  siblings: ["brothers", "sisters"],
  nations: ["countries", "states"],
  // A dimension asked with "how much" is answered by a number in one of its units: "how much power" → "1.5 megawatts".
  power: ["watts", "kilowatts", "megawatts", "gigawatts", "horsepower"],
  electricity: ["kilowatts", "megawatts", "gigawatts", "kilowatt-hours", "megawatt-hours", "gigawatt-hours", "kwh", "mwh", "gwh", "twh"],
  energy: ["kilowatt-hours", "megawatt-hours", "gigawatt-hours", "kwh", "mwh", "gwh", "twh", "joules", "calories"],
  weight: ["kilograms", "kilos", "kg", "grams", "tonnes", "tons", "pounds", "lbs", "ounces"],
  area: ["hectares", "acres", "square"],
  land: ["hectares", "acres", "square"],
  speed: ["mph", "kph", "knots"],
  rain: ["millimetres", "millimeters", "mm", "inches", "centimetres", "centimeters", "cm"],
  rainfall: ["millimetres", "millimeters", "mm", "inches", "centimetres", "centimeters", "cm"],
  oil: ["barrels", "litres", "liters", "gallons", "tonnes"],
  water: ["litres", "liters", "gallons", "cubic"],
  volume: ["litres", "liters", "gallons", "cubic", "barrels"],
  capacity: ["litres", "liters", "gallons", "cubic", "barrels", "megawatts", "gigawatts", "seats", "beds"],
};

/** Nouns for the people an event befell: "how many victims" is answered by "killing 12 people" or "85 were injured". */
export const EVENT_PEOPLE_NOUNS = new Set(("victims casualties fatalities dead deaths injuries injured wounded").split(" "));

/** Words after a number that say where the counted things are, not what they are: "10,000 aboard ships", "3,000 ashore". */
export const PLACE_ADVERBS = new Set("aboard ashore abroad overseas inside outside nationwide worldwide onboard offshore including".split(" "));

/** Counted nouns a list of names answers ("Sudan, Iran, Libya and Yemen" are four countries), besides the nouns naming people. */
export const NAMED_KINDS = new Set(("countries nations states cities towns provinces regions teams clubs companies firms " +
  "parties groups organisations organizations agencies universities schools newspapers brands airlines banks").split(" "));
