// The words of a sentence as findMentions reads them: tokens, and memoised tests of what a
// capitalised word may be (part of a name, a title, an organisation, a place).
import { NOT_NAMES, ORGANISATION_HEADS, PLACE_ALIASES, ROLE_HEADS, ROLE_MODIFIERS } from "./lexicon.ts";
import { hasEntry } from "./ownEntry.ts";
import { PLACE_NAMES } from "./places.ts";

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

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*[\p{L}\p{N}.]|[\p{L}\p{N}]/gu;
export const CONNECTORS = new Set(["of", "for", "the"]);
const PARTICLE = /^(al|el|bin|ben|ibn|de|da|di|du|van|von|der|le|la)-?/i;

export function tokenize(text: string): Token[] {
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

export const bare = memo((t) => t.replace(/[’']s$/, "").replace(/\.$/, "").toLowerCase());
export const isCapital = memo((t) => /^\p{Lu}/u.test(t) || /^(al|el)-\p{Lu}/u.test(t));
// "President-elect", "Minister-designate" are titles too.
export const isRoleWord = memo((t) => ROLE_HEADS.has(bare(t)) || ROLE_HEADS.has(t.toLowerCase()) || ROLE_HEADS.has(bare(t).replace(/-(elect|designate|in-waiting)$/, "")) || OCCUPATION_IST.test(t));
/**
 * "environmentalist Ann Lee": a long lowercase "-ist" noun is a calling. Capitalised, it may be a
 * creed in a body's name ("the Methodist Church"); "-quist" and "-qvist" are surnames.
 */
export const OCCUPATION_IST = /^\p{Ll}{6,}(?<![qQ][uv])ist$/u;
export const isOrgWord = memo((t) => ORGANISATION_HEADS.has(bare(t)));
export const isInitials = memo((t) => /^(\p{Lu}\.){1,3}$/u.test(t));
export const isAcronym = memo((t) => /^(\p{Lu}\.?){2,}$/u.test(t.replace(/[’']s$/, "")));
const PLACES = new Set(Object.values(PLACE_ALIASES));
/** First words of place names: most capitalised words start none, and need no longer look-up. */
export const PLACE_FIRST_WORDS = new Set([...PLACE_NAMES].map((p) => p.split(" ")[0]!));
export const isPlaceWord = memo((t) => {
  const w = bare(t).replace(/\./g, "");
  return hasEntry(PLACE_ALIASES, w) || PLACES.has(w);
});
export const isParticle = memo((t) => PARTICLE.test(t));

/** Whether a token could be part of a person's name (not a title, an organisation word or a place). */
export const nameLike = memo((t) => {
  if (!isCapital(t) && !isParticle(t)) return false;
  if (/[’'](ve|re|ll|d|m|t)$/i.test(t)) return false; // contractions: "We’ve", "Don’t"
  // A lone capital without a full stop is no initial: "(D Ohio)", "(R-Minnesota)" give a party.
  if (/^\p{Lu}$/u.test(t)) return false;
  return !isRoleWord(t) && !isOrgWord(t) && !isAcronym(t) && !isPlaceWord(t) && !NOT_NAMES.has(bare(t)) && !ROLE_MODIFIERS.has(bare(t));
});

export const continuesRun = memo((t) => isCapital(t) || (isParticle(t) && /-\p{Lu}/u.test(t)) || isRoleWord(t) || ROLE_MODIFIERS.has(t));

/** A word that begins sentences or names a time; an acronym is a name even when it spells a word ("WHO"). */
export const notName = memo((t) => NOT_NAMES.has(bare(t)) && !/^\p{Lu}{3,}$/u.test(t));
