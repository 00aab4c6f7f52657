import type { Entity, EntityRegistry } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { ADDRESSEES, NOUN_LIKE_REPORTING_VERBS, ONLY_BEFORE_THAT, REPORTING_VERBS } from "./lexicon.ts";
import { resolveSpeaker, SPEECH_WORD, subjectAfter, subjectBefore, type Subject } from "./speechSubject.ts";
import type { DiscourseState, Statement, Token } from "./speechTypes.ts";

export type { DiscourseState, Statement } from "./speechTypes.ts";

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "such"]);
/** Verbs that only report speech when their subject is active ("when asked" is not a speaker). */
const PASSIVE_BEFORE = new Set(["when", "if", "was", "were", "being", "been", "be", "is", "are"]);

// "5,000" is one token: the comma of a number is no clause boundary ("The union, which represents 5,000 nurses, warned").
const SPEECH_TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}’'.-]|,(?=\d{3}\b))*|[“”"]|[,;:]/gu;
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

const TITLE_SMALL_WORDS = new Set(["of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "or"]);
/**
 * A quotation that is a title: two to ten words, each capitalised (or a number, or a small word
 * inside), with no comma or full stop closing it inside the marks ("“Never again,” she said" is speech).
 */
export function isQuotedTitle(sentence: string, q: { start: number; end: number; text: string }): boolean {
  if (/[,.!?;:]\s*[”"]?$/.test(sentence.slice(q.start + 1, q.end))) return false;
  const ws = q.text.split(/\s+/);
  if (ws.length < 2 || ws.length > 10 || !/^[\p{Lu}\d]/u.test(ws[0]!)) return false;
  return ws.every((w, i) => /^[\p{Lu}\d[(]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
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
  // "I was hauled in and told …" right after Paris claims …: a quotation printed without its marks.
  const unmarked = unmarkedFirstPerson(sentence, paragraph, state, registry);
  if (unmarked) return [unmarked];
  // Most sentences quote and report nothing: a cheap test before tokenizing.
  if (!/[“”"]/.test(sentence) && !SPEECH_WORD.test(sentence)) return [];
  const tokens = tokenize(sentence);
  // A quoted title ("a website, “The Pier Countdown”,") is a name, not anyone's words.
  const quotes = quoteSpans(sentence).filter((q) => !isQuotedTitle(sentence, q));
  const inQuote = (pos: number) => quotes.some((q) => pos > q.start && pos < q.end);
  const statements: Statement[] = [];
  const ownedQuotes = new Set<number>();

  for (let v = 0; v < tokens.length; v++) {
    const tok = tokens[v]!;
    if (inQuote(tok.start)) continue;
    const cue = sourceCue(tokens, v);
    const according = cue !== null;
    // "X was quoted as saying that …", "X was quoted by Reuters as saying": X said it.
    const quotedAt = quotedAsSaying(tokens, v);
    if (!according && quotedAt < 0 && !REPORTING_VERBS.has(tok.lower)) continue;
    if (!according && quotedAt < 0 && PASSIVE_BEFORE.has(tokens[v - 1]?.lower ?? "")) continue;
    // "the United States", "his urgent calls": a name or a noun, not a verb of saying.
    if (v > 0 && /^\p{Lu}/u.test(tok.text) && !/^[“"]$/.test(tokens[v - 1]!.text)) continue;
    // "his urgent calls", "Park's comments came after …": after a determiner or a possessive they are nouns.
    if (NOUN_LIKE_REPORTING_VERBS.has(tok.lower) && [tokens[v - 1], tokens[v - 2]].some((t) => t && (DETERMINERS.has(t.lower) || /[’']s$/.test(t.text)))) continue;

    if (tok.lower === "called" && /^(for|on|off|up|in|out|back)$/.test(tokens[v + 1]?.lower ?? "")) continue;
    // "observed the final portion", "recalled its ambassador": these report speech only before "that", a quotation or a colon.
    if (ONLY_BEFORE_THAT.has(tok.lower) && !/^\s*(?:,\s*)?(?:that\b|[“":])/.test(sentence.slice(tok.end)) && !/[“"]\s*$|[”"],?\s*(?:\S+\s+){0,4}$/.test(sentence.slice(0, tok.start))) continue;
    // "X called it “…,” and said …": the second verb shares the first one's speaker.
    const coordinated = tokens[v - 1]?.lower === "and" && statements.length > 0 ? statements.at(-1)! : null;
    const found = coordinated ? null : according ? subjectAfter(tokens, v + cue.skip, mentions) : quotedAt >= 0 ? subjectBefore(sentence, tokens, quotedAt, mentions) : subjectBefore(sentence, tokens, v, mentions) ?? subjectAfter(tokens, v + 1, mentions);
    if (!found && !coordinated) {
      // "“…,” said one of them.": someone this sentence does not name says the quotation before
      // the verb; it is no continuation of the previous speaker's words.
      const closed = quotes.findIndex((q) => q.end <= tok.start && /^[\s,]*$/.test(sentence.slice(q.end, tok.start)));
      if (closed >= 0) ownedQuotes.add(closed);
      continue;
    }
    const speaker = coordinated ? { entity: registry.byId.get(coordinated.speaker)!, via: coordinated.via } : resolveSpeaker(found!, state, registry, mentions, tok.start, inQuote);
    if (!speaker) continue;

    const quoteIndex = ownQuote(sentence, quotes, ownedQuotes, tok, found);
    if (quoteIndex >= 0) ownedQuotes.add(quoteIndex);
    // "said that the figures were “unacceptable”": a few quoted words inside a reported clause;
    // the clause, quotation marks and all, is what was said.
    const partial = quoteIndex >= 0 && !according && quotes[quoteIndex]!.start >= tok.end && /\bthat\s+[^\s“"]/.test(sentence.slice(tok.end, quotes[quoteIndex]!.start));
    const quote = quoteIndex >= 0 && !partial ? quotes[quoteIndex]! : null;

    const clause = reportedClause(sentence, tok, found, according, quote, mentions);
    const rawAfter = sentence.slice(tok.end).trim();
    // "X tweeted using his account:" / "X said:": what was said follows, in the next sentence or paragraph.
    if (!quote && /:\s*$/.test(sentence) && wordsIn(rawAfter) <= 10 && !/[“"]/.test(rawAfter)) {
      state.lastSpeaker = { id: speaker.entity.id, paragraph };
      state.announced = { id: speaker.entity.id, verb: tok.text, paragraph };
      continue;
    }
    statements.push({
      speaker: speaker.entity.id,
      verb: according ? cue.verb : quotedAt >= 0 ? (tok.lower === "saying" || tok.lower === "say" ? "said" : `${tok.lower.replace(/e$/, "")}ed`) : tok.text.replace(/[.,]$/, ""),
      quote: quote?.text ?? null,
      content: quote ? withSubject(sentence, quote, tok) : according ? (sentence.slice(0, tok.start).replace(/[,\s]+$/, "") || (found ? afterSource(sentence.slice(found.end).replace(/[.\s]+$/, "")) : clause)) : clause,
      via: speaker.via,
    });
    state.lastSpeaker = { id: speaker.entity.id, paragraph };
  }

  quotesLeftOver(sentence, paragraph, mentions, quotes, ownedQuotes, statements, state, inQuote);
  return statements;
}

/**
 * A sentence opening with "I", with no quotation marks, in the paragraph right after a person's
 * statement, is that person's words printed without marks (a pull quote, a block quotation); the
 * article's own voice never says "I" in news. Null for any other sentence.
 */
function unmarkedFirstPerson(sentence: string, paragraph: number, state: DiscourseState, registry: EntityRegistry): Statement | null {
  if (!/^I\s/.test(sentence) || /[“”"]/.test(sentence) || !state.lastSpeaker || paragraph - state.lastSpeaker.paragraph !== 1 || state.lastParagraphQuoted === paragraph) return null;
  const speaker = registry.byId.get(state.lastSpeaker.id);
  if (speaker?.kind !== "person") return null;
  state.lastParagraphQuoted = paragraph;
  const text = sentence.replace(/[.\s]+$/, "");
  return { speaker: speaker.id, verb: "said", quote: text, content: text, via: "continuation" };
}

/** The quotation a verb of saying introduces ("said that “…”") or closes ("“…,” X added"), by its index in `quotes`, or -1. */
function ownQuote(sentence: string, quotes: Quote[], ownedQuotes: Set<number>, tok: Token, found: Subject | null): number {
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

/** What the verb reports, when no quotation carries it: the clause after it, or the words before the speaker. */
function reportedClause(sentence: string, tok: Token, found: Subject | null, according: boolean, quote: Quote | null, mentions: Mentioned[]): string {
  let clause = sentence.slice(according && found ? found.end : tok.end).replace(/^[\s,:]*(that\b[\s,]*)?/, "").replace(/[.\s]+$/, "");
  // "told The Huffington Post, US ozone has dropped", "told reporters the talks failed": whom it was told is not what was said.
  if (/^(told|tells|telling)$/i.test(tok.text)) {
    clause = clause.replace(/^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}\p{Lu}[\p{L}.’'-]*\s*,\s+(?=\S)/u, "");
    clause = clause.replace(TOLD_ADDRESSEE, "");
  }
  // "said at a think tank event earlier this month that he expected …": the reported words follow "that".
  const that = /^[^“"]{0,70}?\bthat\s+/.exec(clause);
  if (that && !/^that\s/.test(clause)) clause = clause.slice(that[0].length);
  // "…, Xinhua reported." reports what came before it.
  // "…, Xinhua reported." / "…, Esper told reporters at the Pentagon.": the words before the speaker.
  const before = found ? sentence.slice(0, found.start).replace(/[\s,”"]+$/, "") : "";
  const rawAfter = sentence.slice(tok.end).trim();
  // "…, Esper announced on Wednesday, a move that …": nothing is reported after the verb.
  // "…, Carter told Marines at the combat center today.": whom and where it was told, nothing more.
  const toldOnly = /^(told|tells)$/i.test(tok.text) && TOLD_WHOM_ONLY.test(rawAfter.replace(/[.\s]+$/, ""));
  const nothingAfter = toldOnly || /^(?:(?:on|in|at|last|this|earlier|later|late|early)\b[^,“"]{0,30})?[,.;]/.test(rawAfter);
  // "In an interview with the Star, Pell said …": a phrase setting the scene reports nothing.
  const framing = FRAMING_OPENER.test(before);
  const reportsWhatCameBefore =
    /,\s*$/.test(sentence.slice(0, found?.start ?? 0)) && wordsIn(before) >= 6 && !(framing && !nothingAfter) && (nothingAfter || (wordsIn(clause) <= 6 && !/^that\b/.test(rawAfter)));
  if (found && before && (!clause || reportsWhatCameBefore)) clause = before;
  // "Recipients, said Mauer, are required to …": the speaker set in commas inside the clause it reports.
  // "Servicemembers, Lynn said, are working …": or before the verb.
  const after = found && found.start > tok.start;
  const opening = sentence.slice(0, after ? tok.start : found?.start ?? 0);
  const closing = found ? sentence.slice(after ? found.end : tok.end) : "";
  if (found && !quote && !according && /\S\s*,\s*$/.test(opening) && /^\s*,\s*\p{Ll}/u.test(closing) && !/^\s*,\s*(?:that|who|which|adding|saying|as|but|and)\b/.test(closing) && /^\s*$/.test((after ? sentence.slice(tok.end, found.start) : sentence.slice(found.end, tok.start)).replace(/^\s*(the|a|an|also|then|later)\s*$/i, ""))) {
    clause = `${opening.replace(/[\s,]+$/, "")} ${closing.replace(/^\s*,\s*/, "").replace(/[.\s]+$/, "")}`;
    // The sentence's capital is not the clause's, unless a name starts it.
    if (!mentions.some((m) => m.start === 0 && m.entity) && /^\p{Lu}\p{Ll}+\b(?![.’'-])/u.test(clause)) clause = clause.charAt(0).toLowerCase() + clause.slice(1);
  }
  return clause;
}

/**
 * After the verbs of a sentence: an organisation acting as its subject, for a later "it"; and its
 * quotations no verb took, as the last speaker's (in this sentence, or the previous one's).
 */
function quotesLeftOver(
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
  const first = mentions[0];
  if (first && !inQuote(first.start) && first.kind !== "person" && first.entity?.kind !== "person" && /^(?:[\p{L}]+\s*,?\s+){0,2}$|^$/u.test(sentence.slice(0, first.start).replace(/^(the|a)\s+/i, ""))) {
    (state.actors ??= []).push(first.name);
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
  if (orphan.length && statements.length === 0 && state.lastSpeaker && paragraph - state.lastSpeaker.paragraph <= 1) {
    const text = orphan.map((q) => q.text).join(" ");
    // After "X tweeted:", the quotation is what X tweeted.
    const announced = state.announced && state.announced.id === state.lastSpeaker.id && paragraph - state.announced.paragraph <= 1 ? state.announced : null;
    statements.push({ speaker: state.lastSpeaker.id, verb: announced?.verb ?? "continued", quote: text, content: text, via: "continuation" });
  }
  if (statements.length || (state.announced && paragraph - state.announced.paragraph > 1)) state.announced = null;
}

/**
 * Where the subject of a verb of saying stands when words between them are no subject: the index of
 * "quoted" in "X was quoted (by Y) as saying", of "went" in "X went on to say / add"; -1 elsewhere.
 */
function quotedAsSaying(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.lower === "to" && tokens[v - 2]?.lower === "on" && tokens[v - 3]?.lower === "went" && v >= 4 && /^(say|add|warn|explain|claim|insist|note|argue|suggest|describe|call|predict|stress)$/.test(tokens[v]!.lower)) return v - 3;
  if (tokens[v]!.lower !== "saying" || tokens[v - 1]?.lower !== "as") return -1;
  for (let k = v - 2; k >= Math.max(1, v - 8); k--) {
    if (tokens[k]!.lower === "quoted") return PASSIVE_BEFORE.has(tokens[k - 1]!.lower) ? k : -1;
    if (/^[“”",;:]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/**
 * A phrase that names a source rather than a verb ("according to X", "in the words of X"): how many
 * tokens lead to the source and the words the statement keeps as its verb; null elsewhere.
 */
function sourceCue(tokens: Token[], v: number): { skip: number; verb: string } | null {
  const t = (i: number) => tokens[i]?.lower ?? "";
  if (t(v) === "according" && t(v + 1) === "to") return { skip: 2, verb: "according to" };
  if (t(v) === "words" && t(v - 1) === "the" && t(v - 2) === "in" && t(v + 1) === "of") return { skip: 2, verb: "in the words of" };
  return null;
}

/** Openings of a phrase that sets the scene of a statement rather than report it: "In an interview with …", "Speaking to reporters, …". */
const FRAMING_OPENER = /^(?:in|at|on|during|after|before|later|earlier|speaking|writing|asked|responding|talking|interviewed|addressing|when)\b[^,;“"]*$/i;

/** "Marines at the base in California today", "reporters": only the addressee of "told" and where or when, no clause. */
const TOLD_WHOM_ONLY = new RegExp(`^(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.’'-]*\\s*)+|(?:${ADDRESSEES.join("|")})\\b)(?:\\s*(?:at|in|on|during|aboard|via|by|from|while|after|before)\\b(?![^“"]*\\bthat\\b)[^“",;]*)?$`, "u");

/** "reporters on Monday that", "the court," after "told": whom it was told, up to what was said. */
const TOLD_ADDRESSEE = new RegExp(`^(?:(?:the|a|an)\\s+)?(?:${ADDRESSEES.join("|")})\\b(?:\\s+(?:on|in|at|last|this)\\b[^,“"]{0,30}?(?=\\s+that\\b|,))?[\\s,]*(?:that\\b[\\s,]*)?(?=\\S)`, "i");

/**
 * A quotation that finishes a clause the article began ("Aid to Haiti “is helping”," X said): the
 * clause with it, so what it is about counts; otherwise the quotation alone.
 */
function withSubject(sentence: string, quote: Quote, verb: Token): string {
  const lead = sentence.slice(0, quote.start);
  if (quote.start > verb.start || !/^\p{Ll}/u.test(quote.text) || !/[\p{L}\d]\s*$/u.test(lead) || /[“”"]/.test(lead)) return quote.text;
  return `${lead.trim()} “${quote.text}”`;
}

/** Fewer words than this in quotation marks inside a sentence, with no verb of saying taking them, are a term quoted, not speech. */
const MIN_WORDS_OF_STATEMENT = 4;

type Mentioned = NameMention & { entity: Entity | null };
type Quote = ReturnType<typeof quoteSpans>[number];
const wordsIn = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** "news agency, quoting the ministry, the army has …" → "the army has …": what "according to X" reports. */
function afterSource(clause: string): string {
  const rest = clause.replace(/^(?:\s+[\p{Ll}-]+){0,3}\s*,\s*/u, "").replace(/^(?:quoting|citing)\b[^,“"]{0,120},\s*/, "");
  return rest || clause;
}
