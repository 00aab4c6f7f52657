// What a personal pronoun right after a name tells of it: "Adele, in her performance, …" makes
// Adele a person (a single word the article never titles is otherwise read as a body when it
// speaks) and a woman, so a later "she said" goes to her and not to the last man named.
import type { NameMention } from "./mentionWords.ts";

export type Gender = "female" | "male";

const FEMALE = new Set(["she", "her", "hers", "herself"]);
const MALE = new Set(["he", "his", "him", "himself"]);
/** How far after a name its pronoun may stand: "Representative Ann Roe (D Ohio) was not changing her vote". */
const WINDOW_CHARS = 60;

/**
 * The gender of a possessive or reflexive pronoun that follows the mention in its own clause,
 * before any other name, quotation or clause break: "X, in her performance", "X, with his
 * wife", "X herself"; null when none does. Only after a preposition: "X told her" may be
 * someone else. Pure.
 */
export function pronounAfter(text: string, mention: Pick<NameMention, "end">, nextMentionStart: number): Gender | null {
  const stop = Math.min(nextMentionStart, mention.end + WINDOW_CHARS);
  const span = text.slice(mention.end, stop);
  const cut = span.search(/[;“"”]|\s(?:and|but|while|whereas|because|after|before|when|who|whom|that)\s/);
  const clause = cut >= 0 ? span.slice(0, cut) : span;
  const m = /\b(?:in|on|with|at|for|from|by|during|into|through|about)\s+(her|his)\s+\p{Ll}|\b(herself|himself)\b/u.exec(clause);
  if (!m) return null;
  return /^her/.test(m[1] ?? m[2]!) ? "female" : "male";
}

/** Words before a name that tell a person's gender: "his wife Ann Roe", "Mrs Roe", "actress Ann Roe". */
const FEMALE_TITLE = /\b(?:wife|mother|daughter|sister|widow|girlfriend|grandmother|granddaughter|aunt|niece|woman|girl|actress|chairwoman|spokeswoman|businesswoman|congresswoman|queen|princess|duchess|mrs|ms|miss|madam|lady)\.?\s+$/i;
const MALE_TITLE = /\b(?:husband|father|son|brother|widower|boyfriend|grandfather|grandson|uncle|nephew|man|boy|actor|chairman|spokesman|businessman|congressman|king|prince|duke|mr|sir|lord)\.?\s+$/i;

/** The gender the words right before a name give it, or null. Pure. */
export function genderBefore(textBefore: string): Gender | null {
  const tail = textBefore.slice(-40);
  return FEMALE_TITLE.test(tail) ? "female" : MALE_TITLE.test(tail) ? "male" : null;
}

/** The gender a pronoun asks for: "she" a woman, "he" a man, others anyone. */
export function pronounGender(pronoun: string): Gender | null {
  const w = pronoun.toLowerCase();
  return FEMALE.has(w) ? "female" : MALE.has(w) ? "male" : null;
}

/** A capitalised single word, then a clause without another capital, then "in her …" / "with his …" / "herself". */
const WORD_THEN_PRONOUN = /(?<![\p{L}’'.-])(\p{Lu}\p{Ll}{2,})(?:['’]s)?(?![\p{L}’'-])([^.;:“”"!?\p{Lu}]{0,60}?)\b(?:(?:in|on|with|at|for|from|by|during|into|through|about)\s+(her|his)\s+\p{Ll}|(herself|himself)\b)/gu;
const CLAUSE_BREAK = /\s(?:and|but|while|whereas|because|after|before|when|who|whom|that)\s/;

/**
 * Single words the article treats as people by the pronouns after them ("Adele, in her
 * performance, …"), with their gender: read over the whole article first, so that a person
 * known only by one name is one from the first sentence that names her. Words the article also
 * writes in lowercase are common nouns opening a sentence. Pure.
 */
export function personsByPronoun(paragraphs: readonly string[], lowercase: ReadonlySet<string>): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const p of paragraphs) {
    if (!/\b(?:her|his|herself|himself)\b/.test(p)) continue;
    for (const m of p.matchAll(WORD_THEN_PRONOUN)) {
      const word = m[1]!;
      if (CLAUSE_BREAK.test(m[2]!) || lowercase.has(word.toLowerCase()) || out.has(word)) continue;
      out.set(word, /^her/.test(m[3] ?? m[4]!) ? "female" : "male");
    }
  }
  return out;
}
