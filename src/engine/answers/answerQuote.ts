import { compose, sentenceCase } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { messages } from "../../messages.ts";
import { stemmer } from "stemmer";
import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { ASKED_SAYING_VERBS, ASPECT_NOUNS, LIGHT_VERBS, REPORTING_VERBS, RESPONSE_NOUNS, STOPWORDS, VERBS_ONLY_BEFORE_A_QUOTE } from "../../analysis/lexicon.ts";
import { findQuoteSpeaker, type Declined, type SpeakerByRole } from "./quoteSpeaker.ts";
import { alignment, weighingPool, weighTerms } from "./statementAlignment.ts";
import { aspectsOf, exactWords, mediaOf, pointedBackTo, rolesNamedIn, touches, touchesText } from "./quoteTopicWords.ts";
import type { Statement } from "../../analysis/attributeSpeech.ts";

export type { Declined } from "./quoteSpeaker.ts";

/** A statement of the speaker's, with its sentence and how well it answers. */
interface ScoredStatement {
  s: IndexedSentence;
  st: Statement;
  score: number;
}

/**
 * What did X say [about T]: X's statements, those on the topic first, direct quotations
 * before reported speech, and the sentence that names X the way the question did before
 * others. "What else did he say?" leaves out what was already cited.
 */
export function answerQuote(q: Query, index: KnowledgeIndex, exclude: Set<number>, speakerId?: string): Answer | Declined | null {
  const found = findQuoteSpeaker(q, index, speakerId);
  if (!found || "declined" in found) return found;
  const { speaker, named, byRole, phrase, phraseTerms } = found;
  const { topicWords, others, topic, about } = readQuoteTopic(q, index, speaker, phrase, phraseTerms, byRole);
  const ranked = rankStatements(q, index, speaker, exclude, { topicWords, topic, about, wording: named?.wording.toLowerCase() });
  const best = ranked[0];
  if (!best) return { declined: speaker.name, exhausted: exclude.size > 0 };
  // Nothing they said touches the topic ("What did Pompeo say about Iran?"): say so rather than
  // offer an unrelated quote.
  if (topic.length && !ranked.some((r) => about(r.s) >= tuning.answer.minTopicMatch)) {
    // No statement holds most of T's words, but one may say T in other words, holding the words that
    // tell it from the rest ("how long the US will stay" → "… as long as it is needed").
    const closest = closestInOwnWords(index, ranked, [...topicWords, ...others.flatMap((e) => words(e.wording))]);
    // "about the cost of the referendums": a statement on the referendums that says nothing of their cost is on something else.
    const head = headOfTopic(q.text);
    if (closest && !(head && touchesText([head], closest.st.content) === 0)) return composeQuote(index, speaker, closest, ranked.length, exclude);
    // A follow-up that asks no "say" ("which hashtag did she pick?") is a question for search, not a quote.
    if (!q.words.some((w) => isSpeechVerb(canonical(w)))) return null;
    return { declined: speaker.name, topic: [...topicWords, ...others.map((e) => e.entity.name)].join(" ") };
  }

  return composeQuote(index, speaker, best, ranked.length, exclude);
}

/** What the question asks the speaker said: its topic words, the others it names, and how much of that a sentence touches. */
interface QuoteTopic {
  topicWords: string[];
  others: Query["entities"];
  topic: string[];
  about: (s: IndexedSentence) => number;
}

/**
 * The topic is what was said about: not the speaker's name or title, not the verb of saying
 * ("add", "warn"); others the question names are part of it ("What did Trump say about Iran?").
 */
function readQuoteTopic(q: Query, index: KnowledgeIndex, speaker: KnownEntity, phrase: string | null, phraseTerms: Set<string>, byRole: SpeakerByRole | null): QuoteTopic {
  const roleWords = new Set([...(byRole ? contentTerms(byRole.role) : []), ...phraseTerms, ...contentTerms(speaker.name)]);
  // "What did Carter tell the Marines about their edge?": whom he told is not what it was about.
  const addressees = new Set(/\b(?:tell|told|tells)\s+(.+?)\s+(?:about|on|regarding)\b/.exec(q.text)?.[1]?.split(/\s+/) ?? []);
  const others = q.entities.filter((e) => e.entity.id !== speaker.id && !(phrase ?? "").includes(e.wording.toLowerCase()) && !words(e.wording).every((w) => addressees.has(w)));
  const otherWords = new Set(others.flatMap((e) => words(e.wording)));
  const media = mediaOf(q.text);
  const asked = q.topicWords.map((w) => w.toLowerCase()).filter((w) => !roleWords.has(canonical(w)) && !(isSpeechVerb(canonical(w)) && !NOUN_ENDING.test(w)) && !STOPWORDS.has(w) && !otherWords.has(w) && !media.has(w) && !RESPONSE.has(w) && !ASKED_VERBS.has(w) && !addressees.has(w));
  // "Gloria's condition": the statement must be about Gloria; the side of her asked about is the reader's to judge.
  const aspects = aspectsOf(q.raw);
  // "her passport being taken", "what the aid is doing": verbs that say little need not be in the statement either.
  const slight = (w: string) => aspects.has(w) || LIGHT_VERBS.has(w) || LIGHT_VERBS.has(stemmer(w));
  const topicWords = others.length > 0 || asked.some((w) => !slight(w)) ? asked.filter((w) => !slight(w)) : asked;
  const topic = [...new Set(topicWords.map(canonical)), ...others.map((e) => e.entity.id)];
  // Share of the topic a sentence touches: its words, and the others the question names (by any of their names).
  const aboutOwn = (s: IndexedSentence) => topic.length === 0 ? 1 : (touches(topicWords, s, rolesNamedIn(s, index)) * new Set(topicWords).size + others.filter((e) => s.entities.includes(e.entity.id) || touches(words(e.wording), s) === 1).length) / (new Set(topicWords).size + others.length);
  // A statement carries on the sentence before it ("His daughter's condition deteriorated … By this
  // time, 'her skin was weeping', according to the Herald"): that sentence's topic counts, for less.
  // "After the match, X said …": so does a sentence shortly before naming what "the match" points back to.
  const about = (s: IndexedSentence) => {
    const own = aboutOwn(s);
    if (own >= 1) return own;
    const before = index.sentences[s.id - 1];
    // Never what another speaker said there: their topic is theirs ("Kern asked for funds. Sand said …").
    const context = [...(before && before.doc === s.doc ? [before] : []), ...pointedBackTo(s, index)].filter((c) => c.statements.every((st) => st.speaker === speaker.id));
    return Math.max(own, ...context.map((c) => aboutOwn(c) * tuning.answer.topicFromSentenceBefore));
  };
  return { topicWords, others, topic, about };
}

/** The speaker's statements, best first: on the topic, in the question's words, quoted, with the verb asked. */
function rankStatements(q: Query, index: KnowledgeIndex, speaker: KnownEntity, exclude: Set<number>, asked: { topicWords: string[]; topic: string[]; about: (s: IndexedSentence) => number; wording: string | undefined }): ScoredStatement[] {
  const { topicWords, topic, about, wording } = asked;
  const asksSaid = /\b(say|said|tell|told|quote|words)\b/.test(q.text);
  const verbWord = q.words.find((w) => w !== "say" && w !== "said" && isSpeechVerb(w));
  // Stems, not canonical forms: "added" and "said" mean the same to search, not to this question.
  const askedVerb = verbWord ? stemmer(verbWord.endsWith("ed") ? verbWord : `${verbWord}ed`) : null;
  const scored = new Map<number, ScoredStatement>();
  // A much-quoted speaker (thousands of statements in an archive): look only at the sentences
  // the index finds for the topic and the name, rather than at every statement.
  const within = speaker.statements.length > tuning.answer.maxStatementsScanned
    ? new Set(index.find(`${speaker.name} ${q.text}`, tuning.answer.maxStatementsScanned).map((h) => h.sentence.id))
    : null;
  for (const { sentence, statement } of speaker.statements) {
    if (exclude.has(sentence) || (within && !within.has(sentence))) continue;
    const s = index.sentences[sentence]!;
    // What the question is about outweighs the form of the answer (a quotation, the verb asked).
    // The topic in the speaker's own words counts fully; in the rest of the sentence, for less.
    const inOwnWords = topicWords.length === 0 || touchesText(topicWords, statement.content) > 0;
    let score = topic.length ? about(s) * (inOwnWords ? 1 : tuning.answer.topicOutsideStatement) * Math.max(topic.length, 2) * tuning.answer.topicWeight : 0;
    // Of two sentences touching the topic alike, the one using the question's very words ("commanders", not "commander").
    if (topicWords.length) score += exactWords(topicWords, s) * tuning.answer.exactWordTiebreak;
    if (asksSaid && statement.quote) score += tuning.answer.directQuoteBonus;
    if (wording && s.text.toLowerCase().includes(wording)) score += tuning.answer.speakerWordingBonus;
    // "What did Trump add?" wants what he added.
    if (askedVerb && stemmer(statement.verb.toLowerCase()) === askedVerb) score += tuning.answer.sameVerbBonus;
    const prev = scored.get(sentence);
    if (!prev || score > prev.score) scored.set(sentence, { s, st: statement, score });
  }
  return [...scored.values()].sort((a, b) => b.score - a.score || a.s.id - b.s.id);
}

/** "about the cost of the referendums": the noun the topic is headed by, when an "of" phrase follows it; null otherwise or for an aspect ("the future of"). */
export function headOfTopic(question: string): string | null {
  const head = /\b(?:about|on|regarding)\s+(?:the|a|an|his|her|its|their)\s+([\p{L}-]+)\s+of\b/iu.exec(question)?.[1]?.toLowerCase();
  return head && !ASPECT_NOUNS.includes(head) && !STOPWORDS.has(head) ? head : null;
}

/**
 * The statement whose own words (the quotation or reported clause, not the rest of its sentence)
 * hold the largest share of the topic, each word weighed by how rare it is in the speaker's
 * articles; null when none holds `tuning.answer.minWeightedTopicMatch` of it. Never another's words.
 */
function closestInOwnWords(index: KnowledgeIndex, ranked: ScoredStatement[], topicWords: string[]): ScoredStatement | null {
  const asked = topicWords.filter((w) => !STOPWORDS.has(w));
  if (asked.length === 0 || ranked.length === 0) return null;
  const terms = weighTerms(asked, weighingPool(ranked.map((r) => r.s), (d) => index.sentencesOf(d), tuning.answer.maxWeighingSentences));
  let best: { r: ScoredStatement; share: number } | null = null;
  for (const r of ranked) {
    const share = alignment(terms, r.st.content);
    if (share >= tuning.answer.minWeightedTopicMatch && (!best || share > best.share)) best = { r, share };
  }
  return best?.r ?? null;
}

/**
 * The answer quoting the best statement: the speaker and their title, the verb, the quotation or
 * reported clause, how many more statements there are, and the cited sentence (with the next one
 * when the speaker goes on there).
 */
function composeQuote(index: KnowledgeIndex, speaker: KnownEntity, best: ScoredStatement, count: number, exclude: Set<number>): Answer {
  // One statement an answer, so "What else did he say?" has something new to give.
  // A source named after what it reports ("…, Xinhua reported.") reports the whole sentence shown below.
  // When that part is itself a plain clause, it reads as reported speech: "announced that the United States will …".
  const reportsSentence =
    !best.st.quote && best.s.text.startsWith(best.st.content.slice(0, 20)) && (/[“”"]/.test(best.st.content) || best.st.content.split(/\s+/).length > 25);
  const what = best.st.quote ? `“${best.st.quote}”` : reportsSentence ? "" : lowerFirst(best.st.content);
  const who = speaker.roles[0] ? `${speaker.name} (${speaker.roles[0]})` : speaker.name;
  // "… she said. She added that …": the speaker going on in the next sentence is shown below, so is nothing more to ask for.
  const next = index.sentences[best.s.id + 1];
  const goesOn = next && next.doc === best.s.doc && next.paragraph === best.s.paragraph && !exclude.has(next.id) &&
    next.statements.length > 0 && next.statements.every((st) => st.speaker === best.st.speaker && st.via !== "name");
  const left = count - 1 - (goesOn ? next.statements.length : 0);
  const more = left > 0 ? ` ${messages.moreStatements(left)}` : "";
  // "told" needs an object the lead doesn't carry; "continued" is our word, not the article's.
  const verb = /^(continued|told|tells)$/.test(best.st.verb) ? "said" : best.st.verb;
  // Keep the article's few words between verb and quotation: "called it “a grave error”".
  // Only when that quotation is the statement's own ("says on “The Countdown”" bridges to a title, not to what was said).
  const bridged = best.st.quote ? new RegExp(`\\b${best.st.verb}\\s+((?:[\\p{L}’']+\\s+){1,2}?)[“"]`, "u").exec(best.s.text) : null;
  const bridge = bridged && best.s.text.startsWith(best.st.quote!.slice(0, 12), bridged.index + bridged[0].length) ? bridged[1]!.trim() : undefined;
  // A source named by a phrase, not a verb ("according to X", "in the words of X") leads the answer.
  const cue = SOURCE_CUE_LEADS[best.st.verb];
  const lead = cue
    ? `${cue(who)}${best.st.quote || reportsSentence ? ":" : ","} ${reportsSentence ? "" : what}${more}`.replace(/\s+$/, "").replace(/ {2,}/g, " ")
    : reportsSentence
    ? `${sentenceCase(who)} ${verb}:${more}`
    : (best.st.stance || NOT_A_CLAUSE.test(best.st.content) || OBJECT_VERBS.test(verb)) && !best.st.quote
    ? `${sentenceCase(who)} ${verb} ${best.st.content}${more}`
    : `${sentenceCase(who)} ${verb}${bridge && !/^that$/i.test(bridge) ? ` ${bridge}` : best.st.quote ? ":" : " that"} ${what}${more}`;
  // "… the situation,” he said. “I suspect …”": the same speaker going on in the next sentence is the same statement.
  return compose(index, { kind: "quote", lead, short: null, sentences: goesOn ? [best.s, next] : [best.s], confidence: Math.min(1, tuning.confidence.quoteBase + (best.score * (1 - tuning.confidence.quoteBase)) / tuning.confidence.quoteConfidentAt) });
}

/** What follows a verb as its object or infinitive, not as a clause: "vowed to rebuild", "warned against complacency" take no "that". */
const NOT_A_CLAUSE = /^(?:to|for|against|of|about|on)\s/i;

/** Verbs of saying whose object is what was said of something, never a clause: "called the decision rushed", "urged calm". */
const OBJECT_VERBS = /^(?:call|calls|called|describe|describes|described|label|labels|labelled|labeled|brand|brands|branded|dub|dubs|dubbed|hail|hails|hailed|praise|praises|praised|criticise|criticises|criticised|criticize|criticizes|criticized|condemn|condemns|condemned|urge|urges|urged|thank|thanks|thanked|blame|blames|blamed|accuse|accuses|accused|dismiss|dismisses|dismissed|welcome|welcomes|welcomed|slam|slams|slammed|defend|defends|defended)$/i;

/** How an answer opens when the article names its source by a phrase rather than a verb of saying. */
const SOURCE_CUE_LEADS: Record<string, (who: string) => string> = {
  "according to": (who) => `According to ${who}`,
  "in the words of": (who) => `In the words of ${who}`,
};

/** "The United States will …" → "the United States will …", to follow "that"; names and "I" keep their capital. */
function lowerFirst(text: string): string {
  return /^(The|A|An|It|They|We|He|She|This|That|There)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The verbs a question asks with, as written ("allege", not "allegations"): never a topic. */
const ASKED_VERBS = new Set(ASKED_SAYING_VERBS);
const RESPONSE = new Set(RESPONSE_NOUNS);
/** A noun's ending: "allegations" shares its stem with "alleged" but is what was alleged, a topic. */
const NOUN_ENDING = /(?:ions?|ments?|ances?|ences?)$/;

/** A reporting verb in any form ("add", "added", "warns"), canonical or not. */
function isSpeechVerb(term: string): boolean {
  const known = (w: string) => REPORTING_VERBS.has(w) || VERBS_ONLY_BEFORE_A_QUOTE.has(w);
  return known(term) || known(`${term}s`) || known(`${term}ed`) || known(`${term}d`) || canonical(term) === canonical("said");
}
