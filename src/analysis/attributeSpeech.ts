import type { Entity, EntityRegistry } from "./entities.ts";
import type { NameMention } from "./findMentions.ts";
import { isBody, openingActor, ownQuote, quotesLeftOver, unmarkedFirstPerson } from "./quoteOwners.ts";
import { afterSource, reportedClause, withSubject } from "./reportedClause.ts";
import { FINDING_VERBS, PLAIN_SAYING_VERB, SAYING_PARTICIPLES, SPEECH_CHANNELS } from "./lexicon.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import { agreesWith, pronounGender } from "./personalPronouns.ts";
import { SPEECH_WORD, subjectBefore, type Subject } from "./speechSubject.ts";
import { subjectAfter } from "./subjectAfter.ts";
import { accordingSpeaker } from "./accordingSource.ts";
import { channelOwner, noteIssuedChannel, noteOfferedWords } from "./speechChannels.ts";
import { openingSubject, unnamedPerson } from "./unnamedSpeakers.ts";
import { clauseStart, isQuotedTitle, quoteSpans, tokenize, wordsIn } from "./speechTokens.ts";
import { speechVerbAt } from "./speechVerbAt.ts";
import { subjectAfterWith } from "./subjectAfterWith.ts";
import { NOMINAL_SAID, nominalStatement } from "./nominalStatement.ts";

/** Adverbs between "and" / "but" and the verb of saying they join ("… but also said", "and then added"). */
const ADVERB_BEFORE_VERB = new Set(["also", "then", "later", "again", "further", "repeatedly", "publicly"]);
import type { DiscourseState, Statement, Token } from "./speechTypes.ts";

export type { DiscourseState, Statement } from "./speechTypes.ts";

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
  if (state.unnamed && paragraph - state.unnamed.paragraph > 1) state.unnamed = null;
  // "The guild issued a statement.": a later "the statement read" is the guild's.
  noteIssuedChannel(sentence, paragraph, mentions, state, registry);
  // "X offered his explanation.": the quotation that follows is X's.
  noteOfferedWords(sentence, paragraph, mentions, state);
  // Most sentences quote and report nothing: a cheap test before tokenizing.
  if (!/[“”"]/.test(sentence) && !SPEECH_WORD.test(sentence) && !FINDING_THAT.test(sentence) && !NOMINAL_SAID.test(sentence)) {
    // "Tarn Mining closed the mine. It said …": a body acting as the subject, for the next "it".
    const actor = openingActor(sentence, mentions);
    if (actor && isBody(mentions[0]!)) state.actorSince = { name: actor, paragraph };
    return [];
  }
  const tokens = tokenize(sentence);
  // A quoted title ("a website, “The Pier Countdown”,") is a name, not anyone's words.
  const quotes = quoteSpans(sentence).filter((q) => !isQuotedTitle(sentence, q));
  const inQuote = (pos: number) => quotes.some((q) => pos > q.start && pos < q.end);
  const statements: Statement[] = [];
  const ownedQuotes = new Set<number>();

  for (let v = 0; v < tokens.length; v++) {
    if (inQuote(tokens[v]!.start)) continue;
    const verb = speechVerbAt(sentence, tokens, v, quotes);
    if (!verb) continue;
    const { tok, cue, quotedAt, particle, quoteOnly } = verb;
    const according = cue !== null;
    // "X called it “…,” and said …", "… but added that …": the second verb shares the first one's speaker.
    // "…, but also said that …": an adverb may stand between them.
    const afterAnd = /^(?:and|but)$/.test(tokens[ADVERB_BEFORE_VERB.has(tokens[v - 1]?.lower ?? "") ? v - 2 : v - 1]?.lower ?? "");
    const coordinated = afterAnd && statements.length > 0 ? statements.at(-1)! : null;
    // "Tilley was at the show and said …", "China expressed regret and suggested that …": the verb shares the sentence's subject.
    // No one else can be its subject: "… and claimed Best Album" names what was won, not a speaker.
    const sharesSubject = afterAnd && !coordinated && !according;
    let found = verb.withAt !== undefined ? subjectAfterWith(tokens, verb.withAt, v, mentions) : verb.clauseSubject ? openingSubject(sentence, tokens, mentions) : sharesSubject ? namedOpeningSubject(sentence, tokens, mentions) : (coordinated ? null : according ? accordingSpeaker(tokens, v + cue.skip, mentions) : quotedAt >= 0 ? subjectBefore(sentence, tokens, quotedAt, mentions) : subjectBefore(sentence, tokens, v, mentions) ?? (invertedAt(tokens, v) ? subjectAfter(tokens, v + (particle ? 2 : 1), mentions) : null));
    // "Olsen's press release states", "a message on the union's website reads", "the statement read":
    // a document speaks for whoever issued it.
    const owner = !coordinated && !according && quotedAt < 0 && (found === null || found.kind === "phrase") ? channelOwner(sentence, tok.start, mentions, state, registry) : null;
    const issuedBy = owner?.kind === "entity" ? registry.byId.get(owner.id) : undefined;
    if (owner && owner.kind !== "entity") found = owner;
    // "She read: “…”": a person reading out words may read another's; only a document's own words count.
    if (/^reads?$/.test(tok.lower) && !owner) continue;
    // "In a video posted online, Olsen says": a document nobody is named as owning is no speaker of these verbs.
    if (quoteOnly && !owner && found?.kind === "phrase" && found.text.split(/\s+/).some((w) => SPEECH_CHANNELS.includes(w.toLowerCase()))) continue;
    if (!found && !coordinated && !issuedBy) {
      // "“…,” said one of them.": someone this sentence does not name says the quotation before
      // the verb; it is no continuation of the previous speaker's words.
      // "“…,” one resident wrote.": nor is one whose speaker stands between it and the verb unresolved.
      const closed = quotes.findIndex((q) => q.end <= tok.start && /^[\s,]*(?:[\p{L}’'-]+\s+){0,4}$/u.test(sentence.slice(q.end, tok.start)));
      if (closed >= 0) ownedQuotes.add(closed);
      continue;
    }
    // "Bush says his job is to keep Olmert and Abbas focused, despite what he says are roadblocks": "he" is who already spoke in this sentence, not the last person it named.
    const spokeHere = !coordinated && !issuedBy && found?.kind === "pronoun" ? earlierSpeaker(statements, found.text, registry) : undefined;
    const speaker = coordinated ? { entity: registry.byId.get(coordinated.speaker)!, via: coordinated.via } : issuedBy ? { entity: issuedBy, via: "name" as const } : spokeHere ? { entity: spokeHere, via: "pronoun" as const } : resolveSpeaker(found!, state, registry, mentions, tok.start, inQuote, sentence, paragraph);
    if (!speaker) continue;

    // "welcomed the move, saying “…”": a stand taken owns no quotation; the words said are the participle's.
    const quoteIndex = verb.stance ? -1 : ownQuote(sentence, quotes, ownedQuotes, tok, found);
    if (quoteIndex >= 0) ownedQuotes.add(quoteIndex);
    // "said that the figures were “unacceptable”": a few quoted words inside a reported clause;
    // the clause, quotation marks and all, is what was said.
    // So is a quoted term of a few words the clause reaches with words of its own ("saying the town is losing the “moral” battle").
    const between = quoteIndex >= 0 ? sentence.slice(tok.end, quotes[quoteIndex]!.start) : "";
    const partial = quoteIndex >= 0 && !according && quotes[quoteIndex]!.start >= tok.end && (/\bthat\s+[^\s“"]/.test(between) || (wordsIn(quotes[quoteIndex]!.text) <= 3 && /\p{L}[^,:;]*$/u.test(between)));
    const quote = quoteIndex >= 0 && !partial ? quotes[quoteIndex]! : null;

    const clause = verb.stance ? stanceObject(sentence, tok) : reportedClause(sentence, tok, found, according, quote, mentions);
    const rawAfter = sentence.slice(tok.end).trim();
    // "X tweeted using his account:" / "X said:": what was said follows, in the next sentence or paragraph.
    if (!quote && /:\s*$/.test(sentence) && wordsIn(rawAfter) <= 10 && !/[“"]/.test(rawAfter)) {
      state.lastSpeaker = { id: speaker.entity.id, paragraph };
      state.announced = { id: speaker.entity.id, verb: tok.text, paragraph };
      continue;
    }
    statements.push({
      speaker: speaker.entity.id,
      verb: according ? cue.verb : verb.clauseSubject ? SAYING_PARTICIPLES[tok.lower]! : quotedAt >= 0 || tokens[v - 1]?.lower === "did" ? pastOf(tok.lower) : (PLAIN_SAYING_VERB[tok.lower] ?? tok.text.replace(/[.,]$/, "")),
      quote: quote?.text ?? null,
      content: quote ? withSubject(sentence, quote, tok) : according ? (sentence.slice(0, tok.start).replace(/[,\s]+$/, "") || (found ? afterSource(sentence.slice(found.end).replace(/[.\s]+$/, "")) : clause)) : clause,
      via: speaker.via,
      ...(verb.stance ? { stance: true as const } : {}),
    });
    // "Tom Varga and Ann Roe said …": the person joined to the speaker by "and" said it too.
    const partner = found?.kind === "mention" && !coordinated && !according ? mentions.find((m) => m.entity?.kind === "person" && m.end <= found!.start && /^\s+and\s+$/.test(sentence.slice(m.end, found!.start))) : undefined;
    if (partner?.entity && partner.entity.id !== speaker.entity.id && speaker.entity.kind === "person") statements.push({ ...statements.at(-1)!, speaker: partner.entity.id });
    state.lastSpeaker = { id: speaker.entity.id, paragraph };
    state.actorSince = undefined;
    noteUnnamed(sentence, found, speaker.entity, paragraph, state);
  }

  // "a statement by candidate Ann Lee that “…”", "Lee's claim that …": words told as a noun, when no verb gave them to anyone.
  const nominal = statements.length === 0 && NOMINAL_SAID.test(sentence) ? nominalStatement(sentence, mentions, registry) : null;
  if (nominal) {
    statements.push(nominal);
    const q = quotes.findIndex((x) => x.text === nominal.quote || nominal.content.startsWith(x.text.slice(0, 20)));
    if (q >= 0) ownedQuotes.add(q);
  }
  quotesLeftOver(sentence, paragraph, mentions, quotes, ownedQuotes, statements, state, inQuote);
  return statements;
}

/**
 * Whether the verb at `v` may have its speaker after it ("“…,” said X", "…, said X", "Said X, …"):
 * a quotation mark or a comma before it (past adverbs), or nothing. "Israel claims Jerusalem" and
 * "denied reports he is unwell" name no speaker after the verb.
 */
function invertedAt(tokens: Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && /ly$/.test(tokens[k]!.lower) && tokens[k]!.lower.length > 3) k--;
  return k < 0 || /^[“”",;:]$/.test(tokens[k]!.text);
}

/** What a stand is taken on: the words after the verb, up to a participle of saying that reports its own ("condemned the attack, saying …"). */
function stanceObject(sentence: string, tok: { end: number }): string {
  return sentence.slice(tok.end).replace(STANCE_ENDS, "").replace(/^[\s,]+/, "").replace(/[.\s]+$/, "");
}

/** Where the object of a stance verb ends: a comma before a participle of saying ("…, saying", "…, calling it"). */
const STANCE_ENDS = new RegExp(`,?\\s+(?:${Object.keys(SAYING_PARTICIPLES).join("|")})\\b.*$`, "s");

/** The person who spoke last in this sentence, when "he" or "she" may stand for them; undefined for other pronouns or when no person spoke yet. */
function earlierSpeaker(statements: Statement[], pronoun: string, registry: EntityRegistry): Entity | undefined {
  const wanted = pronounGender(pronoun);
  if (!wanted || statements.length === 0) return undefined;
  const e = registry.byId.get(statements.at(-1)!.speaker);
  return e?.kind === "person" && agreesWith(e, wanted) ? e : undefined;
}

/** The past form of a bare verb of saying ("X did say", "quoted as saying"). */
function pastOf(bare: string): string {
  return bare === "saying" || bare === "say" ? "said" : bare === "tell" ? "told" : `${bare.replace(/e$/, "")}ed`;
}

/** "… found that …", "… showed that …": a study's finding may be told like speech (`speechVerbAt`). */
const FINDING_THAT = new RegExp(`\\b(?:${[...FINDING_VERBS].join("|")})\\s+that\\b`, "i");

/** The subject a sentence opens with when it names someone or says "he"/"she"; a noun phrase there may hold the verb ("The family feels …"). */
function namedOpeningSubject(sentence: string, tokens: Token[], mentions: Parameters<typeof openingSubject>[2]): Subject | null {
  const s = openingSubject(sentence, tokens, mentions);
  return s && s.kind !== "phrase" ? s : null;
}

/** "A spokesman for the council said …": a "he" or "she" next is that unnamed speaker; a person named as speaker ends that. */
function noteUnnamed(sentence: string, found: Subject | null, speaker: Entity, paragraph: number, state: DiscourseState): void {
  const subject = found && !(found.kind === "mention" && found.mention?.entity?.kind === "person") ? sentence.slice(clauseStart(sentence, found.start, true), found.end) : "";
  if (subject && unnamedPerson(subject)) state.unnamed = { id: speaker.id, paragraph, persons: state.persons.length };
  else if (speaker.kind === "person") state.unnamed = null;
}
