// Which quotation of a sentence belongs to which speaker: the one a verb of saying takes, those
// no verb took (the sentence's last speaker's, or the previous speaker's continuing), and a
// first-person sentence printed without its marks.
import type { Entity, EntityRegistry } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { SPEECH_CHANNELS } from "./lexicon.ts";
import type { Subject } from "./speechSubject.ts";
import type { DiscourseState, Statement, Token } from "./speechTypes.ts";
import { wordsIn, type Quote } from "./speechTokens.ts";

type Mentioned = NameMention & { entity: Entity | null };

/**
 * A sentence opening with "I", with no quotation marks, in the paragraph right after a person's
 * statement, is that person's words printed without marks (a pull quote, a block quotation); the
 * article's own voice never says "I" in news. Null for any other sentence.
 */
export function unmarkedFirstPerson(sentence: string, paragraph: number, state: DiscourseState, registry: EntityRegistry): Statement | null {
  if (!/^I\s/.test(sentence) || /[“”"]/.test(sentence) || !state.lastSpeaker || paragraph - state.lastSpeaker.paragraph !== 1 || state.lastParagraphQuoted === paragraph) return null;
  const speaker = registry.byId.get(state.lastSpeaker.id);
  if (speaker?.kind !== "person") return null;
  state.lastParagraphQuoted = paragraph;
  const text = sentence.replace(/[.\s]+$/, "");
  return { speaker: speaker.id, verb: "said", quote: text, content: text, via: "continuation" };
}

/** The quotation a verb of saying introduces ("said that “…”") or closes ("“…,” X added"), by its index in `quotes`, or -1. */
export function ownQuote(sentence: string, quotes: Quote[], ownedQuotes: Set<number>, tok: Token, found: Subject | null): number {
  // "“…”, it added; and, later, “…”": the quotation right before the speaker is the one it says.
  // "“…,” the agency said": an article may stand between the quotation and its speaker.
  // "“…,” union secretary Amy Lowe told …": or the lowercase words describing the speaker.
  const adjoins = (from: number, to: number) => /^[\s,]*(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(sentence.slice(from, to)) && !/\b(and|but|or|then|when|while|after|before)\b/.test(sentence.slice(from, to));
  let quoteIndex = found && found.start < tok.start ? quotes.findIndex((q, i) => !ownedQuotes.has(i) && q.end <= found.start && adjoins(q.end, found.start)) : -1;
  if (quoteIndex < 0) quoteIndex = quotes.findIndex((q, i) => !ownedQuotes.has(i) && q.start >= tok.end && /^[\s,:]*(that\s+)?(?:\S+\s+){0,12}?$/.test(sentence.slice(tok.end, q.start)) && sentence.slice(tok.end, q.start).split(/\s+/).length <= 14);
  if (quoteIndex < 0 && found) quoteIndex = quotes.findIndex((q, i) => !ownedQuotes.has(i) && q.end <= found.start && adjoins(q.end, found.start));
  // "“…”, said KCNA." / "“…”, added the ministry.": the quotation ends just before the verb.
  if (quoteIndex < 0 && found && found.start > tok.start) quoteIndex = quotes.findIndex((q, i) => !ownedQuotes.has(i) && q.end <= tok.start && /^[\s,]*$/.test(sentence.slice(q.end, tok.start)));
  return quoteIndex;
}

/** Whether a name is known as an organisation or a place (a country), not only as some capitalised word. */
export function isBody(m: Mentioned): boolean {
  const kind = m.entity?.kind ?? m.kind;
  return kind === "organisation" || kind === "place";
}

/** The organisation or country a sentence opens with as its subject ("North Korea fired …"), if any. */
export function openingActor(sentence: string, mentions: Mentioned[], inQuote: (pos: number) => boolean = () => false): string | null {
  const first = mentions[0];
  const opens = first && !inQuote(first.start) && first.kind !== "person" && first.entity?.kind !== "person" && /^(?:[\p{L}]+\s*,?\s+){0,2}$|^$/u.test(sentence.slice(0, first.start).replace(/^(the|a)\s+/i, ""));
  return opens ? first.name : null;
}

/**
 * After the verbs of a sentence: an organisation acting as its subject, for a later "it"; and its
 * quotations no verb took, as the last speaker's (in this sentence, or the previous one's).
 */
export function quotesLeftOver(
  sentence: string,
  paragraph: number,
  mentions: Mentioned[],
  quotes: Quote[],
  ownedQuotes: Set<number>,
  statements: Statement[],
  state: DiscourseState,
  inQuote: (pos: number) => boolean,
): void {
  // "North Korea fired …": an organisation or country acting as the subject, which a later "it" may mean.
  const actor = openingActor(sentence, mentions, inQuote);
  if (actor) {
    (state.actors ??= []).push(actor);
    if (statements.length === 0 && isBody(mentions[0]!)) state.actorSince = { name: actor, paragraph };
  }
  // "“…”, it added; and, later, “…”": a further quotation in the sentence is the same speaker's.
  // A word or two in quotation marks inside a sentence ("the “Darkhorse” battalion", ready for “real
  // missions”) is a term, not a statement: only a quotation opening the sentence, or one long or
  // capitalised enough to say something ("“Fines will follow”"), is one.
  const orphan = quotes.filter((q, i) => !ownedQuotes.has(i) && (/^\s*$/.test(sentence.slice(0, q.start)) || wordsIn(q.text) >= MIN_WORDS_OF_STATEMENT || (/^\p{Lu}/u.test(q.text) && wordsIn(q.text) >= 3)));
  const sayer = statements.at(-1);
  if (orphan.length && sayer) {
    for (const q of orphan.filter((q) => q.start > sentence.indexOf(sayer.quote ?? "\u0000"))) {
      statements.push({ speaker: sayer.speaker, verb: sayer.verb, quote: q.text, content: q.text, via: sayer.via });
    }
  }
  // A quotation nobody in this sentence says continues the previous speaker's words.
  // "Kern shouted: “…”": a quotation a colon hands to someone else the sentence names is never the previous speaker's.
  const intro = orphan.length ? sentence.slice(0, orphan[0]!.start) : "";
  // "A notice read: “…”": nor one a document whose owner is unknown carries.
  const handedToAnother = /:\s*$/.test(intro) && (mentions.some((m) => m.end <= intro.length && !inQuote(m.start) && m.entity?.id !== state.lastSpeaker?.id) || SPEECH_CHANNELS.some((c) => new RegExp(`\\b${c}\\b`, "i").test(intro)) || NOT_OWN_WORDS.test(intro));
  // "The Senate took the bill, concerning “…”": a quotation inside a sentence that tells something
  // else is quoted text (a bill's wording, a title); a continuation opens its sentence or follows a colon.
  const opens = wordsIn(intro) <= MAX_WORDS_BEFORE_CONTINUATION || /:\s*$/.test(intro);
  if (orphan.length && opens && statements.length === 0 && !handedToAnother && state.lastSpeaker && paragraph - state.lastSpeaker.paragraph <= 1) {
    const text = orphan.map((q) => q.text).join(" ");
    // After "X tweeted:", the quotation is what X tweeted.
    const announced = state.announced && state.announced.id === state.lastSpeaker.id && paragraph - state.announced.paragraph <= 1 ? state.announced : null;
    statements.push({ speaker: state.lastSpeaker.id, verb: announced?.verb ?? "continued", quote: text, content: text, via: "continuation" });
  }
  // "X from the union also welcomed the vote: “…”": a colon hands the quotation to the person the sentence opens with.
  const opener = mentions[0];
  if (orphan.length && statements.length === 0 && handedToAnother && opener?.entity?.kind === "person" && /^(?:the\s+)?$/i.test(sentence.slice(0, opener.start)) && !inQuote(opener.start) && !NOT_OWN_WORDS.test(intro) && !/^[’']s\b/.test(sentence.slice(opener.end))) {
    const text = orphan.map((q) => q.text).join(" ");
    statements.push({ speaker: opener.entity.id, verb: "said", quote: text, content: text, via: "name" });
    state.lastSpeaker = { id: opener.entity.id, paragraph };
  }
  if (statements.length || (state.announced && paragraph - state.announced.paragraph > 1)) state.announced = null;
}

/** Before a colon, words that hand on text no speaker of the article said: "The sign read: “…”", "He was asked: “…”". */
const NOT_OWN_WORDS = /\b(?:reads?|(?:was|were|been|being|is|are)\s+asked)\b/i;

/** A quotation continues the last speaker's words only this near its sentence's start ("And “…”"). */
const MAX_WORDS_BEFORE_CONTINUATION = 2;

/** Fewer words than this in quotation marks inside a sentence, with no verb of saying taking them, are a term quoted, not speech. */
const MIN_WORDS_OF_STATEMENT = 4;

