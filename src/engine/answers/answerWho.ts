import { compose, coverage } from "../answerSupport.ts";
import { predicateDescription } from "./predicateDescription.ts";
import type { IndexedSentence, KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { messages } from "../../messages.ts";
import { canonical, escapeRegExp, words } from "../../analysis/text.ts";
import { apart, describeEntity, findByRole, otherPeople, findPersonByTitle, introducingSentence, nameWithRole, shortDescription, type TitledPerson } from "./describeEntity.ts";
import { describeAt } from "./describePerson.ts";
import { isPersonNoun } from "./personTitle.ts";
import { findName, personSpans } from "./findPersonName.ts";
import { describeOrganisationAt } from "./describeOrganisation.ts";
import { rankSentences } from "./rankSentences.ts";
import { askedRole } from "../general/verbRoles.ts";
import { tuning } from "../../tuning.ts";

/**
 * Who is X / who is the <role>: for a person asked by name, what the articles say they are
 * ("Kathryn Waters, director of the gallery"), never the name itself; for a role, the person the
 * articles title with every word of it ("New Zealand's Prime Minister John Key").
 */
export function answerWho(q: Query, index: KnowledgeIndex): Answer | null {
  // "Who did Trump meet?": someone else in the sentence that tells of it.
  // "Who welcomed al-Kadhimi?": the other person in the sentence that tells of it.
  if (asksOtherParty(q)) return answerObject(q, index);
  // "Who is Thomas Sam's wife?": the person a sentence naming the owner titles with the noun.
  const related = relatedPerson(q, index);
  if (related) {
    return compose(index, { kind: "who", lead: `${related.name}, ${related.description}.`, short: related.name, sentences: [related.sentence], confidence: tuning.confidence.whoRelated });
  }
  // "Who is the senior researcher from the University of NSW?": the person titled so in a sentence.
  const titled = findPersonByTitle(index, q.words);
  if (titled) {
    return compose(index, { kind: "who", lead: `${titled.name}, ${titled.description}.`, short: titled.name, sentences: [titled.sentence], confidence: tuning.confidence.whoDescribed });
  }
  // "Who is the Pentagon spokesman?" names an organisation but asks for a role: roles first.
  const capitalised = [...q.raw.replace(/^\s*\S+/, "").matchAll(/\p{Lu}[\p{L}-]*/gu)].flatMap((m) => words(m[0]));
  const byRole = q.topic.length ? findByRole(index, q.words, undefined, capitalised) : null;
  const named = q.entities[0];
  if (byRole && (!named || named.entity.kind !== "person")) {
    const s = introducingSentence(index, byRole.entity, byRole.role);
    if (s) return compose(index, { kind: "who", lead: `${byRole.entity.name}, ${byRole.role}.`, short: byRole.entity.name, sentences: [s], confidence: byRole.score });
  }
  // "Who was he?" / "What's his job?" after an answer about someone.
  const previous = !named && q.previous?.entity && /\b(he|she|him|her|his|they|them|their)\b/.test(q.text) ? index.entities.get(q.previous.entity) : undefined;
  if (previous) return describe(index, previous);
  // "Who is the chief diplomat?" names someone by a role noun the articles gave them: the answer is who.
  if (named && named.entity.kind === "person" && !named.wording.split(/\s+/).every((w) => named.entity.id.split(/[\s-]+/).includes(w)) && named.wording.split(/\s+/).some(isPersonNoun)) {
    const s = introducingSentence(index, named.entity, named.wording);
    if (s) return compose(index, { kind: "who", lead: `${nameWithRole(named.entity)}.`, short: named.entity.name, sentences: [s], confidence: tuning.confidence.whoByRoleNoun });
  }
  if (named) return describe(index, named.entity, askedName(q.raw, named.wording));
  return describeUnknownName(q, index);
}

/**
 * "X's <noun>" where X is someone the articles name and the noun says what a person is (wife,
 * lawyer, spokesman): another person, in a sentence naming X, whom the sentence titles with
 * that noun ("Thomas Sam, 42, and his wife Manju Sam").
 */
function relatedPerson(q: Query, index: KnowledgeIndex): TitledPerson | null {
  for (const { entity: owner, wording } of q.entities) {
    const after = new RegExp(`${escapeRegExp(wording)}['’]s\\s+(?:\\w+\\s+)?(\\w+)`, "iu").exec(q.raw.toLowerCase().replace(/’/g, "'"));
    const noun = after?.[1];
    if (!noun || !isPersonNoun(noun)) continue;
    for (const id of owner.sentences) {
      const s = index.sentences[id]!;
      for (const otherId of s.entities) {
        const other = index.entities.get(otherId);
        if (!other || other.id === owner.id || other.kind !== "person") continue;
        for (const at of personSpans(s.text, [other.name, ...other.aliases])) {
          const description = describeAt(s.text, at.start, at.end, apart(otherPeople(index, s, other), at));
          // "Then-Compaq CEO" is Compaq's, not the asked owner's: a title naming another body is another's.
          if (description && words(description).some((w) => canonical(w) === canonical(noun)) && !namesAnotherBody(description, owner.name)) {
            // "his wife" says little alone: "Thomas Sam's wife".
            const said = words(description).length <= 2 ? `${owner.name}'s ${noun}` : description;
            return { entity: other, name: at.name.split(/\s+/).length > 1 ? at.name : other.name, description: said, sentence: s };
          }
        }
      }
    }
  }
  return null;
}

/** Whether a title holds a capitalised name other than the owner's and other than title words ("Then-Compaq CEO" for Intel). */
function namesAnotherBody(description: string, owner: string): boolean {
  const own = new Set(words(owner));
  return description.replace(/\b(?:then|ex|former)-/gi, "").split(/[\s-]+/).some((t) => /^\p{Lu}\p{Ll}/u.test(t) && !isPersonNoun(t) && !words(t).every((w) => own.has(w)));
}

/** What the articles say an organisation is: the first sentence that describes it around its name. */
function describeOrganisation(index: KnowledgeIndex, e: KnownEntity): { description: string; sentence: IndexedSentence; name: string } | null {
  for (const id of e.sentences.slice(0, 50)) {
    const s = index.sentences[id]!;
    for (const at of findName(s.text, [e.name, ...e.aliases])) {
      const description = describeOrganisationAt(s.text, at.start, at.end);
      if (description) return { description, sentence: s, name: e.name };
    }
  }
  return null;
}

/** The capitalised name the question wrote around the words it was matched by ("Amneh Jafari" for "jafari"). */
function askedName(raw: string, wording: string): string {
  for (const m of raw.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu)) {
    const name = m[0].replace(/[’']s$/, "");
    if (name.toLowerCase().includes(wording)) return name;
  }
  return wording;
}

/** "Who is Lydia Buchtmann?" when the analysis took no entity for the name: read the sentences that write it. */
function describeUnknownName(q: Query, index: KnowledgeIndex): Answer | null {
  const rest = q.raw.trim().replace(/^(?:and |so )?(?:who'?s|whos|who (?:is|was)|what['’]?s|what (?:is|was|are|were))\s+/i, "");
  const name = rest !== q.raw.trim() ? /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s*\??$/u.exec(rest)?.[1] : undefined;
  if (!name) return null;
  let first: IndexedSentence | null = null;
  for (const { sentence: s } of index.find(name)) {
    const at = findName(s.text, [name]);
    if (at.length === 0) continue;
    first ??= s;
    // Its kind unknown, the name may be a person's or an organisation's.
    const description = at.map((a) => describeAt(s.text, a.start, a.end) ?? describeOrganisationAt(s.text, a.start, a.end)).find(Boolean);
    if (description) return compose(index, { kind: "who", lead: `${name}, ${description}.`, short: shortDescription(description), sentences: [s], confidence: tuning.confidence.whoRole });
  }
  // "Who is O'Riordan?" read apart from the entity it is a surname of: that person's description.
  const known = index.entityByAlias(name.toLowerCase());
  if (known && known.kind === "person") {
    const found = describeEntity(index, known);
    if (found) return compose(index, { kind: "who", lead: `${found.name}, ${found.description}.`, short: shortDescription(found.description), sentences: [found.sentence], confidence: tuning.confidence.whoDescribed });
  }
  return first ? compose(index, { kind: "who", lead: messages.saysOf(name), short: null, sentences: [first], confidence: tuning.confidence.whoMentioned }) : null;
}

/** What the articles say someone is, with the sentence that says it; else the first sentence naming them. */
function describe(index: KnowledgeIndex, e: KnownEntity, wording?: string): Answer | null {
  // The analysis may take a firm's name for a person's ("Brightwell Partners"): an organisation's description is read too.
  // And a person's name the analysis took for a body's ("Chad Ridgely", its initials standing alone in an interview) is described as a person's.
  const found = (e.kind === "person" ? describeEntity(index, e, wording) : null) ?? (e.kind !== "place" ? describeOrganisation(index, e) : null) ?? (e.kind === "organisation" ? describeEntity(index, e, wording) : null);
  if (found) {
    return compose(index, { kind: "who", lead: `${found.name}, ${found.description}.`, short: shortDescription(found.description), sentences: [found.sentence], confidence: tuning.confidence.whoDescribed });
  }
  const s = introducingSentence(index, e, wording);
  if (!s) return null;
  // A role the analysis found (an organisation's, or one written apart from the name) is still a description.
  if (e.roles.length) return compose(index, { kind: "who", lead: `${nameWithRole(e)}.`, short: e.roles[0]!, sentences: [s], confidence: tuning.confidence.whoRole });
  // No title and no description: what the person did, in the sentence that introduces them ("Ann Roe, 72, lost her two sons …").
  const act = e.kind === "person" ? predicateDescription(s.text, wording && s.text.includes(wording) ? wording : e.name) : null;
  if (act) return compose(index, { kind: "who", lead: `${e.name} ${act}.`, short: act, sentences: [s], confidence: tuning.confidence.whoMentioned });
  return compose(index, { kind: "who", lead: messages.saysOf(e.name), short: null, sentences: [s], confidence: tuning.confidence.whoMentioned });
}

/** Whether a name is the agent of a passive: "by" up to three words before it ("founded in 2009 by Mir Hossein Mousavi"). */
function passiveAgent(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at > 0 && /\bby\s+(?:\S+\s+){0,3}$/.test(text.slice(Math.max(0, at - 40), at));
}

function answerObject(q: Query, index: KnowledgeIndex): Answer | null {
  const asked = new Set(q.entities.map((e) => e.entity.id));
  // "Who defeated X?" asks the verb's doer; "Who did X beat?" what it was done to.
  const role = askedRole(q.raw);
  const doer = role?.role === "agent" ? role : null;
  for (const r of rankSentences(q, index).slice(0, 3)) {
    if (r.coverage < tuning.answer.minCoverage) break;
    // "Who did the Capitals beat?": a sentence that names the asker's side but not what it did is no answer.
    if (coverage(q.topic, r.sentence) < tuning.who.objectTopicShare) continue;
    const text = r.sentence.text;
    const people = r.sentence.entities.map((id) => index.entities.get(id)!).filter((e) => e.kind === "person" && !asked.has(e.id));
    // "X was founded in 2009 by Y": the agent of a passive did what is asked.
    // "… were defeated, with Ann Roe defeating X": the person right before the asked verb did it.
    const other = people.find((e) => passiveAgent(text, e.name)) ?? (doer ? people.find((e) => subjectOf(text, e.name, doer.stem)) : undefined);
    // "X's heart was restarted by doctors": the doer is the "by" phrase, no person the sentence names; the general answerer reads it.
    if (!other && doer && passiveWithAgent(text, doer.stem)) return null;
    const chosen = other ?? people[0];
    if (chosen) return compose(index, { kind: "who", lead: `${nameWithRole(chosen)}.`, short: chosen.name, sentences: [r.sentence], confidence: r.coverage * tuning.confidence.whoObject });
  }
  return null;
}

/** A word of the asked verb ("defeating", "defeated" for "defeat"). */
function verbForm(stem: string): string {
  return `${stem.replace(/e$/, "")}\\p{L}{0,4}`;
}

/** Whether a name stands right before a form of the verb, as its subject ("Ann Roe defeating X", "Ann Roe had defeated"). */
function subjectOf(text: string, name: string, stem: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && new RegExp(`^\\s+(?:(?:has|had|have|was|is)\\s+)?${verbForm(stem)}\\b`, "iu").test(text.slice(at + name.length));
}

/** Whether the sentence has the asked verb in the passive with a "by" phrase ("was restarted by doctors"). */
function passiveWithAgent(text: string, stem: string): boolean {
  return new RegExp(`\\b(?:was|were|is|are|been|be|being)\\s+(?:\\p{L}+ly\\s+)?${verbForm(stem)}\\s+by\\s`, "iu").test(text);
}

/**
 * "Who did Trump meet?", "Who welcomed al-Kadhimi?": someone else in the sentence that tells of
 * what the question's person did. "Who was he substituted in for?" is not one: its verb's
 * preposition asks, and the general answerer reads its object.
 */
export function asksOtherParty(q: Query): boolean {
  return /^(and |so )?(who|whom) ((did|does|do|has|have|had|will|would)\b|\w+ed\b)/.test(q.text) && q.entities.length > 0;
}

/** "What is X?" asking after a name: everything after the copula is a name (capitalised words, joiners between). */
const WHAT_IS_NAME = /^\s*(?:[Aa]nd |[Ss]o )?(?:[Ww]hat['’]?s|[Ww]hat (?:is|was|are|were))\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|and|the|for|de|la|on|up)\s+)*\p{Lu}[\p{L}\p{N}'’.&-]*)*)\s*\??\s*$/u;

/**
 * "What is Holmfeld Markt?", "what's KRAX": a name asked after like a person's ("Who is X?"), by
 * what the articles say it is ("Europe's largest grain retailer").
 */
export function asksWhatNameIs(q: Query): boolean {
  return WHAT_IS_NAME.test(q.raw);
}
