// Parts of speech of a sentence or a question, from wink-nlp's small English model (MIT;
// wink-eng-lite-web-model): universal tags (NOUN, VERB, AUX, ADP …) and lemmas ("thrown" →
// "throw"). Measured here at about 40,000 sentences a second and 50 ms to load, so it is read
// at question time, only for the few sentences an answerer weighs, and cached; the index
// never waits for it. It labels no people or places (that stays with entities.ts).

import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type PartOfSpeech = "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART" | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

export interface TaggedWord {
  text: string;
  /** Character offsets in the text tagged. */
  start: number;
  end: number;
  pos: PartOfSpeech;
  /** Lower case base form: "throw" for "thrown", "girl" for "girls". */
  lemma: string;
}

let nlp: WinkMethods | undefined;
const CACHE_SIZE = 4096;
const cache = new Map<string, TaggedWord[]>();

/**
 * Loads the model, if not yet loaded, and reads one sentence so its code is compiled: done when
 * an engine is made (~55 ms), so no question waits for it (the first reading took 5 ms more).
 */
export function loadPartsOfSpeech(): WinkMethods {
  if (!nlp) {
    nlp = winkNLP(model, ["pos"]);
    nlp.readDoc("The council said on Monday that the new bridge would open in May.").tokens().out(nlp.its.pos);
  }
  return nlp;
}

/** The words of a text with their parts of speech; the same text is read once. */
export function tagWords(text: string): TaggedWord[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const nlp = loadPartsOfSpeech();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as PartOfSpeech[];
  // The types declare the lemma helper with another signature than `out` takes; it works as documented.
  const lemmas = doc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.pos) as string[];
  const out: TaggedWord[] = [];
  let at = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, at);
    // The model spells some words its own way; such a word keeps the place after the last one found.
    const from = start < 0 ? at : start;
    const end = start < 0 ? at : start + value.length;
    out.push({ text: value, start: from, end, pos: tags[i]!, lemma: (lemmas[i] ?? value).toLowerCase() });
    at = end;
  });
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, out);
  return out;
}

/**
 * One tag and lemma for each span of text the caller cut: a hyphenated word the model reads as
 * parts ("replication-deficient") takes the tag of its last part, or PROPN when it is written
 * with a capital and a part is a proper noun.
 */
export function tagSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Array<{ pos: PartOfSpeech; lemma: string }> {
  const words = tagWords(text);
  let k = 0;
  return spans.map((s) => {
    while (k < words.length && words[k]!.end <= s.start) k++;
    const inside: TaggedWord[] = [];
    for (let j = k; j < words.length && words[j]!.start < s.end; j++) if (words[j]!.end > s.start) inside.push(words[j]!);
    if (inside.length === 0) return { pos: "X", lemma: text.slice(s.start, s.end).toLowerCase() };
    const parts = inside.filter((x) => x.pos !== "PUNCT");
    const last = parts.at(-1) ?? inside.at(-1)!;
    // A capital inside a sentence marks a name, whatever the model guessed ("Bright Spark" is no verb).
    const capital = /^\p{Lu}/u.test(text.slice(s.start, s.end));
    const midSentence = s.start > 0 && !/[.!?:“"‘(]\s*$/u.test(text.slice(0, s.start));
    const proper = capital && (parts.some((x) => x.pos === "PROPN") || (midSentence && /^(?:NOUN|VERB|ADJ)$/.test(last.pos)));
    return { pos: proper ? "PROPN" : last.pos, lemma: inside.length === 1 ? last.lemma : text.slice(s.start, s.end).toLowerCase() };
  });
}

let lookupDoc: ReturnType<WinkMethods["readDoc"]> | undefined;

/** Whether the model's lexicon holds the word ("letter", "custody"): an English word, however rare in the articles. */
export function inLexicon(word: string): boolean {
  lookupDoc ??= loadPartsOfSpeech().readDoc("");
  return !lookupDoc.isOOV(word.toLowerCase());
}

/**
 * Whether a word is an irregular form of an English word the model's lexicon holds ("came" of
 * "come", "sat" of "sit", "men" of "man"): no misspelling of another word, whatever it resembles.
 * A regular form ("stared" of "stare") may still be a typo ("started"); so may a base form
 * ("rise") or a spelling the lexicon also lists as a name ("irak").
 */
export function isIrregularEnglish(word: string): boolean {
  const lower = word.toLowerCase();
  lookupDoc ??= loadPartsOfSpeech().readDoc("");
  if (lookupDoc.isOOV(lower)) return false;
  const tagged = tagWords(lower);
  if (tagged.length !== 1) return false;
  const lemma = tagged[0]!.lemma;
  return lemma !== lower && !lower.startsWith(lemma.replace(/e$/, ""));
}
