import type { NameMention } from "./findMentions.ts";

/** Every word an article writes in lowercase somewhere ("nonpartisan", "pan-democrat"). */
export function lowercaseWords(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(/(?<![\p{L}\p{N}’'-])\p{Ll}[\p{L}’'-]*/gu)) out.add(m[0]);
  return out;
}

/**
 * "Nonpartisan Paul Tse and …", "Pan-democrat Ann Lee from …": a sentence's first word is
 * capitalised whatever it is, so when the article writes it in lowercase elsewhere it describes
 * the person rather than names them. Only a name of three words or more loses its first, so that
 * a two-word name ("Will Smith") is never cut to a surname.
 */
export function dropSentenceOpener(sentence: string, m: NameMention, lowercase: ReadonlySet<string>): NameMention {
  if (!/^[\s“"‘'(]*$/.test(sentence.slice(0, m.nameStart))) return m;
  // "Results of NCLAN …", "Commanders of the Coastal Guard …": a common noun and "of" before an organisation's name.
  const of = /^(\p{Lu}\p{Ll}+) of (?:the )?(?=\p{Lu})/u.exec(m.name);
  if (m.kind === "organisation" && of && lowercase.has(of[1]!.toLowerCase())) {
    const rest = m.name.slice(of[0].length);
    return { ...m, start: m.start + m.name.length - rest.length, nameStart: m.nameStart + m.name.length - rest.length, name: rest };
  }
  if (m.kind !== "person") return m;
  const words = m.name.split(" ");
  if (words.length < 3 || !lowercase.has(words[0]!.toLowerCase())) return m;
  const rest = words.slice(1).join(" ");
  return { ...m, nameStart: m.nameStart + m.name.length - rest.length, name: rest };
}
