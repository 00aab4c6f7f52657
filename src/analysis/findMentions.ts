import { HONORIFICS, NOT_NAMES, ORGANISATION_DESCRIPTIONS, POST_NOMINALS, PERSON_ACTION_VERBS, PLACE_NAME_ENDINGS, REPORTING_VERBS, THING_DETERMINERS, THING_HEADS, ORGANISATION_HEADS, PLACE_ALIASES, ROLE_HEADS, ROLE_MODIFIERS } from "./lexicon.ts";
import { hasEntry } from "./ownEntry.ts";
import { isPlaceName, MAX_PLACE_WORDS, PLACE_NAMES } from "./places.ts";

/** A capitalised name found in a sentence, split into the role before it and the name itself. */
export interface NameMention {
  /** Character offsets of the whole phrase (role included) in the sentence. */
  start: number;
  end: number;
  /** Offsets of the name alone. */
  nameStart: number;
  /** The name as written, e.g. "Mike Pompeo", "New York Times", "Trump". */
  name: string;
  /** The title before the name or the appositive after it, e.g. "Secretary of State", or null. */
  role: string | null;
  /** "place": a country, region or city ("South Korea"); it may act as a speaker, never as a person. */
  kind: "person" | "organisation" | "place" | "unknown";
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*[\p{L}\p{N}.]|[\p{L}\p{N}]/gu;
const CONNECTORS = new Set(["of", "for", "the"]);
const PARTICLE = /^(al|el|bin|ben|ibn|de|da|di|du|van|von|der|le|la)-?/i;

function tokenize(text: string): Token[] {
  // An exec loop, not [...matchAll].map: no intermediate array of match objects (a hot path of loading).
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Remembers a word test's answers: the same few thousand words recur in every article, and
 * these tests were most of the time spent loading an archive.
 */
function memo<T>(test: (t: string) => T): (t: string) => T {
  const known = new Map<string, T>();
  return (t) => {
    let v = known.get(t);
    if (v === undefined) {
      v = test(t);
      if (known.size < 50_000 && t.length <= 40) known.set(t, v);
    }
    return v;
  };
}

const bare = memo((t) => t.replace(/[’']s$/, "").replace(/\.$/, "").toLowerCase());
const isCapital = memo((t) => /^\p{Lu}/u.test(t) || /^(al|el)-\p{Lu}/u.test(t));
// "President-elect", "Minister-designate" are titles too.
const isRoleWord = memo((t) => ROLE_HEADS.has(bare(t)) || ROLE_HEADS.has(t.toLowerCase()) || ROLE_HEADS.has(bare(t).replace(/-(elect|designate|in-waiting)$/, "")));
const isOrgWord = memo((t) => ORGANISATION_HEADS.has(bare(t)));
const isInitials = memo((t) => /^(\p{Lu}\.){1,3}$/u.test(t));
const isAcronym = memo((t) => /^(\p{Lu}\.?){2,}$/u.test(t.replace(/[’']s$/, "")));
const PLACES = new Set(Object.values(PLACE_ALIASES));
/** First words of place names: most capitalised words start none, and need no longer look-up. */
const PLACE_FIRST_WORDS = new Set([...PLACE_NAMES].map((p) => p.split(" ")[0]!));
const isPlaceWord = memo((t) => {
  const w = bare(t).replace(/\./g, "");
  return hasEntry(PLACE_ALIASES, w) || PLACES.has(w);
});
const isParticle = memo((t) => PARTICLE.test(t));

/** Whether a token could be part of a person's name (not a title, an organisation word or a place). */
const nameLike = memo((t) => {
  if (!isCapital(t) && !isParticle(t)) return false;
  if (/[’'](ve|re|ll|d|m|t)$/i.test(t)) return false; // contractions: "We’ve", "Don’t"
  return !isRoleWord(t) && !isOrgWord(t) && !isAcronym(t) && !isPlaceWord(t) && !NOT_NAMES.has(bare(t)) && !ROLE_MODIFIERS.has(bare(t));
});

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
  // "Lydia Barnes for Food Standards Tasmania": the person speaks for the organisation after her name.
  for (let m = 0; m + 1 < out.length; m++) {
    const [p, o] = [out[m]!, out[m + 1]!];
    if (p.kind === "person" && !p.role && o.kind === "organisation" && /^\s+(for|of)\s+$/.test(sentence.slice(p.end, o.start))) p.role = o.name;
  }
  // "Professor Ann Roe, Director of the National Salt Study, and Chair of …": titles in apposition to
  // a person just named are that person's roles, not people whose names are the words after the title.
  for (let m = 1; m < out.length; m++) {
    const x = out[m]!;
    if (x.kind !== "person" || !x.role || x.nameStart === x.start || !/^,\s*(and\s+)?$/.test(sentence.slice(0, x.start).slice(-6).replace(/^.*?(,)/, "$1"))) continue;
    const owner = out.slice(0, m).reverse().find((p) => p.kind === "person" && /^,/.test(sentence.slice(p.end)));
    if (!owner || !/^[,\s]*(\p{Ll}|,|$)/u.test(sentence.slice(x.end).replace(/^\s+/, " ").trimStart().slice(0, 1) || ",")) continue;
    out.splice(m--, 1);
  }
  // "North Korea's main news agency Korean Central News Agency", "Facebook co-founder Mark Zuckerberg",
  // "his father Ali Hassan": a description right before the name is its role.
  for (const m of out) {
    const description = describedBy(sentence, m.start);
    if (!description) continue;
    if (m.role && m.nameStart !== m.start) {
      // "New Zealand's Prime Minister John Key": whose title it is belongs to the role.
      if (description.nouns.length === 0 && description.possessive && m.role.startsWith(sentence.slice(m.start, m.nameStart).trim())) m.role = `${description.possessor} ${m.role}`;
      continue;
    }
    // "the social network Flitter", "localist group Brightway": a one-word name after a word for a body is that body.
    if (m.kind === "unknown" && description.nouns.length > 0 && ORGANISATION_DESCRIPTIONS.has(description.nouns.at(-1)!)) {
      m.kind = "organisation";
      continue;
    }
    if (description.nouns.length === 0 || !isRoleNoun(description.nouns.at(-1)!)) continue;
    // "according to curator Ann Lee": a lone role noun, for a person only.
    if (!description.possessor && (m.kind !== "person" || description.nouns.length > 1 || description.nouns[0]!.length < 4)) continue;
    const role = [description.possessor, ...description.nouns].filter(Boolean).join(" ");
    m.role = m.role ? `${role}, ${m.role}` : role;
  }
  // "The Pentagon spokesman, Jonathan Hoffman, said": a title standing before a name in commas.
  for (const t of titles) {
    const m = out.find((x) => x.kind === "person" && !x.role && /^,\s*$/.test(sentence.slice(t.end, x.start)));
    if (m) m.role = t.text;
  }
  // "Ann Roe, QC, said": letters after a person's name are her rank, not an organisation.
  for (let m = 1; m < out.length; m++) {
    const [p, x] = [out[m - 1]!, out[m]!];
    if (p.kind !== "person" || !POST_NOMINALS.has(x.name) || !/^,\s*$/.test(sentence.slice(p.end, x.start))) continue;
    p.role = p.role ? `${p.role}, ${x.name}` : x.name;
    out.splice(m--, 1);
  }
  return out;
}

/**
 * The words right before a name that may describe it: up to four lowercase words (closest last)
 * and what they belong to — capitalised words with or without "'s" ("North Korea's", "Facebook"),
 * or nothing for his/her/their/its. Null when the name follows no such words.
 */
function describedBy(sentence: string, at: number): { possessor: string; possessive: boolean; nouns: string[] } | null {
  const c = sentence.charCodeAt(at - 1);
  if (at < 2 || !(c === 32 || c === 160)) return null;
  // Most names follow a verb or a preposition that describes nothing: a cheap test of the word before first.
  const prevStart = sentence.lastIndexOf(" ", at - 2) + 1;
  const prev = sentence.slice(prevStart, at - 1);
  if (!/^[\p{Ll}-]+$|[’']s$/u.test(prev) || STOP_IN_DESCRIPTOR.has(prev)) return null;
  const before = sentence.slice(Math.max(0, at - 80), at).split(/\s+/).filter(Boolean);
  const nouns: string[] = [];
  let i = before.length - 1;
  while (i >= 0 && nouns.length < 4 && /^[\p{Ll}-]+$/u.test(before[i]!) && !POSSESSIVE_PRONOUNS.has(before[i]!)) {
    if (STOP_IN_DESCRIPTOR.has(before[i]!)) return nouns.length ? { possessor: "", possessive: false, nouns: [] } : null;
    nouns.unshift(before[i]!);
    i--;
  }
  if (i >= 0 && POSSESSIVE_PRONOUNS.has(before[i]!.toLowerCase())) return { possessor: "", possessive: true, nouns };
  const owner: string[] = [];
  while (i >= 0 && owner.length < 4 && /^\p{Lu}[\p{L}.’'-]*$/u.test(before[i]!) && (owner.length === 0 || !/[’']s$/.test(before[i]!))) {
    owner.unshift(before[i]!);
    i--;
  }
  while (owner.length && NOT_NAMES.has(bare(owner[0]!))) owner.shift();
  const possessor = owner.join(" ");
  return { possessor, possessive: /[’']s$/.test(possessor), nouns };
}

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);
const STOP_IN_DESCRIPTOR = new Set(["and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "said", "says", "told", "the", "a", "an", "was", "is", "who", "that", "which", "as"]);
const KIN = new Set(["father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt", "cousin", "parent", "friend", "colleague", "partner", "lawyer", "spokesperson"]);
/** Words with an agent noun's ending that name no one. */
const NOT_AGENT_NOUNS = new Set(
  ("whether together another however whatever whenever wherever rather further remember consider either neither " +
    "earlier sooner better former latter number member corner matter summer winter center centre letter order " +
    "recent current present percent different important instant silent urgent frequent confident independent " +
    "apparent constant significant relevant decent moment comment statement government department agreement " +
    "payment element event extent content intent behavior behaviour error mirror interior exterior").split(" "),
);

/** A noun that names what someone is: a title, a kin word, or an agent noun ("founder", "curator", "agency"). */
function isRoleNoun(w: string): boolean {
  return ROLE_HEADS.has(w) || KIN.has(w) || ORGANISATION_HEADS.has(w) || (/(?:er|or|ist|ian|ant|ent)$/.test(w) && w.length > 5 && !NOT_AGENT_NOUNS.has(w));
}

/** "Lydia Barnes for Food Standards Tasmania" is a person and an organisation, not one long name. */
function splitAffiliation(run: Token[]): Token[][] {
  const c = run.findIndex((t) => t.text === "for" || t.text === "of");
  if (c < 2 || !run.slice(0, c).every((t) => nameLike(t.text))) return [run];
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

const continuesRun = memo((t) => isCapital(t) || (isParticle(t) && /-\p{Lu}/u.test(t)) || isRoleWord(t) || ROLE_MODIFIERS.has(t));

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

/** A word that begins sentences or names a time; an acronym is a name even when it spells a word ("WHO"). */
const notName = memo((t) => NOT_NAMES.has(bare(t)) && !/^\p{Lu}{3,}$/u.test(t));

function classify(sentence: string, runIn: Token[]): NameMention | null {
  let run = runIn;
  // Sentence-initial or temporal words are never part of a name ("Currently", "Citing", "The").
  while (run.length && (notName(run[0]!.text) || CONNECTORS.has(run[0]!.text))) run = run.slice(1);
  while (run.length && (CONNECTORS.has(run.at(-1)!.text) || notName(run.at(-1)!.text))) run = run.slice(0, -1);
  if (run.length === 0 || run.every((t) => isPlaceWord(t.text))) return null;

  const start = run[0]!.start;
  const end = run.at(-1)!.end;
  const clean = (s: string) => {
    const t = s.endsWith("s") ? s.replace(/[’']s$/, "") : s;
    return t.endsWith(".") ? t.replace(/(\p{L}{2,})\.$/u, "$1") : t;
  };
  const endText = clean(sentence.slice(start, end));
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
  if (nameTokens.length > 0 && (hasRole || nameTokens.length >= 2)) {
    const nameStart = nameTokens[0]!.start;
    const titled = hasRole || orgOrPlaceBefore ? sentence.slice(start, before.at(-1)!.end) : null;
    const title = titled && !HONORIFICS.has(titled.toLowerCase()) ? titled : null;
    const role = [title, appositiveRole(sentence, endAt)].filter(Boolean).join(", ") || null;
    return { start, end: endAt, nameStart, name: clean(sentence.slice(nameStart, nameTokens.at(-1)!.end)), role, kind: "person" };
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

/** ", former commander of the Quds Force," after a name: the role it describes. */
function appositiveRole(sentence: string, at: number): string | null {
  const m = /^,\s+((?:the |a |an )?(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+)\b[^,;“"]{0,90}?),/u.exec(sentence.slice(at));
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  if (!words.slice(0, 5).some((w) => ROLE_HEADS.has(w))) return null;
  return m[1]!.replace(/^(the|a|an)\s+/i, "");
}
