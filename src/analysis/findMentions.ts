import { NOT_NAMES, ORGANISATION_HEADS, PLACE_ALIASES, ROLE_HEADS, ROLE_MODIFIERS } from "./lexicon.ts";
import { hasEntry } from "./ownEntry.ts";

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
  kind: "person" | "organisation" | "unknown";
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
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
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
const isAcronym = memo((t) => /^(\p{Lu}\.?){2,}$/u.test(t.replace(/[’']s$/, "")));
const PLACES = new Set(Object.values(PLACE_ALIASES));
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
    while (j + 1 < tokens.length && sameRun(sentence, tokens[j]!, tokens[j + 1]!) && (continuesRun(tokens[j + 1]!.text) || (CONNECTORS.has(tokens[j + 1]!.text) && nextCapital(tokens, j + 1)))) j++;
    const run = tokens.slice(i, j + 1);
    i = j + 1;
    const mention = classify(sentence, run);
    if (mention) out.push(mention);
    else if (run.some((t) => isRoleWord(t.text))) titles.push({ end: run.at(-1)!.end, text: sentence.slice(run[0]!.start, run.at(-1)!.end).replace(/^the\s+/i, "") });
  }
  // "The Pentagon spokesman, Jonathan Hoffman, said": a title standing before a name in commas.
  for (const t of titles) {
    const m = out.find((x) => x.kind === "person" && !x.role && /^,\s*$/.test(sentence.slice(t.end, x.start)));
    if (m) m.role = t.text;
  }
  return out;
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
  if (/[’']s$/.test(a.text)) return false;
  if (!/^\s+$/.test(sentence.slice(a.end, b.start))) return false;
  // A period ends the run unless it closes an initial ("John F. Kirby") or a title ("Gen.").
  return !a.text.endsWith(".") || /^(\p{Lu}\.)+$/u.test(a.text) || isRoleWord(a.text);
}

function classify(sentence: string, runIn: Token[]): NameMention | null {
  let run = runIn;
  // Sentence-initial or temporal words are never part of a name ("Currently", "Citing", "The").
  while (run.length && (NOT_NAMES.has(bare(run[0]!.text)) || CONNECTORS.has(run[0]!.text))) run = run.slice(1);
  while (run.length && (CONNECTORS.has(run.at(-1)!.text) || NOT_NAMES.has(bare(run.at(-1)!.text)))) run = run.slice(0, -1);
  if (run.length === 0 || run.every((t) => isPlaceWord(t.text))) return null;

  const start = run[0]!.start;
  const end = run.at(-1)!.end;
  const clean = (s: string) => {
    const t = s.endsWith("s") ? s.replace(/[’']s$/, "") : s;
    return t.endsWith(".") ? t.replace(/(\p{L}{2,})\.$/u, "$1") : t;
  };
  const endText = clean(sentence.slice(start, end));
  const endAt = start + endText.length;

  // The name is the longest tail of name-like words (at most four).
  let k = run.length;
  while (k > 0 && run.length - k < 4 && nameLike(run[k - 1]!.text)) k--;
  const nameTokens = run.slice(k);
  const before = run.slice(0, k);
  const hasRole = before.some((t) => isRoleWord(t.text));
  const hasOrg = run.some((t) => isOrgWord(t.text)) || run.some((t) => isAcronym(t.text)) && nameTokens.length === 0;

  if (nameTokens.length > 0 && (hasRole || nameTokens.length >= 2)) {
    const nameStart = nameTokens[0]!.start;
    const title = hasRole ? sentence.slice(start, before.at(-1)!.end) : null;
    const role = [title, appositiveRole(sentence, endAt)].filter(Boolean).join(", ") || null;
    return { start, end: endAt, nameStart, name: clean(sentence.slice(nameStart, nameTokens.at(-1)!.end)), role, kind: "person" };
  }
  if (hasOrg && !hasRole) {
    const orgStart = run[0]!.start;
    return { start: orgStart, end: endAt, nameStart: orgStart, name: endText, role: null, kind: "organisation" };
  }
  if (run.length === 1 && nameLike(run[0]!.text)) {
    return { start, end: endAt, nameStart: start, name: endText, role: appositiveRole(sentence, endAt), kind: "unknown" };
  }
  return null;
}

/** ", former commander of the Quds Force," after a name: the role it describes. */
function appositiveRole(sentence: string, at: number): string | null {
  const m = /^,\s+((?:the |a |an )?(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+)\b[^,;“"]{0,90}?),/u.exec(sentence.slice(at));
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  if (!words.slice(0, 5).some((w) => ROLE_HEADS.has(w))) return null;
  return m[1]!.replace(/^(the|a|an)\s+/i, "");
}
