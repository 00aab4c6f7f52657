import { isPlaceName, isPlacePart, PLACE_HEADS, PLACE_PART } from "../../analysis/places.ts";
import { COMMON_PLACE_NOUNS, MONTHS, MOTION_VERBS, NAME_PARTICLES, PLACE_PART_NOUNS, QUESTION_WORDS, STOPWORDS, WEEKDAYS } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";
import { anchorsOf, compose, distanceToAnchors, sentenceCase } from "../answerSupport.ts";
import type { KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import type { TraceStep } from "../trace.ts";
import { rankSentences, type Ranked } from "./rankSentences.ts";
import { attestedPerson } from "./describeEntity.ts";
import { askedHeadNouns, attachedToAsked, hostsIn, placesDescribingAsked, placeWithItsNoun } from "./placeNounPhrases.ts";

const CAP = String.raw`\p{Lu}[\p{L}’'.-]*`;
const LAST_CAP = String.raw`\p{Lu}[\p{L}’'-]*`;
/** A capitalised name of one or more words, with "of" / "and" inside ("Ministry of Intelligence and National Security of Iran"). */
const NAME = String.raw`(?:the\s+)?(?:${CAP}\s+)*${LAST_CAP}(?:\s+(?:of|and|&)\s+(?:the\s+)?(?:${CAP}\s+)*${LAST_CAP})*`;
/**
 * Prepositions as a regex alternation that also matches them capitalised: a place phrase often
 * opens a sentence or a quote ("In Benghazi, the rebels …", "\"At the hospital, …").
 */
const openingCase = (alternatives: string): string => alternatives.split("|").map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join("|");
const PREPOSITIONS = openingCase("at|in|near|outside|inside|from|across|to|along|off|on|toward|towards|into|throughout");

/** A capitalised word, with the particles that may follow it inside a place's name ("Plaza de la …"). */
const CAP_IN_NAME = String.raw`${CAP}\s+(?:(?:${NAME_PARTICLES.join("|")})\s+){0,2}`;
/** "at Baghdad airport", "in the White House", "on Glasgow Green", "toward Mombasa": a capitalised place after a preposition. */
const PLACE = new RegExp(
  String.raw`\b(${PREPOSITIONS})\s+((?:the\s+)?(?:other\s+|neighbou?ring\s+|nearby\s+)?(?:${CAP_IN_NAME})*${LAST_CAP}(?:\.(?=\p{L}))?(?:\s+of\s+(?:the\s+)?(?:${CAP}\s+)*${LAST_CAP})?(?:\s+(?:airport|base|bases|airbase|province|city|border|region|capital|embassy|compound|camp|headquarters|port|area|district|countries|nations|states))?)`,
  "gu",
);
const PLACE_NOUN = [...new Set([...COMMON_PLACE_NOUNS, ...PLACE_PART_NOUNS])].join("|");
/** "toward the Kenyan port city of Mombasa": a place described by a common noun of place and named after "of". */
const DESCRIBED_PLACE = new RegExp(String.raw`\b(${PREPOSITIONS})\s+(the\s+(?:[\p{L}-]+\s+){0,3}?(?:${PLACE_NOUN})\s+of\s+${NAME})`, "gu");
/** "at his home", "in a jail of the Ministry of …", "on a beach owned by the X resort", "outside parliament": a common noun of place. */
const COMMON_PLACE = new RegExp(
  String.raw`\b(${openingCase("at|in|on|inside|outside|near|into|to")})\s+((?:(?:the|a|an|his|her|their|its|our|my|your)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:${COMMON_PLACE_NOUNS.join("|")})s?\b(?:\s+(?:of|in|owned by|run by|near)\s+${NAME})?)`,
  "gu",
);
/** "the Ottawa-born Khadr": where someone was born. */
const BORN = new RegExp(String.raw`\b((?:${CAP}\s+)*${LAST_CAP})-born\b`, "gu");
/** "the Oslo-based company": where something is based. */
const BASED = new RegExp(String.raw`\b((?:${CAP}\s+)*${LAST_CAP})-(?:based|headquartered)\b`, "gu");
/** "United States film director Steven Spielberg": a place before a description and a name tells where the person is from. */
const ORIGIN = new RegExp(String.raw`(?:^|[\s,(])((?:the\s+)?(?:${CAP}\s+)*${LAST_CAP})\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}\p{Lu}`, "gu");

const NOT_PLACES = new RegExp(String.raw`^(the\s+)?(${[...MONTHS, ...WEEKDAYS.slice(1), WEEKDAYS[0]].join("|")})\b`, "i");
/** A day of the calendar, not a place: "on Easter Sunday", "on Christmas Day", "on New Year's Eve". */
const HOLIDAY = new RegExp(String.raw`\b(?:${[...WEEKDAYS].join("|")}|Day|Eve|Christmas|Easter|New Year)\b`, "i");
/** Verbs of moving, near which "to X" tells where to. */
const MOVED_TO = new RegExp(String.raw`\b(${MOTION_VERBS.join("|")})\b`, "i");
/** Verbs that say where something is: "located in", "based in", "held on". */
const LOCATED = /\b(?:located|based|situated|headquartered|held|housed|stationed)\s*$/i;
/** Question words asking where something went. */
const ASKS_DIRECTION = /^(headed|heading|bound|going|go|went|travel\w*|sail\w*|fly|flying|flew|move|moved|sent|send|taken|steaming)$/;
const TOWARD = new Set(["to", "toward", "towards", "into"]);
/** Question words asking where someone or something left or came from: "from X" answers them without "from" in the question. */
const ASKS_ORIGIN = /^(come|came|comes|coming|originat\w*|hail\w*|fle[de]|fleeing|flees|escap\w*|leave|left|leaving|depart\w*|withdr[ae]w\w*|evacuat\w*|emigrat\w*|import\w*|export\w*)$/;

/** How surely a phrase is a place: known to the lexicon or by its noun, described ("the port city of X"), a bare capitalised name, a common noun of place, where someone is from or was born. */
type PlaceKind = "known" | "described" | "named" | "common" | "origin" | "born" | "based" | "venue";

/** How surely each kind of phrase is a place (see `tuning.where`). */
const QUALITY: Readonly<Record<PlaceKind, number>> = {
  known: tuning.where.knownPlace,
  described: tuning.where.knownPlace,
  born: tuning.where.knownPlace,
  based: tuning.where.knownPlace,
  named: tuning.where.namedPlace,
  common: tuning.where.commonPlace,
  origin: tuning.where.origin,
  venue: tuning.where.knownPlace,
};

/** "Where was the study published / reported / aired?": where a text appeared is a publication, not a place. */
const ASKS_VENUE = /^(published|publish|reported|printed|posted|appeared|aired|broadcast|written)$/;
/** The noun a publication's name follows, with an article and one modifier before it ("the medical journal "). */
const VENUE_NOUN = String.raw`(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:journal|newspaper|magazine|website|blog|programme|program|show|channel|bulletin|podcast)\s+`;
/** "in journal Nature Climate Change", "in the medical journal The Lancet", "on the news programme Newsnight": a publication named after its noun. */
const VENUE = new RegExp(String.raw`\b([Ii]n|[Oo]n)\s+(${VENUE_NOUN}(?:${CAP}\s+)*${LAST_CAP})`, "gu");
/** The publication's noun, left out of the short answer. */
const LEADING_VENUE_NOUN = new RegExp(`^${VENUE_NOUN}`, "u");

interface Place {
  prep: string;
  place: string;
  at: number;
  kind: PlaceKind;
  /** A place name describing a noun of the question ("the Kessa rally"). */
  describes?: boolean;
}

/** Place names describing a noun the question asks about, as places in them: "the Vell Islands rum industry" → in Vell Islands. */
function describing(text: string, heads: ReadonlySet<string>): Place[] {
  return placesDescribingAsked(text, heads).map((m) => ({ prep: "in", place: m.place, at: m.at, kind: "known" as const, describes: true }));
}

/**
 * Where: the place phrase that best answers, weighed over the best-aligned sentences — how much
 * of the question its sentence says, how surely it is a place, whether it fits what the
 * question asks ("from", "headed", "born") and how near it stands to the question's words —
 * other than places the question already names.
 */
export function answerWhere(q: Query, index: KnowledgeIndex, step?: TraceStep): Answer | null {
  const w = tuning.where;
  const ranked: Ranked[] = q.previous && q.entities.length === 0 && q.topic.filter((t) => !["happen"].includes(t)).length === 0
    ? q.previous.sentences.map((id) => ({ sentence: index.sentences[id]!, coverage: 1, score: 1 }))
    : rankSentences(q, index, undefined, undefined, true);
  const asked = new Set(q.words.map(canonical));
  // The question's own content words: a place standing right after one, or describing one, is the place of what is asked.
  // Not the names it gives: "Ana Lind, a teacher in Vellmont" tells who she is, not where the event asked was.
  const named = new Set(q.entities.flatMap((e) => words(e.wording)));
  const content = new Set(q.words.filter((x) => !STOPWORDS.has(x) && !QUESTION_WORDS.has(x) && !named.has(x)).map(canonical));
  const heads = askedHeadNouns(q.raw);
  const asksFrom = q.words.includes("from");
  // "Where did the leaders meet?": "recent moves from Russia" tells where something came from, not where the event was.
  const asksOrigin = asksFrom || q.words.some((x) => ASKS_ORIGIN.test(x));
  const asksBorn = q.words.some((x) => /^(born|birthplace)$/.test(x));
  const asksDirection = q.words.some((x) => ASKS_DIRECTION.test(x));
  const asksVenue = q.words.some((x) => ASKS_VENUE.test(x));
  const weighed: Array<{ text: string; score: number; why: string }> = [];
  let best: { place: Place; sentence: Ranked["sentence"]; score: number; coverage: number; alignment: number } | null = null;
  // Sentences a place was weighed in.
  const read = new Set<number>();
  const top = ranked[0]?.score || 1;
  for (const r of ranked.slice(0, w.sentences)) {
    if (r.coverage < tuning.answer.minCoverage) break;
    const text = r.sentence.text;
    const anchors = anchorsOf(text, asked);
    const places = [...placesIn(text, asksFrom || asksBorn), ...describing(text, heads), ...(asksVenue ? venuesIn(text) : [])];
    for (const p of places) {
      if (words(p.place).every((x) => asked.has(canonical(x)))) continue;
      if (p.kind === "named" || p.kind === "common" || p.kind === "origin") if (isSomeone(index, p.place, p.prep)) continue;
      const quality = QUALITY[p.kind];
      // "which is located in Evansville", "based in Bahrain", "was held on Glasgow Green": the sentence says where.
      const located = LOCATED.test(text.slice(Math.max(0, p.at - 20), p.at)) || p.kind === "based";
      const fits = located || (asksFrom && (p.prep === "from" || p.kind === "origin" || p.kind === "born")) || (asksBorn && p.kind === "born") || (asksDirection && TOWARD.has(p.prep)) || p.kind === "venue";
      const origin = !asksOrigin && p.prep.toLowerCase() === "from";
      // "found wreckage on a beach near Porlock": a place inside a longer place phrase stands where that phrase does.
      const opens = Math.min(...places.filter((o) => o.at <= p.at && p.at < o.at + o.prep.length + 1 + o.place.length).map((o) => o.at), p.at);
      const attached = p.describes || attachedToAsked(text, opens, content);
      const score =
        (r.score / top) * w.alignment + quality + (fits ? w.cue : 0) + (attached ? w.attached : 0) - (origin ? w.originUnasked : 0) +
        w.proximity / (1 + distanceToAnchors(p.at, anchors) / w.proximityChars);
      weighed.push({ text: `${p.prep} ${p.place}`, score: Math.round(score * 100) / 100, why: `${p.kind}${fits ? ", fits the question" : ""}${attached ? ", tells of a word asked" : ""}${origin ? ", an origin not asked" : ""}; alignment ${Math.round((r.score / top) * 100) / 100}; s${r.sentence.position}` });
      read.add(r.sentence.id);
      if (!best || score > best.score) best = { place: p, sentence: r.sentence, score, coverage: r.coverage, alignment: r.score / top };
    }
  }
  if (step) step.candidates = weighed.sort((a, b) => b.score - a.score).slice(0, 6);
  if (!best) return null;
  // "Where exactly in the jail did P die?": "P died on the top floor of the jail's E Hall" says the question clearly better
  // than the sentence whose place won, and tells where it happened in a form this answerer does not read: the general
  // answerer reads that sentence's phrases instead.
  const lead0 = ranked[0];
  if (lead0 && best.alignment < w.passBelow && lead0.coverage >= tuning.answer.minCoverage && !read.has(lead0.sentence.id) && prepositionAfterAsked(lead0.sentence.text, content)) {
    if (step) step.notes.push(`passed: the best-aligned sentence (s${lead0.sentence.position}) tells where after a word asked, in a form not read here; the place found stands in a sentence aligned ${Math.round(best.alignment * 100) / 100}`);
    return null;
  }
  const { place, sentence } = best;
  const whole = place.kind === "named" || place.kind === "known" ? wholeList(sentence.text, place.at, place.prep, place.place) : place.place;
  const lead = `${place.prep} ${whole}.`;
  // "in the small coastal town of Marrowby": the short answer is the name the description leads to.
  const short = place.kind === "described" ? whole.replace(/^.*?\sof\s+(?:the\s+)?/, "") : place.kind === "venue" ? whole.replace(LEADING_VENUE_NOUN, "") : whole;
  return compose(index, { kind: "where", lead: sentenceCase(lead), short, sentences: [sentence], confidence: best.coverage });
}

/** A preposition that opens a place phrase. */
const PLACE_PREPOSITION = /\b(?:at|in|on|inside|into|to|near|outside)\s/giu;

/** Whether a preposition of place stands right after a word of the question ("died on …", "taken to …"): the sentence tells where that happened, in some form. */
function prepositionAfterAsked(text: string, content: ReadonlySet<string>): boolean {
  return [...text.matchAll(PLACE_PREPOSITION)].some((m) => attachedToAsked(text, m.index!, content));
}

/** The publications a sentence says something appeared in. */
function venuesIn(text: string): Place[] {
  return [...text.matchAll(VENUE)].map((m) => ({ prep: m[1]!.toLowerCase(), place: m[2]!, at: m.index!, kind: "venue" as const }));
}

/** The place phrases of a sentence; with `origin`, also the places that tell where someone is from or was born. */
function placesIn(text: string, origin: boolean): Place[] {
  const found: Place[] = [];
  const add = (opening: string, raw: string, at: number, kind: PlaceKind) => {
    // "In Dravtown, the mayor …": the preposition is read as it would stand inside the sentence.
    const prep = opening.toLowerCase();
    const place = raw.replace(/[.,]$/, "");
    if (NOT_PLACES.test(place) || HOLIDAY.test(place) || /[’']s$/.test(place)) return;
    // "from MH370", "KELT-9": a capitalised word running on into digits is a code or a name, not a place.
    if (/^[-\d]/.test(text.slice(at + prep.length + 1 + raw.length)) && kind === "named") return;
    found.push({ prep, place, at, kind });
  };
  for (const m of text.matchAll(PLACE)) {
    const prep = m[1]!;
    // "to X" is where only after a verb of moving; "at Islam's most holy site": a possessor says whose the place is.
    if (prep.toLowerCase() === "to" && !movedTo(text, m.index!)) continue;
    // "in Evansville, Indiana": a place followed by the region it lies in is one place.
    const region = new RegExp(String.raw`^,\s+((?:${CAP}\s+)*${LAST_CAP})`, "u").exec(text.slice(m.index! + m[0].length));
    if (region && isPlaceName(region[1]!)) {
      add(prep, `${m[2]!}, ${region[1]!}`, m.index!, "known");
      continue;
    }
    // "to the Peterhead site" is the site; "in the Khadr household" names no place.
    const read = placeWithItsNoun(text, m[2]!, m.index! + m[0].length);
    if (!read) continue;
    add(prep, read.place, m.index!, read.extended || knownPlace(read.place) ? "known" : "named");
  }
  for (const m of text.matchAll(PLACE_PART)) add(m[1]!, m[2]!, m.index!, "known");
  for (const m of text.matchAll(DESCRIBED_PLACE)) add(m[1]!, m[2]!, m.index!, "described");
  // "outside parliament", "in court": a common noun with no determiner is a place only where the sentence names no other.
  const bare: RegExpMatchArray[] = [];
  for (const m of text.matchAll(COMMON_PLACE)) {
    if (m[1]!.toLowerCase() === "to" && !movedTo(text, m.index!)) continue;
    // "returned to the site": "the" with a common noun and no name points back to a place told before; it names none.
    if (/^the\s/i.test(m[2]!) && !/\p{Lu}/u.test(m[2]!)) continue;
    if (!/\s/.test(m[2]!)) bare.push(m);
    else add(m[1]!, m[2]!, m.index!, "common");
  }
  if (found.length === 0) for (const m of bare) add(m[1]!, m[2]!, m.index!, "common");
  // "Lyon will host the Games": a name hosting something, not a person, is where it is held.
  for (const host of hostsIn(text)) found.push({ prep: "in", place: host.name, at: host.at, kind: knownPlace(host.name) ? "known" : "named" });
  for (const m of text.matchAll(BORN)) found.push({ prep: "in", place: m[1]!.replace(/^the\s+/i, ""), at: m.index!, kind: "born" });
  for (const m of text.matchAll(BASED)) found.push({ prep: "in", place: m[1]!.replace(/^the\s+/i, ""), at: m.index!, kind: "based" });
  if (origin) {
    for (const m of text.matchAll(ORIGIN)) if (isPlaceName(m[1]!)) found.push({ prep: "from", place: m[1]!, at: m.index! + m[0].indexOf(m[1]!), kind: "origin" });
  }
  // "toward the Ruvanian port city of Kessa" is read whole, not also as "the Ruvanian port".
  return found.filter((p) => !found.some((o) => o !== p && o.at === p.at && o.place.length > p.place.length && o.place.startsWith(p.place)));
}

/** Whether a verb of moving stands just before "to" at `at`: "moved to X" tells where, "close to X" does not. */
function movedTo(text: string, at: number): boolean {
  return MOVED_TO.test(text.slice(Math.max(0, at - 30), at));
}

/** A place the lexicon knows, a part of one, or a name headed by a noun of place ("Réunion Island", "Winer Observatory", "University of Oxford"). */
function knownPlace(phrase: string): boolean {
  const all = words(phrase);
  const head = all[all.indexOf("of") - 1] ?? all.at(-1) ?? "";
  const last = all.at(-1) ?? "";
  return isPlaceName(phrase) || isPlacePart(phrase) || [head, last].some((x) => PLACE_HEADS.has(x) || PLACE_NOUNS.has(x)) || isPlaceName(phrase.replace(/\s+of\s+.*$/, ""));
}
const PLACE_NOUNS: ReadonlySet<string> = new Set(COMMON_PLACE_NOUNS);

/**
 * Whether the articles know the phrase as someone, not a place: a person they give a title or words
 * (a bare two-word name may be a place the analysis took for a person: "on Brackley Green"), or an
 * organisation someone is "from" ("from the Naval Forces Central Command").
 */
function isSomeone(index: KnowledgeIndex, phrase: string, prep: string): boolean {
  const known = index.entityByAlias(phrase.replace(/^the\s+/i, "")) ?? index.entityByAlias(phrase);
  if (!known) return false;
  if (known.kind === "person") return attestedPerson(known);
  return known.kind === "organisation" && prep.toLowerCase() === "from";
}

const LIST_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*`;
/** ", Victoria, South Australia, Western Australia and Queensland": the rest of a list of names. */
const LIST_REST = new RegExp(String.raw`^(?:,\s+${LIST_NAME})*,?\s+(?:and|or)\s+${LIST_NAME}`, "u");

/** A place that opens a list of names is the whole list: "in New South Wales, Victoria, … and Queensland". */
function wholeList(text: string, at: number, prep: string, place: string): string {
  const end = text.indexOf(place, at + prep.length) + place.length;
  const rest = LIST_REST.exec(text.slice(end));
  // "in Jerusalem, Tuesday, Prime Minister A and President B": a day ends the place; it opens no list.
  if (!rest || rest[0].split(/,\s+|\s+(?:and|or)\s+/).some((item) => NOT_PLACES.test(item.trim()))) return place;
  // A list of places, not "in Iraq, Pompeo and Esper said": a known place ends it or opens it, and no one speaks after it.
  const last = /(?:and|or)\s+(?:the\s+)?(.+)$/u.exec(rest[0])![1]!.replace(/[.,]$/, "");
  const spoken = /^\s*(?:said|say|says|told|added)\b/.test(text.slice(end + rest[0].length));
  return !spoken && (isPlaceName(last) || isPlaceName(place.replace(/^the\s+/i, ""))) ? place + rest[0].replace(/[.,]$/, "") : place;
}
