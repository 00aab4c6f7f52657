import { CHAT_SPELLINGS } from "../../analysis/lexicon.ts";
import { ownEntry } from "../../analysis/ownEntry.ts";
import { tagWords, type PartOfSpeech } from "../../analysis/partsOfSpeech.ts";
import { isPersonNoun } from "../answers/personTitle.ts";

// What kind of phrase answers a question: read from its question word and, for "which …" and
// "what …", the noun it asks about ("which company", "what state"). The general answerer
// looks for a phrase of this kind in the sentence that aligns best with the question.

export type AnswerType = "agent" | "person" | "organisation" | "place" | "thing";

export interface ExpectedAnswer {
  type: AnswerType;
  /** "What is the population of X?": the sentence must name the noun asked about, or it does not answer. */
  headRequired: boolean;
  /** Only a name or a title in quotation marks answers ("What's the name of …?", "Which browser …?"). */
  namesOnly?: boolean;
  /** The noun the question asks about ("company" in "Which company …"), or null. */
  head: string | null;
  /** "Whose …?": the answer is a possessor ("Islam's"), which other questions never take. */
  possessor?: boolean;
  /** The question word as asked: who, which, what, where. */
  wh: string;
}

/** Nouns whose answer is a person. */
const PERSON_NOUNS = new Set(
  ("person people man men woman women official officials minister musician musicians artist artists player players " +
    "researcher researchers scientist scientists student students leader leaders member members politician politicians " +
    "judge lawyer author authors writer writers actor actress singer doctor doctors professor spokesman spokeswoman " +
    "spokesperson officer officers victim victims candidate candidates president senator governor mayor director " +
    "chairman chief commander general soldier athlete coach founder boy girl child teacher expert experts curator " +
    "photographer designer engineer manager owner ceo employee worker activist journalist reporter editor").split(" "),
);
/** Nouns whose answer is an organisation (or a publication). */
const ORGANISATION_NOUNS = new Set(
  ("company companies firm firms agency agencies newspaper newspapers paper papers journal journals magazine outlet outlets " +
    "network networks channel organisation organisations organization organizations group groups party parties foundation " +
    "foundations university universities institute institution institutions body bodies team teams club band charity bank " +
    "department ministry court committee council union station broadcaster publication publications website site service " +
    "government administration authority authorities brand business corporation airline school schools college").split(" "),
);
/** Nouns whose answer is a place. */
const PLACE_NOUNS = new Set(
  ("city cities town towns state states country countries nation nations province provinces region regions county " +
    "island islands village villages area areas place places location locations capital district districts continent " +
    "territory territories venue neighbourhood neighborhood suburb street").split(" "),
);

const LEAD = /^(?:and |so |but |ok |okay |also )*/;

/** The kind of phrase that answers the question, or null when no phrase does (yes/no, how many, when…). */
export function expectedAnswer(question: string): ExpectedAnswer | null {
  // "wher did …", "wat is …": the question word as chat spells it.
  // "What kind of monkeys …" asks for monkeys: "kind / sort / type of" only says so.
  const q = question.toLowerCase().replace(LEAD, "").replace(/[?!.]+$/, "").trim().replace(/^\S+/, (w) => ownEntry(CHAT_SPELLINGS, w) ?? w).replace(/^(what|which) (?:kinds?|sorts?|types?) of /, "$1 ");
  const asked = partAsked(q) ?? nounAsked(q) ?? nounAskedByPattern(q);
  if (asked) {
    const { wh, head } = asked;
    const noun = singular(head);
    if (PERSON_NOUNS.has(head) || PERSON_NOUNS.has(noun)) return { type: "person", head: noun, wh, headRequired: false };
    if (ORGANISATION_NOUNS.has(head) || ORGANISATION_NOUNS.has(noun)) return { type: "organisation", head: noun, wh, headRequired: false };
    if (PLACE_NOUNS.has(head) || PLACE_NOUNS.has(noun)) return { type: "place", head: noun, wh, headRequired: false };
    // "Which ambassador …?", "which goalkeeper …?": any noun that names what a person is or does asks for a person.
    if (isPersonNoun(head)) return { type: "person", head: noun, wh, headRequired: false };
    if (wh === "which" || !/^(is|was|are|were|did|does|do|has|have|had)$/.test(head)) return { type: "thing", head: noun, wh, headRequired: false, namesOnly: wh === "which" };
  }
  if (/^(?:who|whom|whose)\b/.test(q) || /^(?:name|identify) the\b/.test(q) || /^(?:by|from|to|with|for) whom\b/.test(q)) return { type: "agent", head: null, wh: "who", headRequired: false, possessor: /^whose\b/.test(q) };
  if (/^(?:where|from where)\b/.test(q) || /^in what (?:part|place)\b/.test(q)) return { type: "place", head: null, wh: "where", headRequired: false };
  // "What's the name of …?", "what is the title of …": a name or a title, nothing else.
  // "What's the name of the cruise ship?": the noun after "of the" is the kind of thing named, next to its name.
  // "… of the exercise the secretary watched": the noun ends where a clause about it starts.
  const named = /^what(?:'s| is| was| are| were) (?:the )?(?:name|title)s? (?:of|for)\b(?: (?:the|this|that|his|her|its|their) (?:[\p{L}-]+ )?([\p{L}-]+)(?=$| (?:the|a|an|that|which|who|he|she|they|it|we|you|i|his|her|their)\b))?/u.exec(q);
  if (named) return { type: "thing", head: named[1] ? singular(named[1]) : "name", wh: "what", headRequired: false, namesOnly: true };
  // Not a verb and its preposition ending the question: "What are the protesters calling for?" asks the object of "calling for".
  const property = /^what(?:'s| is| was| are| were) the (?:[\p{L}-]+ )?([\p{L}-]+) (?:of|in|for|on|at|behind|between) \S/u.exec(q);
  if (property) return { type: "thing", head: singular(property[1]!), wh: "what", headRequired: true };
  // "What is IE's main rival?": the noun after a possessive, as "the main rival of IE".
  const owned = /^what(?:'s| is| was| are| were) (?:the )?[\p{L}\p{N}.-]+(?: [\p{L}\p{N}.-]+)?['’]s? (?:[\p{L}-]+ )?([\p{L}-]+)$/u.exec(q);
  if (owned) return { type: "thing", head: singular(owned[1]!), wh: "what", headRequired: true };
  if (/^what\b/.test(q)) return { type: "thing", head: null, wh: "what", headRequired: false };
  return null;
}

/** The question word ("which", "what") and the noun it opens ("company" of "which company …"). */
interface NounAsked {
  wh: string;
  head: string;
}

/**
 * "Which agency gave …", "what other disease was …": the noun the question word opens, read
 * from parts of speech — the last noun of the words before the verb, whatever form the verb has
 * ("gave", "won"). Null when the tags show none.
 */
function nounAsked(q: string): NounAsked | null {
  const all = tagWords(q);
  let i = all[0]?.pos === "ADP" ? 1 : 0;
  const wh = all[i]?.text;
  if (wh !== "which" && wh !== "what") return null;
  let head = "";
  // "which police chief …": the tags may take a person noun that ends the phrase for an adjective; it is still the head.
  for (i++; i < all.length && (NOUN_PHRASE.has(all[i]!.pos) || all[i]!.text === "-"); i++) if (all[i]!.pos === "NOUN" || all[i]!.pos === "PROPN" || (all[i]!.pos === "ADJ" && head && isPersonNoun(all[i]!.text))) head = all[i]!.text;
  return head && (all[i]?.pos === "AUX" || all[i]?.pos === "VERB") ? { wh, head } : null;
}

/**
 * "Which part of the exercise …", "which edition of the fair …": the question word opens the noun
 * before "of", which the answer names ("the final portion"); the noun after "of" says whose part it
 * is. Only "kind / sort / type of" let the question word through to the noun after them (read before this).
 */
function partAsked(q: string): NounAsked | null {
  const m = /^(?:in |from |for |by |at |to |on |with )?(which|what) (?:[\p{L}-]+ )?([\p{L}-]+) of (?:the |this |that |a |an |its |his |her |their )?\p{L}/u.exec(q);
  if (!m || /^(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|kind|sort|type)s?$/.test(m[2]!)) return null;
  return { wh: m[1]!, head: m[2]! };
}

/**
 * The same read from the words' shapes, where the tags found no noun before a verb: up to three
 * words after the question word, then an auxiliary or a verb ending "-ed" / "-s". "What will
 * guide the posture options?": an auxiliary right after the question word makes it a pronoun,
 * with no noun asked about.
 */
function nounAskedByPattern(q: string): NounAsked | null {
  const m = /^(?:in |from |for |by |at |to |of |on |with )?(which|what)\s+((?:[\p{L}'-]+\s+){0,3}?)([\p{L}-]+)\s+(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|got|gets|get|\p{L}+ed|\p{L}+s)\b/u.exec(q);
  if (!m || /^(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should)\b/.test(m[2]!)) return null;
  return { wh: m[1]!, head: m[3]! };
}

const NOUN_PHRASE: ReadonlySet<PartOfSpeech> = new Set(["ADJ", "NOUN", "PROPN"]);

export function singular(noun: string): string {
  if (/ies$/.test(noun)) return noun.replace(/ies$/, "y");
  if (/(ss|us)$/.test(noun)) return noun;
  return noun.replace(/s$/, "");
}
