import { IRREGULAR_PAST } from "./lexicon.ts";
import { ownEntry } from "./ownEntry.ts";

// The nouns for who does what a verb says: "curated" → curator, "founded" → founder,
// "wrote" → writer. "Who curated the exhibit?" is answered by the curator of the exhibit.
// Made by rule from the verb's forms; a form no article uses simply matches nothing.

/** The verb's base forms: "curated" → curate, curat; "funded" → fund; "wrote" → write. */
function bases(verb: string): string[] {
  const irregular = ownEntry(IRREGULAR_PAST, verb);
  if (irregular) return [irregular];
  const out = new Set<string>();
  if (/ied$/.test(verb)) out.add(verb.replace(/ied$/, "y"));
  else if (/ed$/.test(verb)) {
    out.add(verb.slice(0, -1)); // curated → curate
    out.add(verb.slice(0, -2)); // funded → fund
    if (/([b-df-hj-np-tv-z])\1ed$/.test(verb)) out.add(verb.slice(0, -3)); // planned → plan
  } else if (/ies$/.test(verb)) out.add(verb.replace(/ies$/, "y")); // carries → carry
  else if (/(?:ch|sh|ss|x)es$/.test(verb)) out.add(verb.slice(0, -2)); // coaches → coach
  else if (/[^su]s$/.test(verb)) out.add(verb.slice(0, -1)); // leads → lead
  else out.add(verb);
  return [...out];
}

/**
 * Agent nouns a verb may have, lowercase: "curated" → curator, curater, …; most are not words and
 * match nothing. The base itself is one where the noun and the verb are one word ("coaches" →
 * coach, "judged" → judge).
 */
export function agentNouns(verb: string): string[] {
  const out = new Set<string>();
  for (const b of bases(verb.toLowerCase())) {
    out.add(b);
    const stem = b.replace(/e$/, "");
    for (const suffix of ["or", "er"]) out.add(`${stem}${suffix}`);
    if (/y$/.test(b)) out.add(`${b.slice(0, -1)}ier`);
    if (/([b-df-hj-np-tv-z])$/.test(b) && /[aeiou][b-df-hj-np-tv-z]$/.test(b) && !/[aeiou]{2}[b-df-hj-np-tv-z]$/.test(b)) out.add(`${b}${b.at(-1)}er`); // plan → planner
  }
  return [...out];
}
