// Words told as a noun rather than a verb: "a statement by candidate Ann Lee in October that “…”",
// "Lee's claim that the pier was safe". Who said them is the one the noun is by, or whose it is.
import type { Entity, EntityRegistry } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import type { Statement } from "./speechTypes.ts";

/** Nouns for words said that "by X" or "X's" may own, each with the verb its statement keeps. */
const SAID_NOUNS: Record<string, string> = {
  statement: "stated", remark: "remarked", remarks: "remarked", comment: "commented", comments: "commented",
  claim: "claimed", claims: "claimed", assertion: "asserted", warning: "warned", pledge: "pledged", promise: "promised",
};
const NOUNS = Object.keys(SAID_NOUNS).join("|");
/** "a statement by X … that …": the noun, "by", then within 60 characters with no quotation or clause break, "that". */
const BY_THAT = new RegExp(`\\b(${NOUNS})\\s+(?:made\\s+)?by\\s+([^“”";:.]{2,80}?)\\s+that\\s+(.+)$`, "isu");
/** "X's claim that …": a possessive right before the noun, then "that". */
const OWN_THAT = new RegExp(`([’']s)\\s+(?:(?:earlier|recent|latest|public|written)\\s+)?(${NOUNS})\\s+that\\s+(.+)$`, "isu");
/** A cheap test before the patterns: one of the nouns, then "that" later. */
export const NOMINAL_SAID = new RegExp(`\\b(?:${NOUNS})\\b.*\\bthat\\b`, "is");

type Mentioned = NameMention & { entity: Entity | null };

/**
 * The statement a sentence tells as a noun owned by a named person or body, or null. Only a name
 * owns it ("a statement by the council" is left to the verbs), and only one the sentence names
 * right there.
 */
export function nominalStatement(sentence: string, mentions: Mentioned[], registry: EntityRegistry): Statement | null {
  const by = BY_THAT.exec(sentence);
  const own = by ? null : OWN_THAT.exec(sentence);
  const m = by ?? own;
  if (!m) return null;
  const noun = (by ? m[1] : m[2])!.toLowerCase();
  const ownerAt = by ? m.index + m[0].indexOf(m[2]!, m[1]!.length) : m.index;
  // By X: the first name within the words after "by"; X's: the name ending right at the possessive.
  // "by Presidential candidate Ann Lee": a person named there before any other name.
  const within = by ? mentions.filter((x) => x.start >= ownerAt && x.start < ownerAt + m[2]!.length && !/^[’']s/.test(sentence.slice(x.end, x.end + 2))) : [];
  const owner = by ? (within.find((x) => x.kind === "person") ?? within[0]) : mentions.find((x) => x.end === ownerAt);
  if (!owner) return null;
  const entity = owner.entity ?? registry.add(owner.name, owner.kind === "person" ? "person" : "organisation", owner.role);
  owner.entity = entity;
  const said = m[3]!.replace(/[.\s]+$/, "");
  const quoted = /^[“"](.+?)[.,]?[”"]?$/su.exec(said.trim());
  return { speaker: entity.id, verb: SAID_NOUNS[noun]!, quote: quoted ? quoted[1]! : null, content: quoted ? quoted[1]! : said, via: "name" };
}
