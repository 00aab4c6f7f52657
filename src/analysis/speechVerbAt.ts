// Whether a word of a sentence is a verb of saying ("said", "warned that", "according to",
// "was quoted as saying") rather than a noun or another sense of it ("his calls", "observed the drill").
import { BROADCASTS, EXPRESSED_FEELINGS, FINDING_NOUNS, REACTION_VERBS, STANCE_VERBS, FINDING_VERBS, NAMING_VERBS, NOUN_LIKE_REPORTING_VERBS, ONLY_BEFORE_THAT, PHRASAL_SAYING_VERBS, REPORTING_VERBS, SAYING_PARTICIPLES, SPEECH_CHANNELS, UTTERANCE_NOUNS, VERBS_ONLY_BEFORE_A_QUOTE, WENT_ON_TO_VERBS } from "./lexicon.ts";
import type { Quote } from "./speechTokens.ts";
import { withBefore } from "./subjectAfterWith.ts";
import type { Token } from "./speechTypes.ts";

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "such"]);
/** A lowercase verb in "-ing" ("investigating", "following"), not a noun in "-thing" ("something"). */
const GERUND = /^(?![a-z]*thing$)[a-z]{3,}ing$/;
/** Verbs that only report speech when their subject is active ("when asked" is not a speaker). */
const PASSIVE_BEFORE = new Set(["when", "if", "was", "were", "being", "been", "be", "is", "are"]);

/**
 * A verb of saying found at a token: the verb (with its particle: "pointed out"), the source phrase
 * it is ("according to"), where "quoted as saying" puts its subject (-1 elsewhere), and whether it
 * reports words only next to a quotation ("asked: “…”", "posted:").
 */
export interface SpeechVerb {
  tok: Token;
  cue: { skip: number; verb: string } | null;
  quotedAt: number;
  particle: Token | null;
  quoteOnly: boolean;
  /** "…, saying …": a participle after a comma, whose speaker is the subject the sentence opens with. */
  clauseSubject?: boolean;
  /** "…, with X saying …": the index of "with", whose noun phrase is the participle's subject. */
  withAt?: number;
  /** A stand taken rather than words said ("condemned the attack", "called for calm"): its object is what was said. */
  stance?: true;
}

/**
 * Every word a verb of saying can start with: the verbs and participles below, the first words of
 * phrasal verbs and of source phrases ("according to", "in the words of"), and what "went on to" and
 * "quoted as" lead to. Any other word reports no speech, whatever surrounds it: most words of a
 * sentence are passed by with one lookup (this runs on every word of every sentence that may quote).
 */
const MAY_START_SPEECH_VERB = new Set([
  ...Object.keys(SAYING_PARTICIPLES), ...Object.keys(PHRASAL_SAYING_VERBS), ...REPORTING_VERBS, ...VERBS_ONLY_BEFORE_A_QUOTE,
  ...FINDING_VERBS, ...WENT_ON_TO_VERBS, ...STANCE_VERBS, "according", "words", "saying", "expressed", "expresses", "appealed", "appeals",
]);

/** The verb of saying at token `v`, or null when that word reports no speech there. */
export function speechVerbAt(sentence: string, tokens: Token[], v: number, quotes: Quote[]): SpeechVerb | null {
  const word = tokens[v]!;
  if (!MAY_START_SPEECH_VERB.has(word.lower)) return null;
  // "…, with Ann Roe, head of the club, saying …": the phrase after "with" says it.
  // Only a participle that opens what was said ("saying that …", "noting “…”", "adding, …"), not a noun ("the warning centre").
  const opensWords = /^(?:that|[“":,]|the|a|an|it|they|he|she|we|i|there|this|his|her|their|its|no)$/.test(tokens[v + 1]?.lower ?? "") || /^\p{Lu}/u.test(tokens[v + 1]?.text ?? "");
  const withAt = Object.hasOwn(SAYING_PARTICIPLES, word.lower) && opensWords && !DETERMINERS.has(tokens[v - 1]?.lower ?? "") ? withBefore(tokens, v) : -1;
  if (withAt >= 0 && quotedAsSaying(tokens, v) < 0) return { tok: word, cue: null, quotedAt: -1, particle: null, quoteOnly: false, clauseSubject: true, withAt };
  // "The mayor closed the beach, saying …": the sentence's subject says it.
  if (Object.hasOwn(SAYING_PARTICIPLES, word.lower) && tokens[v - 1]?.text === "," && quotedAsSaying(tokens, v) < 0) {
    return { tok: word, cue: null, quotedAt: -1, particle: null, quoteOnly: false, clauseSubject: true };
  }
  // "Karzai criticized last week's attack saying …": after a verb of judging and its object, no comma needed.
  if (Object.hasOwn(SAYING_PARTICIPLES, word.lower) && reactionBefore(tokens, v) && quotedAsSaying(tokens, v) < 0) {
    return { tok: word, cue: null, quotedAt: -1, particle: null, quoteOnly: false, clauseSubject: true };
  }
  // "… during his weekly broadcast saying “…”", "issued a statement saying, “…”", "began his speech by
  // saying “…”": a participle right before a quotation, after "by" or after a document the
  // subject issued or owns, says the subject's words too ("He denied a report saying …" does not).
  // "issued a statement saying the bridge would close": after the subject's own document, a reported clause too.
  const quoteNext = /^\s*[,:]?\s*[“"]/.test(sentence.slice(word.end));
  if (Object.hasOwn(SAYING_PARTICIPLES, word.lower) && ((quoteNext && tokens[v - 1]?.lower === "by") || ((quoteNext || opensWords) && ownChannelBefore(tokens, v)))) {
    return { tok: word, cue: null, quotedAt: -1, particle: null, quoteOnly: false, clauseSubject: true };
  }
  // "was reported as saying …": the words said are the participle's, read there.
  if (tokens[v + 1]?.lower === "as" && tokens[v + 2]?.lower === "saying") return null;
  const cue = sourceCue(tokens, v);
  const according = cue !== null;
  // "X was quoted as saying that …", "X was quoted by Reuters as saying": X said it.
  const quotedAt = quotedAsSaying(tokens, v);
  // "pointed out that …", "went on: “…”": the particle belongs to the verb.
  const calling = word.lower === "called" && callsFor(tokens, v);
  const particle = calling || (PHRASAL_SAYING_VERBS[word.lower] !== undefined && tokens[v + 1]?.lower === PHRASAL_SAYING_VERBS[word.lower] && tokens[v + 2]?.lower !== "to") ? tokens[v + 1]! : null;
  const tok: Token = particle ? { text: `${word.text} ${particle.text}`, lower: `${word.lower} ${particle.lower}`, start: word.start, end: particle.end } : word;
  const stance = !according && quotedAt < 0 && (calling || (!REPORTING_VERBS.has(word.lower) && takesStand(tokens, v)));
  const quoteOnly = !according && quotedAt < 0 && !stance && (VERBS_ONLY_BEFORE_A_QUOTE.has(tok.lower) || particle !== null);
  if (!according && quotedAt < 0 && !REPORTING_VERBS.has(tok.lower) && !quoteOnly && !reportsFinding(sentence, tok) && !stance) return null;
  // "Kern asked: “…”", "“…?” she asked", "pointed out that …": elsewhere these verbs say nothing ("asked the court to …").
  // Titles in quotation marks ("on “The School Countdown”, the trust asks …") are no one's words.
  const quoteFollows = COLON_FOLLOWS.test(sentence.slice(tok.end)) || quotes.some((q) => q.start >= tok.end && QUOTE_FOLLOWS.test(sentence.slice(tok.end, q.start)));
  const quotePrecedes = quotes.some((q) => q.end <= tok.start && QUOTE_PRECEDES.test(sentence.slice(q.end, tok.start)));
  if (quoteOnly && !quoteFollows && !quotePrecedes && !(particle && tok.lower.endsWith("out") && /^\s*(?:,\s*)?that\b/.test(sentence.slice(tok.end)))) return null;
  if (!according && quotedAt < 0 && (PASSIVE_BEFORE.has(tokens[v - 1]?.lower ?? "") || passiveAt(tokens, v))) return null;
  // "the United States", "his urgent calls": a name or a noun, not a verb of saying.
  if (v > 0 && /^\p{Lu}/u.test(tok.text) && !/^[“"]$/.test(tokens[v - 1]!.text)) return null;
  // "his urgent calls", "Park's comments came after …": after a determiner or a possessive they are nouns.
  if (NOUN_LIKE_REPORTING_VERBS.has(tok.lower) && [tokens[v - 1], tokens[v - 2]].some((t) => t && (DETERMINERS.has(t.lower) || /[’']s$/.test(t.text)))) return null;
  // "is investigating claims that …", "denied reports that …": the object of a verb is a noun too.
  if (NOUN_LIKE_REPORTING_VERBS.has(tok.lower) && tokens[v - 1] && (GERUND.test(tokens[v - 1]!.text) || REPORTING_VERBS.has(tokens[v - 1]!.lower))) return null;
  // "called for an inquiry", "called on the council to act": urging, told like speech; "called off the strike" is not.
  if (tok.lower === "called" && /^(for|on|off|up|in|out|back)$/.test(tokens[v + 1]?.lower ?? "")) return null;
  // "the strikes have claimed at least 220 lives", "claimed the title": what was taken or won, no words said.
  if (/^claim(?:ed|s)?$/.test(tok.lower) && CLAIMED_THING.test(sentence.slice(tok.end, tok.end + 60))) return null;
  // "one such group, called Safecast, …": a name given after a comma, not words said.
  if (NAMING_VERBS.has(tok.lower) && tokens[v - 1]?.text === "," && /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?![’'])\s*(?:[,.;]|\s(?:whose|which|that|who)\b)/u.test(sentence.slice(tok.end))) return null;
  // "a banned periodical called Payam-e Hajar": a thing's name, not words said.
  if (NAMING_VERBS.has(tok.lower) && /^\p{Ll}/u.test(tokens[v - 1]?.text ?? "") && !/^(he|she|they|it|who|also|had|has|have|was|were)$/.test(tokens[v - 1]!.lower) && /^[\p{Lu}“"]/u.test(tokens[v + 1]?.text ?? "")) return null;
  // "provisions added into the bill", "costs added up", "earmarks added in.": a thing put somewhere, no words said.
  if (!particle && (/^(into|onto|up|together)$/.test(tokens[v + 1]?.lower ?? "") || (tokens[v + 1]?.lower === "in" && /^[.;]?$/.test(tokens[v + 2]?.text ?? "")))) return null;
  // "observed the final portion", "recalled its ambassador": these report speech only before "that", a quotation or a colon.
  if (ONLY_BEFORE_THAT.has(tok.lower) && !/^\s*(?:,\s*)?(?:that\b|[“":])/.test(sentence.slice(tok.end)) && !/[“"]\s*$|[”"],?\s*(?:\S+\s+){0,4}$/.test(sentence.slice(0, tok.start))) return null;
  return stance ? { tok, cue, quotedAt, particle, quoteOnly, stance } : { tok, cue, quotedAt, particle, quoteOnly };
}

/**
 * A verb of taking a stand (`STANCE_VERBS`: "condemned the attack"), "expressed" before a feeling
 * ("expressed regret"), or "appealed for" ("appealed for calm"): a statement when it has an object.
 */
function takesStand(tokens: Token[], v: number): boolean {
  const w = tokens[v]!.lower;
  const next = tokens[v + 1]?.lower ?? "";
  // "criticised the plan, saying …", "welcomed the vote: “…”", "apologized, but also said …": the words come after; they are the statement.
  if (wordsFollow(tokens, v)) return false;
  if (STANCE_VERBS.has(w)) return next !== "" && !/^[.,;:]$/.test(next) && !/^(by|to|into|in|back|on)$/.test(next);
  if (w === "expressed" || w === "expresses") return EXPRESSED_FEELINGS.has(next) || (/^(his|her|their|its|deep|great|strong)$/.test(next) && EXPRESSED_FEELINGS.has(tokens[v + 2]?.lower ?? ""));
  if (w === "appealed" || w === "appeals") return next === "for";
  return false;
}

/** Whether the stand at `v` is followed in its sentence by the words taken: a quotation, a colon, a participle of saying, or "and / but (also) said". */
function wordsFollow(tokens: Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (/^[“”":]$/.test(t.text) || Object.hasOwn(SAYING_PARTICIPLES, t.lower)) return true;
    if (REPORTING_VERBS.has(t.lower) && /^(and|but|also)$/.test(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

/** "called for …", "called on / upon X to …": a call for something, not "called on the family" (a visit). */
function callsFor(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1]?.lower;
  if (next === "for") return true;
  if (next !== "on" && next !== "upon") return false;
  for (let k = v + 2; k < Math.min(tokens.length, v + 10); k++) if (tokens[k]!.lower === "to") return true;
  return false;
}

/**
 * Where the subject of a verb of saying stands when words between them are no subject: the index of
 * "quoted" in "X was quoted (by Y) as saying", of "as" in "Y quotes X as saying" (X said it), of
 * "went" in "X went on to say / add"; -1 elsewhere.
 */
function quotedAsSaying(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.lower === "to" && tokens[v - 2]?.lower === "on" && tokens[v - 3]?.lower === "went" && v >= 4 && WENT_ON_TO_VERBS.has(tokens[v]!.lower)) return v - 3;
  if (tokens[v]!.lower !== "saying" || tokens[v - 1]?.lower !== "as") return -1;
  // "It quoted Micah Brose, an interrogator working there, as saying …": past the words set in commas describing the one quoted.
  const described = tokens[v - 2]?.text === "," ? appositiveStart(tokens, v - 2) : -1;
  for (let k = described > 0 ? described - 1 : v - 2; k >= Math.max(1, (described > 0 ? described : v) - 8); k--) {
    // "The Post quotes Ann Lee as saying …": the one quoted, right before "as", said it.
    if (/^(?:quotes|quoting|cites|cited|citing)$/.test(tokens[k]!.lower) || (tokens[k]!.lower === "quoted" && !PASSIVE_BEFORE.has(tokens[k - 1]!.lower))) return k < (described > 0 ? described - 1 : v - 2) ? (described > 0 ? described : v - 1) : -1;
    // "X was quoted / reported / cited as saying …": X said it.
    if (/^(?:quoted|reported|cited)$/.test(tokens[k]!.lower)) return passiveAt(tokens, k) ? k : -1;
    if (/^[“”",;:]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/** The comma opening the words set in commas that end at the comma `end` ("Ann Lee, a retired engineer from the city,"), within twenty words; -1 when there is none. */
function appositiveStart(tokens: Token[], end: number): number {
  for (let k = end - 1; k >= Math.max(1, end - 20); k--) {
    if (tokens[k]!.text === ",") return k;
    if (/^[“”";:]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/** The noun of a study, report or poll in the clause before a verb. */
const FINDING_SUBJECT = new RegExp(String.raw`\b(?:${FINDING_NOUNS.join("|")})\b[^,;.“”"]*$`, "i");

/** "A study by the institute found that …": what a study, report or poll found, told like speech. */
function reportsFinding(sentence: string, tok: Token): boolean {
  return FINDING_VERBS.has(tok.lower) && /^\s*that\b/.test(sentence.slice(tok.end)) && FINDING_SUBJECT.test(sentence.slice(Math.max(0, tok.start - 80), tok.start));
}

const OWN_CHANNELS = new Set([...SPEECH_CHANNELS, ...UTTERANCE_NOUNS, ...BROADCASTS]);
/** Words that make a document before a participle the subject's own: "his broadcast", "issued a statement". */
const OWNING = /^(?:his|her|their|its|issued|released|published|posted|sent|made|gave|delivered)$/;

/** Whether the token before `v` is a document or a speech ("statement", "broadcast") that a possessive or an issuing verb a few words before makes the subject's. */
function ownChannelBefore(tokens: Token[], v: number): boolean {
  const noun = tokens[v - 1]?.lower ?? "";
  if (!OWN_CHANNELS.has(noun)) return false;
  for (let k = v - 2; k >= Math.max(0, v - 5); k--) {
    if (OWNING.test(tokens[k]!.lower)) return true;
    if (/^[“”",;:]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** A verb of judging ("criticized", "welcomed") up to six words before `v`, with only its object between (no comma, quotation or document). */
function reactionBefore(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(1, v - 6); k--) {
    const t = tokens[k]!;
    if (/^[“”",;:]$/.test(t.text) || /[,;:]$/.test(t.text) || (k === v - 1 && OWN_CHANNELS.has(t.lower))) return false;
    if (REACTION_VERBS.has(t.lower)) return k < v - 1;
  }
  return false;
}

/** A participle in the passive: "was quoted", "was also quoted", "has been widely reported". */
function passiveAt(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? "";
  return PASSIVE_BEFORE.has(before) || ((before === "also" || before.endsWith("ly")) && PASSIVE_BEFORE.has(tokens[k - 2]?.lower ?? ""));
}

/**
 * A phrase that names a source rather than a verb ("according to X", "in the words of X"): how many
 * tokens lead to the source and the words the statement keeps as its verb; null elsewhere.
 */
function sourceCue(tokens: Token[], v: number): { skip: number; verb: string } | null {
  if (lowerAt(tokens, v) === "according" && lowerAt(tokens, v + 1) === "to") return { skip: 2, verb: "according to" };
  if (lowerAt(tokens, v) === "words" && lowerAt(tokens, v - 1) === "the" && lowerAt(tokens, v - 2) === "in" && lowerAt(tokens, v + 1) === "of") return { skip: 2, verb: "in the words of" };
  return null;
}

/** The lowercase word at `i`, "" past either end. (Not a closure in `sourceCue`: one made per call costs more than the call.) */
function lowerAt(tokens: Token[], i: number): string {
  return tokens[i]?.lower ?? "";
}


/** What "claimed" takes when it means taking, not saying: up to four words, then lives, a title, a seat ("claimed at least 220 lives"). */
const CLAIMED_THING = /^\s+(?:[\p{L}\d,.-]+\s+){0,4}?(?:lives|life|victims|title|titles|crown|medal|medals|seat|seats|prize|trophy)\b/u;

/** After a verb that reports speech only before a quotation: up to a dozen words, then a colon. */
const COLON_FOLLOWS = /^(?:\s+[^\s“”":;.!?,]+){0,12}?\s*:/;
/** …or up to a dozen words, then the opening of a quotation (the text between them). */
const QUOTE_FOLLOWS = /^(?:\s+[^\s“”":;.!?,]+){0,12}?\s*,?\s*$/;
/** Before such a verb: a quotation just closed, then the speaker ("“…?” Kern asked", "“…,” the economist continued"). */
const QUOTE_PRECEDES = /^\s*,?\s*(?:\S+\s+){0,4}$/;
