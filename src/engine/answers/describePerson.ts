import { ORGANISATION_HEADS, POST_NOMINALS } from "../../analysis/lexicon.ts";
import { tagWords } from "../../analysis/partsOfSpeech.ts";
import { DETERMINER, hasPersonNoun, isClause, isPersonNoun, titleBefore } from "./personTitle.ts";

// What a sentence says a named person is, read from the words around the name: a title before
// it ("Secretary of State Mike Pompeo", "coauthor Colette Heald", "Co-founder of Google, Sergey
// Brin,"), an appositive after it ("Kathryn Waters, director of the gallery,"), the capacity it
// acts in ("Kim Jong-un issued an order of the supreme commander of …") or what it is said to be
// ("Mohamed was a VIP guest").


/** ", director of the gallery," after a name, and ", and Chairman of …," that continues it. */
function appositiveAfter(text: string, end: number): string | null {
  // "Ana Soto, 34, a marine biologist,": an age between the name and its description; "Ann Roe,
  // Ohio, the head of …": a place or body in commas before it.
  const aged = /^,\s+\d{1,3}(?=,)/.test(text.slice(end));
  const after = text.slice(end).replace(/^,\s+\d{1,3}(?=,)/, "").replace(/^,\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?=,\s+(?:the|a|an)\s)/u, "");
  const m = /^,\s+([^,;:()“"]{2,160}?)(?=\s*(?:,|;|:|\.(?:\s|$)|$|\())/u.exec(after);
  if (!m) return null;
  // "Ann Roe, also a Labour MP,": an adverb before the description is no part of it.
  const phrase = m[1]!.trim().replace(/^(?:also|now|then|herself|himself|itself)\s+(?=(?:a|an|the)\s)/i, "");
  // "Thomas Sam, 42, and his wife Manju Sam": a list goes on; no description starts with "and".
  if (/^(?:and|or|but|nor|who|whom|whose|which|that)\s/i.test(phrase)) return null;
  if (isClause(text, end + m[0].indexOf(m[1]!), phrase)) return null;
  // "Meera Dass, 47, from Leeds": after an age, only a description says what the person is, not where they are from.
  if (aged && !/^(?:a|an|the)\s/i.test(phrase)) return null;
  // "Kevin Conroy, the voice of Batman in …": "the <noun> of …" in apposition says what the person is.
  // "Tom Lee, QC,": letters after the name say what the person is.
  // "Ann Roe, the Tribune newspaper's longtime cartoonist,": a long title ends in its person noun.
  const described = POST_NOMINALS.has(phrase) || hasPersonNoun(phrase.replace(DETERMINER, ""), 4) || isPersonNoun(phrase.split(/\s+/).at(-1)!) || /^(a|an)\s/i.test(phrase) || /^(of|from)\s+(the\s+)?\p{Lu}/u.test(phrase) || /^the\s+(?:\p{Ll}+\s+){1,3}of\s/u.test(phrase);
  if (!described) return null;
  let out = phrase;
  const more = /^,\s+and\s+([^,;:()“"]{2,120}?)(?=\s*(?:,|;|:|\.(?:\s|$)|$))/u.exec(after.slice(m[0].length));
  if (more && hasPersonNoun(more[1]!.replace(DETERMINER, ""), 3)) out = `${out}, and ${more[1]!.trim()}`;
  return out;
}

/**
 * "Ola Berg, writer and chairman of the guild says …": an appositive whose closing comma the
 * writer left out, ended by the verb of saying its person is the subject of. Only a phrase with a
 * person noun, so "Ann Roe, who says …" and "Ann Roe, the report says" stay out.
 */
function unclosedAppositive(text: string, end: number): string | null {
  const m = /^,\s+([^,;:()“"]{2,100}?)\s+(?:says|said|told|tells|adds|added|claims|claimed|states|stated|warns|warned|argues|argued|explains|explained|notes|noted|believes)\b/u.exec(text.slice(end));
  if (!m) return null;
  const phrase = m[1]!.trim();
  if (/^(?:and|or|but|nor|who|whom|whose|which|that|he|she|they|it)\b/i.test(phrase) || phrase.split(/\s+/).length > 12) return null;
  return isPersonNoun(phrase.split(/\s+/).at(-1)!) || hasPersonNoun(phrase.replace(DETERMINER, ""), 4) ? phrase : null;
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

/** Where a name stands in a sentence. */
export interface NameSpan {
  start: number;
  end: number;
}

/**
 * What the sentence says of the person named at [start, end): the title before the name and the
 * appositive after it, joined as written ("Emeritus Professor, the chairman of …"), else the
 * capacity or predicate. Null when the sentence says nothing of the kind. `others`: where the
 * sentence names other people — what is written about them is theirs ("alderman Ann Roe, County
 * Clerk Tom Lee": "County Clerk" is Tom Lee's), and a title shared by a list is read at its head
 * ("Crown lawyers Ann Roe and Tom Lee": each a Crown lawyer). Without `weak`, only what says what
 * the person is: no affiliation, list title or possessive body alone.
 */
export function describeAt(text: string, start: number, end: number, others: readonly NameSpan[] = [], weak = true): string | null {
  // "Ann Roe's father Tom Roe": a possessor is part of the title, no other person's.
  // "the son of Ann Roe, Tom Roe", "owner of Acme Trust, Tom Lee", "director for the Middle East and
  // North Africa, Ann Roe": a name inside a phrase after "of" / "for" is inside the title.
  const before = others.filter((o) => o.end <= start && !/^[’']s?\s/.test(text.slice(o.end)) && !/\b(?:of|for|at|with)\s+(?:(?:the|and|\p{Lu}[\p{L}.'’-]*)\s+)*$/u.test(text.slice(Math.max(0, o.start - 80), o.start)));
  const title = sharedTitle(text, start, before) ?? titleBefore(text, start, end, Math.max(0, ...before.map((o) => o.end)));
  const after = others.filter((o) => o.start >= end).sort((a, b) => a.start - b.start);
  const own = (phrase: string | null) => (phrase ? clipAtOthers(text, end, phrase, after) : null);
  const appositive = own(appositiveAfter(text, end) ?? unclosedAppositive(text, end));
  // "the Crown prosecutor, Ann Roe, QC,": the title says more than the letters after the name.
  // "Reverend Ada Moe from the Church of Scotland": a title, and whom the person is with.
  const second = title && appositive && POST_NOMINALS.has(appositive) ? null : (appositive ?? (title ? bodyAffiliation(own(affiliation(text, end))) : null));
  // "Dr Ann Roe, an epidemiologist at …": a form of address says less than the description after the name.
  const parts = [title && second && FORM_OF_ADDRESS.test(title) ? null : title, second].filter((p): p is string => !!p);
  // "Senior researcher Mu Li, of the University of NSW's school …": an affiliation continues the title.
  if (parts.length) return parts.reduce((a, b) => (/^(of|from|at|for|with)\s/.test(b) ? `${a} ${b}` : `${a}, ${b}`));
  const said = own(capacity(text, end)) ?? own(predicate(text, end)) ?? own(relative(text, end)) ?? own(leads(text, end)) ?? own(appointed(text, end)) ?? own(parenthetical(text, end)) ?? knownAs(text, start);
  // Whom the person is with, a list's title, a possessive body: what a sentence says when it says nothing more (`weak`).
  return said ?? (weak ? (own(affiliation(text, end)) ?? listTitle(text, start, end) ?? owner(text, start)) : null);
}

/** A title that is only a form of address: "Dr", "Prof.", "Mr". */
const FORM_OF_ADDRESS = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss)\.?$/i;

/**
 * "of the Civic Party", "from the Church of Scotland", "of DAB": an affiliation with a body, which
 * adds to a title; "of Savannah" after "engineer Ann Roe" tells where she is from, not what she is.
 */
function bodyAffiliation(phrase: string | null): string | null {
  if (!phrase) return null;
  const body = phrase.replace(/^\S+\s+/, "");
  return /^the\s/i.test(body) || /^\p{Lu}{2,}\b/u.test(body) || body.split(/\s+/).some((w) => ORGANISATION_HEADS.has(w.toLowerCase())) ? phrase : null;
}

/** What stands between names of a list: a comma, "and", or both, after an affiliation ("Ann Roe of the Civic Party and Tom Lee"). */
const LIST_GAP = /^(?:\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[^,;:()]*?)?\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/** "Crown lawyers Ann Roe and Tom Lee": the plural title at the head of a list of names this one continues, in the singular. */
function sharedTitle(text: string, start: number, before: readonly NameSpan[]): string | null {
  let head = start;
  let headEnd = start;
  for (const o of [...before].sort((a, b) => b.end - a.end)) {
    if (!LIST_GAP.test(text.slice(o.end, head))) break;
    head = o.start;
    headEnd = o.end;
  }
  if (head === start) return null;
  const floor = Math.max(0, ...before.filter((o) => o.end <= head).map((o) => o.end));
  const title = titleBefore(text, head, headEnd, floor);
  // Only a plural title is shared: "alderman Ann Roe, Tom Lee" says nothing of Tom Lee.
  return title && !text.slice(0, head).trimEnd().endsWith(title) ? title : null;
}

/**
 * A description read after the name, cut where another person's name begins: "of DAB and Eva
 * Yung of …" is "of DAB"; ", County Clerk Tom Lee" (nothing before the other name but its title)
 * is the other one's, not this one's; "widow of the former mayor Tom Lee" names the other as the
 * one the person is related to, and stands whole.
 */
function clipAtOthers(text: string, end: number, phrase: string, after: readonly NameSpan[]): string | null {
  const at = text.indexOf(phrase, end);
  if (at < 0) return phrase;
  // "Ann Roe, the Tribune's cartoonist": a possessor inside the description is part of it.
  const other = after.find((o) => o.start < at + phrase.length + 2 && o.end > at && !/^[’']s?\s/.test(text.slice(o.end)));
  if (!other) return phrase;
  if (other.start <= at) return null;
  const lead = text.slice(at, other.start);
  const gaps = [...lead.matchAll(/,\s+(?:and\s+)?|\s+and\s+/g)];
  const last = gaps.at(-1);
  const tail = last ? lead.slice(last.index! + last[0].length) : lead;
  if (/(?:^|\s)(?:of|to|for)\s/.test(tail)) return phrase;
  // "from the rights group Stonewall Now": a name after a word for a thing is no person's; one after a title is.
  const titled = tail.trim() === "" || isPersonNoun(tail.trim().split(/\s+/).at(-1)!);
  if (!titled) return phrase;
  if (!last) return null;
  const kept = lead.slice(0, last.index!).trim();
  return kept.length >= 2 ? kept : null;
}

/** "Karl Ode, who works as a harbour pilot,", "Ann Roe, who was the mayor": a relative clause saying what the person is. */
function relative(text: string, end: number): string | null {
  // "Matt Jones, 24, who worked as a trainer": an age may stand first; "who said he was a spokesman": as the person tells it.
  const m = /^(?:,\s+\d{1,3})?,?\s+who\s+(?:(?:said|says|claimed|claims)\s+(?:he|she)\s+(?:is|was)|is|was|has been|had been|works as|worked as|serves as|served as)\s+((?:a|an|the)\s+[^,.;“"()]{2,80})/u.exec(text.slice(end));
  return m && hasPersonNoun(m[1]!.replace(DETERMINER, ""), 5) ? m[1]!.trim() : null;
}

/** Verbs that say what a person leads, with the noun for the one who does it: "who heads the board" → "head of the board". */
const LEADING_VERBS: Readonly<Record<string, string>> = {
  heads: "head", headed: "head", leads: "leader", led: "leader", chairs: "chair", chaired: "chair", directs: "director", directed: "director",
  founded: "founder", owns: "owner", owned: "owner", coaches: "coach", coached: "coach", manages: "manager", managed: "manager",
};
const LEADING = new RegExp(String.raw`^(?:,\s+\d{1,3})?,\s+who\s+(?:also\s+|now\s+)?(${Object.keys(LEADING_VERBS).join("|")})\s+((?:the|a|an|his|her|their)\s+[^,.;“"()]{2,80}|\p{Lu}[^,.;“"()]{1,80})`, "u");

/** "Ann Roe, who heads the water board,": what the person leads, said as a title ("head of the water board"). */
function leads(text: string, end: number): string | null {
  const m = LEADING.exec(text.slice(end));
  return m ? `${LEADING_VERBS[m[1]!]} of ${m[2]!.trim()}` : null;
}

/** "Tom Bray, who was elected mayor in 2010", "Ann Roe was named head coach of the team last year": the office a person was given. */
function appointed(text: string, end: number): string | null {
  const m = /^(?:,\s+who)?\s+(?:is|was|has been|had been)\s+(?:elected|named|appointed|re-elected|sworn in as|chosen as)\s+((?:the\s+)?[^,.;“"()]{2,80})/u.exec(text.slice(end));
  if (!m) return null;
  // The office ends before when or where it was given: "mayor | in 2010", "head coach | last year".
  const office = m[1]!.split(/\s+(?:in|on|at|last|this|after|before|since|by|for|when|until)\s+(?!the\s+\p{Lu})/u)[0]!.trim();
  return hasPersonNoun(office.replace(DETERMINER, ""), 4) ? office : null;
}

/** "Nell Rae (a former diver)": a description in brackets after the name. */
function parenthetical(text: string, end: number): string | null {
  // "Hu Jintao [President of China]": an editor's note in square brackets too, with or without an article.
  const m = /^\s*[([]((?:a|an|the)\s+[^()[\]]{2,80}|\p{Lu}[^()[\]]{2,80})[)\]]/u.exec(text.slice(end));
  return m && hasPersonNoun(m[1]!.replace(DETERMINER, ""), /^(?:a|an|the)\s/i.test(m[1]!) ? 5 : 2) ? m[1]!.trim() : null;
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
function listTitle(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 160), start).split(/[;:.]\s/).at(-1)!;
  // "celebrity guests like Ann Roe, Tom Lee and …": the list may follow "like", "such as", "including".
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]+s)\s+((?:like|such as|including)\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*|\([^()]{1,30}\)\s*|,\s*|\band\s+)*)$/u.exec(before);
  // The first name after "like" is a list's when another name follows it.
  const first = !!m?.[2] && m[3] === "" && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)\p{Lu}/u.test(text.slice(end));
  if (!m || (!/(,|\band)\s*$/.test(m[3]!) && !first)) return null;
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
  // "from the gay rights group Stonewall Scotland": a few lowercase words may say what the body is.
  const m = /^\s+((?:of|for|from|at|with)\s+(?:the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3})?\p{Lu}[^,.;:“"()]{1,80}?)(?=\s*(?:,|\.|;|:|$)|\s+(?:said|says|told|tells|added|wrote)\b)/u.exec(text.slice(end));
  if (!m) return null;
  // "Ann Roe of the Civic Party was elected", "… of LSD were successfully re-elected": the
  // phrase ends before the verb the person is the subject of (and an adverb before it).
  const at = end + m[0].indexOf(m[1]!);
  const phraseEnd = at + m[1]!.length;
  const verb = tagWords(text).find((w) => w.start > at && w.start < phraseEnd && (w.pos === "AUX" || w.pos === "VERB") && /^\p{Ll}/u.test(w.text));
  const clause = verb ? text.slice(at, verb.start).replace(/(?:\s+(?:\p{Ll}+ly|also|still|again|later|too|then|now))+\s*$/u, "") : m[1]!;
  // "of Rolling Stone and Ann Roe of the Tribune": "and" before another name with its own "of" starts the next one.
  const phrase = clause.split(/\s+and\s+(?=(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:of|from)\s)/u)[0]!;
  return /\s\p{Lu}[\p{L}\p{N}'’.&-]*$|\s\p{Ll}{3,}$/u.test(phrase.trim()) ? phrase.trim() : null;
}
