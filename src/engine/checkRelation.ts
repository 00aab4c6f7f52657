// "Who commands the battalion?" asks for whoever stands in one relation (commands) to one thing
// (the battalion). An answer's sentence that names the thing and someone else does not say it:
// "the unit was designated … by Commandant of the Marine Corps Gen. Neller" tells of the
// commandant of the whole corps, and "the Hotel near the (Grand Mosque) collapsed" of no owner
// at all. These checks read the relation the question asks and look for it in the sentence.

import { agentNouns } from "../analysis/agentNouns.ts";
import { ALIGNMENT_SYNONYMS, IRREGULAR_PAST, LIGHT_VERBS, REPORTING_VERBS, STOPWORDS } from "../analysis/lexicon.ts";
import { ownEntry } from "../analysis/ownEntry.ts";
import { canonical, words } from "../analysis/text.ts";
import { tuning } from "../tuning.ts";

/** Words after "who" that ask no relation of their own: "who is", "who did Trump meet". */
const NOT_RELATIONS = new Set(
  "is was are were s been be did does do will would can could should may might must shall else".split(" "),
);

/** The relation a "who <verb> X?" question asks: its verb as written and the words of X. */
export interface AskedRelation {
  verb: string;
  object: string[];
}

/**
 * "Who commands the Darkhorse battalion?" → commands, [darkhorse, battalion]; "Who had banned
 * worship?" → banned, [worship]. Null for questions of another form, for verbs of saying (who
 * said is its own kind) and light verbs ("who got …", "who made …") that name no relation.
 */
export function askedRelation(questionText: string): AskedRelation | null {
  const m = /^(?:and |so )?who (?:(?:has|have|had) )?([a-z]+)\b(.*)$/.exec(questionText.trim());
  if (!m) return null;
  const verb = m[1]!;
  if (NOT_RELATIONS.has(verb) || STOPWORDS.has(verb) || LIGHT_VERBS.has(verb) || REPORTING_VERBS.has(verb) || canonical(verb) === canonical("say")) return null;
  const object = words(m[2]!).filter((w) => !STOPWORDS.has(w));
  return object.length ? { verb, object } : null;
}

/**
 * The role a "who is the <role>?" question asks, as a relation of its noun to whose role it is:
 * "who is Sweden's coach" → coach, [sweden]; "who is the director of the civil defense authority"
 * → director, [civil, defense, authority]; "who is the deputy defense secretary" → secretary, [].
 * Null when the question names a person ("Who is Ada Morrow?") rather than a role.
 */
export function askedRole(questionText: string, raw: string): AskedRelation | null {
  const m = /^(?:and |so )?(?:whos|who(?:['’]s| is| was| are| were)) (.+)$/.exec(questionText.trim());
  // "Who is leading the inquiry?", "Who is AFCA partnering with?" ask who does it, not who holds a role.
  if (!m || /^\w+ing\s+(?:the|a|an|this|that|these|those|his|her|their|its)\b/.test(m[1]!) || /^(?:\S+\s+){1,3}?\w{3,}ing\s+(?:with|to|for|on|against|about|from|into|at)\s*\??$/.test(m[1]!)) return null;
  const capitalised = new Set([...raw.replace(/^\s*\S+/, "").matchAll(/\p{Lu}[\p{L}-]*/gu)].flatMap((c) => words(c[0])));
  const possessor = [...raw.matchAll(/([\p{L}-]+)['’]s?\s/gu)].flatMap((c) => words(c[1]!)).filter((w) => w !== "who");
  const tokens = m[1]!.split(/\s+/).map((w) => w.replace(/[^\p{L}\d-]/gu, "")).filter(Boolean);
  const end = tokens.findIndex((w) => AFTER_ROLE.has(w));
  const phrase = (end < 0 ? tokens : tokens.slice(0, end)).filter((w) => !STOPWORDS.has(w) && !possessor.includes(w));
  const noun = phrase[phrase.length - 1];
  if (!noun || capitalised.has(noun) || !/^\p{Ll}/u.test(noun)) return null;
  const of = end < 0 ? [] : tokens.slice(end + 1).filter((w) => !STOPWORDS.has(w));
  return { verb: noun, object: [...possessor, ...of] };
}

/** Words that end a role's noun phrase: "the director of …", "the coach for …". */
const AFTER_ROLE = new Set("of for at in on from with ever".split(" "));

/** The verb's base forms: "commands" → command; "owned" → own; "led" → lead; "coaches" → coach. */
function bases(verb: string): string[] {
  const irregular = ownEntry(IRREGULAR_PAST, verb);
  if (irregular) return [irregular];
  const out = new Set<string>([verb]);
  if (/ies$/.test(verb) || /ied$/.test(verb)) out.add(`${verb.slice(0, -3)}y`);
  if (/(?:ch|sh|ss|x|z|o)es$/.test(verb)) out.add(verb.slice(0, -2));
  if (/[^s]s$/.test(verb)) out.add(verb.slice(0, -1));
  if (/ed$/.test(verb)) {
    out.add(verb.slice(0, -1));
    out.add(verb.slice(0, -2));
    if (/([b-df-hj-np-tv-z])\1ed$/.test(verb)) out.add(verb.slice(0, -3));
  }
  return [...out].filter((b) => b.length >= 3);
}

/** Endings that keep a word in its verb's family: commander, commandant, ownership, partnership, founding. */
const FAMILY_ENDINGS = "(?:s|es|ed|d|ing|er|ers|or|ors|ership|erships|ship|ships|ment|ments|ion|ions|ant|ants|ance|ances)?";

/**
 * Whether a word of a sentence belongs to the verb's family: the same matching form (synonyms,
 * irregular pasts: "led" and "leads"), an agent noun ("owner", "curator"), or the base with a
 * derivational ending ("commandant", "ownership").
 */
export function inVerbFamily(word: string, verb: string): boolean {
  if (canonical(word) === canonical(verb)) return true;
  if (agentNouns(verb).includes(word)) return true;
  return bases(verb).some((b) => new RegExp(`^${b.replace(/e$/, "")}e?${FAMILY_ENDINGS}$`).test(word) || new RegExp(`^${b}${b.at(-1)}${FAMILY_ENDINGS}$`).test(word));
}

/** A word-by-word reading of a sentence: each token with where it starts, punctuation kept apart. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** Words that begin a noun phrase without ending it: "of the old …", "its …". */
const DETERMINERS = new Set("the a an its their his her this that these those our".split(" "));

/**
 * The noun phrase a role noun of the sentence belongs to: its "of" phrase ("commandant of the
 * Marine Corps Gen. Ada Morrow" → marine corps gen ada morrow) up to a comma or a word that is
 * no part of a name or noun, or the possessor before it ("the Corps' commandant"); null when the
 * noun stands alone, or is used as a verb.
 */
function ownerOf(toks: string[], at: number): string[] | null {
  if (toks[at + 1]?.toLowerCase() === "of") {
    const out: string[] = [];
    let i = at + 2;
    for (; i < Math.min(toks.length, at + 2 + tuning.grounding.ofPhraseTokens); i++) {
      const t = toks[i]!;
      const lower = t.toLowerCase();
      if (/^[^\p{L}\p{N}]$/u.test(t) || (STOPWORDS.has(lower) && !DETERMINERS.has(lower))) break;
      if (!DETERMINERS.has(lower)) out.push(...words(t));
    }
    // "the Korean People's Army [KPA]": the short name written after it is its name too.
    if (/^[([]$/.test(toks[i] ?? "") && /^[)\]]$/.test(toks[i + 2] ?? "")) out.push(...words(toks[i + 1]!));
    return out.length ? out : null;
  }
  const before = toks[at - 1];
  if (before && /(?:['’]s|s['’])$/.test(before)) return words(before);
  if (toks[at - 2] && /^['’]s?$/.test(before ?? "")) return words(toks[at - 2]!);
  return null;
}

/**
 * Whether a noun phrase is what the question asks about: it holds every word of it ("of the
 * Harbor battalion"), or ends in its head noun ("curator of the exhibit" for "the USI exhibit").
 * "The Marine Corps Gen. Ada Morrow" shares a word with "the 5th Marines" but is not it.
 */
function isAsked(owner: string[], object: string[], sameAs: string[][], modifiers: string[] = []): boolean {
  const said = new Set(owner.map(canonical));
  if (object.every((w) => said.has(canonical(w)))) return true;
  // "the provincial governor of Elazig" for "the governor of Elazig province": a word of the
  // object the sentence writes as an adjective before the role noun, in a form of its own.
  if (object.every((w) => said.has(canonical(w)) || modifiers.some((m) => sameRoot(m, w)))) return true;
  // "the KPA" asked, "the Korean People's Army" written: another name of the same entity.
  if (sameAs.some((name) => name.length > 0 && name.every((w) => said.has(canonical(w))))) return true;
  return canonical(owner[owner.length - 1]!) === canonical(object[object.length - 1]!);
}

/** The words right before a role noun that qualify it ("the provincial | governor"): up to two, after any determiner. */
function modifiersBefore(toks: string[], at: number): string[] {
  const out: string[] = [];
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    const lower = toks[i]!.toLowerCase();
    if (!/^\p{Ll}+$/u.test(toks[i]!) || STOPWORDS.has(lower)) break;
    out.push(lower);
  }
  return out;
}

/** Two words of one root by their first letters ("provincial", "province"): the stemmer leaves derivations apart. */
function sameRoot(a: string, b: string): boolean {
  const n = tuning.grounding.sharedRoot;
  return a.length >= n && b.length >= n && a.slice(0, n) === b.slice(0, n);
}

/**
 * The question's relation is in the sentence only as a role of something else: every word of the
 * verb's family the sentence holds is a noun whose "of" phrase or possessor does not name what the
 * question asks about, by its words or (`sameAs`) by another name of the entity the question
 * named there ("Commandant of the Marine Corps" for "who commands the battalion").
 * Returns that role noun, or null when the sentence holds the relation to X, no such noun, or the
 * verb itself.
 */
export function relationOfAnother(relation: AskedRelation, sentence: string, sameAs: string[][] = []): string | null {
  const toks = tokens(sentence);
  let other: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const word = toks[i]!.toLowerCase().replace(/['’.]+$/, "");
    if (!inVerbFamily(word, relation.verb)) continue;
    const owner = ownerOf(toks, i);
    if (!owner || isAsked(owner, relation.object, sameAs, modifiersBefore(toks, i))) return null;
    other = toks[i]!;
  }
  return other;
}

/**
 * Whether the sentence tells of the asked relation at all: a word of the verb's family, or the
 * answer named as the doer of a passive ("was founded by Dean Kamen" for "who started …",
 * "defeated … by James To" for "who beat …"): a sentence may word the act its own way.
 */
export function tellsOfRelation(relation: AskedRelation, sentence: string, answer: string | null): boolean {
  const said = words(sentence);
  if (said.some((w) => inVerbFamily(w, relation.verb))) return true;
  // "face off" for "played": another wording of the act, as yes/no alignment reads it.
  const text = ` ${said.join(" ")} `;
  if (ALIGNMENT_SYNONYMS.some((g) => g.includes(relation.verb) && g.some((w) => text.includes(` ${w} `)))) return true;
  const first = answer ? words(answer)[0] : undefined;
  const gap = tuning.grounding.passiveAgentGap;
  return first !== undefined && new RegExp(`\\bby\\s+(?:\\S+\\s+){0,${gap}}?${first}\\b`, "u").test(text);
}
