// Names of places: countries, their main regions (states, provinces, territories) and large
// cities. General world knowledge, like month names: it lets the analysis tell "South Australia"
// (a place) from "John Burrows" (a person), and lets a country act as a speaker ("South Korea
// says …") without ever being taken for a person a pronoun could refer to.
import { COMPASS_WORDS, PLACE_PART_NOUNS } from "./lexicon.ts";

const COUNTRIES =
  "afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|" +
  "bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brazil|" +
  "brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|cape verde|central african republic|chad|chile|" +
  "china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|" +
  "dominican republic|east timor|ecuador|egypt|el salvador|england|equatorial guinea|eritrea|estonia|eswatini|" +
  "ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|greenland|grenada|guatemala|guinea|" +
  "guyana|haiti|honduras|hong kong|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|" +
  "jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|" +
  "libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|" +
  "mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|" +
  "holland|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|northern ireland|norway|oman|pakistan|" +
  "palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|puerto rico|qatar|romania|" +
  "russia|rwanda|samoa|san marino|saudi arabia|scotland|senegal|serbia|seychelles|sierra leone|singapore|slovakia|" +
  "slovenia|solomon islands|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|" +
  "switzerland|syria|taiwan|tajikistan|tanzania|thailand|tibet|togo|tonga|trinidad|tunisia|turkey|turkmenistan|" +
  "tuvalu|uganda|ukraine|united arab emirates|united kingdom|united states|united states of america|uruguay|" +
  "uzbekistan|vanuatu|vatican|venezuela|vietnam|wales|yemen|zambia|zimbabwe|korea|europe|asia|africa|antarctica|" +
  "north america|south america|latin america|middle east|oceania|gaza|west bank|crimea|kashmir|kurdistan";

const REGIONS =
  // US states and territories
  "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|" +
  "indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|" +
  "montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york state|north carolina|north dakota|ohio|" +
  "oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|" +
  "washington state|west virginia|wisconsin|wyoming|guam|" +
  // Australian states and territories, Canadian provinces
  "new south wales|victoria|queensland|south australia|western australia|tasmania|northern territory|" +
  "australian capital territory|ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|" +
  "new brunswick|newfoundland|yukon|nunavut|" +
  // other well-known regions
  "siberia|bavaria|catalonia|flanders|punjab|bengal|sichuan|xinjiang|patagonia|sahara|sahel|balkans|caucasus|" +
  "scandinavia|silicon valley|midwest|new england|uk|britain|great britain|america|central america|caribbean|" +
  "pacific|atlantic|arctic|mediterranean|gulf";

const CITIES =
  "new york|new york city|los angeles|chicago|houston|dallas|phoenix|philadelphia|san antonio|san diego|" +
  "san francisco|san jose|austin|seattle|boston|denver|atlanta|miami|detroit|las vegas|portland|baltimore|" +
  "minneapolis|new orleans|pittsburgh|cleveland|st louis|kansas city|salt lake city|honolulu|anchorage|" +
  "washington|washington dc|washington d.c|sacramento|mountain view|palo alto|cupertino|nashville|memphis|" +
  "london|paris|berlin|madrid|rome|milan|vienna|brussels|amsterdam|geneva|zurich|stockholm|oslo|copenhagen|" +
  "helsinki|dublin|edinburgh|glasgow|manchester|lisbon|athens|warsaw|prague|budapest|bucharest|kiev|kyiv|moscow|" +
  "st petersburg|istanbul|ankara|jerusalem|tel aviv|beirut|damascus|baghdad|basra|mosul|erbil|tehran|riyadh|" +
  "dubai|abu dhabi|doha|kabul|kandahar|islamabad|karachi|lahore|delhi|new delhi|mumbai|kolkata|chennai|" +
  "bangalore|dhaka|kathmandu|colombo|beijing|shanghai|hong kong|guangzhou|shenzhen|wuhan|taipei|tokyo|osaka|" +
  "kyoto|seoul|busan|pyongyang|manila|jakarta|bangkok|hanoi|ho chi minh city|kuala lumpur|singapore|sydney|" +
  "melbourne|brisbane|perth|adelaide|hobart|darwin|canberra|auckland|wellington|christchurch|toronto|montreal|" +
  "vancouver|ottawa|calgary|mexico city|havana|bogota|lima|santiago|buenos aires|sao paulo|rio de janeiro|" +
  "brasilia|caracas|cairo|alexandria|lagos|abuja|nairobi|addis ababa|johannesburg|cape town|pretoria|kinshasa|" +
  "khartoum|tripoli|tunis|algiers|casablanca|rabat|mogadishu|dakar|accra";

/** Every place name, lowercase, words separated by single spaces. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([COUNTRIES, REGIONS, CITIES].join("|").split("|"));

/** The longest place name has this many words. */
export const MAX_PLACE_WORDS = Math.max(...[...PLACE_NAMES].map((p) => p.split(" ").length));

/** Whether a phrase ("South Australia", "the United States") names a place. */
export function isPlaceName(phrase: string): boolean {
  const p = phrase
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[’']s$/, "")
    .replace(/\.$/, "")
    .replace(/\s+/g, " ")
    .trim();
  // "St. Petersburg", "Washington D.C.": the lexicon writes its names without full stops.
  return PLACE_NAMES.has(p) || PLACE_NAMES.has(p.replace(/\./g, ""));
}

/** How a people's word ends, and how its country's name ends instead: "Congolese" → Congo, "Kenyan" → Kenya, "Iraqi" → Iraq, "Palestinian" → Palestine. */
const DEMONYM_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/lese$/, ""], [/ese$/, ""], [/ese$/, "a"], [/ian$/, ""], [/ian$/, "a"], [/ian$/, "e"], [/ian$/, "y"],
  [/an$/, "o"], [/an$/, "y"], [/an$/, "any"], [/n$/, ""], [/i$/, ""],
];

/**
 * Whether a capitalised word names a people by its country ("Congolese", "Kenyans", "Iraqi",
 * "Argentinian"): a country or region of the lexicon once the people's ending is turned back.
 */
export function isDemonym(word: string): boolean {
  const w = word.toLowerCase().replace(/(?<=[ni])s$/, "");
  if (w.length < 4 || isPlaceName(w)) return false;
  return DEMONYM_ENDINGS.some(([ending, country]) => ending.test(w) && isPlaceName(w.replace(ending, country)));
}

/** Nouns that make a capitalised phrase a place: "Yeoncheon County", "the town of X", "the nation's capital, X". */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  ("city town village county province state states region district island islands river valley mountain mountains " +
    "lake sea ocean bay coast peninsula border capital airport base street avenue square park center centre " +
    "headquarters hospital school campus museum gallery stadium hall").split(" "),
);

/** "the south coast of Norland", "the outskirts of Lyon": a lowercase part of a capitalised place. */
const PLACE_PART_PHRASE = String.raw`the\s+(?:(?:${COMPASS_WORDS.join("|")})\s+)*(?:${PLACE_PART_NOUNS.join("|")})\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]*`;

/** A part of a named place after a preposition: "on the south coast of Norland", "off the coast of Vella" (preposition, then phrase). */
export const PLACE_PART = new RegExp(String.raw`\b(in|on|at|off|near|along)\s+(${PLACE_PART_PHRASE})`, "gu");
const WHOLE_PLACE_PART = new RegExp(`^${PLACE_PART_PHRASE}$`, "u");

/** Whether a phrase is a part of a named place ("the south coast of Norland"). */
export function isPlacePart(phrase: string): boolean {
  return WHOLE_PLACE_PART.test(phrase.trim());
}
