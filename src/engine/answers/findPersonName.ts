import { POST_NOMINALS, ROLE_MODIFIERS } from "../../analysis/lexicon.ts";
import { escapeRegExp } from "../../analysis/text.ts";
import { isPersonNoun, TOKEN } from "./personTitle.ts";
export type { NameSpan } from "./describePerson.ts";

// Where a sentence names a person: every place a form of the name is written (not a surname that
// is another person's: "Sam" in "Manju Sam" when "Thomas Sam" is asked), cut back to the person
// when the analysis ran a body or a title into the name.

/** Where a name stands in a sentence: every place one of its forms is written, the forms in the order given. */
export function findName(text: string, forms: string[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // Every word of the name's forms: "Sam" in "Manju Sam" is someone else's surname when the
  // name asked is "Thomas Sam", since "Manju" is no word of it.
  const ownWords = new Set(forms.flatMap((f) => f.toLowerCase().split(/\s+/)));
  for (const form of [...new Set(forms)].filter((f) => f.length > 1)) {
    // A cheap test first: most sentences do not hold the name at all.
    if (!text.toLowerCase().includes(form.toLowerCase())) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?:[’']s)?(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      // Names are capitalised: "Key" the surname, not "key dates".
      if (!/^\p{Lu}|^(al|el|bin|ibn|de|van|von)-?\p{Lu}/u.test(m[0])) continue;
      const end = start + m[0].replace(/[’']s$/, "").length;
      if (!form.includes(" ") && partOfAnotherName(text.slice(0, start), ownWords)) continue;
      if (!out.some((o) => start < o.end && end > o.start)) out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The capitalised word right before a one-word name form is a given name not of this person ("Manju" before "Sam"). */
function partOfAnotherName(before: string, ownWords: Set<string>): boolean {
  const prev = /(\p{Lu}[\p{Ll}'’-]+)\s+$/u.exec(before)?.[1];
  if (!prev || ownWords.has(prev.toLowerCase()) || isPersonNoun(prev) || ROLE_MODIFIERS.has(prev.toLowerCase())) return false;
  // A word opening the sentence is capitalised anyway ("Yesterday Sam said"); a title or honorific is no name.
  const start = before.length - prev.length - (before.length - before.trimEnd().length);
  return start > 0 && !/[.!?"“]\s*$/.test(before.slice(0, start)) && !HONORIFIC.test(prev);
}
const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|President|General|Judge|Justice|Senator|Governor|Mayor|Father|Sister|Brother|Rev|Saint|St)$/;

/**
 * Where a person is named, with the name as written. A name the analysis ran together with the
 * place or body before it ("University of Texas Arlington Amneh Jafari", "Council on
 * American-Islamic Relations Alia Salem") is cut back to its last two words: what follows "of" /
 * "on" there is the end of a title.
 */
export function personSpans(text: string, forms: string[]): Array<{ start: number; end: number; name: string }> {
  return findName(text, forms).map(({ start, end }) => {
    const tokens = [...text.slice(start, end).matchAll(TOKEN)];
    // "Minister for the Olympics Ann Roe" too: "the" may stand between.
    const before = /([\p{L}]+)(?:\s+the)?\s+$/u.exec(text.slice(0, start))?.[1];
    if (tokens.length >= 3 && before && /^(of|on|at|for|from)$/.test(before)) start += tokens.at(-2)!.index!;
    else {
      // "Cardinal Ann Roe", "County Commissioner Tom Lee": a title the analysis took into the
      // name stands before it (two words of name left at least: "Judge Roe" may be a surname).
      let title = -1;
      for (let i = 0; i <= tokens.length - 3; i++) if (isPersonNoun(tokens[i]![0]) && !POST_NOMINALS.has(tokens[i]![0])) title = i;
      if (title >= 0) start += tokens[title + 1]!.index!;
    }
    return { start, end, name: text.slice(start, end) };
  });
}
