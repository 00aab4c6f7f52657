import { tuning } from "../../tuning.ts";
import { ASKED_SAYING_VERBS, PERSON_DESCRIPTIONS, PLACE_ALIASES, RESPONSE_NOUNS, ROLE_HEADS, STOPWORDS, roleVariants } from "../../analysis/lexicon.ts";
import { isPlaceName } from "../../analysis/places.ts";
import { canonical, words } from "../../analysis/text.ts";
import type { KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";

const SPEAKER_PHRASE = new RegExp(`\\b(?:did|does|do|has|have|had|would|will)\\s+(.+?)\\s+(?:${ASKED_SAYING_VERBS.join("|")})\\b`);

/**
 * The words that name the speaker in a question about what someone said: "What did the director
 * of the national salt study say about …?" → "the director of the national salt study".
 */
export function speakerPhrase(question: string): string | null {
  const q = question.toLowerCase();
  // "What was the mayor's reaction?", "What were Pell's comments?": whose they were.
  const m = SPEAKER_PHRASE.exec(q) ?? RESPONSE_OF.exec(q);
  return m ? m[1]!.replace(/^(else|also)\s+/, "").trim() : null;
}

const RESPONSE_OF = new RegExp(`\\bwhat (?:were|was|are|is) (.+?)(?:['’]s?)? (?:${RESPONSE_NOUNS.join("|")})\\b`);

const DEMONYMS = new Set(Object.keys(PLACE_ALIASES));
/** A word that ties a role to a place ("german", "iraq", "zealand"): a role elsewhere is another role. */
function isPlaceWord(word: string, phraseWords: string[]): boolean {
  if (DEMONYMS.has(word) || isPlaceName(word)) return true;
  const i = phraseWords.indexOf(word);
  return [phraseWords.slice(Math.max(0, i - 1), i + 1), phraseWords.slice(i, i + 2), phraseWords.slice(Math.max(0, i - 2), i + 1)].some(
    (p) => p.length > 1 && isPlaceName(p.join(" ")),
  );
}

/**
 * The words that say which of several roles with one head noun is meant: "chief executive" in
 * "the foundation's chief executive officer", "deputy" in "the deputy director of the study".
 * Not the possessor ("the foundation's") nor what follows "of".
 */
function roleModifiers(phrase: string): string[] {
  const tokens = phrase.toLowerCase().split(/\s+/);
  const of = tokens.indexOf("of");
  const before = of > 0 ? tokens.slice(0, of) : tokens;
  let owner = before.length - 1;
  while (owner >= 0 && !/['’]s?$/.test(before[owner]!)) owner--;
  return words(before.slice(owner + 1, -1).join(" ")).filter((w) => !STOPWORDS.has(w));
}

/** The role noun of a phrase: "director" in "the director of the study", "agency" in "the country's main news agency". */
function headNoun(phraseWords: string[]): string | undefined {
  const of = phraseWords.indexOf("of");
  const before = (of > 0 ? phraseWords.slice(0, of) : phraseWords).filter((w) => !STOPWORDS.has(w));
  return before.at(-1);
}

/**
 * Who holds the role a question describes ("the director of the National Salt Study", "the
 * country's main news agency", "the foundation's chief financial officer", "Ali's father"),
 * among those who say something in the articles. The role noun must match one of their roles;
 * a place the question ties the role to must be in that role too, so a minister of another
 * country is no answer. Null when no one holds it.
 */
export function findSpeakerByRole(index: KnowledgeIndex, phrase: string, minScore: number = tuning.roles.speakerMinScore): { entity: KnownEntity; role: string; score: number } | null {
  const phraseWords = words(phrase);
  const head = headNoun(phraseWords);
  if (!head) return null;
  const headTerm = canonical(head);
  // "the spokesman" is the spokesperson or the spokeswoman the article writes.
  const heads = [...new Set([headTerm, ...roleVariants(head).map(canonical)])];
  const asked = [...new Set(phraseWords.filter((w) => !STOPWORDS.has(w)))];
  const places = new Set(asked.filter((w) => isPlaceWord(w, phraseWords)).map(canonical));
  const askedTerms = [...new Set(asked.map(canonical))];
  // A name before the role is whose role it is ("ahmed father" once "'s" is gone), not which role.
  const modifiers = roleModifiers(phrase).filter((w) => !isPlaceWord(w, phraseWords) && !index.entityByAlias(w)).map(canonical);
  let best: { entity: KnownEntity; role: string; score: number } | null = null;
  // Only the roles holding the role noun (the index keeps them by word), in the order of the entities.
  for (const { entity: e, role, terms, nameTerms } of heads.flatMap((h) => index.speakerRolesWith(h))) {
    // Words of the sentences that name them ("the museum at Greensboro … according to curator Ann Lee") count half.
    const context = contextOf(index, e);
    const known = (t: string) => terms.has(t) || nameTerms.has(t) || (t === headTerm && heads.some((h) => terms.has(h)));
    if ([...places].some((p) => !known(p))) continue;
    // "the chief executive officer" is not the chief financial officer: the words that say which
    // one must be in the role, the name or the sentences naming them ("Ali's father").
    if (modifiers.some((m) => !known(m) && !context.has(m))) continue;
    const score = askedTerms.reduce((sum, t) => sum + (known(t) ? 1 : context.has(t) ? tuning.roles.contextWord : 0), 0) / askedTerms.length;
    if (score >= minScore && (!best || score > best.score || (score === best.score && e.statements.length > best.entity.statements.length))) best = { entity: e, role, score };
  }
  return best;
}

const contexts = new WeakMap<KnownEntity, Set<string>>();
/** The terms of every sentence naming an entity, computed once per entity. */
function contextOf(index: KnowledgeIndex, e: KnownEntity): Set<string> {
  let c = contexts.get(e);
  if (!c) contexts.set(e, (c = new Set(e.sentences.slice(0, 200).flatMap((id) => index.sentences[id]!.terms))));
  return c;
}

/** Whether the phrase's role noun is one a person or body holds ("director", "agency", "father"), not a name. */
export function namesARole(phrase: string): boolean {
  const head = headNoun(words(phrase));
  return !!head && (ROLE_HEADS.has(head) || PERSON_DESCRIPTIONS.has(head) || /(?:er|or|ist|ian|ant|ent|man|woman|person|agency|ministry|office|department|father|mother|son|daughter|wife|husband|brother|sister|chief|head|ceo|cfo|spokesperson)$/.test(head));
}
