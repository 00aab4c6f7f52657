import { FAMILY_NOUNS, NAMING_VERBS, NOT_NAMES, NUMBER_WORDS, PERSON_DESCRIPTIONS as PERSON_NOUNS, POST_NOMINALS, ROLE_HEADS, ROLE_MODIFIERS, STOPWORDS } from "../../analysis/lexicon.ts";
import { tagSpans, tagWords } from "../../analysis/partsOfSpeech.ts";

// The title written before a person's name ("Secretary of State Mike Pompeo", "coauthor Colette
// Heald", "Co-founder of Google, Sergey Brin,"), the words that say what a person is, and whether
// the words after a comma open a clause rather than a description. Used by describePerson.ts and
// by the answerers that ask whether a word names what a person is.

export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Small words that may stand inside a title: "Director of the Dallas chapter of the Council on …". */
const TITLE_CONNECTORS = new Set(["of", "for", "at", "on", "the", "and", "de", "in"]);
export const DETERMINER = /^(the|a|an)\s+/i;

/** Whether a word names what a person is: a title ("minister") or a kind of person ("coauthor", "student"). */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, "").replace(/\.$/, "");
  const singular = w.endsWith("s") ? w.slice(0, -1) : w;
  // "singer-songwriter", "ex-president": a compound's last part says what the person is.
  if (/^\p{L}+-\p{L}+$/u.test(w) && !/^co-/.test(w) && isPersonNoun(w.slice(w.lastIndexOf("-") + 1))) return true;
  return ROLE_HEADS.has(w) || PERSON_NOUNS.has(w) || PERSON_NOUNS.has(singular) || ROLE_HEADS.has(singular) || /^co-?\w+(er|or)$/.test(w) || OCCUPATION.test(singular) || closedCompound(singular);
}

/** Closed compounds whose last part is a person noun but which name things: "loudspeaker", "screwdriver". */
const THING_COMPOUNDS = new Set(["loudspeaker", "screwdriver", "mischief", "handkerchief", "stagecoach", "autopilot", "multiplayer", "underwriter"]);

/**
 * "screenwriter", "songwriter", "goalkeeper", "landowner": a word written as one that ends in a
 * person noun of five letters or more, after at least three letters, names a person too.
 */
function closedCompound(w: string): boolean {
  if (!/^\p{Ll}{8,}$/u.test(w) || THING_COMPOUNDS.has(w)) return false;
  for (let cut = 3; cut <= w.length - 5; cut++) {
    const tail = w.slice(cut);
    if (PERSON_NOUNS.has(tail) || ROLE_HEADS.has(tail)) return true;
  }
  return false;
}

/** Suffixes of words for what people do ("prosecutor", "illustrator", "economist", "physician"), for nouns no list holds. */
const OCCUPATION = /^(?!(?:sector|vector|indicator|calculator|elevator|equator|radiator|generator|ventilator|legislator-?ship)$)\p{Ll}{3,}(?:ator|utor|ector|ist|ician|eer|grapher|ologist)$/u;

export const hasPersonNoun = (phrase: string, within = 6) => (phrase.match(TOKEN) ?? []).slice(0, within).some(isPersonNoun);

/**
 * "US soul singer", "cabinet minister", "food storage technician", "emeritus professor": lowercase
 * words written right before a person noun (or before another such word) that qualify it — nouns
 * and adjectives, not the verb, preposition or determiner a title follows ("featuring drummer",
 * "to meet minister"). Indices into `tokens` of the words that may stand in a title.
 */
function compoundModifiers(before: string, tokens: RegExpMatchArray[]): Set<number> {
  const out = new Set<number>();
  const lower = tokens.map((t, i) => ({ t, i })).filter(({ t }) => /^(?:\p{Ll}|\d+(?:st|nd|rd|th)$|\d+-\p{Ll})/u.test(t[0]) && !isPersonNoun(t[0]) && !STOPWORDS.has(t[0]) && !ROLE_MODIFIERS.has(t[0]));
  if (lower.length === 0) return out;
  const tags = tagSpans(before, lower.map(({ t }) => ({ start: t.index!, end: t.index! + t[0].length })));
  const tagOf = new Map(lower.map(({ i }, k) => [i, tags[k]!]));
  for (let i = tokens.length - 2; i >= 0; i--) {
    const next = tokens[i + 1]![0];
    const tag = tagOf.get(i);
    if (!tag || !/^\s+$/.test(before.slice(tokens[i]!.index! + tokens[i]![0].length, tokens[i + 1]!.index!))) continue;
    if (!(isPersonNoun(next) && /^\p{Ll}/u.test(next)) && !out.has(i + 1)) continue;
    // A noun or adjective qualifies; a verb only in its base form ("ward alderman" read as a verb), never after "to".
    const w = tokens[i]![0].toLowerCase();
    const base = tag.pos === "VERB" && tag.lemma === w && !/(?:ed|ing)$/.test(w) && tokens[i - 1]?.[0] !== "to";
    if (tag.pos === "NOUN" || tag.pos === "ADJ" || tag.pos === "NUM" || base || /^\d+(?:st|nd|rd|th)$|^\d+-\p{Ll}/u.test(w)) out.add(i);
  }
  // "his 75 year-old brother": the number of an age written apart belongs to it.
  for (const i of [...out]) if (/^(?:year|month|week|day)s?-old$/.test(tokens[i]![0]) && /^\d+$/.test(tokens[i - 1]?.[0] ?? "")) out.add(i - 1);
  return out;
}

/**
 * Indices of the lowercase person nouns written as a participle ("accused", "deceased") that the
 * tagger reads as a verb where they stand: "Mugabe accused British Prime Minister …" tells what
 * Mugabe did; "the accused man" keeps its noun.
 */
function usedAsVerbs(before: string, tokens: RegExpMatchArray[]): Set<number> {
  const candidates = tokens.map((t, i) => ({ t, i })).filter(({ t }) => /^\p{Ll}+ed$/u.test(t[0]) && isPersonNoun(t[0]));
  if (candidates.length === 0) return new Set();
  const tags = tagSpans(before, candidates.map(({ t }) => ({ start: t.index!, end: t.index! + t[0].length })));
  return new Set(candidates.filter((_, k) => tags[k]!.pos === "VERB").map(({ i }) => i));
}

/** The title written right before a name: capitalised words, titles and the small words between them. */
export function titleBefore(text: string, start: number, end: number, floor = 0): string | null {
  // A title is short: only the 160 characters before the name are read (a long quotation before it
  // costs nothing), and none before another person's name (`floor`): that is the other one's.
  const from = Math.max(floor, start - 160);
  // "the hotel's manager Mr. Sten", "UCLA gerontologist Dr. Ann Roe": a form of address stands between the title and the name.
  // "Conservative MSP (Member of the Scottish Parliament) Ann Roe": brackets explaining the title too.
  const before = text.slice(from, start).replace(/(?<=\s)(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?\s+$/, "").replace(/(?<=\S)\s+\([^()]{1,80}\)\s+$/, " ");
  // "Co-founder of Google, Sergey Brin," / "The Pentagon spokesman, Jonathan Hoffman, said": a title
  // in commas before the name, opening the sentence or with the name in commas too.
  const comma = /(^|[.;:(“"]\s*|,\s+)([^,;:.()“"]{2,80}),\s*$/.exec(before);
  // "… football players, Ann Roe and Tom Lee, who …": the names in commas may be a list.
  // "Ann Roe, the Harbour Secretary, Tom Lee, the mayor,": a phrase in commas right after another person's name is hers.
  if (comma && floor > 0 && /^,\s*$/.test(text.slice(floor, from + comma.index + comma[1]!.length))) return null;
  if (comma && ((comma.index === 0 && from === 0) || /^\s*,|^\s+and\s+\p{Lu}[^,;:.]{1,40},/u.test(text.slice(end)))) {
    // "Police said the suspect, Dorn,": the title starts after the clause that reports it.
    const phrase = comma[2]!.trim().replace(/^.*\b(?:said|says|told|tells|added|reported|stated|announced|named|identified|were|are)\s+/, "").replace(/^as\s+/i, "").replace(/^\p{Ll}+(?:ing|ed)\s+(?=(?:the|a|an)\s)/u, "").replace(DETERMINER, "");
    if (phrase && isClause(text, text.indexOf(phrase, from), phrase)) return null;
    if ((hasPersonNoun(phrase, 4) || (isPersonNoun(phrase.split(/\s+/).at(-1)!) && !phrase.split(/\s+/).some((w) => STOPWORDS.has(w)))) && phrase.split(/\s+/).length <= 12) return singularTitle(phrase);
  }
  const tokens = [...before.matchAll(TOKEN)];
  const nounModifiers = compoundModifiers(before, tokens);
  const verbs = usedAsVerbs(before, tokens);
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    // Only spaces may stand between the words of a title.
    const gap = before.slice(t.index! + t[0].length, i === tokens.length - 1 ? before.length : tokens[i + 1]!.index!);
    // "the Crown prosecutor, Mark Tedeschi, QC,": a title set off by a comma when the name is in commas too.
    const commaBeforeName = i === tokens.length - 1 && /^,\s+$/.test(gap) && /^\s*,/.test(text.slice(end));
    if (!/^\s+$/.test(gap) && !commaBeforeName) break;
    const w = t[0];
    // "Polaroids of author Truman Capote": "of" before a lowercase title noun ends the title there.
    // "author Truman Capote and singer-songwriter Carly Simon": "and" before a lowercase title starts this one's title.
    if ((w === "of" || w === "and") && tokens[i + 1] && /^\p{Ll}/u.test(tokens[i + 1]![0]) && isPersonNoun(tokens[i + 1]![0])) break;
    // "widow of former Senator Tom Roe": the relation is another person's; the title starts after "of".
    if (w === "of" && tokens[i - 1] && FAMILY_NOUNS.has(tokens[i - 1]![0].toLowerCase())) break;
    // "Mugabe accused British Prime Minister Gordon Brown": a person noun that is the sentence's verb ends the title.
    if (verbs.has(i)) break;
    const ok = /^\p{Lu}/u.test(w) || isPersonNoun(w) || ROLE_MODIFIERS.has(w.toLowerCase()) || TITLE_CONNECTORS.has(w) || tokens[i + 1]?.[0] === "of" || nounModifiers.has(i);
    if (!ok) break;
    first = i;
  }
  let last = tokens.length - 1;
  // A title starts with a capital, a person noun or a modifier: "in the words of the Crown prosecutor" is "Crown prosecutor".
  const opensTitle = (w: string, i: number) => /^\p{Lu}/u.test(w) || isPersonNoun(w) || ROLE_MODIFIERS.has(w.toLowerCase()) || nounModifiers.has(i);
  // "But Representative Ann Roe …": a word that opens sentences ("But", "However") is no part of the title.
  while (first <= last && (TITLE_CONNECTORS.has(tokens[first]![0].toLowerCase()) || /^(a|an)$/i.test(tokens[first]![0]) || !opensTitle(tokens[first]![0], first) || NOT_NAMES.has(tokens[first]![0].toLowerCase()) || tokens[first]![0].toLowerCase() in NUMBER_WORDS)) first++;
  while (last >= first && TITLE_CONNECTORS.has(tokens[last]![0])) last--;
  // "Labour MP Ann Roe": letters that say what a person is stand as a title before the name too.
  if (first > last || !tokens.slice(first, last + 1).some((t) => isPersonNoun(t[0]) || POST_NOMINALS.has(t[0]))) return null;
  const title = before.slice(tokens[first]!.index!, tokens[last]!.index! + tokens[last]![0].length);
  // "publishers Jann Wenner … and Carlo De Benedetti", "Crown lawyers Ann Roe and …": a plural title is each one's, in the singular.
  return singularTitle(title);
}

/** "Crown lawyers" → "Crown lawyer", "deputies" → "deputy": a title whose last word is a plural person noun, for one of the people it titles. */
function singularTitle(title: string): string {
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]*?)(ies|s)$/u.exec(title);
  if (!m || m[1]!.endsWith("s")) return title;
  const one = m[2] === "ies" ? `${m[1]}y` : m[1]!;
  return isPersonNoun(one) ? title.slice(0, title.length - m[2]!.length) + (m[2] === "ies" ? "y" : "") : title;
}

/**
 * ", speaking to reporters on Sunday,", ", married a commoner", "Besides Ann Roe, Tom Roe has a
 * son": what follows the comma is a clause — it opens with a participle, or has a verb of its own
 * before any "who" / "that" — not a description of the person.
 */
export function isClause(text: string, at: number, phrase: string): boolean {
  const head = phrase.split(/\s+(?:who|that|which|whose)\s/)[0]!;
  if (/(?:^|\s)(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\s/.test(` ${head} `)) return true;
  // "…, the rise of this team shows progress": a verb that agrees or tells the past (not a participle, not a base form a noun may share).
  if (tagWords(text).some((w) => w.start >= at && w.end <= at + head.length && w.pos === "VERB" && /^\p{Ll}+$/u.test(w.text) && !/(?:ing|ed|en)$/.test(w.text) && w.lemma !== w.text)) return true;
  const first = /^\p{Ll}+/u.exec(phrase)?.[0];
  // "dubbed the Bandit King", "nicknamed …": a name given to the person says who they are.
  if (!first || !/(?:ing|ed)$/.test(first) || isPersonNoun(first) || ROLE_MODIFIERS.has(first) || NAMING_VERBS.has(first)) return false;
  // A participle with its object or preposition ("married a commoner", "speaking to reporters") opens a
  // clause; one before its noun ("an exiled party commander") qualifies it.
  const next = /^\p{Ll}+\s+(\S+)/u.exec(phrase);
  const nextAt = next ? at + next[0].length - next[1]!.length : -1;
  const [tag, after] = tagSpans(text, [{ start: at, end: at + first.length }, ...(next ? [{ start: nextAt, end: nextAt + next[1]!.length }] : [])]);
  return tag?.pos === "VERB" && (!after || ["DET", "ADP", "PRON", "PART", "ADV", "NUM"].includes(after.pos));
}
