import { stemmer } from "stemmer";
import { IRREGULAR_PAST, PLACE_ALIASES, SPELLING_VARIANTS, STOPWORDS, SYNONYM_GROUPS } from "./lexicon.ts";
import { ownEntry } from "./ownEntry.ts";
import { rewriteHandwritten, tableRewritesFor } from "./phrasalVerbs.ts";

const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;
/** Latin letters with accents ("é", "ñ", "ş", "ễ"). */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * Folds the typography of real articles (curly quotes, dashes, NBSP) to plain forms for matching,
 * and drops accents: a reader types "Beyonce" or "Sao Paulo" for "Beyoncé" and "São Paulo". Never
 * used for cited text.
 */
export function foldTypography(s: string): string {
  // Plain ASCII without a backtick has nothing to fold (NFKD leaves ASCII as it is): most text.
  if (PLAIN_ASCII.test(s)) return s;
  const composed = s.normalize("NFKC");
  // Only text with accented letters pays for taking the accents off.
  return (ACCENTED.test(composed) ? composed.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : composed)
    .replace(/[\u2018\u2019\u02bc\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\u00a0/g, " ");
}

/**
 * Lowercase word tokens for matching: "U.S." becomes "us", "5,000" becomes "5000",
 * possessive "'s" is dropped, hyphenated words are split ("long-term" → long, term).
 */
/** The text with its first letter capitalised: a lead line, a month name, "The Associated Press". */
/** A text to match literally inside a RegExp: its special characters escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function words(s: string): string[] {
  // Each rewrite only where a cheap look finds what it rewrites: this runs on every sentence.
  let folded = foldTypography(s);
  // "US" the country, not "us" the pronoun (a stopword): only the capitals tell them apart.
  if (folded.includes("U")) folded = folded.replace(/\bU\.?S\.?(?=\s|$|[,;:)'"])/g, "usa");
  folded = folded.toLowerCase().replace(/\b([a-z])\.([a-z])\.(?:([a-z])\.)?/g, (_m, a, b, c) => `${a}${b}${c ?? ""}`);
  if (folded.includes(",")) folded = folded.replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (folded.includes("'s")) folded = folded.replace(/'s\b/g, "");
  const text = rewriteHandwritten(MULTI_WORD_NAME.test(folded) ? multiWordNames(folded) : folded);
  const tokens = wordTokens(text);
  // Phrasal verbs of the table ("went up" → "rose"): only a text whose words hold one is read again.
  const rewrites = tableRewritesFor(tokens);
  if (!rewrites) return tokens;
  let out = text;
  for (const [pattern, word] of rewrites) out = out.replace(pattern, word);
  return wordTokens(out);
}

const TOKEN = /[\p{L}\p{N}]+(?:\.\d+)?/gu;
/** The same words in plain ASCII text, where letters and digits are A-Z and 0-9: most text, read faster without Unicode classes. */
const ASCII_TOKEN = /[A-Za-z0-9]+(?:\.\d+)?/g;
const ASCII = /^[\x00-\x7f]*$/;

function wordTokens(text: string): string[] {
  return text.match(ASCII.test(text) ? ASCII_TOKEN : TOKEN) ?? [];
}

/** The first words of the names below: most texts have none, and are passed by after one scan. */
const MULTI_WORD_NAME = /\b(?:united|service|pull|draw|carbon|sul|nitrous)/;

/** Names of one thing written in two words, made one word so they match as one. */
function multiWordNames(text: string): string {
  return (
    text
      // Country names of two words, one word as their short forms are ("British" and "United Kingdom" both mean uk).
      .replace(/\bunited kingdom\b/g, "uk")
      .replace(/\bunited states\b/g, "usa")
      .replace(/\bservice\s*(members?|men|women|people)\b/g, "servicemembers")
      .replace(/\bpull(ed|ing|s)?[\s-]+(out|back)\b/g, "pullout")
      .replace(/\bdraw(ing|s|n)?[\s-]+down\b/g, "drawdown")
      // Gases written as a name or a formula.
      .replace(/\bcarbon[\s-]+dioxide\b/g, "co2")
      .replace(/\bsul(?:ph|f)ur[\s-]+dioxide\b/g, "so2")
      .replace(/\bnitrous[\s-]+oxide\b/g, "n2o")
  );
}

const synonymOf = new Map<string, string>();
for (const group of [...SPELLING_VARIANTS, ...SYNONYM_GROUPS]) {
  const head = stemmer(group[0]!);
  for (const w of group) {
    synonymOf.set(w, head);
    synonymOf.set(stemmer(w), head);
  }
}

const cache = new Map<string, string>();
/**
 * Words whose matching form is remembered: an archive of thousands of articles uses some tens of
 * thousands of words; past this the cache starts over, so odd words in questions cannot grow it
 * without end. Longer words are not kept at all (none is a real word; see tuning.vocabulary).
 */
const CACHE_WORDS = 50_000;
const CACHE_WORD_LENGTH = 40;

/** The matching form of one lowercase word: place aliases and synonyms merged, then stemmed. */
export function canonical(word: string): string {
  let c = cache.get(word);
  if (c !== undefined) return c;
  const place = ownEntry(PLACE_ALIASES, word);
  // "began" is matched as "begin": irregular past forms first, then synonyms, then the stem.
  const verb = ownEntry(IRREGULAR_PAST, word) ?? word;
  if (place) c = place;
  else {
    // "researchers" stems to "research", "photographers" to "photograph": a doer is not the
    // activity, so a stem that lost an "-er" takes no synonym the word itself was not given.
    const stem = stemmer(verb);
    const doer = /ers?$/.test(verb) && !/er$/.test(stem);
    c = synonymOf.get(verb) ?? (doer ? undefined : synonymOf.get(stem)) ?? stemmer(adjectiveOf(verb));
  }
  if (word.length <= CACHE_WORD_LENGTH) {
    if (cache.size >= CACHE_WORDS) cache.clear();
    cache.set(word, c);
  }
  return c;
}

/** How many words the cache holds now (for tests and the stress script). */
export function canonicalCacheSize(): number {
  return cache.size;
}

/** The adjective of an -ly adverb, so "easily" meets "easy" and "partially" meets "partial" (the stemmer keeps them apart). */
function adjectiveOf(word: string): string {
  if (word.length <= 5 || !word.endsWith("ly")) return word;
  return word.endsWith("ily") ? `${word.slice(0, -3)}y` : word.slice(0, -2);
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Canonical content terms of a text: words that are not stopwords, merged by meaning. */
export function contentTerms(s: string): string[] {
  return words(s)
    .filter((w) => !STOPWORDS.has(w))
    .map(canonical);
}
