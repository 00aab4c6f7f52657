// Phrases of a sentence that could answer a question: names (capitalised runs, acronyms,
// hashtags, web addresses, quoted titles), lists of names, and the phrase that follows or
// precedes the words the question shares with the sentence. Each span carries what kind of
// thing it looks like; `scoreSpan` (answerFactoid.ts) weighs them against what the question wants.
// Hand-written: the packages measured (RESEARCH.md) either label no places and people
// (wink-nlp's small model) or cost ten times the analysis (compromise).

import { MONTHS, NOT_NAMES, ORGANISATION_HEADS, PLACE_NAME_ENDINGS, ROLE_HEADS, ROLE_MODIFIERS, STOPWORDS, WEEKDAYS } from "../../analysis/lexicon.ts";
import { PLACE_HEADS, PLACE_NAMES } from "../../analysis/places.ts";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export type SpanKind = "person" | "organisation" | "place" | "name" | "phrase";

export interface Span {
  text: string;
  /** Token range [from, to). */
  from: number;
  to: number;
  kind: SpanKind;
  /** How it was found, for the trace: "name", "list", "after", "before", "quoted", "web", "asked-of" (the "of" part of an asked name). */
  source: string;
}

const TOKEN = /https?:\/\/\S+[\p{L}\p{N}/]|www\.[\p{L}\p{N}.\-/]+[\p{L}\p{N}]|[#@][\p{L}\p{N}_]+|[\p{L}\p{N}][\p{L}\p{N}'’\-]*(?:\.(?=[\p{L}\p{N}])[\p{L}\p{N}'’\-]+)*|[“”"'‘’]|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], lower: m[0].toLowerCase().replace(/[’']s$/, ""), start: m.index!, end: m.index! + m[0].length }));
}

/** Words that end a phrase: clause openers and coordinators before a new clause. */
const CLAUSE_WORDS = new Set(
  ("which that who whom whose because while when where whereas but although though if since after before until " +
    "unless so said says say told added according however therefore yet nor as than").split(" "),
);
const PREPOSITIONS = new Set(["in", "on", "at", "by", "from", "with", "near", "during", "into", "onto", "over", "under", "across", "through", "toward", "towards", "between", "among", "against", "within", "without", "outside", "inside"]);
/** Auxiliaries in a finite form: no noun phrase holds one. */
const FINITE = new Set(["is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must"]);
const CONNECTORS = new Set(["of", "the", "and", "for", "de", "la", "du", "von", "van", "&"]);
/** A name joined to a participle or "-style": an adjective ("Scientology-owned", "London-based", "US-led"). */
const NAME_ADJECTIVE = /-(?:owned|based|led|backed|born|made|run|funded|controlled|linked|affiliated|style|born|bound|registered|headquartered)$/i;
/** A mark that ends a phrase; a currency sign is part of its sum ("stealing | $ | 2 million"). */
export const PUNCT = /^[^\p{L}\p{N}#@$€£¥]+$/u;

/**
 * A word that starts a name: a capital, a hashtag or handle, a web address, a name after a short
 * lowercase particle ("al-Ikhbariya", "el-Sisi") or a brand in camel case ("iPhone", "eBay").
 */
const isCapitalised = (t: Token) => /^[\p{Lu}#@]/u.test(t.text) || /^\p{Ll}{1,3}-\p{Lu}|^\p{Ll}\p{Lu}\p{Ll}/u.test(t.text) || /^www\.|^https?:/.test(t.text);

/** The capitalised runs of a sentence: "New Zealand Herald", "Medical Journal of Australia", "KCNA". */
export function nameSpans(text: string, tokens: Token[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "the 3rd Battalion": an ordinal opens the name it numbers.
    if (/^\d{1,3}(?:st|nd|rd|th)$/.test(t.text) && tokens[i + 1] && isCapitalised(tokens[i + 1]!)) {
      const rest = nameSpans(text, tokens.slice(i + 1)).find((n) => n.from === 0);
      if (rest) {
        out.push({ ...rest, text: textOf(text, tokens, i, i + 1 + rest.to), from: i, to: i + 1 + rest.to });
        i += 1 + rest.to;
        continue;
      }
    }
    const atStart = i === 0 || /^[“"‘'(:]$/.test(tokens[i - 1]!.text);
    if (!isCapitalised(t) || (atStart && NOT_NAMES.has(t.lower)) || (atStart && STOPWORDS.has(t.lower)) || MONTHS.includes(t.lower) || WEEKDAYS.includes(t.lower)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && isCapitalised(tokens[j]!)) j++;
      // A model number belongs to its name: "Internet Explorer 9", "Apollo 11", "Exercise 1-17" (not a year).
      else if (j < tokens.length && /^\d{1,3}(?:-\d{1,3})?$/.test(tokens[j]!.text)) j++;
      else if (j + 1 < tokens.length && CONNECTORS.has(tokens[j]!.lower) && isCapitalised(tokens[j + 1]!) && tokens[j]!.lower !== "and") j += 2;
      // "Robert B. Neller", "Gen. Ann Roe": the point after an initial or an abbreviated title is inside the name.
      else if (abbreviationPoint(tokens, j)) j += 2;
      else break;
    }
    // Titles before a name are not the name: "Emeritus Professor John Burrows" → "John Burrows".
    // Only a title with a head ("Professor", "Secretary") goes: "National Defense Strategy" is a name.
    let from = i;
    for (let k = i; k < j - 1; k++) if (ROLE_HEADS.has(tokens[k]!.lower)) from = k + 1;
    if (from > i && tokens[from]?.text === ".") from++;
    if (j - from === 1 && ROLE_HEADS.has(tokens[from]!.lower)) {
      i = j;
      continue;
    }
    // "the Scientology-owned ship", "a London-based firm": a name made an adjective describes, it is no name.
    if (j - from === 1 && NAME_ADJECTIVE.test(tokens[from]!.text)) {
      i = j;
      continue;
    }
    // "the national B basketball team": one capital letter between lowercase words grades the noun; it names nothing.
    if (j - from === 1 && /^\p{Lu}$/u.test(tokens[from]!.text) && /^\p{Ll}/u.test(tokens[j]?.text ?? "")) {
      i = j;
      continue;
    }
    const name = textOf(text, tokens, from, j).replace(/[’']s$/, "");
    out.push({ text: name, from, to: j, kind: kindOfName(tokens, from, j), source: /^www\.|^https?:/.test(name) ? "web" : "name" });
    i = j;
  }
  return out;
}

/** Abbreviations a name may carry before its point: "Gen.", "Dr.", "St.", "Jr."; a lone capital is an initial. */
const NAME_ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "prof", "rev", "fr", "cmdr"]);

/** Whether the token at `j` is the point of an initial or an abbreviation, written close, with a capitalised word after it. */
function abbreviationPoint(tokens: Token[], j: number): boolean {
  const point = tokens[j];
  const before = tokens[j - 1];
  const next = tokens[j + 1];
  if (!point || !before || !next || point.text !== "." || point.start !== before.end || next.start !== point.end + 1) return false;
  return isCapitalised(next) && (/^\p{Lu}$/u.test(before.text) || NAME_ABBREVIATIONS.has(before.lower));
}

function kindOfName(tokens: Token[], from: number, to: number): SpanKind {
  const lower = tokens.slice(from, to).map((t) => t.lower);
  const joined = lower.join(" ");
  if (/^(www\.|https?:)/.test(joined)) return "place";
  if (lower.some((w) => ORGANISATION_HEADS.has(w)) && !PLACE_NAMES.has(joined)) return "organisation";
  if (PLACE_NAMES.has(joined) || PLACE_HEADS.has(lower.at(-1)!)) return "place";
  // "Kowloon West", "Palm Springs": a district or town named by its ending.
  if (to - from >= 2 && PLACE_NAME_ENDINGS.has(lower.at(-1)!) && !ROLE_HEADS.has(tokens[from - 1]?.lower ?? "")) return "place";
  // "the town of Yeoncheon", "in Christchurch": what comes before says it is a place.
  const before = tokens.slice(Math.max(0, from - 3), from).map((t) => t.lower);
  // "the town of Yeoncheon", "the nation's capital, Wellington".
  if (before.length >= 2 && (before.at(-1) === "of" || before.at(-1) === ",") && PLACE_HEADS.has(before.at(-2)!)) return "place";
  if (/^[A-Z]{2,6}$/.test(tokens[from]!.text) && to - from === 1) return "organisation";
  // "Gen. Robert Neller": the title before the name may end in its point.
  const title = tokens[from - 1]?.text === "." ? tokens[from - 2] : tokens[from - 1];
  if (ROLE_HEADS.has(title?.lower ?? "") || ROLE_MODIFIERS.has(title?.lower ?? "")) return "person";
  return "name";
}

/** Names joined by commas and "and": "the Croucher Foundation, US National Science Foundation, and US National Park Service". */
export function listSpans(text: string, tokens: Token[], names: Span[]): Span[] {
  const out: Span[] = [];
  for (let a = 0; a < names.length; a++) {
    let b = a;
    let closed = false;
    while (b + 1 < names.length) {
      const gap = tokens.slice(names[b]!.to, names[b + 1]!.from).map((t) => t.lower).filter((w) => w !== "the");
      const joined = gap.join(" ");
      if (joined === ",") b++;
      // "guided by Ann Roe, and Bo Lind of Kenya who …": a comma before "and" after a single name joins clauses, not a list of two.
      else if ((joined === ", and" || joined === ", or") && b === a) break;
      else if (joined === "and" || joined === ", and" || joined === "or" || joined === ", or") {
        b++;
        closed = true;
        break;
      } else break;
    }
    if (closed && b > a) {
      out.push({ text: textOf(text, tokens, names[a]!.from, names[b]!.to), from: names[a]!.from, to: names[b]!.to, kind: names[a]!.kind, source: "list" });
      a = b;
    }
  }
  return out;
}

/** Titles in quotation marks: “Cowboys and Indians”. */
export function quotedSpans(text: string, tokens: Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^[“"‘]$/.test(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < tokens.length && !/^[”"’]$/.test(tokens[j]!.text) && j - i <= 8) j++;
    if (j < tokens.length && j - i >= 2 && j - i <= 8 && /^[”"’]$/.test(tokens[j]!.text)) out.push({ text: textOf(text, tokens, i + 1, j), from: i + 1, to: j, kind: "name", source: "quoted" });
  }
  return out;
}

/**
 * The phrases next to the words a question shares with the sentence: what follows the last of
 * a run of matched words ("wearing | a NASA T-shirt"), and what comes before the first one
 * ("maize | is mainly sensitive"). Each stops at punctuation or a word that opens a clause; a
 * list ("seafood, milk and iodised salt") is kept whole.
 */
export function slotSpans(text: string, tokens: Token[], aligned: boolean[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!aligned[i]) continue;
    if (!aligned[i + 1]) {
      const after = phraseFrom(text, tokens, aligned, i + 1, 1);
      if (after) out.push({ ...after, source: "after" });
    }
    if (!aligned[i - 1]) {
      const before = phraseFrom(text, tokens, aligned, i - 1, -1);
      if (before) out.push({ ...before, source: "before" });
    }
  }
  return out;
}

/**
 * "Which industry …?": the words before the noun asked about that say which one it is ("the
 * wool industry", "the auto racing industry"), with the noun. Up to three modifiers, none a
 * function word, number or punctuation.
 */
export function headSpans(text: string, tokens: Token[], isHead: (lower: string) => boolean): Span[] {
  const out: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!isHead(tokens[k]!.lower)) continue;
    let from = k;
    // "the Buffalo Dreams Fantastic Film Festival": a capitalised noun ends a name, which is read whole, however long.
    const capital = (i: number) => /^\p{Lu}/u.test(tokens[i]!.text);
    const within = (from: number) => k - from < 3 || (capital(k) && capital(from - 1) && capital(from) && k - from < MAX_NAME_WORDS);
    while (from > 0 && within(from) && MODIFIER.test(tokens[from - 1]!.text) && !STOPWORDS.has(tokens[from - 1]!.lower) && !CLAUSE_WORDS.has(tokens[from - 1]!.lower) && !FINITE.has(tokens[from - 1]!.lower)) from--;
    // "their second studio album, No Need to Argue": a name given to the noun says which one; the words before it only describe it.
    const named = /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "") || (tokens[k + 1]?.text === "," && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? ""));
    if (from < k && !named) out.push({ text: textOf(text, tokens, from, k + 1), from, to: k + 1, kind: "phrase", source: "head" });
  }
  return out;
}

/** The most words a capitalised name before its head noun is read over ("Buffalo Dreams Fantastic Film Festival"). */
const MAX_NAME_WORDS = 7;

/** A word that may qualify a noun: letters (a hyphen inside), not a number or a mark. */
const MODIFIER = /^\p{L}[\p{L}'’-]*$/u;

function joinsNouns(tokens: Token[], at: number): boolean {
  const next = tokens[at];
  return !!next && /^\p{Ll}/u.test(next.text) && !STOPWORDS.has(next.lower) && !CLAUSE_WORDS.has(next.lower) && !FINITE.has(next.lower) && !/(?:ed|ing)$/.test(next.lower);
}

function phraseFrom(text: string, tokens: Token[], aligned: boolean[], start: number, step: 1 | -1): Omit<Span, "source"> | null {
  let i = start;
  // Skip the prepositions and auxiliaries between the matched words and the phrase.
  while (i >= 0 && i < tokens.length && !aligned[i] && STOPWORDS.has(tokens[i]!.lower) && !CLAUSE_WORDS.has(tokens[i]!.lower) && Math.abs(i - start) < 3) i += step;
  const first = i;
  let content = 0;
  let inList = false;
  while (i >= 0 && i < tokens.length && !aligned[i]) {
    const t = tokens[i]!;
    if (CLAUSE_WORDS.has(t.lower)) break;
    // "and" / "or" end a phrase unless it is a list already ("seafood, milk and iodised salt"), and
    // a preposition other than "of" ends what follows a verb ("orange suits | on the quay").
    // "the host government and international organizations": "and" joins two noun phrases when a
    // content word follows it; before a pronoun, a determiner-less verb or a clause it ends the phrase.
    if ((t.lower === "and" || t.lower === "or") && !inList && !(step === 1 && content > 0 && content <= 3 && joinsNouns(tokens, i + 1))) break;
    if (step === 1 && content > 0 && PREPOSITIONS.has(t.lower)) break;
    // A finite verb after the phrase starts its clause's predicate: "a red raincoat | were shared online".
    if (step === 1 && content > 0 && FINITE.has(t.lower)) break;
    if (PUNCT.test(t.text)) {
      // A comma inside a list continues it: ", milk and iodised salt"; quotation marks don't end a phrase.
      const list = step === 1 && t.text === "," && listContinues(tokens, i + 1);
      if (!list && !/^[“”"‘’']$/.test(t.text)) break;
      if (list) inList = true;
    } else if (!STOPWORDS.has(t.lower)) content++;
    if (content > 7) break;
    i += step;
  }
  const [from, to] = step === 1 ? [first, i] : [i + 1, first + 1];
  if (to <= from) return null;
  // Trim function words and quotes at the edges.
  let a = from;
  let b = to;
  while (a < b && (PUNCT.test(tokens[a]!.text) || (STOPWORDS.has(tokens[a]!.lower) && !/^(a|an|the)$/.test(tokens[a]!.lower)))) a++;
  while (b > a && (PUNCT.test(tokens[b - 1]!.text) || STOPWORDS.has(tokens[b - 1]!.lower))) b--;
  if (b <= a || !tokens.slice(a, b).some((t) => !STOPWORDS.has(t.lower) && !PUNCT.test(t.text))) return null;
  return { text: textOf(text, tokens, a, b), from: a, to: b, kind: "phrase" };
}

function listContinues(tokens: Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
    const w = tokens[k]!.lower;
    if (w === "and" || w === "or") return k > i;
    if (PUNCT.test(tokens[k]!.text) || CLAUSE_WORDS.has(w)) return false;
  }
  return false;
}

/** The sentence's own text between two tokens, verbatim. */
export function textOf(text: string, tokens: Token[], from: number, to: number): string {
  return to > from ? text.slice(tokens[from]!.start, tokens[to - 1]!.end) : "";
}

