import type { Entity, EntityRegistry } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { NOUN_LIKE_REPORTING_VERBS, REPORTING_VERBS, ROLE_HEADS, STOPWORDS } from "./lexicon.ts";
import { isPlaceName } from "./places.ts";
import { canonical, words } from "./text.ts";

/** Something said, reported or expected, attributed to one entity. */
export interface Statement {
  speaker: string;
  /** The reporting verb as written ("said", "noted", "according to"). */
  verb: string;
  /** The words inside quotation marks that this speaker said, or null for reported speech. */
  quote: string | null;
  /** What was said: the quotation, or the reported clause after the verb. */
  content: string;
  /** How the speaker was named here: "name", "pronoun", "role", "continuation". */
  via: "name" | "pronoun" | "role" | "continuation" | "group";
}

/** What attribution remembers from sentence to sentence within one article. */
export interface DiscourseState {
  /** Persons in order of mention, most recent last. */
  persons: string[];
  /** The speaker of the last statement and the paragraph it was in. */
  lastSpeaker: { id: string; paragraph: number } | null;
  /** Names of organisations and countries that began a sentence as its subject, most recent last ("it" may stand for them). */
  actors?: string[];
  /** A speaker whose words a colon announced ("X tweeted:"), with the verb used. */
  announced?: { id: string; verb: string; paragraph: number } | null;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const PRONOUNS = new Set(["he", "she"]);
/** Pronouns that stand for an organisation, a country or a group that spoke or acted last: "it added", "they said". */
const NONPERSON_PRONOUNS = new Set(["it", "they"]);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "such"]);
const GAP_WORDS = new Set(
  "also later then again has have had was is were would will previously once on last this earlier recently in a an the statement interview at told reporters monday tuesday wednesday thursday friday saturday sunday yesterday today".split(" "),
);
/** Role nouns that name a person ("the chief diplomat", "the spokesman") rather than a document or a group. */
const PERSON_NOUNS = new Set([...ROLE_HEADS, "diplomat", "official", "spokesman", "spokeswoman", "envoy", "leader", "lawmaker", "minister", "secretary", "general", "commander", "president", "premier"]);
/** Verbs that only report speech when their subject is active ("when asked" is not a speaker). */
const PASSIVE_BEFORE = new Set(["when", "if", "was", "were", "being", "been", "be", "is", "are"]);

const SPEECH_WORD = new RegExp(`\\b(${[...REPORTING_VERBS, "according"].join("|")})\\b`, "i");

const SPEECH_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*|[“”"]|[,;:]/gu;
function tokenize(text: string): Token[] {
  // An exec loop, not [...matchAll].map: no intermediate array of match objects (a hot path of loading).
  const out: Token[] = [];
  SPEECH_TOKEN.lastIndex = 0;
  for (let m = SPEECH_TOKEN.exec(text); m; m = SPEECH_TOKEN.exec(text)) {
    const t = m[0];
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.endsWith(".") ? lower.slice(0, -1) : lower, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** Spans of text inside double quotation marks (an unclosed one runs to the end). */
export function quoteSpans(text: string): Array<{ start: number; end: number; text: string }> {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“" || (ch === '"' && open < 0)) open = i;
    else if ((ch === "”" || ch === '"') && open >= 0) {
      spans.push({ start: open, end: i + 1, text: text.slice(open + 1, i).replace(/[,.]$/, "").trim() });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length, text: text.slice(open + 1).trim() });
  return spans.filter((s) => s.text.length > 0);
}

/**
 * Finds who said what in one sentence: direct quotations ("“…,” X said", "X said that “…”"),
 * reported speech ("X noted that …", "X expected …"), "according to X", and quotations
 * that continue the previous speaker's words. Speakers named by surname, pronoun or role
 * noun ("the chief diplomat") are resolved to one entity of the article.
 */
export function attributeSpeech(
  sentence: string,
  paragraph: number,
  mentions: Array<NameMention & { entity: Entity | null }>,
  state: DiscourseState,
  registry: EntityRegistry,
): Statement[] {
  // Most sentences quote and report nothing: a cheap test before tokenizing.
  if (!/[“”"]/.test(sentence) && !SPEECH_WORD.test(sentence)) return [];
  const tokens = tokenize(sentence);
  const quotes = quoteSpans(sentence);
  const inQuote = (pos: number) => quotes.some((q) => pos > q.start && pos < q.end);
  const statements: Statement[] = [];
  const ownedQuotes = new Set<number>();

  for (let v = 0; v < tokens.length; v++) {
    const tok = tokens[v]!;
    if (inQuote(tok.start)) continue;
    const according = tok.lower === "according" && tokens[v + 1]?.lower === "to";
    if (!according && !REPORTING_VERBS.has(tok.lower)) continue;
    if (!according && PASSIVE_BEFORE.has(tokens[v - 1]?.lower ?? "")) continue;
    // "the United States", "his urgent calls": a name or a noun, not a verb of saying.
    if (v > 0 && /^\p{Lu}/u.test(tok.text) && !/^[“"]$/.test(tokens[v - 1]!.text)) continue;
    if (NOUN_LIKE_REPORTING_VERBS.has(tok.lower) && [tokens[v - 1], tokens[v - 2]].some((t) => t && DETERMINERS.has(t.lower))) continue;

    if (tok.lower === "called" && /^(for|on|off|up|in|out|back)$/.test(tokens[v + 1]?.lower ?? "")) continue;
    // "X called it “…,” and said …": the second verb shares the first one's speaker.
    const coordinated = tokens[v - 1]?.lower === "and" && statements.length > 0 ? statements.at(-1)! : null;
    const found = coordinated ? null : according ? subjectAfter(tokens, v + 2, mentions) : subjectBefore(sentence, tokens, v, mentions) ?? subjectAfter(tokens, v + 1, mentions);
    if (!found && !coordinated) continue;
    const speaker = coordinated ? { entity: registry.byId.get(coordinated.speaker)!, via: coordinated.via } : resolve(found!, state, registry, mentions, tok.start, inQuote);
    if (!speaker) continue;

    // The quotation this verb introduces ("said that “…”") or closes ("“…,” X added").
    // "“…”, it added; and, later, “…”": the quotation right before the speaker is the one it says.
    let quoteIndex = found && found.start < tok.start ? quotes.findIndex((q, i) => !ownedQuotes.has(i) && q.end <= found.start && /^[\s,]*$/.test(sentence.slice(q.end, found.start))) : -1;
    if (quoteIndex < 0) quoteIndex = quotes.findIndex((q, i) => !ownedQuotes.has(i) && q.start >= tok.end && /^[\s,:]*(that\s+)?(?:\S+\s+){0,12}?$/.test(sentence.slice(tok.end, q.start)) && sentence.slice(tok.end, q.start).split(/\s+/).length <= 14);
    if (quoteIndex < 0 && found) quoteIndex = quotes.findIndex((q, i) => !ownedQuotes.has(i) && q.end <= found.start && /^[\s,]*$/.test(sentence.slice(q.end, found.start)));
    // "“…”, said KCNA." / "“…”, added the ministry.": the quotation ends just before the verb.
    if (quoteIndex < 0 && found && found.start > tok.start) quoteIndex = quotes.findIndex((q, i) => !ownedQuotes.has(i) && q.end <= tok.start && /^[\s,]*$/.test(sentence.slice(q.end, tok.start)));
    const quote = quoteIndex >= 0 ? quotes[quoteIndex]! : null;
    if (quoteIndex >= 0) ownedQuotes.add(quoteIndex);

    let clause = sentence.slice(according && found ? found.end : tok.end).replace(/^[\s,:]*(that\s+)?/, "").replace(/[.\s]+$/, "");
    // "told The Huffington Post, US ozone has dropped": whom it was told is not what was said.
    if (/^(told|tells|telling)$/i.test(tok.text)) clause = clause.replace(/^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}\p{Lu}[\p{L}.’'-]*\s*,\s+(?=\S)/u, "");
    // "said at a think tank event earlier this month that he expected …": the reported words follow "that".
    const that = /^[^“"]{0,70}?\bthat\s+/.exec(clause);
    if (that && !/^that\s/.test(clause)) clause = clause.slice(that[0].length);
    // "…, Xinhua reported." reports what came before it.
    // "…, Xinhua reported." / "…, Esper told reporters at the Pentagon.": the words before the speaker.
    const before = found ? sentence.slice(0, found.start).replace(/[\s,”"]+$/, "") : "";
    const wordsIn = (t: string) => t.split(/\s+/).filter(Boolean).length;
    const rawAfter = sentence.slice(tok.end).trim();
    // "…, Esper announced on Wednesday, a move that …": nothing is reported after the verb.
    const nothingAfter = /^(?:(?:on|in|at|last|this|earlier|later|late|early)\b[^,“"]{0,30})?[,.;]/.test(rawAfter);
    const reportsWhatCameBefore =
      /,\s*$/.test(sentence.slice(0, found?.start ?? 0)) && wordsIn(before) >= 6 && (nothingAfter || (wordsIn(clause) <= 6 && !/^that\b/.test(rawAfter)));
    if (found && before && (!clause || reportsWhatCameBefore)) clause = before;
    // "Recipients, said Mauer, are required to …": the speaker set in commas inside the clause it reports.
    const opening = sentence.slice(0, tok.start);
    const closing = found ? sentence.slice(found.end) : "";
    if (found && found.start > tok.start && !quote && /\S\s*,\s*$/.test(opening) && /^\s*,\s*\p{Ll}/u.test(closing) && /^\s*$/.test(sentence.slice(tok.end, found.start).replace(/^\s*(the|a|an)\s*$/i, ""))) {
      clause = `${opening.replace(/[\s,]+$/, "")} ${closing.replace(/^\s*,\s*/, "").replace(/[.\s]+$/, "")}`;
      // The sentence's capital is not the clause's, unless a name starts it.
      if (!mentions.some((m) => m.start === 0 && m.entity) && !/^I\b/.test(clause)) clause = clause.charAt(0).toLowerCase() + clause.slice(1);
    }
    // "X tweeted using his account:" / "X said:": what was said follows, in the next sentence or paragraph.
    if (!quote && /:\s*$/.test(sentence) && wordsIn(rawAfter) <= 10 && !/[“"]/.test(rawAfter)) {
      state.lastSpeaker = { id: speaker.entity.id, paragraph };
      state.announced = { id: speaker.entity.id, verb: tok.text, paragraph };
      continue;
    }
    statements.push({
      speaker: speaker.entity.id,
      verb: according ? "according to" : tok.text.replace(/[.,]$/, ""),
      quote: quote?.text ?? null,
      content: quote ? quote.text : according ? (sentence.slice(0, tok.start).replace(/[,\s]+$/, "") || (found ? afterSource(sentence.slice(found.end).replace(/[.\s]+$/, "")) : clause)) : clause,
      via: speaker.via,
    });
    state.lastSpeaker = { id: speaker.entity.id, paragraph };
  }

  // "North Korea fired …": an organisation or country acting as the subject, which a later "it" may mean.
  const first = mentions[0];
  if (first && !inQuote(first.start) && first.kind !== "person" && first.entity?.kind !== "person" && /^(?:[\p{L}]+\s*,?\s+){0,2}$|^$/u.test(sentence.slice(0, first.start).replace(/^(the|a)\s+/i, ""))) {
    (state.actors ??= []).push(first.name);
  }
  // "“…”, it added; and, later, “…”": a further quotation in the sentence is the same speaker's.
  const orphan = quotes.filter((_, i) => !ownedQuotes.has(i));
  const sayer = statements.at(-1);
  if (orphan.length && sayer) {
    for (const q of orphan.filter((q) => q.start > sentence.indexOf(sayer.quote ?? "\u0000"))) {
      statements.push({ speaker: sayer.speaker, verb: sayer.verb, quote: q.text, content: q.text, via: sayer.via });
    }
  }
  // A quotation nobody in this sentence says continues the previous speaker's words.
  if (orphan.length && statements.length === 0 && state.lastSpeaker && paragraph - state.lastSpeaker.paragraph <= 1) {
    const text = orphan.map((q) => q.text).join(" ");
    // After "X tweeted:", the quotation is what X tweeted.
    const announced = state.announced && state.announced.id === state.lastSpeaker.id && paragraph - state.announced.paragraph <= 1 ? state.announced : null;
    statements.push({ speaker: state.lastSpeaker.id, verb: announced?.verb ?? "continued", quote: text, content: text, via: "continuation" });
  }
  if (statements.length || (state.announced && paragraph - state.announced.paragraph > 1)) state.announced = null;
  return statements;
}

/** "news agency, quoting the ministry, the army has …" → "the army has …": what "according to X" reports. */
function afterSource(clause: string): string {
  const rest = clause.replace(/^(?:\s+[\p{Ll}-]+){0,3}\s*,\s*/u, "").replace(/^(?:quoting|citing)\b[^,“"]{0,120},\s*/, "");
  return rest || clause;
}

interface Subject {
  kind: "mention" | "pronoun" | "phrase";
  start: number;
  end: number;
  mention?: NameMention & { entity: Entity | null };
  text: string;
}

function subjectBefore(sentence: string, tokens: Token[], v: number, mentions: Array<NameMention & { entity: Entity | null }>): Subject | null {
  // Skip adverbs and time words between subject and verb ("Trump on Thursday said", "vaguely replied").
  let k = v - 1;
  let gap = 0;
  while (k >= 0 && gap < 5 && (tokens[k]!.lower.endsWith("ly") && tokens[k]!.lower.length > 3 || GAP_WORDS.has(tokens[k]!.lower)) && !mentions.some((m) => tokens[k]!.start >= m.start && tokens[k]!.end <= m.end)) {
    k--;
    gap++;
  }
  // "the joint statement of which said": skip the relative "of which" / ", who".
  if (k >= 1 && tokens[k]!.lower === "which" && tokens[k - 1]!.lower === "of") k -= 2;
  if (k >= 0 && tokens[k]!.text === "who") k -= tokens[k - 1]?.text === "," ? 2 : 1;
  // "Mark Milley, chairman of the Joint Chiefs of Staff, warned", "A senior official, who
  // spoke on condition of anonymity, said": step over the appositive or relative clause.
  // "Professor Ann Roe, Director of the Salt Study, and Chair of the Iodine Council, says": past
  // titles in apposition to the person named before the first comma.
  if (k >= 0 && tokens[k]!.text === ",") {
    const comma = tokens[k]!;
    const owner = mentions.filter((m) => isPerson(m) && m.end < comma.start && /^,/.test(sentence.slice(m.end))).at(-1);
    const between = owner ? sentence.slice(owner.end, comma.start) : "";
    if (owner && between.length < 220 && !/[“”".;]/.test(between) && !SPEECH_WORD.test(between) && !/,\s*(who|which|that)\b/.test(between)) {
      return { kind: "mention", start: owner.start, end: owner.end, mention: owner, text: owner.name };
    }
  }
  const namedJustBefore = k >= 1 && mentions.some((m) => tokens[k - 1]!.start >= m.start && tokens[k - 1]!.end <= m.end + 2);
  if (k >= 0 && tokens[k]!.text === "," && !namedJustBefore) {
    for (let c = k - 1; c >= 1 && k - c <= 16; c--) {
      if (tokens[c]!.text !== ",") continue;
      const before = tokens[c - 1]!;
      const named = mentions.some((m) => before.start >= m.start && before.end <= m.end + 2);
      if (named || tokens[c + 1]?.lower === "who" || /^[\p{Ll}]/u.test(before.text)) k = c - 1;
      break;
    }
  }
  if (k < 0) return null;
  const t = tokens[k]!;
  const mention = mentions.find((m) => t.start >= m.start && t.end <= m.end + 2);
  if (mention) {
    // "Lydia Barnes for Food Standards Tasmania says": the person speaks, for the organisation.
    const person = !isPerson(mention) ? mentions.find((m) => isPerson(m) && m.end < mention.start && /^\s+(for|of|at|from)\s+(the\s+)?$/.test(sentence.slice(m.end, mention.start))) : undefined;
    const who = person ?? mention;
    // "Both the school district and the police department have asserted": the two together.
    const partner = !isPerson(who) ? mentions.find((m) => !isPerson(m) && m.end < who.start && /^\s*,?\s+and\s+(the\s+)?$/.test(sentence.slice(m.end, who.start))) : undefined;
    if (partner) return { kind: "phrase", start: partner.start, end: who.end, text: sentence.slice(partner.start, who.end) };
    return { kind: "mention", start: who.start, end: who.end, mention: who, text: who.name };
  }
  if (PRONOUNS.has(t.lower) || NONPERSON_PRONOUNS.has(t.lower)) return { kind: "pronoun", start: t.start, end: t.end, text: t.lower };
  // A noun phrase: "the chief diplomat", "the joint statement", "officials".
  const h = ofHead(tokens, k);
  if (h !== k) {
    // The body whose analysis, report or survey it is speaks through it.
    const owner = mentions.find((m) => !isPerson(m) && [h - 1, h - 2].some((i) => i >= 0 && tokens[i]!.start >= m.start && tokens[i]!.end <= m.end + 2 && /[’']s$/.test(tokens[i]!.text)));
    if (owner) return { kind: "mention", start: owner.start, end: owner.end, mention: owner, text: owner.name };
  }
  let j = k;
  while (j >= 0 && k - j < 4 && /^[\p{L}-]+$/u.test(tokens[j]!.text) && !["the", "a", "an", "this", "that", "its", "his", "her", "their"].includes(tokens[j]!.lower) && !(STOPWORDS.has(tokens[j]!.lower) && j < k)) j--;
  // "the foundation's treasurer said": a possessive before the role noun determines it too.
  if (j >= 0 && j < k && /^\p{L}+[’']s$/u.test(tokens[j]!.text)) {
    const from = j >= 1 && /^(the|a|an)$/.test(tokens[j - 1]!.lower) ? tokens[j - 1]! : tokens[j]!;
    return { kind: "phrase", start: from.start, end: t.end, text: sentence.slice(from.start, t.end) };
  }
  const det = j >= 0 && ["the", "a", "an", "this", "its", "his", "her", "their"].includes(tokens[j]!.lower);
  const head = t.lower;
  if (STOPWORDS.has(head) || /^[“”",;:]$/.test(t.text)) return null;
  if (det || /s$/.test(head)) {
    const from = det ? tokens[j]! : tokens[j + 1]!;
    return { kind: "phrase", start: from.start, end: t.end, text: sentence.slice(from.start, t.end) };
  }
  return null;
}

/**
 * "PC Review's analysis of its own web traffic concluded": the subject's head stands before
 * "of", not at the end of the phrase after it. Returns the index of that head, or k itself.
 */
function ofHead(tokens: Token[], k: number): number {
  let j = k;
  while (j > k - 6 && j >= 2 && /^[\p{Ll}-]+$/u.test(tokens[j]!.text) && tokens[j]!.lower !== "of") j--;
  if (j === k || tokens[j]!.lower !== "of") return k;
  const head = tokens[j - 1]!;
  // Only a possessed noun ("X's analysis of"): "the head of the agency" and "some of the officials" keep their old reading.
  return /^\p{Ll}+$/u.test(head.text) && (/[’']s$/.test(tokens[j - 2]!.text) || /[’']s$/.test(tokens[j - 3]?.text ?? "")) ? j - 1 : k;
}

function isPerson(m: NameMention & { entity: Entity | null }): boolean {
  return m.entity ? m.entity.kind === "person" : m.kind === "person";
}

function subjectAfter(tokens: Token[], from: number, mentions: Array<NameMention & { entity: Entity | null }>): Subject | null {
  // "according to the Pentagon": past the article.
  if (/^(the|a|an)$/.test(tokens[from]?.lower ?? "")) from++;
  const t = tokens[from];
  if (!t) return null;
  const mention = mentions.find((m) => m.start <= t.start && t.start < m.end);
  if (mention) return { kind: "mention", start: mention.start, end: mention.end, mention, text: mention.name };
  if (PRONOUNS.has(t.lower)) return { kind: "pronoun", start: t.start, end: t.end, text: t.lower };
  return null;
}

function resolve(
  s: Subject,
  state: DiscourseState,
  registry: EntityRegistry,
  mentions: Array<NameMention & { entity: Entity | null }>,
  at: number,
  inQuote: (pos: number) => boolean,
): { entity: Entity; via: Statement["via"] } | null {
  if (s.kind === "mention") {
    const m = s.mention!;
    if (m.entity) return { entity: m.entity, via: "name" };
    // An unknown single word as a speaker: a news agency, a capital standing for its government, or a person.
    const e = registry.add(m.name, m.kind === "place" ? "place" : "organisation", m.role);
    m.entity = e;
    return { entity: e, via: "name" };
  }
  // Who the sentence's quotations name in the third person ("He said, “Ada Vance was the
  // centre of it all”") is what is spoken of, not who speaks: a pronoun skips them.
  const quoted = new Set(mentions.filter((m) => m.entity?.kind === "person" && inQuote(m.start)).map((m) => m.entity!.id));
  const lastPerson = (): Entity | undefined => {
    const inSentence = mentions.filter((m) => m.end <= at && m.entity?.kind === "person" && !inQuote(m.start)).at(-1)?.entity;
    if (inSentence) return inSentence;
    const id = [...state.persons].reverse().find((p) => s.kind !== "pronoun" || !quoted.has(p));
    return id ? registry.byId.get(id) : undefined;
  };
  if (s.kind === "pronoun" && NONPERSON_PRONOUNS.has(s.text)) {
    // "…, it added": the organisation, country or group that spoke last, or was last named as an actor.
    const speaker = state.lastSpeaker ? registry.byId.get(state.lastSpeaker.id) : undefined;
    if (speaker && speaker.kind !== "person") return { entity: speaker, via: "pronoun" };
    const actor = state.actors?.at(-1);
    return actor ? { entity: registry.find(actor) ?? registry.add(actor, isPlaceName(actor) ? "place" : "organisation", null), via: "pronoun" } : null;
  }
  if (s.kind === "pronoun") {
    const e = lastPerson();
    return e ? { entity: e, via: "pronoun" } : null;
  }
  // "A senior official said": someone new, unnamed — never someone already in the article.
  if (/^(a|an)\s/i.test(s.text)) return { entity: registry.add(s.text, "group", null), via: "group" };
  const phrase = s.text.replace(/^(the|a|an|this|its|his|her|their)\s+/i, "");
  const known = registry.find(phrase);
  if (known) return { entity: known, via: "role" };
  const nouns = words(phrase);
  const head = nouns.at(-1) ?? "";
  if (PERSON_NOUNS.has(head)) {
    // A role noun: the person whose title shares its words, else the one just quoted or named.
    const stems = new Set(nouns.map(canonical));
    const byRole = [...state.persons].reverse().map((id) => registry.byId.get(id)!).find((e) => e.roles.some((r) => words(r).some((w) => stems.has(canonical(w)) && !STOPWORDS.has(w))));
    const speaker = state.lastSpeaker ? registry.byId.get(state.lastSpeaker.id) : undefined;
    const e = byRole ?? (speaker?.kind === "person" ? speaker : undefined) ?? lastPerson();
    if (!e) return null;
    registry.addAlias(e, phrase);
    return { entity: e, via: "role" };
  }
  // A document or a group speaks for itself: "the joint statement", "officials".
  return { entity: registry.add(s.text, "group", null), via: "group" };
}
