// Names: roles and titles, organisations, places, and words that are never a person's name.
// None of these lists names a person, number or phrase of any one article: they describe
// how news is written and how questions are asked. Imported through src/analysis/lexicon.ts.

import { monthAbbreviations, MONTHS, MONTHS_ALSO_NAMES, WEEKDAYS } from "./times.ts";

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

/** Verbs whose doer holds a role over what they act on: "who heads the union" is the head of the union. */
export const ROLE_OF_VERB: Record<string, string> = {
  head: "head", lead: "leader", chair: "chair", own: "owner", direct: "director", found: "founder", "co-found": "co-founder",
  manage: "manager", coach: "coach", edit: "editor", represent: "representative", govern: "governor", command: "commander",
  captain: "captain", organise: "organiser", organize: "organizer", coordinate: "coordinator", supervise: "supervisor",
};

/** Words that head a title or a role: "Secretary of State", "Prime Minister", "press secretary". */
export const ROLE_HEADS = new Set(
  ("president vice-president minister secretary commander general gen. admiral adm. colonel col. lieutenant " +
    "lt. major captain sergeant chief director spokesman spokeswoman spokesperson ambassador envoy senator " +
    "sen. representative rep. governor gov. mayor chairman chairwoman chair speaker leader king queen prince " +
    "princess emperor chancellor premier ceo official officer adviser advisor diplomat attorney judge justice " +
    "deputy undersecretary under-secretary head analyst professor prof. dr. editor correspondent " +
    "gen lt col adm dr sen rep gov prof sgt capt maj cmdr mr mrs ms miss mr. mrs. ms. cfo coo cto treasurer curator " +
    // Callings news writes before a name as a title: "singer Ann Lee", "Author Tom Roe".
    "singer songwriter actor actress author writer lawyer rapper musician historian campaigner entrepreneur photographer poet comedian " +
    "councillor councilor alderman " +
    // Offices and trades written as titles too: "Prosecutor Ann Roe", "Engineer Tom Lee", "Detective Ida Berg". Not "commissioner",
    // "inspector", "manager": capitalised inside a body's name ("High Commissioner for Refugees, Ann Roe") they cut the name in two.
    "prosecutor engineer detective superintendent coach architect researcher pastor bishop archbishop rabbi imam administrator").split(" "),
);

/** Forms of one role that differ only by the holder's sex, by an older or newer word, or by the title's abbreviation: "the spokesman" asks for a spokesperson, "the doctor" for "Dr.". */
export const ROLE_VARIANTS: ReadonlyArray<readonly string[]> = [
  ["spokesman", "spokeswoman", "spokesperson"],
  ["chairman", "chairwoman", "chairperson", "chair"],
  ["congressman", "congresswoman"],
  ["councilman", "councilwoman", "councillor", "councilor"],
  ["policeman", "policewoman"],
  ["businessman", "businesswoman"],
  ["sportsman", "sportswoman"],
  ["anchorman", "anchorwoman", "anchor"],
  ["headmaster", "headmistress", "headteacher"],
  ["actor", "actress"],
  // A title the article writes abbreviated before a name ("Dr. Ann Roe", "Col. Jo Lee"): "the doctor" asks for it.
  ["doctor", "dr"],
  ["professor", "prof"],
  ["colonel", "col"],
  ["major", "maj"],
  ["captain", "capt"],
  ["lieutenant", "lt"],
  ["sergeant", "sgt"],
  ["general", "gen"],
  ["governor", "gov"],
  ["senator", "sen"],
  ["representative", "rep"],
  ["superintendent", "supt"],
  ["inspector", "insp"],
  ["admiral", "adm"],
  ["commander", "cmdr"],
];

/** Every form of a role word ("gen" → general, gen; "spokesman" → spokesman, spokeswoman, spokesperson); the word alone when it has no other. */
export function roleVariants(word: string): readonly string[] {
  const bare = word.replace(/\.$/, "");
  return ROLE_VARIANTS.find((v) => v.includes(bare)) ?? [bare];
}

/** Forms of address: they mark a person's name but are no role ("Mr Key", "Ms Lee"). */
export const HONORIFICS = new Set("mr mrs ms miss mx mr. mrs. ms.".split(" "));

/** Endings that make a capitalised word with a hyphen describe a name rather than begin it: "the Ottawa-born Khadr", "the London-based Acme Bank", "a US-backed militia". */
export const DESCRIBING_HYPHEN_ENDINGS = ["born", "based", "bred", "raised", "led", "backed", "owned", "funded", "run", "made"];

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
    "bank university institute institutes laboratory laboratories center centre group company inc corp court coalition alliance nato state " +
    "states republic kingdom assembly cabinet embassy police service services network channel broadcasting " +
    "foundation fund authority bureau staff chiefs herald tribune gazette chronicle telegraph guardian " +
    "courier observer examiner inquirer bulletin magazine radio television tv daily district school college " +
    "academy museum gallery hospital library society association club league studio laboratory project " +
    "program programme study survey fair festival conference summit initiative campaign airport railway " +
    "corporation partnership trust exchange partners holdings associates industries enterprises ventures " +
    "capital solutions technologies systems labs pharmaceuticals consulting airlines motors " +
    // Bodies that oversee or rule: "the National Transportation Safety Board", "the Employment Appeal Tribunal".
    "board tribunal directorate inspectorate secretariat federation confederation " +
    // Words that end the names of charities and movements.
    "movement charity mission").split(" "),
);

/** Last words of capitalised names of days, events, laws and documents: never a person ("Waitangi Day"). Not "park": a common surname. */
export const THING_HEADS = new Set(
  ("day week month year war act law bill treaty accord agreement plan policy prize award awards cup games " +
    "olympics championship election elections referendum declaration convention protocol doctrine strategy " +
    "report index tower bridge street road avenue square river lake mountain island islands valley " +
    "ocean sea bay coast desert exercise operation programme program project initiative summit conference " +
    "festival tournament festival expo exhibition survey study mission campaign").split(" "),
);

/**
 * Verbs of what a person does, beyond the verbs of saying (REPORTING_VERBS): after a capitalised
 * pair whose last word is a thing's head ("Nathan Law earned", "Ann Bay resigned"), they show a person.
 */
export const PERSON_ACTION_VERBS = new Set(
  ("earned earns won wins lost loses defeated defeats beat beats died dies resigned resigns joined joins " +
    "thanked thanks met meets visited visits smiled laughed married retired founded leads led became " +
    "becomes ran runs campaigned voted votes graduated studied studies apologised apologized travelled traveled").split(" "),
);

/** Words before a capitalised phrase that make it a thing, not a person: "the Election Law", "under Martial Law". */
export const THING_DETERMINERS = new Set("the a an this that its their his her our under new proposed".split(" "));

/** Last words of capitalised place names that no place list holds: "Kowloon West", "Palm Springs", "Crown Heights". */
export const PLACE_NAME_ENDINGS = new Set("west east north south central springs heights".split(" "));

/** Points of the compass, as they stand before a part of a place ("the south coast of Norland"). */
export const COMPASS_WORDS = (
  "north south east west northern southern eastern western central northeast northwest southeast southwest " +
  "north-east north-west south-east south-west northeastern northwestern southeastern southwestern far upper lower"
).split(" ");
/** Lowercase nouns for a part of a named place: "on the coast of Vella", "on the outskirts of Lyon", "in the north of England". */
export const PLACE_PART_NOUNS = (
  "coast coastline island islands outskirts border borders shore shores bank banks north south east west northeast northwest " +
  "southeast southwest centre center heart edge foot suburbs suburb region province state city town village county district " +
  "capital mouth tip peninsula gulf bay waters sea"
).split(" ");

/** Common nouns that name a place something happens at: "at his home", "in a jail of the Ministry", "on a beach owned by …", "outside parliament". */
export const COMMON_PLACE_NOUNS = (
  "home house flat apartment residence hospital clinic jail prison cell court courthouse courtroom school university " +
  "campus office headquarters embassy consulate hotel restaurant bar club church mosque temple synagogue cathedral " +
  "beach port harbour harbor airport station base camp site field stadium arena park square street road highway " +
  "village town city island coast border farm factory plant mine ship vessel facility compound building museum gallery " +
  "institute laboratory laboratories lab observatory college academy centre center parliament palace hall market cemetery"
).split(" ");

/** Letters after a person's name, in commas: "Ann Roe, QC,", "Tom Lee, MP," — a rank or degree, never an organisation. */
/** Lowercase words inside a place's name in Spanish, Portuguese, French, Italian, Dutch or German ("Plaza de la Ciudadanía", "Rio de Janeiro"). */
export const NAME_PARTICLES = ["de", "del", "la", "las", "los", "da", "do", "dos", "di", "du", "le", "van", "von", "der"] as const;

export const POST_NOMINALS = new Set("QC KC SC MP MSP MEP MLA MD PhD OBE MBE CBE KBE DBE AO AC AM OAM FRS Jr Sr".split(" "));

/**
 * What a rank after a name says a person is, for questions that ask by profession: "Ann Roe, SC"
 * is a barrister, so "What did the defence lawyer say?" may mean her.
 */
export const POST_NOMINAL_ROLES: Record<string, string> = {
  QC: "barrister lawyer counsel", KC: "barrister lawyer counsel", SC: "barrister lawyer counsel",
  MP: "member of parliament lawmaker", MSP: "member of parliament lawmaker", MEP: "member of parliament lawmaker", MLA: "member of the legislative assembly lawmaker",
  MD: "doctor physician",
};

/** Capitalised words that begin sentences or name times, never people. */
export const NOT_NAMES = new Set([
  ...("the a an this that these those it its he she they we i you his her their our my your there here " +
    "currently citing speaking pressed asked according meanwhile however but and or so yet in on at by for " +
    "with from after before during while when where what who why how if as since until despite earlier later " +
    "last next yesterday today tomorrow tonight both either neither then also still now once instead").split(" "),
  ...WEEKDAYS,
  ...[...MONTHS, ...monthAbbreviations()].filter((w) => !MONTHS_ALSO_NAMES.includes(w)),
]);

/** Nouns that say what an organisation is, beyond the heads of names (ORGANISATION_HEADS): "the Internet security firm Secunia.com". */
export const ORGANISATION_DESCRIPTIONS = new Set(
  ("firm company maker manufacturer retailer website site newspaper paper broadcaster charity team band publisher " +
    "developer startup start-up carrier airline brand outlet watchdog regulator agency group organisation organization " +
    "body institution nonprofit non-profit giant operator provider insurer lender bank chain network party union " +
    "coalition alliance movement club league studio label magazine journal channel station broadcaster service " +
    "authority ministry department council committee court university college school hospital museum gallery " +
    "foundation fund trust society association institute laboratory lab").split(" "),
);

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
    "leader chief officer official adviser advisor professor analyst editor correspondent ambassador envoy " +
    // People as news stories name them by what happened to them or what they do there.
    "suspect defendant accused hacker defector refugee migrant asylum-seeker protester protestor demonstrator " +
    "pilgrim worshipper worshiper believer follower fan cosplayer gamer passenger tourist visitor spectator attendee " +
    "participant contestant representative delegate inmate prisoner detainee hostage patient " +
    "sailor fisherman diver climber runner swimmer cyclist monk priest nun bishop imam rabbi pastor cleric " +
    "attorney barrister solicitor councillor councilor commissioner superintendent detective constable sergeant " +
    "lieutenant colonel veteran blogger comedian dancer poet filmmaker producer presenter aide deputy " +
    "vicar archbishop coroner paramedic firefighter " +
    // Who did what in a crime or a sale: "the gunman, Tom Lee,", "an anonymous collector bought …".
    "gunman attacker shooter bomber hijacker assailant killer murderer kidnapper robber thief intruder perpetrator " +
    "collector buyer seller bidder donor " +
    // Hosts, players and makers of shows, sport and music.
    "host co-host anchor broadcaster commentator referee umpire driver racer striker goalkeeper midfielder " +
    "defender skipper jockey boxer wrestler golfer rider rapper drummer guitarist bassist vocalist frontman " +
    "chef novelist playwright painter sculptor astronaut cosmonaut inventor " +
    // Offices written as titles before a name: "Cardinal Ann Roe", "First Lady Ann Roe", "Congresswoman Ann Roe".
    "pope cardinal lady congresswoman congressman clerk boss democrat laureate").split(" "),
);

/**
 * Nouns that name the same kind of thing, for "which X …?" questions: the question's noun is
 * found in the sentence by any word of its group ("which TV channel" → "al-Ikhbariya television",
 * "which award" → "the Booker Prize"). Kinds, not synonyms: each group is one category a reader
 * might name by another of its words. Kept general: no group is about one story.
 */
export const KIND_NOUN_FAMILIES: readonly (readonly string[])[] = [
  ["channel", "television", "tv", "network", "station", "broadcaster", "radio"],
  ["newspaper", "paper", "daily", "tabloid", "gazette", "magazine", "publication", "outlet", "press", "journal"],
  ["agency", "authority", "department", "ministry", "office", "bureau", "service", "administration", "commission"],
  ["company", "firm", "corporation", "business", "maker", "manufacturer", "developer", "publisher", "giant", "retailer"],
  ["prize", "award", "medal", "honour", "honor", "trophy"],
  ["team", "side", "squad", "club"],
  ["organisation", "organization", "group", "body", "association", "society", "charity", "foundation", "institute"],
  ["country", "nation", "state"],
  ["city", "town", "village", "municipality"],
  ["ship", "boat", "vessel", "ferry", "tanker"],
  ["aircraft", "plane", "jet", "airliner", "helicopter"],
  ["drug", "medicine", "medication", "treatment", "vaccine", "remedy"],
  ["disease", "illness", "condition", "infection", "disorder", "virus"],
  ["law", "act", "bill", "legislation", "measure", "regulation", "rule"],
  ["study", "research", "report", "survey", "paper", "analysis"],
  ["website", "site", "page", "blog", "portal"],
  ["program", "programme", "software", "application", "app", "browser", "system"],
  ["game", "title", "tournament", "championship", "competition", "contest"],
  ["event", "festival", "celebration", "ceremony", "show", "exhibition", "expo", "convention", "fair"],
  ["court", "tribunal"],
  ["school", "university", "college", "academy"],
  ["building", "tower", "structure", "venue", "hall", "centre", "center", "stadium", "arena"],
  ["book", "novel", "memoir", "title"],
  ["film", "movie", "documentary"],
  ["weapon", "missile", "rocket", "gun", "bomb"],
];

/** Nouns for a woman or a man, before a name ("his wife Ann Roe") or for someone unnamed ("one of their daughters"). */
/** Family relations: "widow of the former senator Tom Roe" says who Tom Roe's widow is, not what Tom Roe is. */
export const FAMILY_NOUNS = new Set("wife husband widow widower mother father son daughter brother sister parent child grandmother grandfather grandson granddaughter aunt uncle niece nephew cousin fiancee fiancé fiancée".split(" "));

export const FEMALE_NOUNS = "wife mother daughter sister widow girlfriend grandmother granddaughter aunt niece woman girl actress chairwoman spokeswoman businesswoman congresswoman queen princess duchess".split(" ");
export const MALE_NOUNS = "husband father son brother widower boyfriend grandfather grandson uncle nephew man boy actor chairman spokesman businessman congressman king prince duke".split(" ");

/** Every noun for a person by role, description or kin ("envoy", "teacher", "mother"): the words a role before a name may end in. */
export const PERSON_WORDS: ReadonlySet<string> = new Set([...ROLE_HEADS, ...PERSON_DESCRIPTIONS, ...FEMALE_NOUNS, ...MALE_NOUNS]);
/** Of those, the ones for someone an article tells of without a name ("one of their daughters", "a man"); not titles like "the chairman", who is usually named nearby. */
export const UNNAMED_FEMALE_NOUNS = "daughter woman women girl mother wife sister widow grandmother".split(" ");
export const UNNAMED_MALE_NOUNS = "son man men boy father husband brother widower grandfather".split(" ");
/** Forms of address that give a gender: "Mrs Roe", "Sir Tom Lee". */
export const FEMALE_ADDRESS = "mrs ms miss madam lady".split(" ");
export const MALE_ADDRESS = "mr sir lord".split(" ");
