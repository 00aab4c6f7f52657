// "The president has also requested a $1.5 million fund": news names a person once, with a
// title ("President Barack Obama"), and then calls them by that title alone. Such a sentence is
// about that person, so it counts as naming them (the sentence's entities), as an opening "He"
// does (personalPronouns.ts).
import type { EntityRegistry } from "./entities.ts";

/** "the president", "the prime minister's": up to three lowercase words after "the". */
const DEFINITE_ROLE = /\b[Tt]he\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})/gu;

/** Words that make a title another one: a vice president is not the president. */
const LESSER = new Set(["vice", "deputy", "assistant", "acting", "former", "associate", "interim", "ex", "co", "sub", "under"]);

/**
 * The titles a role is called by, lowercase: the role itself, and its title without the names
 * that qualify it ("United States President" is "the president"), never without a word that
 * makes it a lesser title ("former Vice President" is no "president").
 */
export function titlesOf(role: string): string[] {
  const parts = role.split(/\s+/);
  const out = [role.toLowerCase()];
  for (let i = 1; i < parts.length; i++) {
    const qualifiers = parts.slice(0, i);
    if (!qualifiers.every((w) => /^\p{Lu}/u.test(w) && !LESSER.has(w.toLowerCase()))) break;
    out.push(parts.slice(i).join(" ").toLowerCase());
  }
  return out;
}

/**
 * The persons named earlier in the article (`persons`, in order of mention) that a sentence calls
 * by a title they were given ("the president" for "President Barack Obama"). A title counts only
 * when it is written exactly so and exactly one of those persons holds it: "the minister" of an
 * article with three ministers names none, and "the president" is never "Vice President Cheney".
 */
export function roleReferents(text: string, persons: readonly string[], registry: EntityRegistry): string[] {
  if (persons.length === 0 || !/\b[Tt]he\s+\p{Ll}/u.test(text)) return [];
  const holders = new Map<string, Set<string>>();
  for (const id of new Set(persons)) {
    const e = registry.byId.get(id);
    if (e?.kind !== "person") continue;
    for (const key of e.roles.flatMap(titlesOf)) {
      if (!holders.has(key)) holders.set(key, new Set());
      holders.get(key)!.add(id);
    }
  }
  const found = new Set<string>();
  for (const m of text.matchAll(DEFINITE_ROLE)) {
    const phrase = m[1]!.split(/\s+/);
    // The longest title first: "the vice president" before "the vice".
    for (let n = phrase.length; n >= 1; n--) {
      const ids = holders.get(phrase.slice(0, n).join(" "));
      if (!ids) continue;
      if (ids.size === 1) found.add([...ids][0]!);
      break;
    }
  }
  return [...found];
}
