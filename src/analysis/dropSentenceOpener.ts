import type { NameMention } from "./findMentions.ts";
import { PERSON_WORDS, STOPWORDS } from "./lexicon.ts";
import { OCCUPATION_IST } from "./mentionWords.ts";
import { tuning } from "../tuning.ts";

/** Whether an article writes a word in lowercase somewhere ("nonpartisan", "pan-democrat"). */
export interface LowercaseWords {
  has(word: string): boolean;
}

/** A lowercase word as it stands in text: a lowercase letter, then letters, apostrophes and hyphens. */
const LOWERCASE_WORD = /^\p{Ll}[\p{L}’'-]*$/u;
/** What may not stand right before such a word (it would be inside another word)… */
const WORD_CHAR_BEFORE = /[\p{L}\p{N}’'-]$/u;
/** …nor right after it (the word would go on). */
const WORD_CHAR_AFTER = /^[\p{L}’'-]/u;

/**
 * The words an article writes in lowercase, asked one word at a time: a sentence-opening word
 * is looked up in the text when asked (a few words an article) rather than every word of the
 * article collected beforehand, which cost about 5% of analysing it. A very long text (a pasted
 * report asked about hundreds of words, each a scan of all of it) is read into a set at once.
 */
export function lowercaseWords(paragraphs: readonly string[]): LowercaseWords {
  const text = paragraphs.join("\n");
  if (text.length > tuning.load.lowercaseLookupMaxChars) return new Set(text.match(/(?<![\p{L}\p{N}’'-])\p{Ll}[\p{L}’'-]*/gu));
  const known = new Map<string, boolean>();
  const standsAlone = (word: string): boolean => {
    if (!LOWERCASE_WORD.test(word)) return false;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (!WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !WORD_CHAR_AFTER.test(text.slice(end, end + 2))) return true;
    }
    return false;
  };
  return {
    has(word) {
      let found = known.get(word);
      if (found === undefined) known.set(word, (found = standsAlone(word)));
      return found;
    },
  };
}

/** Every capitalised word an article writes inside a sentence, after a lowercase word, a number or a comma ("said Browning"). */
export function capitalisedInside(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(/(?<=[\p{Ll}\p{N},;] +)\p{Lu}[\p{L}’'-]*/gu)) out.add(m[0]);
  return out;
}

/**
 * "Countering claims …", "Again accompanied by …": a sentence's first word in "-ing", or a small
 * word, is no one-word name unless the article capitalises it inside a sentence too.
 */
function openerWord(word: string, inside: ReadonlySet<string>): boolean {
  return !inside.has(word) && (STOPWORDS.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}{4,}ing$/u.test(word));
}

/**
 * "Nonpartisan Paul Tse and …", "Pan-democrat Ann Lee from …": a sentence's first word is
 * capitalised whatever it is, so when the article writes it in lowercase elsewhere it describes
 * the person rather than names them. Only a name of three words or more loses its first, so that
 * a two-word name ("Will Smith") is never cut to a surname. Null when the mention is no name.
 */
export function dropSentenceOpener(sentence: string, m: NameMention, lowercase: LowercaseWords, inside: ReadonlySet<string> = new Set()): NameMention | null {
  if (!/^[\s“"‘'(]*$/.test(sentence.slice(0, m.nameStart))) return m;
  // "Earmarks added into the bill …": a single capitalised word opening the sentence that the
  // article writes in lowercase elsewhere is a common noun, no name (and no speaker of "added").
  if (m.kind === "unknown" && !m.name.includes(" ") && lowercase.has(m.name.toLowerCase())) return null;
  if (m.kind === "unknown" && !m.name.includes(" ") && /^\s+\p{Ll}/u.test(sentence.slice(m.end)) && openerWord(m.name, inside)) return null;
  // "Retired teacher Ivo Sand …", "Local farmer Ann Roe …": a word before a word for a person and her name describes her.
  const before = /^\s+(\p{Ll}+)\s+\p{Lu}/u.exec(sentence.slice(m.end));
  if (m.kind === "unknown" && !m.name.includes(" ") && before && PERSON_WORDS.has(before[1]!) && !inside.has(m.name)) return null;
  // "Results of NCLAN …", "Commanders of the Coastal Guard …": a common noun and "of" before an organisation's name.
  const of = /^(\p{Lu}\p{Ll}+) of (?:the )?(?=\p{Lu})/u.exec(m.name);
  if (m.kind === "organisation" && of && lowercase.has(of[1]!.toLowerCase())) {
    const rest = m.name.slice(of[0].length);
    return { ...m, start: m.start + m.name.length - rest.length, nameStart: m.nameStart + m.name.length - rest.length, name: rest };
  }
  if (m.kind !== "person") return m;
  const words = m.name.split(" ");
  // "Economist Tom Roe said": a calling in "-ist" opening the sentence is the person's title.
  const calling = OCCUPATION_IST.test(words[0]!.toLowerCase());
  if (words.length < 3 || !(calling || lowercase.has(words[0]!.toLowerCase()))) return m;
  const rest = words.slice(1).join(" ");
  return { ...m, nameStart: m.nameStart + m.name.length - rest.length, name: rest, role: m.role ?? (calling ? words[0]! : null) };
}
