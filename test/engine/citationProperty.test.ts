import { describe, expect, it } from "vitest";
import { words } from "../../src/analysis/text.ts";
import { extractDates } from "../../src/analysis/extractDates.ts";
import type { Answer, Article, Engine } from "../../src/engine/types.ts";
import { afghanFile, engineFor, messyFile, readArticle, seedFile } from "./helpers.ts";

/** Questions of every kind, asked of every fixture: the property must hold whatever they return. */
const QUESTIONS = [
  "How many troops are there?", "How many troops will remain?", "How many bases?", "When did it happen?",
  "When was the agreement signed?", "When did they speak to reporters?", "Who said it was done?",
  "Who said the talks went well?", "What did the secretary say?", "Who is the spokesman?", "Who is the general?",
  "Where did they meet?", "Why are troops there?", "Give me a timeline", "What happened in January?",
  "Who reported the talks?", "What did he say?", "how many trucks", "What did Reyes say?", "Who is Laura Ortiz?",
];

function sentencesOf(a: Article): string {
  return a.paragraphs.join("\n");
}

/** The short answer is supported by the cited sentence: its words are there, or it is a date the sentence resolves to, or a name the sentence refers to. */
function supported(answer: Answer, engine: Engine, article: Article): boolean {
  const short = answer.short;
  if (short === null) return true;
  const sentence = answer.citations[0]!.sentence;
  const inSentence = new Set(words(sentence));
  if (words(short).every((w) => inSentence.has(w))) return true;
  if (extractDates(sentence, article.published).some((d) => d.label === short || d.text.replace(/^(on|in)\s+/i, "") === short)) return true;
  const speaker = engine.speakers(short, 1)[0];
  const person = speaker ? [speaker.name] : [short];
  return person.some((name) => words(name).some((w) => inSentence.has(w))) || /\b(he|she|the [a-z ]+)\b/i.test(sentence);
}

describe("every answer can be checked against its source", () => {
  for (const file of [seedFile, afghanFile, messyFile]) {
    const article = readArticle(file);
    it(`GIVEN ${article.id} THEN answered replies cite verbatim sentences that support their short answer`, () => {
      const engine = engineFor(file);
      let answered = 0;
      for (const q of QUESTIONS) {
        const a = engine.ask(q);
        if (!a.answered) {
          expect(a.citations).toEqual([]);
          continue;
        }
        answered++;
        expect(a.citations.length).toBeGreaterThan(0);
        for (const c of a.citations) {
          expect(sentencesOf(article)).toContain(c.sentence);
          expect(article.paragraphs[c.paragraph - 1]).toContain(c.sentence);
          expect(c).toMatchObject({ doc: article.id, title: article.title, published: article.published });
        }
        expect(supported(a, engine, article), `${q} → ${a.short} from “${a.citations[0]!.sentence}”`).toBe(true);
        expect(a.text).toContain(a.citations[0]!.sentence);
      }
      expect(answered).toBeGreaterThan(3);
    });
  }
});
