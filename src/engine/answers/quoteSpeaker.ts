// Whom "What did X say?" asks about: the entity named, described by a role, or quoted by the
// previous answer; or why no one can be quoted.
import type { KnowledgeIndex, KnownEntity } from "../../index/knowledgeIndex.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { canonical, contentTerms, escapeRegExp, words } from "../../analysis/text.ts";
import { REPORTING_VERBS, SPEAKING_FOR_A_BODY, roleVariants } from "../../analysis/lexicon.ts";
import { findSpeakerByRole, namesARole, speakerPhrase } from "./findSpeakerByRole.ts";
import { findByRole } from "./describeEntity.ts";

/** No answer about a speaker: never quoted, or (`exhausted`) everything they said was already shown. */
export type Declined = { declined: string; exhausted?: boolean; topic?: string };

/** A speaker found by a role they hold, and the role. */
export type SpeakerByRole = { entity: KnownEntity; role: string; score: number };

/** The speaker a quote question asks about, and how the question named them. */
export interface QuoteSpeaker {
  speaker: KnownEntity;
  /** The entity as the question names it, when it names the speaker. */
  named: Query["entities"][number] | undefined;
  byRole: SpeakerByRole | null;
  /** The phrase naming the speaker ("the German defense minister"), if the question has one. */
  phrase: string | null;
  phraseTerms: Set<string>;
}

/**
 * The speaker: named, or described by a role ("the German defense minister"), or the previous
 * turn's; a decline when the question names someone no article quotes; null when there is none.
 */
export function findQuoteSpeaker(q: Query, index: KnowledgeIndex, speakerId?: string): QuoteSpeaker | Declined | null {
  const phrase = speakerId ? null : speakerPhrase(q.text);
  const phraseTerms = new Set(phrase ? contentTerms(phrase) : []);
  // The entity the speaker phrase names, if it names one ("kcna", "professor eastman"); a name
  // inside a role ("the director of the Salt Study", "Ali's father") is not the speaker.
  // "the WHO": a name that is also a question word is read from the phrase itself.
  const byAlias = phrase ? index.entityByAlias(phrase.replace(/^(the|a|an)\s+/, "")) : undefined;
  // A body the whole phrase names and that speaks ("the U.S. military") before a name inside it ("U.S.").
  const whole = byAlias && byAlias.statements.length > 0 ? { entity: byAlias, wording: phrase!.replace(/^(the|a|an)\s+/, ""), at: 0 } : undefined;
  const inPhrase = phrase ? whole ?? q.entities.find((e) => phrase.includes(e.wording.toLowerCase())) ?? (byAlias ? { entity: byAlias, wording: phrase.replace(/^(the|a|an)\s+/, ""), at: 0 } : undefined) : q.entities[0];
  // Words of the person's full name or titles, however spelt ("lydia buchtman", "profesor eastman"), are still the name.
  const own = inPhrase ? [...contentTerms(inPhrase.wording), ...contentTerms(inPhrase.entity.name), ...inPhrase.entity.roles.flatMap((r) => contentTerms(r).flatMap((t) => roleVariants(t).map(canonical))), ...TITLE_TERMS] : [];
  const rest = inPhrase ? [...phraseTerms].filter((t) => !own.some((o) => o === t || (o.length >= 5 && t.length >= 5 && o.slice(0, 5) === t.slice(0, 5)))) : [...phraseTerms];
  const isName = !!inPhrase && (!phrase || rest.length === 0);
  // "the Northgate Hospital spokesman" whom the articles never name: the hospital speaks for itself.
  const bodyItself = inPhrase && inPhrase.entity.kind !== "person" && inPhrase.entity.statements.length > 0 && rest.length > 0 && rest.every((t) => SPEAKS_FOR.has(t)) ? { entity: inPhrase.entity, role: inPhrase.wording, score: 1 } : null;
  const byPhraseRole = !speakerId && phrase && !isName && !PRONOUN.test(phrase) ? findSpeakerByRole(index, phrase) ?? bodyItself : null;
  // "the ministry", "the fire department" for the "Labour Ministry" or "Orrin Fire Department" that spoke: the one body whose name ends in those words.
  const body = !speakerId && phrase && !isName && !byPhraseRole ? bodyByLastWords(index, phrase) : undefined;
  // "the spokesperson" nobody named: the one body an unnamed spokesperson spoke for ("A spokesperson for the council said …").
  const through = !speakerId && phrase && !isName && !byPhraseRole && !body ? spokenThrough(index, phrase) : undefined;
  // A role nobody in the articles holds ("the teacher who reported it"): no one to quote.
  if (!speakerId && phrase && !isName && !byPhraseRole && !body && !through && namesARole(phrase) && !PRONOUN.test(phrase)) return { declined: phrase.replace(/^(the|a|an)\s+/, "") };
  const named = isName ? inPhrase : !phrase ? q.entities[0] : undefined;
  // The speaker: named, or described by a role ("the German defense minister"), or the previous turn's.
  const byRole = byPhraseRole ?? (!speakerId && !named && !phrase ? findByRole(index, q.words) : null);
  let speaker: KnownEntity | undefined = speakerId ? index.entities.get(speakerId) : named?.entity ?? byRole?.entity ?? previousSpeaker(q, index);
  speaker ??= body ?? through;
  // Someone the question names ("What did Nathan Law say?") whom no article quotes: say so, rather
  // than let search show a sentence about them as if it were their words.
  if (!speaker) return q.unknownNames[0] ? { declined: q.unknownNames[0] } : phrase && !speaksUnattributed(index, phrase) ? nameNotQuoted(q.raw, phrase, index) : null;
  // An organisation speaks through its people: "What did the Pentagon say?" is answered by the
  // Pentagon press secretary.
  if (speaker.statements.length === 0 && speaker.kind !== "person") speaker = spokesperson(index, speaker) ?? speaker;
  // …and a person through her agent or spokesman: "What did O'Riordan say?" is answered by "O'Riordan's agent said …".
  if (speaker.statements.length === 0 && speaker.kind === "person") speaker = representative(index, speaker) ?? speaker;
  if (speaker.statements.length === 0) return { declined: speaker.name };
  return { speaker, named, byRole, phrase, phraseTerms };
}

/** The one organisation that speaks whose name ends in the phrase's words, with more before them ("port authority" → "Vell Port Authority"). */
function bodyByLastWords(index: KnowledgeIndex, phraseIn: string): KnownEntity | undefined {
  const tail = words(phraseIn.replace(/^(the|a|an)\s+/, "")).join(" ");
  if (!tail) return undefined;
  const bodies = [...index.entities.values()].filter((e) => e.kind === "organisation" && e.statements.length > 0 && words(e.id).join(" ").endsWith(` ${tail}`));
  return bodies.length === 1 ? bodies[0] : undefined;
}

/**
 * The one speaker whose statements the articles attribute through an unnamed holder of the role
 * asked ("A spokesperson for the council said", "a council spokeswoman said"): the role's word (or
 * another form of it) stands before the verb of saying in the sentences search finds for it.
 */
function spokenThrough(index: KnowledgeIndex, phraseIn: string): KnownEntity | undefined {
  // Only "the spokesperson" alone: a role a body speaks through, named by no one and qualified by nothing.
  const said = words(phraseIn.replace(/^(the|a|an)\s+/, ""));
  const role = said.length === 1 ? said[0]! : undefined;
  if (!role || !SPOKES.has(role)) return undefined;
  const forms = roleVariants(role);
  const speakers = new Set<string>();
  for (const hit of index.find(forms.join(" "), tuning.grounding.speechSentencesScanned)) {
    for (const st of hit.sentence.statements) {
      const at = hit.sentence.text.search(new RegExp(`\\b${escapeRegExp(st.verb)}\\b`));
      if (at > 0 && forms.some((f) => new RegExp(`\\b${escapeRegExp(f)}\\b`, "i").test(hit.sentence.text.slice(Math.max(0, at - 60), at)))) speakers.add(st.speaker);
    }
  }
  return speakers.size === 1 ? index.entities.get([...speakers][0]!) : undefined;
}

/** The words for one who speaks for a body without being named: "a spokesperson for the council said". */
const SPOKES = new Set([...roleVariants("spokesperson"), "spokespeople"]);

/** A decline for a phrase that is a name, as the question or else the articles write it ("nathan law" → "Nathan Law"); null for a description. */
function nameNotQuoted(raw: string, phraseIn: string, index: KnowledgeIndex): Declined | null {
  // "the Taliban": the name without its article.
  const phrase = phraseIn.replace(/^(the|a|an)\s+/, "");
  const name = writtenAsName(raw, phrase) ?? index.find(phrase, tuning.grounding.speechSentencesScanned).map((h) => writtenAsName(h.sentence.text, phrase, true)).find((n) => n !== null);
  return name ? { declined: name } : null;
}

/** The phrase as written (by the question, or `midSentence` by an article), when every word of it is capitalised ("Nathan Law", not "the teacher"); else null. */
function writtenAsName(raw: string, phrase: string, midSentence = false): string | null {
  // In an article's sentence, only mid-sentence and as whole words: a sentence's first word is capitalised anyway.
  const at = midSentence ? raw.toLowerCase().search(new RegExp(`(?<=\\s)${escapeRegExp(phrase)}\\b`)) : raw.toLowerCase().indexOf(phrase);
  if (at < 0) return null;
  const written = raw.slice(at, at + phrase.length);
  return written.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) ? written : null;
}

/**
 * Whether a sentence naming the phrase reports speech (a verb of saying, a quotation) that
 * attribution did not give them ("Secunia.com, has said that …"): search may still show it.
 */
function speaksUnattributed(index: KnowledgeIndex, phraseIn: string): boolean {
  const phrase = phraseIn.replace(/^(the|a|an)\s+/, "");
  const nameWords = words(phrase);
  return index.find(phrase, tuning.grounding.speechSentencesScanned).some(({ sentence: s }) => {
    const ws = words(s.text);
    return nameWords.every((w) => ws.some((x) => x.startsWith(w))) && (/[“”"]/.test(s.text) || ws.some((w) => REPORTING_VERBS.has(w)));
  });
}

const SPEAKS_FOR = new Set(SPEAKING_FOR_A_BODY.map(canonical));

const PRONOUN = /^(he|she|it|they|him|her|them|that person|this person)$/;
/** Words of address and academic titles that may come with a name without making it a role. */
const TITLE_TERMS = new Set(["professor", "prof", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "president"].map(canonical));

/** "What else did they say?": whom the previous answer quoted, by its entity or its cited sentence. */
function previousSpeaker(q: Query, index: KnowledgeIndex): KnownEntity | undefined {
  if (!q.previous) return undefined;
  const first = q.previous.sentences[0];
  const said = first !== undefined ? index.sentences[first]!.statements : [];
  // After a quote, "they" are whom the cited sentence quotes; otherwise whom the turn was about.
  const id = said.find((st) => st.speaker === q.previous!.entity)?.speaker ?? (q.previous.kind === "quote" ? said[0]?.speaker : undefined) ?? q.previous.entity ?? said[0]?.speaker;
  return id ? index.entities.get(id) : undefined;
}

/** The quoted person whose title names the organisation ("Pentagon press secretary"), most quoted first. */
/** Who speaks for a person: "<her name>'s agent / spokesman / office" that was quoted; never her family or lawyer, who speak for themselves. */
function representative(index: KnowledgeIndex, person: KnownEntity): KnownEntity | undefined {
  const names = new Set([person.id, person.id.split(" ").at(-1)!, ...person.aliases]);
  for (const e of index.entities.values()) {
    const m = /^(.+?)['’]s\s+(agent|spokesman|spokeswoman|spokesperson|office|representative|publicist|press secretary)$/.exec(e.id);
    if (m && names.has(m[1]!) && e.statements.length > 0) return e;
  }
  return undefined;
}

function spokesperson(index: KnowledgeIndex, organisation: KnownEntity): KnownEntity | undefined {
  const name = organisation.id;
  let best: KnownEntity | undefined;
  for (const { entity } of index.roleTerms()) {
    if (entity.statements.length === 0 || (best && entity.statements.length <= best.statements.length)) continue;
    if (entity.roles.some((r) => r.toLowerCase().includes(name))) best = entity;
  }
  return best;
}
