import { canonical, contentTerms, words } from "../../analysis/text.ts";
import { ASKED_SAID_FORMS, QUESTION_WORDS, REPORTING_VERBS, STOPWORDS } from "../../analysis/lexicon.ts";
import { compose, coverage } from "../answerSupport.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import type { Answer } from "../types.ts";
import type { Query } from "../understandQuestion.ts";
import { tuning } from "../../tuning.ts";
import { messages } from "../../messages.ts";
import { nameWithRole } from "./describeEntity.ts";
import { alignment, holdsWord, weighingPool, weighTerms } from "./statementAlignment.ts";

const fold = (t: string) => words(t).join(" ");
const SOURCE_NOUNS = new Set(["person", "official", "organization", "organisation", "paper", "newspaper", "agency", "outlet", "source", "publication", "media", "news"].map(canonical));
const SAYING = new Set([...REPORTING_VERBS, "claim", "think", "thinks", "believe", "describe", "comment", "tweet", "report", "quote", "quoted", "quoting", "cite", "cited", "citing", "say"]);
const FILLER = new Set(["going", "gonna", "gotta", "wanna", "get", "got", "really"]);

/**
 * Who said / reported / expects X: the statement whose words best cover the phrase. People
 * the question names are what was said about ("Who reported Trump's comments?"), so they
 * are not the answer, but a statement in a sentence naming them ranks higher.
 */
export function answerWhoSaid(q: Query, index: KnowledgeIndex): Answer | null {
  // What was said: the question's words less the kind of source asked for ("which newspaper"),
  // the verb of saying and filler ("gonna keep going").
  const said = q.phrase ? words(q.phrase).filter((w) => !STOPWORDS.has(w)) : q.topicWords.map((w) => w.toLowerCase());
  // "Who said Twentynine Palms is out in front?": what the claim names is part of what was said; it
  // may carry a statement over the bar, never keep one under it (a statement may say "he" for it).
  const named = q.phrase || q.previous ? [] : q.entities.flatMap((e) => contentTerms(e.wording));
  const phraseTerms = said.filter((w) => !SAYING.has(w) && !FILLER.has(w)).map(canonical).filter((t) => !QUESTION_WORDS.has(t) && !SOURCE_NOUNS.has(t));
  const verb = q.words.find((w) => ASKED_SAID_FORMS.includes(w));
  const verbTerm = verb ? canonical(verb) : null;
  const excluded = new Set(q.entities.map((e) => e.entity.id));
  const reportedBy = /\b(report|reported|according|source|cite|cited)\b/.test(q.text);

  // "Who said that?" after an answer: the speaker of the sentence it cited.
  const pool: IndexedSentence[] = q.previous && phraseTerms.length === 0
    ? q.previous.sentences.map((id) => index.sentences[id]!)
    : index.find([q.phrase ?? "", q.text].join(" "), undefined, (s) => s.statements.length > 0).map((h) => h.sentence);

  // A question ("How many troops are there?") is no one's statement.
  if (q.phrase && /\?\s*$/.test(q.phrase)) return null;
  // After an answer, what was asked before is what "that" was: a statement must hold it, else the article says it.
  const followingUp = !!q.previous && phraseTerms.length === 0;
  const asked = followingUp ? q.previous!.topic.filter((t) => !QUESTION_WORDS.has(t)) : [];
  let best: { s: IndexedSentence; speaker: string; score: number; cover: number } | null = null;
  // What was said, each word weighed by its rarity in the articles of the candidates: the word that
  // tells one statement from another ("recovery") outweighs one the whole story uses ("Haiti").
  const weighted = phraseTerms.length ? weighTerms(phraseTerms, weighingPool(pool, (d) => index.sentencesOf(d), tuning.answer.maxWeighingSentences)) : [];
  const claim = named.length ? [...phraseTerms, ...named] : phraseTerms;
  for (const s of pool) {
    const cover = phraseTerms.length ? Math.max(coverage(phraseTerms, s), coverage(claim, s)) : 1;
    if (cover < tuning.answer.minCoverage) continue;
    for (const st of s.statements) {
      if (excluded.has(st.speaker)) continue;
      const rawContent = words(st.content);
      const content = new Set(rawContent.map(canonical));
      if (asked.length) {
        const own = new Set(contentTerms(index.entities.get(st.speaker)?.name ?? ""));
        const what = asked.filter((t) => !own.has(t));
        if (what.length && what.filter((t) => content.has(t)).length / what.length <= tuning.answer.minCoverage) continue;
      }
      // The same word, a synonym, or a word of the same stem ("recovers", "recovery").
      const share = (terms: string[]) => terms.filter((t) => holdsWord(t, rawContent, content)).length / terms.length;
      const inContent = phraseTerms.length ? Math.max(share(phraseTerms), share(claim)) : 0;
      // What was said must be in the statement itself, not elsewhere in its sentence; a quoted phrase mostly so.
      if (phraseTerms.length && inContent < (q.phrase ? tuning.answer.minQuotedPhraseMatch : Number.EPSILON)) continue;
      if (phraseTerms.length === 0 && q.phrase && !fold(st.content).includes(fold(q.phrase))) continue;
      let score = cover * tuning.whoSaid.coverage + inContent + (weighted.length ? alignment(weighted, st.content) * tuning.whoSaid.rareWordsInStatement : 0);
      if (verbTerm && canonical(st.verb.split(" ")[0]!) === verbTerm) score += tuning.whoSaid.sameVerb;
      if (reportedBy && index.entities.get(st.speaker)?.kind !== "person") score += tuning.whoSaid.organisationReports;
      if ([...excluded].some((id) => s.entities.includes(id))) score += tuning.whoSaid.namesAsked;
      if (!best || score > best.score) best = { s, speaker: st.speaker, score, cover };
    }
  }
  // "Who said that?" about a sentence that quotes no one: the article itself says it.
  if (!best && followingUp && pool.length) {
    const source = index.articles.get(pool[0]!.doc)!.source;
    return compose(index, { kind: "whosaid", lead: messages.articleItselfSays(source), short: source, sentences: [pool[0]!], confidence: tuning.confidence.articleItself });
  }
  if (!best) return null;
  const e = index.entities.get(best.speaker)!;
  return compose(index, { kind: "whosaid", lead: `${nameWithRole(e)}.`, short: e.name, sentences: [best.s], confidence: best.cover });
}
