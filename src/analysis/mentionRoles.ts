// Roles found around the names of one sentence once they are found: an organisation after a
// person's name, titles in apposition, a description before a name, post-nominal letters.
import type { NameMention } from "./mentionWords.ts";
import { bare } from "./mentionWords.ts";
import { IRREGULAR_PAST, NOT_NAMES, ORGANISATION_DESCRIPTIONS, ORGANISATION_HEADS, PERSON_DESCRIPTIONS, POST_NOMINALS, REPORTING_VERBS, ROLE_HEADS, ROLE_OF_VERB } from "./lexicon.ts";
import { ownEntry } from "./ownEntry.ts";

/**
 * Gives the mentions of a sentence (in place) the roles the words around them state, and drops
 * mentions that are only a title or letters after a person's name. `titles` are runs of title
 * words that named no one ("The Pentagon spokesman, …").
 */
/**
 * Between a person and the body she speaks for: "for" / "of", or those with the body's description
 * before its name in commas ("Ben Mott of the gay rights organization, Stonewall,").
 */
const OF_BODY = /^\s+(?:for|of)\s+(?:(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,5}(\p{Ll}[\p{Ll}-]*),\s*)?$/u;

export function attachRoles(sentence: string, out: NameMention[], titles: Array<{ end: number; text: string }>): void {
  // "Lydia Barnes for Food Standards Tasmania": the person speaks for the organisation after her name.
  for (let m = 0; m + 1 < out.length; m++) {
    const [p, o] = [out[m]!, out[m + 1]!];
    const between = OF_BODY.exec(sentence.slice(p.end, o.start));
    if (p.kind !== "person" || p.role || !between) continue;
    // "of the gay rights organization, Stonewall,": a one-word name the description says is a body.
    if (o.kind === "unknown" && between[1] && ORGANISATION_DESCRIPTIONS.has(between[1].toLowerCase())) o.kind = "organisation";
    if (o.kind === "organisation") p.role = o.name;
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
    // "with Ann Roe, the Harbour Secretary, Tom Lee said": a title in apposition to the person named before it is hers.
    const start = t.end - t.text.length;
    if (out.some((p) => p.kind === "person" && p.end <= start && /^,\s*(?:(?:the|a|an)\s+)?$/i.test(sentence.slice(p.end, start)))) continue;
    const m = out.find((x) => x.kind === "person" && !x.role && /^,\s*$/.test(sentence.slice(t.end, x.start)));
    // "Afghanistan's president, Hamid Karzai": whose title it is, when the sentence opens with it, belongs to the role.
    const possessed = m ? possessedRoleOpening(sentence.slice(0, m.start)) : null;
    if (m) m.role = possessed?.endsWith(t.text) ? possessed : t.text;
  }
  // "the coroner, Ann Roe,", "in the words of the Crown prosecutor, Ann Roe,", "a spokeswoman for the
  // airline, Ann Roe,": a description ending in commas right before a person's name is her role.
  for (const m of out) {
    // A rank after the name ("QC") is no description: the words before it still say what she is.
    if (m.kind !== "person" || (m.role && !m.role.split(/,\s*/).every((r) => POST_NOMINALS.has(r)))) continue;
    const role = describedInCommas(sentence.slice(Math.max(0, m.start - 90), m.start)) ?? possessedRoleOpening(sentence.slice(0, m.start));
    if (role) m.role = m.role ? `${role}, ${m.role}` : role;
  }
  // "The victim was named as Tom Lee, a teacher": what the sentence names the person as is a role of theirs too.
  for (const m of out) {
    const as = m.kind === "person" ? namedAs(sentence.slice(0, m.start)) : null;
    if (as) m.role = m.role ? `${as}, ${m.role}` : as;
  }
  // "Ann Roe is the head of Orrin Bank.": what the sentence it opens says she is, is a role of hers.
  for (const m of out) {
    if (m.kind !== "person" || m.role || sentence.slice(0, m.start).trim() !== "") continue;
    const role = copularRole(sentence.slice(m.end));
    if (role) m.role = role;
  }
  // "Abdullah, the family's oldest son,", "Zaid, a 12-year-old student,": a single name described in
  // apposition by a word for a person is a person (a body's description, "the news agency", is not).
  for (const m of out) {
    const head = m.kind === "unknown" && m.role ? m.role.toLowerCase().split(/\s+/).at(-1)! : "";
    if (head && (KIN.has(head) || PERSON_DESCRIPTIONS.has(head) || ROLE_HEADS.has(head))) m.kind = "person";
  }
  // "Ann Roe, QC, said": letters after a person's name are her rank, not an organisation.
  for (let m = 1; m < out.length; m++) {
    const [p, x] = [out[m - 1]!, out[m]!];
    // "Ph.D." is "PhD": the letters count without their dots.
    if (p.kind !== "person" || !POST_NOMINALS.has(x.name.replace(/\./g, "")) || !/^,\s*$/.test(sentence.slice(p.end, x.start))) continue;
    // "Vincent Munster, Ph.D., chief of the unit": the description after the letters is the person's.
    p.role = [p.role, x.role, x.name].filter(Boolean).join(", ");
    out.splice(m--, 1);
  }
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

/** A sentence that opens with whose role it is, then the role, then a comma: "Afghanistan's president, ". */
/** "Nigeria's acting ambassador to the United States, ": the role may go on with a body or place it is to, for or of. */
const POSSESSED_ROLE_OPENING = /^(?:the\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*[’']s\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?:\s+(?:to|for|of|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)?)\s*,\s*$/u;

/** "Afghanistan's president, Hamid Karzai …" → "Afghanistan's president": the role, with whose it is, of the name after it. */
function possessedRoleOpening(before: string): string | null {
  const m = POSSESSED_ROLE_OPENING.exec(before);
  return m && isRoleNoun(m[2]!) ? m[1]! : null;
}

/**
 * "… the Crown prosecutor, " → "Crown prosecutor": a determined noun phrase right before a comma
 * whose head (the last word, or the word before "for" / "of" / "at") is a role noun. Null when
 * the words before the comma are no such phrase ("… in the city, ").
 */
function describedInCommas(before: string): string | null {
  if (!/,\s*$/.test(before)) return null;
  const all = before.replace(/\s*,\s*$/, "").split(/\s+/);
  // From the nearest determiner back, at most seven words: "the Crown prosecutor" (not "the words of
  // the Crown prosecutor"), "a spokeswoman for the airline" (not "the airline"), "the head of the
  // union" (not "the union"): the farthest whose head names a person, else the nearest that names a body.
  let nearest: string | null = null;
  let person: string | null = null;
  for (let det = all.length - 2; det >= Math.max(0, all.length - 8); det--) {
    if (!/^(the|a|an|its|his|her|their)$/i.test(all[det]!)) continue;
    const words = all.slice(det + 1);
    // "the deputy envoy to Canada": a role may also be to a body or place.
    if (words.some((w) => !/^[\p{L}’'.-]+$/u.test(w) || (STOP_IN_DESCRIPTOR.has(w) && !/^(of|for|at|to|the)$/.test(w)))) break;
    const link = words.findIndex((w) => /^(of|for|at|to)$/.test(w));
    const head = words[(link > 0 ? link : words.length) - 1]!;
    // The head is a lowercase role noun; the words before it may name whose it is ("Crown", "the company's").
    if (!/^\p{Ll}/u.test(head) || !isRoleNoun(head)) continue;
    nearest ??= words.join(" ");
    if (!ORGANISATION_HEADS.has(head)) person = words.join(" ");
  }
  return person ?? nearest;
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
  return ROLE_HEADS.has(w) || KIN.has(w) || PERSON_DESCRIPTIONS.has(w) || ORGANISATION_HEADS.has(w) || (/(?:er|or|ist|ian|ant|ent)$/.test(w) && w.length > 5 && !NOT_AGENT_NOUNS.has(w));
}

/**
 * "The victim was named as Tom Lee", "police named the gunman as Tom Lee": the person noun a
 * sentence names someone as is what they are; null when the words before the name say no such thing.
 */
function namedAs(before: string): string | null {
  // A cheap test first: read for every person mention while the articles load.
  if (!before.trimEnd().endsWith(" as")) return null;
  const m =
    /\b(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+))\s+(?:was|were|has been|have been|had been)\s+(?:formally\s+|officially\s+)?(?:named|identified)\s+as\s+$/u.exec(before) ??
    // "Police named the gunman as Tom Lee".
    /\b(?:named|identified|name|identify|names|identifies)\s+(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+))\s+as\s+$/u.exec(before);
  return m && (PERSON_DESCRIPTIONS.has(m[2]!) || KIN.has(m[2]!) || ROLE_HEADS.has(m[2]!)) ? m[1]! : null;
}

/** ", former commander of the Quds Force," after a name: the role it describes. */
export function appositiveRole(sentence: string, at: number): string | null {
  const held = relativeRole(sentence.slice(at));
  if (held) return held;
  const m = /^,\s+((?:the |a |an )?(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+)\b[^,;“"]{0,90}?)(?:,|\.?\s*$)/u.exec(sentence.slice(at));
  if (!m) return null;
  // ", a taxi driver who saw the blast": the relative clause tells more of her, the role ends before it.
  const relative = /\s+(?:who|whose|whom)\s/.exec(m[1]!);
  const phrase = relative ? m[1]!.slice(0, relative.index) : m[1]!;
  const words = phrase.toLowerCase().split(/\s+/);
  // "Ann Roe, and Tom Lee": a list goes on; no description starts with a conjunction.
  if (/^(?:and|or|but|nor)$/.test(words[0]!)) return null;
  // A title among its first words, or a noun for what someone is heading it ("a virologist at …", "the parish priest").
  const link = words.findIndex((w) => /^(of|for|at|with|in|from)$/.test(w));
  const head = words[(link > 0 ? link : words.length) - 1] ?? "";
  // Without an article only a short one ("Panama coach"), or one tied to a named body ("Asian researcher at ING", "owner of the Pier Bar").
  const written = phrase.split(/\s+/);
  const body = written[link + 1]?.toLowerCase() === "the" ? written[link + 2] : written[link + 1];
  const atBody = link > 0 && link <= 3 && /^\p{Lu}/u.test(body ?? "");
  const described = (/^(the|a|an)$/.test(words[0]!) || words.length <= 3 || atBody) && (PERSON_DESCRIPTIONS.has(head) || isRoleNoun(head)) && !ORGANISATION_HEADS.has(head);
  if (!words.slice(0, 5).some((w) => ROLE_HEADS.has(w)) && !described) return null;
  // "Ann Roe, leader of the Civic Party said, “…”": the appositive's closing comma is missing, and the verb is no part of it.
  const spoken = written.length > 2 && REPORTING_VERBS.has(written.at(-1)!.toLowerCase()) ? phrase.slice(0, phrase.lastIndexOf(" ")) : phrase;
  return spoken.replace(/^(the|a|an)\s+/i, "");
}

/**
 * ", who heads the union," after a name: a relative clause whose verb makes its doer the holder of
 * a role over what it acts on says the role ("head of the union", "owner of the bakery").
 */
function relativeRole(after: string): string | null {
  // A cheap test first: read for every person mention while the articles load.
  if (!after.startsWith(", who ")) return null;
  const m = /^,\s+who\s+(?:also\s+|now\s+|currently\s+|once\s+)?(\p{Ll}[\p{Ll}-]+)\s+((?:the|a|an|its|his|her|their)\s+[^,;:.“"]{1,60}?|\p{Lu}[^,;:.“"]{0,60}?)(?:,|\.?\s*$)/u.exec(after);
  if (!m) return null;
  const verb = m[1]!;
  const base = ownEntry(IRREGULAR_PAST, verb) ?? [verb, verb.replace(/e?s$/, ""), verb.replace(/s$/, ""), verb.replace(/e?d$/, ""), verb.replace(/d$/, "")].find((v) => ownEntry(ROLE_OF_VERB, v));
  const role = base ? ownEntry(ROLE_OF_VERB, base) : undefined;
  return role ? `${role} of ${m[2]!}` : null;
}

/** " is the head of Orrin Bank." after the name a sentence opens with: the role the copula gives, read as an appositive is. */
function copularRole(after: string): string | null {
  const m = /^\s+(?:is|was)\s+(?:also\s+|now\s+|currently\s+)?(?=(?:the|a|an)\s)/.exec(after);
  return m ? appositiveRole(`, ${after.slice(m[0].length)}`, 0) : null;
}
