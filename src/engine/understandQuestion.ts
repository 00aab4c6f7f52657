import { ASKED_SAID_FORMS, ASKED_SAYING_VERBS, CHAT_SPELLINGS, COMMON_ABBREVIATIONS, FINDING_NOUNS, NUMBER_SCALES, NUMBER_WORDS, QUESTION_WORDS, RESPONSE_NOUNS, ROLE_ABBREVIATIONS, STOPWORDS, THRESHOLD_WORDS } from "../analysis/lexicon.ts";
import { canonical, foldTypography, words } from "../analysis/text.ts";
import { ownEntry } from "../analysis/ownEntry.ts";
import { tuning } from "../tuning.ts";
import { extractDates } from "../analysis/extractDates.ts";
import { swappedLetters } from "../analysis/questionTypos.ts";
import { mayCorrect } from "../analysis/englishWords.ts";
import type { KnowledgeIndex, KnownEntity } from "../index/knowledgeIndex.ts";
import type { Conversation, QuestionKind, Turn, TurnFocus } from "./types.ts";

/** A question, read: what kind of answer it wants, whom and what it is about. */
export interface Query {
  raw: string;
  /** The question as lowercase words, chat spellings and typos corrected. */
  words: string[];
  /** Corrected text, for search. */
  text: string;
  kind: QuestionKind;
  /** The rule of KIND_RULES that decided the kind, for the trace. */
  rule: string;
  /** A phrase in quotation marks ("who said 'as soon as…'"), or null. */
  phrase: string | null;
  /** Entities the question names, with the words it used for them, in the order the question names them. */
  entities: Array<{ entity: KnownEntity; wording: string; at: number }>;
  /** Names in the question that no article mentions ("Biden", "France"). */
  unknownNames: string[];
  /** Content words the knowledge doesn't use at all. */
  unknownWords: string[];
  /** Canonical content terms: not question words, not the entities' names. */
  topic: string[];
  /** The same words as the question wrote them, for messages ("on Iran"). */
  topicWords: string[];
  /** The question asks about a possible or future state ("could", "might", "reduced to"). */
  projection: boolean;
  /** The question speaks of the future ("will", "going to"). */
  future: boolean;
  /** A time the question names ("in August 2020", "last year"), as a range of days, or null. */
  period: { from: string; to: string } | null;
  /** Articles the question points to by naming their source or their time; empty when it names neither. */
  preferredDocs: Set<string>;
  /** A follow-up that leans on the previous turn. */
  followUp: Turn | null;
  /** The previous turn's focus when this is a follow-up. */
  previous: TurnFocus | null;
}

/** A question word of the question's own: it asks its own kind of answer, though no kind rule reads it. */
const OWN_QUESTION_WORD = /^(and |so |but )?(who|whom|whose|what|which|where|when|why|how)\b/;
const PRONOUN_REFERENCE = /\b(he|she|him|her|his|they|them|that|it|this|there|those)\b/;
/** What news counts, by canonical form: a short question naming one asks how many. */
const COUNTED = new Set(["troops", "bases", "servicemembers"].map(canonical));
const PROJECTION = /\b(could|might|may|would|will|planned|plan|expected|reduc\w*|cut|drop\w*|decreas\w*|lowered|target)\b/;

interface KindRule {
  kind: QuestionKind;
  /** Named in the trace: which rule read the question. */
  name: string;
  test: (q: string) => boolean;
  example: string;
}

/** "Did Trump give a timeline?" is a yes/no question about the text, not a request for one; so is "Didn't he …?". */
const YES_NO = /^(and |so )?(did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|(did|does|do|is|was|were|are|has|have|had|would|could|should|wo|ca)n'?t)\b(?! (you|u)\b)/;

/** Questions about speech, with the verbs of saying of the lexicon. */
const ASKS_WHO_SAID = new RegExp(String.raw`^(and |so |but )?(who|which (\w+ ){0,2}?(person|official|organi[sz]ation|paper|newspaper|agency|outlet|source|publication|media))\b.*\b(?:${ASKED_SAID_FORMS.join("|")})\b`);
const ASKS_WHAT_WAS_SAID = new RegExp(String.raw`\bwhat (else )?(did|does|has|had|do|have) .+ (?:${ASKED_SAYING_VERBS.join("|")})\b(?! (?:for|against|to|with|at|into|from)\W*$)|\bwhat (did|does|has|have) (?:the |a |this |that |their |its )?(?:[\w'’-]+ ){0,3}(?:${FINDING_NOUNS.join("|")}) (?:find|show|conclude|reveal|indicate)\b|\bwhat else\b|\b(quotes?|comments?|remarks?|statements?|words) (by|from|of)\b|^(quote|quotes)\b|^(and |so )?how (did|does|has|have) .+ (respond|react)\b|^(and |so )?what (were|was|are|is) .+['’]s? (?:${RESPONSE_NOUNS.join("|")})\b`);

/** "What did X say about troop levels / the number of …?": what was said on a topic, though the topic is a count. */
/** "What does X want to build?": a wish for an act, asked of its object. */
const WANTS_TO_DO = /^(?:and |so )?what (?:did|does|do) .+ wants? to (?!say|tell|know|hear|ask)\w+/;
const SAID_ABOUT = new RegExp(String.raw`^(and |so )?what (else )?(did|does|has|had|do|have) .+ (?:${ASKED_SAYING_VERBS.join("|")}) (about|on|regarding|concerning)\b`);

// "What did X argue for?", "What did they respond to?": a saying verb whose preposition ends the question asks that preposition's object, not what was said.
// "What is the fund for?" asks a purpose; "What are they calling for?" the object of "calling for".
/** Question kinds in priority order: the first rule that matches decides. Lowercase, typography folded. */
export const KIND_RULES: readonly KindRule[] = [
  { kind: "timeline", name: "timeline", example: "Give me a timeline of the withdrawal", test: (q) => !YES_NO.test(q) && /\b(timeline|chronolog\w*|sequence of events|order of events|key dates|what happened when)\b/.test(q) },
  { kind: "who", name: "role-of", example: "What is McKenzie's role?", test: (q) => /^(and |so )?what('s| is| was| are)\b.*\b(role|title|job|position|post)\??$|^(and |so )?what does \S+(?: \S+)? do(?: for a living| for work)?\??$/.test(q) },
  { kind: "yesno", name: "yes-no", example: "Did Trump give a timeline?", test: (q) => YES_NO.test(q) },
  { kind: "whosaid", name: "who-verb-of-saying", example: "Who said troops would leave?", test: (q) => ASKS_WHO_SAID.test(q) },
  { kind: "whosaid", name: "according-to-whom", example: "According to whom?", test: (q) => /\baccording to (whom|who)\b|\bwho (is|was) quoted\b|\bwhose (words|comment|remark)/.test(q) },
    { kind: "count", name: "how-many", example: "How many troops are in Iraq?", test: (q) => !SAID_ABOUT.test(q) && /^(and |so )?(by |over |for |in |within )?(how many|how much|how (low|high|far|close|near|big|large|long|old|often|frequently|young|complete|tall|deep|wide|heavy|fast|quick|quickly|strong|powerful|hot|cold|warm))\b(?! ago)|\b(what|which) age\b|^(and |so )?what (did|does|do|will|would|could|might) (?!.*\b(?:say|said|says|think|thinks|tell|told|mean|means)\b).+ cost\b|^(and |so )?what(?:'?s| is| was| are| were) the (\w+ ){0,3}(rate|level|number|price|figure|total|size|percentage|amount|count|limit|cap|ceiling|threshold|toll|turnout|population|budget|cost)\b|^(and |so )?(what|which|how much) (area|weight|capacity|power|volume)\b|\b(below|above|under|over|beneath|beyond|exceeding) what (number|level|figure|amount)\b|^(and |so )?what(?:'?s| is| was| are| were)\b.{0,40}\b(market share|share|percentage|rate|turnout|population|price|cost|budget|toll|salary)( now| today| currently| at present)?\??$|\bwhat (percentage|share|proportion|percent)\b|^(and |so )?what (figure|number|total|tally|estimate|toll|amount) (did|does|do|is|was|are|were|has|have|had|will|would)\b|\b(number of|how large|how big|troop levels?|force levels?|headcount)\b|\b(reduced?|cut|drop|dropped|fall|lowered|brought down|increased?|rise|raised?|shrink) to\b/.test(q) },
  { kind: "when", name: "when", example: "When did the strike happen?", test: (q) => /^(and |so )?((on|at|by|since|until|till|from) )?(when|(what|which) (dates?|days?|time|years?|months?|decades?)|(in|over|during) (what|which) (period|years?|months?|time|span|decade))\b|^when\??$|\bwhen (did|was|were|will|is|does|do|had|has)\b|\bhow long ago\b/.test(q) },
  { kind: "where", name: "where", example: "Where did Pompeo speak?", test: (q) => /^(and |so )?where\b|\bwhere (did|was|were|is|are|do|does)\b/.test(q) },
  // "What does she want to build?" asks what she means to do, not what she said.
  { kind: "quote", name: "what-did-x-say", example: "What did Pompeo say about Iran?", test: (q) => ASKS_WHAT_WAS_SAID.test(q) && !WANTS_TO_DO.test(q) },
  { kind: "who", name: "who", example: "Who is the chief diplomat?", test: (q) => /^(and |so )?whos\b|^(and |so )?(who|whom)('s| is| was| are| were| commands| leads| heads| runs| command| lead| did| does| do| has| have| had| will| would)\b|^(and |so )?who \w+ed\b|^(name|identify) the\b/.test(q) },
  { kind: "why", name: "effect-of", example: "What was the effect of the ban?", test: (q) => /^(and |so )?what (is|was|are|were|has been|have been) (the |its |their )?(main |chief |immediate )?((effects?|consequences?|impacts?|upshot) of\b|(results?|outcome) of (that|this|it)\b)|^(and |so )?what (did|does|has|have|will|would) (that|this|it|they) (lead to|cause|result in)\b|^(and |so )?what happened (as a result|because of (that|this|it))\b/.test(q) },
  { kind: "why", name: "how-it-happened", example: "How did the stampede start?", test: (q) => /^(and |so )?how come\b|^(and |so )?how (did|does|do|could|can|would) .+ (start|begin|happen|occur|come about|arise|break out|unfold|end|collapse|die)\??$/.test(q) },
  { kind: "why", name: "why", example: "Why are troops in Iraq?", test: (q) => /^(and |so )?why\b|\bwhat (is|was|are|were) the (reason|purpose|cause)s?\b|\bfor what (reason|purpose)\b|^(and |so )?what (is|are|was|were) .+ doing\b|^(and |so )?what (is|are|was|were) (?!.*\b\w{3,}ing for\??$)([\w'-]+ ){1,5}for\??$/.test(q) },
  { kind: "what", name: "what-next", example: "What happened next?", test: (q) => /^(and |so )?(what happened|what came|what followed|what did (he|she|they|it) do) (next|then|after( that| this)?|afterwards?|later)\??$|^(and )?(then what|what next)\??$/.test(q) },
  { kind: "what", name: "what-called", example: "What do they call it?", test: (q) => /^(and |so )?what (do|does|did) (\w+ ){0,3}(call|nickname|dub|describe) (it|them|this|that)\b|^(and |so )?what (is|was|are|were) (it|they|this|that) (called|known as|nicknamed|dubbed)\b/.test(q) },
  { kind: "what", name: "what", example: "What happened in January?", test: (q) => /^(and |so )?what\b/.test(q) },
  { kind: "what", name: "which", example: "Which paper is he with?", test: (q) => /^(and |so )?((in|at|on|for|from|with|by|to) )?which\b/.test(q) },
];

/** Words that open a noun phrase: after "going to" they make it a going somewhere ("going to the summit"). */
const NOUN_PHRASE_OPENERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "any", "every", "each"]);

/**
 * "going" of "going to <verb>" only puts the question in the future ("When are they going to use
 * the radar?"): it is no word of the event. "going to the summit", "going to Paris" go somewhere.
 */
function futureGoing(words: string[], i: number, written: string): boolean {
  const next = words[i + 2];
  if (words[i] !== "going" || words[i + 1] !== "to" || !next || NOUN_PHRASE_OPENERS.has(next) || !/^\p{L}+$/u.test(next)) return false;
  return !new RegExp(`\\b${next}\\b`, "iu").exec(written)?.[0].match(/^\p{Lu}/u);
}

/** Pronouns that stand for a person; "they" and "it" for an organisation or a group. */
const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers"]);
const GROUP_PRONOUNS = new Set(["they", "them", "their", "it", "its"]);

/** The last turn's entity as the referent of the question's first personal pronoun, if its kind fits. */
function pronounReferent(corrected: string[], previous: TurnFocus, index: KnowledgeIndex): Query["entities"][number] | null {
  const entity = previous.entity ? index.entities.get(previous.entity) : undefined;
  if (!entity || entity.kind === "place") return null;
  // "they" and "it" are never one named person ("what status did they get?" after "Who asked …?" → "Trump").
  const at = corrected.findIndex((w) => PERSON_PRONOUNS.has(w) ? entity.kind === "person" : GROUP_PRONOUNS.has(w) && entity.kind !== "person");
  return at >= 0 ? { entity, wording: corrected[at]!, at } : null;
}

function detectKind(q: string): KindRule | null {
  return KIND_RULES.find((r) => r.test(q)) ?? null;
}

/** Reads a question against the knowledge and, for follow-ups, the conversation so far. */
export function understandQuestion(question: string, index: KnowledgeIndex, conversation?: Conversation): Query {
  const raw = question.trim();
  const { period, withoutDate } = readPeriod(raw, index);
  const folded = foldTypography(withoutDate);
  const phrase = /(?:^|\s)["']([^"']{3,})["'](?:\s|\?|$)/.exec(folded)?.[1] ?? null;
  const { corrected, unknownWords } = correctWords(folded, index);
  const text = corrected.join(" ");
  const entities = findEntities(corrected, unknownWords, index);
  const unknownNames = unknownNamesIn(folded, unknownWords);

  // A place that speaks in the articles ("South Korea") is still what a question is about.
  const entityWords = new Set(entities.filter((e) => e.entity.kind !== "place").flatMap((e) => e.wording.split(" ")));
  const topicWords = corrected.filter((w, i) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !entityWords.has(w) && !futureGoing(corrected, i, folded));
  const topic = topicWords.map(canonical);
  // As the question wrote them ("Iran", not "iran"), for messages.
  const asWritten = (w: string) => new RegExp(`\\b${w.replace(/[^\p{L}\p{N}]/gu, "")}\\b`, "iu").exec(folded)?.[0] ?? w;

  const lower = text.toLowerCase();
  const { kind, ruleName, followUp, previous } = readKind(folded.toLowerCase(), lower, corrected, entities, topic, index, conversation);

  return {
    raw,
    words: corrected,
    text,
    kind: kind ?? "search",
    rule: kind ? ruleName : "search (no rule)",
    phrase,
    entities,
    unknownNames,
    unknownWords,
    topic,
    topicWords: topicWords.map(asWritten),
    projection: PROJECTION.test(lower),
    period,
    preferredDocs: index.docsFor(corrected, period),
    future: /\b(will|going to|shall|must|plan|planned|expected to|next|upcoming|deadline|by when)\b/.test(lower),
    followUp,
    previous: followUp ? previous : null,
  };
}

/** A time the question names, read against the newest article, and the question without it. */
function readPeriod(raw: string, index: KnowledgeIndex): { period: Query["period"]; withoutDate: string } {
  const newest = index.newestPublished();
  const dateInQuestion = newest ? extractDates(raw, newest)[0] : undefined;
  let period = dateInQuestion ? { from: dateInQuestion.from, to: dateInQuestion.to } : null;
  // "What happened on Feb. 29?" names no year: take the latest year the articles have that day (or month) in.
  if (dateInQuestion && period && !/\d{4}/.test(dateInQuestion.text) && (dateInQuestion.precision === "day" || dateInQuestion.precision === "month")) {
    const key = dateInQuestion.precision === "day" ? dateInQuestion.from.slice(4) : dateInQuestion.from.slice(4, 7);
    const year = index.latestYearWith(key);
    if (year) period = { from: `${year}${period.from.slice(4)}`, to: `${year}${period.to.slice(4)}` };
  }
  const withoutDate = dateInQuestion ? raw.slice(0, dateInQuestion.start) + raw.slice(dateInQuestion.end) : raw;
  return { period, withoutDate };
}

/** The question's words with chat spellings, swapped letters, role abbreviations and typos corrected; and the words the knowledge doesn't use. */
function correctWords(folded: string, index: KnowledgeIndex): { corrected: string[]; unknownWords: string[] } {
  const corrected: string[] = [];
  const unknownWords: string[] = [];
  // Each typo search costs a scan of the vocabulary: a question gets a few, whatever its length.
  let corrections = tuning.vocabulary.maxCorrections;
  for (const w0 of words(folded)) {
    const w = ownEntry(CHAT_SPELLINGS, w0) ?? swappedLetters(w0) ?? w0;
    // "whats" is "what's", read as a typed "what's" is: "what", no content word "what'".
    if (w.includes("'")) {
      corrected.push(...words(w));
      continue;
    }
    // "the foundation's CFO" where the article writes "chief financial officer" (not "2 pm").
    const spelt = ownEntry(ROLE_ABBREVIATIONS, w) ?? ownEntry(COMMON_ABBREVIATIONS, w);
    if (spelt && !index.knows(w) && !/^\d/.test(corrected.at(-1) ?? "")) {
      corrected.push(...spelt.split(" "));
      continue;
    }
    // "provoked" where the articles say "provocation" is of the same family, not a typo of "promoted".
    // A comparative that sets a threshold ("weaker than magnitude 6") is English, not a typo of an article's word.
    // A number written in words ("more than five feet") is never a typo of an article's word ("fire").
    if (STOPWORDS.has(w) || QUESTION_WORDS.has(w) || /^\d/.test(w) || isNumberWord(w) || index.knows(w) || index.knowsFamily(w) || ownEntry(THRESHOLD_WORDS, w)) {
      corrected.push(w);
      continue;
    }
    const candidate = corrections-- > 0 ? index.correct(w) : null;
    // An English word is a typo only one letter away: "Is Nameh still allowed to publish?" is not "alleged".
    const fix = candidate && mayCorrect(w, candidate) ? candidate : null;
    if (fix) corrected.push(fix);
    else {
      corrected.push(w);
      unknownWords.push(w);
    }
  }
  return { corrected, unknownWords };
}

/** "five", "twenty", "dozen", "million". */
function isNumberWord(w: string): boolean {
  return ownEntry(NUMBER_WORDS, w) !== undefined || ownEntry(NUMBER_SCALES, w) !== undefined;
}

/**
 * Entities the question names, in the order it names them: the longest word sequences that are
 * a name or alias, then single misspelt names (taken out of `unknownWords`, which this updates).
 */
function findEntities(corrected: string[], unknownWords: string[], index: KnowledgeIndex): Query["entities"] {
  const entities: Query["entities"] = [];
  const used = new Set<number>();
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= corrected.length; i++) {
      if ([...Array(n).keys()].some((k) => used.has(i + k))) continue;
      const wording = corrected.slice(i, i + n).join(" ");
      if (n === 1 && (STOPWORDS.has(wording) || QUESTION_WORDS.has(wording))) continue;
      const e = index.entityByAlias(wording);
      if (e && !entities.some((x) => x.entity.id === e.id)) {
        entities.push({ entity: e, wording, at: i });
        for (let k = 0; k < n; k++) used.add(i + k);
        // A name the articles write only in full ("NIH" for the National Institutes of Health) is known after all.
        const unknown = unknownWords.indexOf(wording);
        if (unknown >= 0) unknownWords.splice(unknown, 1);
      }
    }
  }
  let fuzzyNames = tuning.names.maxFuzzyWords;
  for (let i = 0; i < corrected.length; i++) {
    const w = corrected[i]!;
    if (used.has(i) || w.length < 5 || index.knows(w) && !unknownWords.includes(w)) continue;
    if (fuzzyNames-- <= 0) break;
    const hit = index.findEntities(w, 1)[0];
    if (hit && hit.score < tuning.names.questionWordMaxScore && Math.abs(hit.alias.split(" ").at(-1)!.length - w.length) <= tuning.names.questionWordLengthGap) {
      entities.push({ entity: hit.entity, wording: w, at: i });
      used.add(i);
      const at = unknownWords.indexOf(w);
      if (at >= 0) unknownWords.splice(at, 1);
    }
  }
  return entities.sort((a, b) => a.at - b.at);
}

/** Capitalised words the knowledge doesn't know are names it can't speak about. */
function unknownNamesIn(folded: string, unknownWords: string[]): string[] {
  return [...folded.matchAll(/(?<![.?!]\s|^)\b(\p{Lu}[\p{L}'-]+)/gu)]
    .map((m) => m[1]!)
    .filter((n) => {
      const w = n.toLowerCase().replace(/'s$/, "");
      return unknownWords.includes(w) && !QUESTION_WORDS.has(w) && !STOPWORDS.has(w);
    });
}

/**
 * The kind of answer the question wants and the rule that decided it; whether it is a follow-up
 * of the last turn, which then lends its kind and, for a pronoun, its entity (pushed onto `entities`).
 */
function readKind(
  foldedLower: string,
  lower: string,
  corrected: string[],
  entities: Query["entities"],
  topic: string[],
  index: KnowledgeIndex,
  conversation?: Conversation,
): { kind: QuestionKind | null; ruleName: string; followUp: Turn | null; previous: TurnFocus | null } {
  const rule = detectKind(foldedLower) ?? detectKind(lower);
  let kind = rule?.kind ?? null;
  let ruleName = rule?.name ?? "none";

  const last = conversation?.turns.at(-1) ?? null;
  const previous = last?.focus ?? null;
  const short = corrected.filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w)).length <= 1;
  const leans = /^(and|also|so|what about|how about)\b/.test(foldedLower) || /\b(else|again|more)\b/.test(foldedLower) || PRONOUN_REFERENCE.test(foldedLower);
  // A follow-up leans on the last turn: a short or pronoun question with no name of its own, or
  // one that only names someone new without saying what it wants ("And Pompeo?").
  const followUp = last && previous && ((entities.length === 0 && (short || leans)) || (!kind && short)) ? last : null;
  // "And Pompeo?" borrows the last turn's kind; "who came second there?" asks its own (who), which no kind rule names.
  if (!kind && followUp && !OWN_QUESTION_WORD.test(foldedLower)) (kind = previous!.kind), (ruleName = "follow-up");
  // "how old is she?", "which paper is he with?": a personal pronoun in a follow-up that names
  // no one stands for whom the last turn was about, for every answerer alike.
  const referent = followUp && entities.length === 0 ? pronounReferent(corrected, previous!, index) : null;
  if (referent) entities.push(referent);
  // "troops in iraq": a few words naming something counted ask how many.
  if (!kind && topic.length <= 3 && topic.some((t) => COUNTED.has(t))) (kind = "count"), (ruleName = "counted-noun");
  return { kind, ruleName, followUp, previous };
}
