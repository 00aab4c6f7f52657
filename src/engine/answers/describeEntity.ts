import { tuning } from "../../tuning.ts";
import { PLACE_ALIASES, QUESTION_WORDS, STOPWORDS } from "../../analysis/lexicon.ts";
import { canonical, words } from "../../analysis/text.ts";
import type { IndexedSentence, KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";
import { formOf, sameForm } from "./alignStatement.ts";
import { describeAt } from "./describePerson.ts";
import { isPersonNoun } from "./personTitle.ts";
import { findName, personSpans, type NameSpan } from "./findPersonName.ts";

/** "Mike Pompeo, Secretary of State" — a name with its first role. */
export function nameWithRole(e: KnownEntity): string {
  const role = e.roles[0];
  return role ? `${e.name}, ${role}` : e.name;
}

/** The sentence that best shows who an entity is: where the given wording or its role appears. */
export function introducingSentence(index: KnowledgeIndex, e: KnownEntity, wording?: string): IndexedSentence | undefined {
  const sentences = e.sentences.map((id) => index.sentences[id]!);
  const w = wording?.toLowerCase();
  if (w && !e.id.includes(w)) {
    // Best the sentence that writes the wording with the name ("Acting U.S. Defense Secretary
    // Christopher Miller"), then one with the wording alone ("The acting defense secretary said").
    const asked = words(w);
    const hasWords = (s: IndexedSentence) => {
      const own = new Set(words(s.text));
      return asked.every((x) => own.has(x));
    };
    const named = sentences.find((s) => hasWords(s) && findName(s.text, [e.name, ...e.aliases]).length > 0);
    const byWording = named ?? sentences.find((s) => s.text.toLowerCase().includes(w));
    if (byWording) return byWording;
  }
  for (const role of e.roles) {
    const withRole = sentences.find((s) => s.text.includes(role));
    if (withRole) return withRole;
  }
  return sentences[0];
}

/** The ways a sentence writes an entity's name: as asked, in full, and its surname. */
function nameForms(e: KnownEntity, wording?: string): string[] {
  const own = new Set(e.id.split(/\s+/));
  // A full name as asked first ("Amneh Jafari"), then the analysis' name, then a surname.
  const full = wording?.includes(" ") ? [wording] : [];
  return [...full, e.name, ...(wording ? [wording] : []), ...e.aliases.filter((a) => a.split(/\s+/).every((w) => own.has(w)))];
}

/** What the articles say an entity is, the sentence that says it and the name as written there; the first such sentence wins. */
export function describeEntity(index: KnowledgeIndex, e: KnownEntity, wording?: string, limit = 50): { description: string; sentence: IndexedSentence; name: string } | null {
  const forms = nameForms(e, wording);
  // A title or apposition in any sentence says more than a list's title or an affiliation in an earlier one.
  for (const weak of [false, true]) {
    for (const id of e.sentences.slice(0, limit)) {
      const s = index.sentences[id]!;
      const others = otherPeople(index, s, e);
      for (const at of personSpans(s.text, forms)) {
        // "Sarah Brady" is not where "Brady" (James) is named.
        if (others.some((o) => o.start <= at.start && o.end >= at.end && o.end - o.start > at.end - at.start)) continue;
        const description = describeAt(s.text, at.start, at.end, apart(others, at), weak);
        if (description) return { description, sentence: s, name: at.name.split(/\s+/).length > 1 ? at.name : e.name };
      }
    }
  }
  return null;
}

/** Where a sentence names people other than `e`: what is written about them is not said of `e`. */
export function otherPeople(index: KnowledgeIndex, s: IndexedSentence, e: KnownEntity): NameSpan[] {
  const out: NameSpan[] = [];
  for (const id of s.entities) {
    const other = index.entities.get(id);
    if (!other || other.id === e.id || other.kind !== "person") continue;
    out.push(...personSpans(s.text, [other.name, ...other.aliases]));
  }
  return out;
}

/** The other people's names that do not overlap this one (a surname both share is this one's here). */
export const apart = (others: NameSpan[], at: NameSpan) => others.filter((o) => o.end <= at.start || o.start >= at.end);

/** A description as a short answer: without its leading article. */
export function shortDescription(description: string): string {
  return description.replace(/^(the|a|an)\s+/i, "");
}

export interface TitledPerson {
  entity: KnownEntity;
  /** The name as the sentence writes it. */
  name: string;
  description: string;
  sentence: IndexedSentence;
}

const termsOf = (text: string) => new Set(words(text).filter((w) => !STOPWORDS.has(w)).map(formOf));

/** A possessive of up to three words ("the Afghan team's") right before a title written just before the name. */
const OWNER_BEFORE = /((?:\b[\p{L}\p{N}.-]+\s+){0,2}[\p{L}\p{N}.-]+['’]s?)\s+$/u;

/**
 * A title with the possessive written before it, when the title stands right before the name
 * ("the Afghan team's coach, Alireza Mehraban" → "Afghan team's coach"); the title alone otherwise.
 */
function withOwnerBefore(text: string, description: string, nameStart: number): string {
  const at = text.lastIndexOf(description, nameStart);
  if (at < 0 || !/^[\s,]*$/.test(text.slice(at + description.length, nameStart))) return description;
  const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  return owner ? `${owner[1]} ${description}` : description;
}

/**
 * "Who is the senior researcher from the University of NSW?": the person a sentence titles with
 * every word asked, qualifiers included ("New Zealand's Prime Minister" for "new zealand's prime
 * minister", never another country's). The most specific title wins, then the best sentence.
 */
export function findPersonByTitle(index: KnowledgeIndex, questionWords: string[]): TitledPerson | null {
  const asked = questionWords.filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !/^who'?s$/.test(w));
  if (asked.length === 0 || !asked.some(isPersonNoun)) return null;
  const wanted = [...new Set(asked.map(formOf))];
  // Only sentences that use the role's nouns can title someone with it.
  const nouns = asked.filter(isPersonNoun).map(canonical);
  let best: (TitledPerson & { extra: number }) | null = null;
  for (const { sentence: s } of index.find(asked.join(" "))) {
    if (!nouns.every((n) => s.terms.includes(n))) continue;
    for (const id of s.entities) {
      const e = index.entities.get(id);
      if (!e || e.kind !== "person") continue;
      const others = otherPeople(index, s, e);
      for (const at of personSpans(s.text, nameForms(e))) {
        const described = describeAt(s.text, at.start, at.end, apart(others, at));
        if (!described) continue;
        // "the Afghan team's coach, Alireza Mehraban": the title's owner is written before it.
        const description = withOwnerBefore(s.text, described, at.start);
        const terms = termsOf(description);
        if (!wanted.every((w) => [...terms].some((t) => sameForm(t, w)))) continue;
        const extra = terms.size - wanted.length;
        const name = at.name.split(/\s+/).length > 1 ? at.name : e.name;
        if (!best || extra < best.extra) best = { entity: e, name, description, sentence: s, extra };
      }
    }
  }
  return best;
}

const PLACES = new Set([...Object.keys(PLACE_ALIASES), ...Object.values(PLACE_ALIASES)]);

/**
 * The person whose title or role noun best matches the words asked ("the prime minister of
 * Iraq" → "Iraqi Prime Minister …"). A role scores by how much of it the question names and
 * how much of the question it explains; question words ("say", "state") count only when the
 * role uses them ("Secretary of State"). A place or a name the question qualifies the role with
 * ("New Zealand's prime minister"; `names`: words the question capitalised) must be in the role or
 * in how the articles title the person: another country's minister is not the one asked for.
 * Null below `minScore`.
 */
export function findByRole(index: KnowledgeIndex, questionWords: string[], minScore: number = tuning.roles.titleMinScore, names: string[] = []): { entity: KnownEntity; role: string; score: number } | null {
  const words = questionWords.filter((w) => !STOPWORDS.has(w));
  if (words.length === 0) return null;
  let best: { entity: KnownEntity; role: string; score: number } | null = null;
  const canon = words.map((w) => ({ w, c: canonical(w) }));
  const named = new Set(names.map((n) => n.toLowerCase()));
  const qualifiers = canon.filter(({ w, c }) => !QUESTION_WORDS.has(w) && (named.has(w) || PLACES.has(w) || PLACES.has(c) || index.entityByAlias(w) !== undefined));
  for (const { entity: e, role, terms } of index.roleTerms()) {
    const asked = new Set(canon.filter(({ w, c }) => !QUESTION_WORDS.has(w) || terms.has(c)).map(({ c }) => c));
    let hit = 0;
    for (const t of asked) if (terms.has(t)) hit++;
    if (hit === 0) continue;
    const score = tuning.roles.titleShare * (hit / terms.size) + (1 - tuning.roles.titleShare) * (hit / asked.size);
    if (best && score <= best.score) continue;
    const missing = qualifiers.filter(({ c }) => !terms.has(c) && !e.id.includes(c));
    if (missing.length && !titledWith(index, e, missing.map(({ c }) => c))) continue;
    best = { entity: e, score, role };
  }
  return best && best.score >= minScore ? best : null;
}

/** Whether the articles title the person with all these (canonical) words somewhere. */
function titledWith(index: KnowledgeIndex, e: KnownEntity, wanted: string[]): boolean {
  const forms = nameForms(e);
  for (const id of e.sentences.slice(0, 20)) {
    const s = index.sentences[id]!;
    const others = otherPeople(index, s, e);
    for (const at of personSpans(s.text, forms)) {
      const d = describeAt(s.text, at.start, at.end, apart(others, at));
      if (!d) continue;
      const terms = new Set(words(d).filter((w) => !STOPWORDS.has(w)).map(canonical));
      if (wanted.every((w) => terms.has(w))) return true;
    }
  }
  return false;
}

/** Whether the analysis knows an entity as a person by evidence: a title or words attributed to them (a bare two-word name may be a place or a thing). */
export function attestedPerson(e: KnownEntity): boolean {
  return e.kind === "person" && (e.roles.length > 0 || e.statements.length > 0);
}
