import type { Article } from "../domain/article.ts";
import { attributeSpeech, type DiscourseState, type Statement } from "./attributeSpeech.ts";
import { EntityRegistry, roleInitials, type Entity } from "./entities.ts";
import { extractDates, type DateMention } from "./extractDates.ts";
import { extractQuantities, type Quantity } from "./extractQuantities.ts";
import { capitalisedInside, dropSentenceOpener, lowercaseWords } from "./dropSentenceOpener.ts";
import { findMentions, type NameMention } from "./findMentions.ts";
import { noteUnnamedMention } from "./unnamedSpeakers.ts";
import { roleReferents } from "./roleReference.ts";
import { genderBefore, openingPronounPerson, personOf, personsByPronoun, pronounAfter } from "./personalPronouns.ts";
import { namesAnother, sentenceTopic } from "./sentenceTopic.ts";
import { splitSentences } from "./splitSentences.ts";
import { canonical, isStopword, words } from "./text.ts";
import { tuning } from "../tuning.ts";

/**
 * A sentence with the facts found in it. `text` is verbatim from the article. (The index copies
 * it field by field, see `SentenceSearch.addSentences`: a new field goes there too.)
 */
export interface AnalysedSentence {
  doc: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** 0-based position of the sentence in the article. */
  position: number;
  text: string;
  /** Canonical content terms, for matching. */
  terms: string[];
  /** Ids of the entities named in the sentence (by name, surname or resolved role). */
  entities: string[];
  dates: DateMention[];
  quantities: Quantity[];
  statements: Statement[];
}

export interface AnalysedArticle {
  article: Article;
  sentences: AnalysedSentence[];
  entities: Entity[];
  /** Every distinct lowercase word of the article, for typo correction of questions. */
  vocabulary: string[];
}

/** Splits an article into sentences and finds its people, quotes, numbers and dates. Pure. */
export function analyseArticle(article: Article): AnalysedArticle {
  const registry = new EntityRegistry();
  const state: DiscourseState = { persons: [], lastSpeaker: null };
  const sentences: AnalysedSentence[] = [];
  const vocabulary = new Set<string>();
  const lowercase = lowercaseWords(article.paragraphs);
  const inside = capitalisedInside(article.paragraphs);
  const mononyms = personsByPronoun(article.paragraphs, lowercase);

  article.paragraphs.forEach((paragraph, p) => {
    for (const span of splitSentences(paragraph)) {
      const text = span.text;
      // A "sentence" far longer than any news sentence (a paste, a page without full stops) is
      // kept for search, but its names, speech, numbers and dates are not read: their cost
      // grows faster than its length, and such text holds no fact a reader could check.
      const full = text.length <= tuning.load.maxAnalysedSentenceChars;
      const found = full ? findMentions(text).flatMap((f) => dropSentenceOpener(text, f, lowercase, inside) ?? []) : [];
      const mentions = found.map((m, i) => {
        let entity: Entity | null = null;
        if (m.kind === "person") entity = registry.add(m.name, "person", m.role);
        else if (m.kind === "organisation" && (m.name.includes(" ") || /^[A-Z]/.test(m.name))) entity = registry.add(m.name, "organisation", m.role);
        else entity = registry.findBySurname(m.name) ?? registry.byId.get(m.name.toLowerCase()) ?? null;
        // "Adele, in her performance, …": a pronoun of a person after the name makes it one, of that gender.
        // Only for the name a sentence opens with, its subject: "Bowie won a Grammy for his video" says nothing of a Grammy.
        const subject = i === 0 && m.kind !== "place" && /^[\s“"]*(?:the\s+)?$/i.test(text.slice(0, m.start));
        const gender = (subject ? pronounAfter(text, m, found[i + 1]?.start ?? text.length) : null) ?? (m.kind === "place" ? null : mononyms.get(m.name) ?? null);
        if (gender) entity = personOf(registry, m, entity, gender);
        // "his wife Ann Roe", "Mrs Roe": a title before a person's name gives her gender; "her father
        // Norrie": a single name after a word for a man or woman is a person (else a speaking body).
        const titled = m.kind === "place" ? null : genderBefore(text.slice(0, m.start));
        if (titled && entity?.kind !== "person") entity = personOf(registry, m, entity, titled);
        if (entity?.kind === "person" && !entity.gender) entity.gender = titled ?? undefined;
        if (entity && m.role && entity.kind === "person") registry.addRole(entity, m.role);
        // "the NTSB chairman" asks for a role the article writes out in full: its initials are known words.
        if (m.role) for (const i of roleInitials(m.role)) vocabulary.add(i);
        // Field by field (typed, so a new field of NameMention must be copied here too): a spread
        // copy of each mention was a noticeable share of analysing an article.
        const mention: NameMention & { entity: Entity | null } = { start: m.start, end: m.end, nameStart: m.nameStart, name: m.name, role: m.role, kind: m.kind, entity };
        return mention;
      });
      const statements = full ? attributeSpeech(text, p + 1, mentions, state, registry) : [];
      const tokens = words(text);
      for (const w of tokens) vocabulary.add(w);
      const entities = new Set<string>();
      for (const m of mentions) if (m.entity) entities.add(m.entity.id);
      for (const s of statements) entities.add(s.speaker);
      // "She died from an infection.": a sentence opening with "he" or "she" tells of the last person of that gender.
      const subject = openingPronounPerson(text, state, registry);
      if (subject) entities.add(subject);
      // "The president has also requested …": the one person named earlier with that title.
      for (const id of roleReferents(text, state.persons, registry)) entities.add(id);
      const topic = full ? sentenceTopic(text, mentions, statements, subject, (id) => registry.byId.get(id)?.kind === "person") : null;
      if (topic) state.topic = { id: topic, paragraph: p + 1 };
      else if (state.topic && namesAnother(text, mentions, state.topic.id)) state.topic = null;
      // "… Ann Lee, is backing Roe's story.": one named only as whose something is ("Roe's") counts as named before the others.
      const possessive = (m: { end: number }) => /^[’']s\b/.test(text.slice(m.end));
      for (const m of [...mentions.filter(possessive), ...mentions.filter((m) => !possessive(m))]) if (m.entity?.kind === "person") state.persons.push(m.entity.id);
      noteUnnamedMention(text, Math.max(0, ...mentions.filter((m) => m.entity?.kind === "person").map((m) => m.end)), state);
      for (const s of statements) {
        const e = registry.byId.get(s.speaker);
        if (e?.kind === "person") state.persons.push(e.id);
      }
      sentences.push({
        doc: article.id,
        paragraph: p + 1,
        position: sentences.length,
        text,
        terms: tokens.filter((w) => !isStopword(w)).map(canonical),
        entities: [...entities],
        dates: full ? extractDates(text, article.published) : [],
        quantities: full ? extractQuantities(text) : [],
        statements,
      });
    }
  });
  return { article, sentences, entities: registry.all(), vocabulary: [...vocabulary] };
}
