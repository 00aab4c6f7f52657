import { CARDINAL_WORDS, COMMON_VERBS, DESCRIBING_HYPHEN_ENDINGS, HONORIFICS, IRREGULAR_PLURALS, PERSON_ACTION_VERBS, PLACE_NAME_ENDINGS, REPORTING_VERBS, THING_DETERMINERS, THING_HEADS, ROLE_HEADS, ROLE_MODIFIERS } from "./lexicon.ts";
import { isPlaceName, MAX_PLACE_WORDS, PLACE_NAMES } from "./places.ts";
import { appositiveRole, attachRoles } from "./mentionRoles.ts";
import {
  bare, CONNECTORS, continuesRun, isAcronym, isCapital, isInitials, isOrgWord, isParticle, isPlaceWord, isRoleWord, nameLike, notName, PLACE_FIRST_WORDS, tokenize,
  type NameMention, type Token,
} from "./mentionWords.ts";

export type { NameMention } from "./mentionWords.ts";

/**
 * Finds capitalised names and the titles attached to them:
 * "US President Donald Trump" → name "Donald Trump", role "US President";
 * "Commander of US Central Command Kenneth McKenzie" → role "Commander of US Central Command";
 * "acting Defense Secretary Christopher Miller" (lowercase role words join the title);
 * "The New York Times" → an organisation; "Qassem Soleimani, former commander of …," → the
 * appositive becomes the role. Single words ("Trump", "Xinhua") are reported as "unknown"
 * for the caller to resolve against names already seen.
 */
export function findMentions(sentence: string): NameMention[] {
  const tokens = tokenize(sentence);
  const out: NameMention[] = [];
  const titles: Array<{ end: number; text: string }> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsRun(tokens, i)) {
      i++;
      continue;
    }
    // Grow a run: capitalised words, joined by "of"/"for"/"the" and lowercase role words.
    let j = i;
    while (j + 1 < tokens.length && sameRun(sentence, tokens[j]!, tokens[j + 1]!) && (continuesRun(tokens[j + 1]!.text) || ((CONNECTORS.has(tokens[j + 1]!.text) || (tokens[j + 1]!.text === "on" && isOrgWord(tokens[j]!.text))) && nextCapital(tokens, j + 1)))) j++;
    const whole = tokens.slice(i, j + 1);
    i = j + 1;
    for (const run of splitAffiliation(whole)) {
      const mention = classify(sentence, run);
      if (mention) out.push(mention);
      else if (run.some((t) => isRoleWord(t.text))) titles.push({ end: run.at(-1)!.end, text: sentence.slice(run[0]!.start, run.at(-1)!.end).replace(/^the\s+/i, "") });
    }
  }
  attachRoles(sentence, out, titles);
  return out;
}

/** "Lydia Barnes for Food Standards Tasmania" is a person and an organisation, not one long name. */
/**
 * A name as written, without a possessive "'s" or a full stop after a word of two letters or
 * more ("Reuters." ending a sentence); an initial keeps its own. A module function, not a closure
 * made at every call of `classify` (under tsx each named closure costs a defineProperty).
 */
function nameText(s: string): string {
  const t = s.endsWith("s") ? s.replace(/[’']s$/, "") : s;
  return t.endsWith(".") ? t.replace(/(\p{L}{2,})\.$/u, "$1") : t;
}

function splitAffiliation(run: Token[]): Token[][] {
  const c = run.findIndex((t) => t.text === "for" || t.text === "of");
  // "spokesman for Northgate Hospital", "a spokeswoman for Acme": a lowercase title for a body names no one; the body is the name.
  const tail = run.slice(c + 1).filter((t) => !CONNECTORS.has(t.text));
  const lead = run.slice(0, c).filter((t, i) => i > 0 || !(notName(t.text) || CONNECTORS.has(t.text)));
  if (c >= 1 && lead.length > 0 && lead.every((t) => /^\p{Ll}/u.test(t.text) && (isRoleWord(t.text) || ROLE_MODIFIERS.has(t.text))) && tail.length > 0 && isCapital(tail[0]!.text)) return [run.slice(0, c), run.slice(c + 1)];
  // "Professor Ann Roe of the University of Texas": a titled name before "of" too.
  if (c < 2 || !run.slice(0, c).every((t) => nameLike(t.text) || isRoleWord(t.text)) || run.slice(0, c).filter((t) => nameLike(t.text) && !isRoleWord(t.text)).length < 2) return [run];
  // "Food Standards of Australia", "Bank of England": an organisation of a place.
  if (isPlaceName(run.slice(c + 1).map((t) => t.text).join(" "))) return [run];
  return [run.slice(0, c), run.slice(c + 1)];
}

function startsRun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.text;
  const c = t.charCodeAt(0);
  // Fast path for the common case, a lowercase word that is no title: most words of a sentence.
  if (c >= 97 && c <= 122 && !ROLE_MODIFIERS.has(t) && !ROLE_HEADS.has(t) && !isParticle(t)) return false;
  if (isCapital(t)) return true;
  // Lowercase titles that lead into a capitalised name: "acting Defense Secretary ...".
  return (ROLE_MODIFIERS.has(t) || isRoleWord(t)) && nextCapital(tokens, i);
}

function nextCapital(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const t = tokens[k]!.text;
    if (isCapital(t)) return true;
    if (!(CONNECTORS.has(t) || ROLE_MODIFIERS.has(t) || isRoleWord(t))) return false;
  }
  return false;
}

/** Tokens belong to one run only when nothing but spaces separates them. */
function sameRun(sentence: string, a: Token, b: Token): boolean {
  // "the Korean People's Army": a possessive inside an organisation's name.
  if (/[’']s$/.test(a.text)) return isCapital(a.text) && isOrgWord(b.text) && /^\s+$/.test(sentence.slice(a.end, b.start));
  if (!/^\s+$/.test(sentence.slice(a.end, b.start))) return false;
  // A period ends the run unless it closes an initial ("John F. Kirby") or a title ("Gen.").
  return !a.text.endsWith(".") || /^(\p{Lu}\.)+$/u.test(a.text) || isRoleWord(a.text);
}

/** Which tokens of a run belong to a place name, longest match first ("New South Wales"). */
function placeTokens(run: Token[]): boolean[] {
  const out = run.map(() => false);
  const lower = run.map((t) => bare(t.text));
  for (let i = 0; i < run.length; i++) {
    if (!PLACE_FIRST_WORDS.has(lower[i]!)) continue;
    for (let n = Math.min(MAX_PLACE_WORDS, run.length - i); n >= 1; n--) {
      const phrase = n === 1 ? lower[i]! : lower.slice(i, i + n).join(" ");
      if (!PLACE_NAMES.has(phrase)) continue;
      // A one-word place after a first name is a surname
      // ("Michael Jordan", "Foreign Minister Ana Lima"), not a place ("Food Safety Norway").
      if (n === 1 && i === run.length - 1 && i > 0 && nameLike(run[i - 1]!.text) && (i === 1 || isRoleWord(run[i - 2]!.text))) break;
      for (let k = i; k < i + n; k++) out[k] = true;
      i += n - 1;
      break;
    }
  }
  return out;
}

function classify(sentence: string, runIn: Token[]): NameMention | null {
  let run = runIn;
  // Sentence-initial or temporal words are never part of a name ("Currently", "Citing", "The").
  // "(R Minnesota)": a lone capital opening a run is a party's letter, not part of the name.
  // "the Ottawa-born Khadr": a word like "Ottawa-born" describes the name after it.
  while (run.length && (notName(run[0]!.text) || CONNECTORS.has(run[0]!.text) || (run.length > 1 && /^\p{Lu}$/u.test(run[0]!.text)) || DESCRIBING_HYPHEN.test(run[0]!.text))) run = run.slice(1);
  while (run.length && (CONNECTORS.has(run.at(-1)!.text) || notName(run.at(-1)!.text))) run = run.slice(0, -1);
  // "Two Norbank employees were killed": the number counts the noun after the name, and is no part of it.
  if (run.length > 1 && CARDINALS.has(bare(run[0]!.text)) && countedNounAt(sentence, run.at(-1)!.end)) run = run.slice(1);
  // "William J. Lynn III", "Ed Begley Jr.": a generation after a name belongs to no one's surname.
  while (run.length > 2 && GENERATION.test(run.at(-1)!.text)) run = run.slice(0, -1);
  if (run.length === 0 || run.every((t) => isPlaceWord(t.text))) return null;

  const start = run[0]!.start;
  const end = run.at(-1)!.end;
  const endText = nameText(sentence.slice(start, end));
  const endAt = start + endText.length;
  const place = placeTokens(run);
  // "South Korea", "New South Wales": a place, which may act (a country says, a capital announces).
  if (place.every(Boolean)) return { start, end: endAt, nameStart: start, name: endText, role: null, kind: "place" };
  // "Waitangi Day", "Patriot Act", "Hyde Park": a day, a law or a place, not a person.
  if (run.length >= 2 && THING_HEADS.has(bare(run.at(-1)!.text)) && !run.some((t) => isOrgWord(t.text)) && !actsAsPerson(sentence, run)) return null;
  // "Kowloon West", "Palm Springs": a district or town, unless it acts as a person ("Ann West said").
  if (run.length >= 2 && PLACE_NAME_ENDINGS.has(bare(run.at(-1)!.text)) && !run.some((t) => isOrgWord(t.text) || isRoleWord(t.text)) && !actsAsPerson(sentence, run)) return { start, end: endAt, nameStart: start, name: endText, role: null, kind: "place" };

  // The name is the longest tail of name-like words (at most four), never part of a place.
  let k = run.length;
  while (k > 0 && run.length - k < 4 && nameLike(run[k - 1]!.text) && !place[k - 1]) k--;
  // "K.C. Maurer", "J.K. Rowling": initials before a surname are a first name, not an acronym.
  if (k > 0 && k === run.length - 1 && isInitials(run[k - 1]!.text) && !place[k - 1] && !isPlaceWord(run[k - 1]!.text)) k--;
  let nameTokens = run.slice(k);
  let before = run.slice(0, k);
  // "the Conference on National Security Strategy": a few capitalised words after "on" / "of" / "for"
  // inside a body's name are that name, no person ("University of Texas Arlington Amneh Jafari" has more).
  let lastLink = before.length - 1;
  while (lastLink >= 0 && !/^(of|for|on)$/.test(before[lastLink]!.text)) lastLink--;
  const afterLink = run.length - lastLink - 1;
  if (lastLink > 0 && before.slice(0, lastLink).some((t) => isOrgWord(t.text)) && !before.some((t) => isRoleWord(t.text)) && afterLink <= 3 && !place[lastLink + 1]) {
    return { start, end: endAt, nameStart: start, name: endText, role: null, kind: "organisation" };
  }
  const hasRole = before.some((t) => isRoleWord(t.text));
  const orgOrPlaceBefore = before.some((t, i) => isOrgWord(t.text) || place[i]);
  // "University of Texas Arlington Amneh Jafari": after an organisation or a place, a long tail
  // of capitalised words ends in the person's first name and surname.
  if (orgOrPlaceBefore && !hasRole && nameTokens.length > 2 && !nameTokens.some((t) => /^\p{Lu}\.$/u.test(t.text))) {
    before = run.slice(0, run.length - 2);
    nameTokens = run.slice(-2);
  }
  // "PC World", "UK Biobank": an acronym opening a run with one more word names a body; no one's first name is an acronym.
  const hasOrg = run.some((t) => isOrgWord(t.text)) || (run.some((t) => isAcronym(t.text)) && (nameTokens.length === 0 || (nameTokens.length === 1 && isAcronym(run[0]!.text) && !isInitials(run[0]!.text))));

  // "the Grand Mosque", "the Velvet Underground": "the" before two capitalised words makes a named thing, not a person.
  if (nameTokens.length >= 2 && !hasRole && !orgOrPlaceBefore && nameTokens.length === run.length && /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 5), start))) {
    return { start, end: endAt, nameStart: start, name: endText, role: null, kind: "organisation" };
  }
  // "the President of ProtoStar", "Chief Executive of Acmeline": one name right after a title's "of" is
  // the body the title belongs to, no person holding it.
  // "Vice President of Taxpayers for Common Sense": two words after a connector are a body's name too,
  // which runs from the title's "of" ("Minister for Foreign Affairs Ann Lee" ends in more).
  if (hasRole && nameTokens.length <= 2 && /^(of|for|at)$/.test(before.at(-1)?.text ?? "")) {
    const link = run.findIndex((t, i) => i > 0 && /^(of|for|at)$/.test(t.text) && run.slice(0, i).some((r) => isRoleWord(r.text)));
    const body = run[link + 1]!;
    return { start: body.start, end: endAt, nameStart: body.start, name: nameText(sentence.slice(body.start, endAt)), role: null, kind: "organisation" };
  }
  // "Reporters Without Borders (RWB)": a name followed by its own initials in brackets is a body; people go by no acronym.
  if (nameTokens.length >= 2 && !hasRole && initialsInBrackets(sentence, endAt, run.map((t) => t.text))) {
    return { start, end: endAt, nameStart: start, name: endText, role: null, kind: "organisation" };
  }
  if (nameTokens.length > 0 && (hasRole || nameTokens.length >= 2)) {
    const nameStart = nameTokens[0]!.start;
    const titled = hasRole || orgOrPlaceBefore ? sentence.slice(start, before.at(-1)!.end) : null;
    const title = titled && !HONORIFICS.has(titled.toLowerCase()) ? titled : null;
    const role = [title, appositiveRole(sentence, endAt)].filter(Boolean).join(", ") || null;
    return { start, end: endAt, nameStart, name: nameText(sentence.slice(nameStart, nameTokens.at(-1)!.end)), role, kind: "person" };
  }
  // "Food Standards Australia New Zealand": capitalised words around a place name an organisation.
  if ((hasOrg || place.some(Boolean)) && !hasRole) {
    const orgStart = run[0]!.start;
    return { start: orgStart, end: endAt, nameStart: orgStart, name: endText, role: null, kind: "organisation" };
  }
  if (run.length === 1 && nameLike(run[0]!.text)) {
    return { start, end: endAt, nameStart: start, name: endText, role: appositiveRole(sentence, endAt), kind: "unknown" };
  }
  return null;
}

/** Whether "(ABC)" follows a run of capitalised words right after `end`, ABC being their initials ("Reporters Without Borders (RWB)"). */
function initialsInBrackets(sentence: string, end: number, run: string[]): boolean {
  const acronym = /^\s*\((\p{Lu}{2,6})\)/u.exec(sentence.slice(end, end + 12))?.[1];
  return !!acronym && acronym === run.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

/** "Ottawa-born", "London-based": a capitalised word made a describing word by its hyphenated ending. */
const DESCRIBING_HYPHEN = new RegExp(`^\\p{Lu}[\\p{L}.]*-(?:${DESCRIBING_HYPHEN_ENDINGS.join("|")})$`, "u");

/** A generational suffix: Jr., Sr., II, III, IV. */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * "Nathan Law earned …", "Ann Bay, 34, said", "Minister Tom Law": a capitalised pair ending in a
 * thing's head ("Law", "Bay") is a person when a person's verb, an age or "who" follows it or a title
 * leads it — unless a determiner or "under" before it makes it a thing ("the Election Law says").
 */
function actsAsPerson(sentence: string, run: Token[]): boolean {
  if (!run.slice(0, -1).some((t) => nameLike(t.text) && !/^\p{Lu}+$/u.test(t.text))) return false;
  const before = /([\p{L}’']+)\W*$/u.exec(sentence.slice(0, run[0]!.start))?.[1]?.toLowerCase();
  if (before && THING_DETERMINERS.has(before)) return false;
  if (run.some((t) => isRoleWord(t.text))) return true;
  const after = sentence.slice(run.at(-1)!.end);
  if (/^,\s*(who\b|aged\s+\d|\d{1,3}\s*,)/.test(after)) return true;
  const verb = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(after)?.[1];
  return !!verb && (REPORTING_VERBS.has(verb) || PERSON_ACTION_VERBS.has(verb));
}

const CARDINALS = new Set(CARDINAL_WORDS);

/** Whether a plural common noun follows `at` ("… employees", "… people"): what a number before a name counts. */
function countedNounAt(sentence: string, at: number): boolean {
  const w = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(sentence.slice(at, at + 40))?.[1];
  return !!w && (IRREGULAR_PLURALS.has(w) || (/[^su]s$/.test(w) && !COMMON_VERBS.has(w) && !REPORTING_VERBS.has(w) && !PERSON_ACTION_VERBS.has(w)));
}
