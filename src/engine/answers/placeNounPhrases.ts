// How a place phrase sits in its noun phrase and in its sentence: whether the capitalised name
// after a preposition is the place or only a word describing another noun ("in the Khadr
// household", "in the FIFA football World Cup"), whether a place name describes the noun the
// question asks about ("the Vell Islands rum industry", "the Kessa rally"), and whether a place
// stands right after a word of the question ("the Summer Games in Kessa", "protested in Kessa").
import { COMMON_PLACE_NOUNS, PLACE_PART_NOUNS, SPEAKER_RELATIVE_DATE_WORDS } from "../../analysis/lexicon.ts";
import { tagWords, type TaggedWord } from "../../analysis/partsOfSpeech.ts";
import { isPlaceName, PLACE_HEADS } from "../../analysis/places.ts";
import { canonical } from "../../analysis/text.ts";

/** Nouns that make a phrase a place when they head it: "the Peterhead site", "Moscow's Spartak stadium". */
const PLACE_NOUNS: ReadonlySet<string> = new Set([...COMMON_PLACE_NOUNS, ...PLACE_HEADS, ...PLACE_PART_NOUNS]);
/** Nouns of time that follow a place without describing it: "in Kessa yesterday", "in Vell tonight". */
const TIME_WORDS: ReadonlySet<string> = new Set([...SPEAKER_RELATIVE_DATE_WORDS.map((w) => w.toLowerCase()), "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend"]);
/** Lowercase nouns read after a name, at most: "the Vell Islands rum industry". */
const MAX_TRAILING_NOUNS = 3;

/** Whether a noun, singular or plural, names a kind of place. */
export function isPlaceNoun(noun: string): boolean {
  const n = noun.toLowerCase();
  return PLACE_NOUNS.has(n) || PLACE_NOUNS.has(n.replace(/e?s$/, "")) || PLACE_NOUNS.has(n.replace(/s$/, ""));
}

/** Whether a capitalised phrase names a place by itself: known to the lexicon, or headed by a noun of place ("Vell Islands"). */
export function isPlaceByName(phrase: string): boolean {
  const bare = phrase.replace(/^the\s+/i, "").replace(/[’']s$/, "");
  return isPlaceName(bare) || isPlaceName(bare.replace(/\./g, "")) || isPlaceNoun(bare.split(/\s+/).at(-1) ?? "");
}

/** The lowercase nouns written right after `end` ("household" of "the Khadr household", "phase" of "the Last 16 knockout phase"), not a word of time. */
function nounsAfter(tagged: TaggedWord[], end: number): TaggedWord[] {
  const after = tagged.filter((t) => t.start >= end);
  // "in the Last 16 knockout phase": a number inside the phrase, then its nouns.
  if (after[0]?.pos === "NUM" && /^\d+$/.test(after[0].text)) after.shift();
  const nouns: TaggedWord[] = [];
  for (const t of after) {
    if (t.pos !== "NOUN" || !/^\p{Ll}/u.test(t.text) || TIME_WORDS.has(t.text.toLowerCase()) || nouns.length >= MAX_TRAILING_NOUNS) break;
    nouns.push(t);
  }
  return nouns;
}

/**
 * What a capitalised place phrase after a preposition really names, read with the nouns right after
 * it: the whole phrase when they end in a noun of place ("to the Peterhead site" → "the Peterhead
 * site"), the name as written when none follow, the name alone when it is a known place describing
 * another noun ("in the Kessa protest" → "Kessa"), and null when an unknown name only describes
 * another noun ("in the Khadr household", "in the FIFA football World Cup": no place).
 */
export function placeWithItsNoun(text: string, place: string, end: number): { place: string; extended: boolean } | null {
  if (!/^\s+(?:\d+\s+)?\p{Ll}/u.test(text.slice(end))) return { place, extended: false };
  const nouns = nounsAfter(tagWords(text), end);
  if (nouns.length === 0) return { place, extended: false };
  const head = nouns.at(-1)!;
  if (isPlaceNoun(head.text)) return { place: text.slice(text.indexOf(place, end - place.length), head.end), extended: true };
  if (isPlaceByName(place)) return { place: place.replace(/^the\s+/i, ""), extended: false };
  return null;
}

/** A place name written before a noun the question asks about: "the Kessa rally" for "Where was the rally?". */
export interface ModifierPlace {
  place: string;
  at: number;
}

/**
 * Place names that describe a noun of the question: "the Vell Islands rum industry" answers "Where is
 * that rum industry?", "a leader of the Kessa rally" answers "Where was the rally?". The name may
 * carry a possessive ("Kessa's") and one or two nouns may stand between it and the noun asked.
 */
export function placesDescribingAsked(text: string, asked: ReadonlySet<string>): ModifierPlace[] {
  const tagged = tagWords(text);
  const found: ModifierPlace[] = [];
  for (let i = 1; i < tagged.length; i++) {
    const t = tagged[i]!;
    if (t.pos !== "NOUN" || !asked.has(canonical(t.text.toLowerCase()))) continue;
    let k = i - 1;
    // "the Vell Islands rum industry": a noun or two may describe the noun asked before the name does.
    for (let n = 0; n < 2 && k >= 0 && tagged[k]!.pos === "NOUN" && /^\p{Ll}/u.test(tagged[k]!.text); n++) k--;
    if (k >= 0 && /^[’']s$/.test(tagged[k]!.text)) k--;
    const last = k;
    while (k >= 0 && tagged[k]!.pos === "PROPN" && /^\p{Lu}/u.test(tagged[k]!.text)) k--;
    if (last === k) continue;
    const name = text.slice(tagged[k + 1]!.start, tagged[last]!.end);
    if (isPlaceByName(name)) found.push({ place: name, at: tagged[k + 1]!.start });
  }
  return found;
}

/**
 * The nouns a question asks about as heads of their phrases: "industry" of "that rum industry", "monument" (not
 * "flag") of "New Zealand's flag pole monument". A place describing one of these tells where the thing asked is.
 */
export function askedHeadNouns(question: string): Set<string> {
  const tagged = tagWords(question);
  return new Set(tagged.filter((t, i) => t.pos === "NOUN" && tagged[i + 1]?.pos !== "NOUN").map((t) => canonical(t.text.toLowerCase())));
}

/** Words between a word of the question and the preposition of a place after it, at most: "protested yesterday in Kessa". */
const ATTACH_REACH = 2;

/**
 * Whether the place at `at` stands right after a word of the question, the event or thing it tells
 * of ("the 2008 Summer Games in Kessa" for where the games are held, "died on the top floor" for
 * where he died), rather than after other words of its sentence ("children living in Vell").
 */
export function attachedToAsked(text: string, at: number, asked: ReadonlySet<string>): boolean {
  const before = text.slice(0, at).match(/[\p{L}’'-]+/gu) ?? [];
  return before.slice(-1 - ATTACH_REACH).some((w) => w.length > 3 && asked.has(canonical(w.toLowerCase())));
}

const HOST_NAME = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]*`;
/** "Lyon will host the Games", "hosted by the city of Lyon": the host of an event is where it is held. */
const HOST = new RegExp(String.raw`(?:^|[\s,(])(${HOST_NAME})\s+(?:will\s+|is\s+to\s+|has\s+|had\s+|was\s+|is\s+)?(?:host|hosts|hosted|hosting)\b|\bhosted\s+by\s+(?:the\s+(?:city|town|village|country|nation|state)\s+of\s+)?(${HOST_NAME})`, "gu");
/** Words that open a sentence or stand for someone, never a host's name. */
const NOT_HOSTS = /^(?:The|A|An|It|They|He|She|We|This|That)$/;

/** The names a sentence says host something, and where each stands. */
export function hostsIn(text: string): Array<{ name: string; at: number }> {
  const out: Array<{ name: string; at: number }> = [];
  for (const m of text.matchAll(HOST)) {
    const name = (m[1] ?? m[2])!;
    if (!NOT_HOSTS.test(name)) out.push({ name: name.replace(/^the\s+/i, ""), at: m.index! + m[0].indexOf(name) });
  }
  return out;
}
