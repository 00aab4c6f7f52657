import { NOT_NAMES, PERSON_DESCRIPTIONS as PERSON_NOUNS, POST_NOMINALS, ROLE_HEADS, ROLE_MODIFIERS } from "../../analysis/lexicon.ts";

// What a sentence says a named person is, read from the words around the name: a title before
// it ("Secretary of State Mike Pompeo", "coauthor Colette Heald", "Co-founder of Google, Sergey
// Brin,"), an appositive after it ("Kathryn Waters, director of the gallery,"), the capacity it
// acts in ("Kim Jong-un issued an order of the supreme commander of …") or what it is said to be
// ("Mohamed was a VIP guest").

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Small words that may stand inside a title: "Director of the Dallas chapter of the Council on …". */
const TITLE_CONNECTORS = new Set(["of", "for", "at", "on", "the", "and", "de", "in"]);
const DETERMINER = /^(the|a|an)\s+/i;

/** Whether a word names what a person is: a title ("minister") or a kind of person ("coauthor", "student"). */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, "").replace(/\.$/, "");
  const singular = w.endsWith("s") ? w.slice(0, -1) : w;
  // "singer-songwriter", "ex-president": a compound's last part says what the person is.
  if (/^\p{L}+-\p{L}+$/u.test(w) && !/^co-/.test(w) && isPersonNoun(w.slice(w.lastIndexOf("-") + 1))) return true;
  return ROLE_HEADS.has(w) || PERSON_NOUNS.has(w) || PERSON_NOUNS.has(singular) || ROLE_HEADS.has(singular) || /^co-?\w+(er|or)$/.test(w) || OCCUPATION.test(singular);
}

/** Suffixes of words for what people do ("prosecutor", "illustrator", "economist", "physician"), for nouns no list holds. */
const OCCUPATION = /^(?!(?:sector|vector|indicator|calculator|elevator|equator|radiator|generator|ventilator|legislator-?ship)$)\p{Ll}{3,}(?:ator|utor|ector|ist|ician|eer|grapher|ologist)$/u;

const hasPersonNoun = (phrase: string, within = 6) => (phrase.match(TOKEN) ?? []).slice(0, within).some(isPersonNoun);

/** The title written right before a name: capitalised words, titles and the small words between them. */
function titleBefore(text: string, start: number, end: number): string | null {
  // A title is short: only the 160 characters before the name are read (a long quotation before it costs nothing).
  const from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  // "Co-founder of Google, Sergey Brin," / "The Pentagon spokesman, Jonathan Hoffman, said": a title
  // in commas before the name, opening the sentence or with the name in commas too.
  const comma = /(^|[.;:(“"]\s*|,\s+)([^,;:.()“"]{2,80}),\s*$/.exec(before);
  if (comma && ((comma.index === 0 && from === 0) || /^\s*,/.test(text.slice(end)))) {
    // "Police said the suspect, Dorn,": the title starts after the clause that reports it.
    const phrase = comma[2]!.trim().replace(/^.*\b(?:said|says|told|tells|added|reported|stated|announced|named|identified)\s+/, "").replace(DETERMINER, "");
    if (hasPersonNoun(phrase, 4) && phrase.split(/\s+/).length <= 12) return phrase;
  }
  const tokens = [...before.matchAll(TOKEN)];
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
    const ok = /^\p{Lu}/u.test(w) || isPersonNoun(w) || ROLE_MODIFIERS.has(w.toLowerCase()) || TITLE_CONNECTORS.has(w) || tokens[i + 1]?.[0] === "of";
    if (!ok) break;
    first = i;
  }
  let last = tokens.length - 1;
  // A title starts with a capital, a person noun or a modifier: "in the words of the Crown prosecutor" is "Crown prosecutor".
  const opensTitle = (w: string) => /^\p{Lu}/u.test(w) || isPersonNoun(w) || ROLE_MODIFIERS.has(w.toLowerCase());
  // "But Representative Ann Roe …": a word that opens sentences ("But", "However") is no part of the title.
  while (first <= last && (TITLE_CONNECTORS.has(tokens[first]![0].toLowerCase()) || /^(a|an)$/i.test(tokens[first]![0]) || !opensTitle(tokens[first]![0]) || NOT_NAMES.has(tokens[first]![0].toLowerCase()))) first++;
  while (last >= first && TITLE_CONNECTORS.has(tokens[last]![0])) last--;
  if (first > last || !tokens.slice(first, last + 1).some((t) => isPersonNoun(t[0]))) return null;
  const title = before.slice(tokens[first]!.index!, tokens[last]!.index! + tokens[last]![0].length);
  // "publishers Jann Wenner … and Carlo De Benedetti": a plural title is each one's, in the singular.
  return /^\p{Ll}+s$/u.test(title) && isPersonNoun(title.slice(0, -1)) ? title.slice(0, -1) : title;
}

/** ", director of the gallery," after a name, and ", and Chairman of …," that continues it. */
function appositive(text: string, end: number): string | null {
  // "Ana Soto, 34, a marine biologist,": an age between the name and its description; "Ann Roe,
  // Ohio, the head of …": a place or body in commas before it.
  const aged = /^,\s+\d{1,3}(?=,)/.test(text.slice(end));
  const after = text.slice(end).replace(/^,\s+\d{1,3}(?=,)/, "").replace(/^,\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?=,\s+(?:the|a|an)\s)/u, "");
  const m = /^,\s+([^,;:()“"]{2,120}?)(?=\s*(?:,|;|:|\.(?:\s|$)|$|\())/u.exec(after);
  if (!m) return null;
  const phrase = m[1]!.trim();
  // "Thomas Sam, 42, and his wife Manju Sam": a list goes on; no description starts with "and".
  if (/^(?:and|or|but|nor)\s/i.test(phrase)) return null;
  // "Meera Dass, 47, from Leeds": after an age, only a description says what the person is, not where they are from.
  if (aged && !/^(?:a|an|the)\s/i.test(phrase)) return null;
  // "Kevin Conroy, the voice of Batman in …": "the <noun> of …" in apposition says what the person is.
  // "Tom Lee, QC,": letters after the name say what the person is.
  const described = POST_NOMINALS.has(phrase) || hasPersonNoun(phrase.replace(DETERMINER, ""), 4) || /^(a|an)\s/i.test(phrase) || /^(of|from)\s+(the\s+)?\p{Lu}/u.test(phrase) || /^the\s+(?:\p{Ll}+\s+){1,3}of\s/u.test(phrase);
  if (!described) return null;
  let out = phrase;
  const more = /^,\s+and\s+([^,;:()“"]{2,120}?)(?=\s*(?:,|;|:|\.(?:\s|$)|$))/u.exec(after.slice(m[0].length));
  if (more && hasPersonNoun(more[1]!.replace(DETERMINER, ""), 3)) out = `${out}, and ${more[1]!.trim()}`;
  return out;
}

/** "… as the supreme commander", "… an order of the supreme commander of the Korean People's Army [KPA]": the capacity a person acts in. */
function capacity(text: string, end: number): string | null {
  const m = /^[^,.;“"]{0,40}?\b(?:(?<!such |as well |as soon |so long )as|in (?:his|her|their) capacity as|an? (?:order|decree|directive) of|orders of)\s+(?:the\s+)?([^,.;“"]{2,100})/u.exec(text.slice(end));
  if (!m) return null;
  const phrase = m[1]!.split(/\s+(?:that|who|which|to|and said|said|when|after|before|because)\s+/)[0]!.trim();
  return hasPersonNoun(phrase.replace(DETERMINER, ""), 3) ? phrase : null;
}

/** "Mohamed was a VIP guest at …": what a sentence says the person is. */
function predicate(text: string, end: number): string | null {
  const m = /^\s+(?:is|was|has been|had been)\s+((?:a|an|the)\s+[^,.;“"]{2,80})/u.exec(text.slice(end));
  return m && hasPersonNoun(m[1]!.replace(DETERMINER, ""), 5) ? m[1]!.trim() : null;
}

/**
 * What the sentence says of the person named at [start, end): the title before the name and the
 * appositive after it, joined as written ("Emeritus Professor, the chairman of …"), else the
 * capacity or predicate. Null when the sentence says nothing of the kind.
 */
export function describeAt(text: string, start: number, end: number): string | null {
  const title = titleBefore(text, start, end);
  const after = appositive(text, end);
  // "the Crown prosecutor, Ann Roe, QC,": the title says more than the letters after the name.
  const parts = [title, title && after && POST_NOMINALS.has(after) ? null : after].filter((p): p is string => !!p);
  // "Senior researcher Mu Li, of the University of NSW's school …": an affiliation continues the title.
  if (parts.length) return parts.reduce((a, b) => (/^(of|from|at)\s/.test(b) ? `${a} ${b}` : `${a}, ${b}`));
  return capacity(text, end) ?? predicate(text, end) ?? relative(text, end) ?? parenthetical(text, end) ?? knownAs(text, start) ?? affiliation(text, end) ?? listTitle(text, start) ?? owner(text, start);
}

/** "Karl Ode, who works as a harbour pilot,", "Ann Roe, who was the mayor": a relative clause saying what the person is. */
function relative(text: string, end: number): string | null {
  const m = /^,?\s+who\s+(?:is|was|has been|had been|works as|worked as|serves as|served as)\s+((?:a|an|the)\s+[^,.;“"()]{2,80})/u.exec(text.slice(end));
  return m && hasPersonNoun(m[1]!.replace(DETERMINER, ""), 5) ? m[1]!.trim() : null;
}

/** "Nell Rae (a former diver)": a description in brackets after the name. */
function parenthetical(text: string, end: number): string | null {
  const m = /^\s*\(((?:a|an|the)\s+[^()]{2,80})\)/u.exec(text.slice(end));
  return m && hasPersonNoun(m[1]!.replace(DETERMINER, ""), 5) ? m[1]!.trim() : null;
}

/** "The hacker, known as Quill,": the noun a name is given to, before "known as" / "called". */
function knownAs(text: string, start: number): string | null {
  const m = /(?:^|\s)(?:the|a|an)\s+([^,.;:“"()]{2,60}?),?\s+(?:known as|called|named|nicknamed|dubbed|identified as|going by the name(?: of)?)\s+[“"]?$/iu.exec(text.slice(Math.max(0, start - 100), start));
  return m && hasPersonNoun(m[1]!, 4) ? m[1]!.trim() : null;
}

/**
 * "photographers Nat Finkelstein, Christopher Makos and Felice Quinto", "athletes Vitas
 * Gerulaitis (tennis) and Jack Nicklaus (golf)": a plural title before a list of names is each
 * one's title, in the singular.
 */
function listTitle(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 160), start).split(/[;:.]\s/).at(-1)!;
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]+s)\s+((?:\p{Lu}[\p{L}'’.-]*\s*|\([^()]{1,30}\)\s*|,\s*|\band\s+)+)$/u.exec(before);
  if (!m || !/(,|\band)\s*$/.test(m[2]!)) return null;
  const noun = m[1]!.replace(/ies$/, "y").replace(/s$/, "");
  return isPersonNoun(noun) ? noun : null;
}

/** "Demosisto's Nathan Law", "Acme's Ann Roe": the body whose person the name is, when nothing else describes them. */
function owner(text: string, start: number): string | null {
  const m = /(?:^|[\s(“"])((?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*)[’']s\s+$/u.exec(text.slice(Math.max(0, start - 80), start));
  return m ? m[1]! : null;
}

/** "Lydia Buchtmann for Food Standards Australia New Zealand, says": whom the person speaks for or works at. */
function affiliation(text: string, end: number): string | null {
  const m = /^\s+((?:of|for|from|at|with)\s+(?:the\s+)?\p{Lu}[^,.;:“"()]{1,80}?)(?=\s*(?:,|\.|;|$)|\s+(?:said|says|told|tells|added|wrote)\b)/u.exec(text.slice(end));
  return m ? m[1]!.trim() : null;
}

/** Where a name stands in a sentence: every place one of its forms is written, the forms in the order given. */
export function findName(text: string, forms: string[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // Every word of the name's forms: "Sam" in "Manju Sam" is someone else's surname when the
  // name asked is "Thomas Sam", since "Manju" is no word of it.
  const ownWords = new Set(forms.flatMap((f) => f.toLowerCase().split(/\s+/)));
  for (const form of [...new Set(forms)].filter((f) => f.length > 1)) {
    // A cheap test first: most sentences do not hold the name at all.
    if (!text.toLowerCase().includes(form.toLowerCase())) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:[’']s)?(?![\\p{L}\\p{N}])`, "giu");
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
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(0, start))?.[1];
    if (tokens.length >= 3 && before && /^(of|on|at|for|from)$/.test(before)) start += tokens.at(-2)!.index!;
    return { start, end, name: text.slice(start, end) };
  });
}
