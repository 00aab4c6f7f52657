import { QUESTION_WORDS, STOPWORDS } from "../../analysis/lexicon.ts";
import { canonical } from "../../analysis/text.ts";
import type { IndexedSentence, KnowledgeIndex, KnownEntity } from "../knowledgeIndex.ts";

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
    const byWording = sentences.find((s) => s.text.toLowerCase().includes(w));
    if (byWording) return byWording;
  }
  for (const role of e.roles) {
    const withRole = sentences.find((s) => s.text.includes(role));
    if (withRole) return withRole;
  }
  return sentences[0];
}

/**
 * The person whose title or role noun best matches the words asked ("the prime minister of
 * Iraq" → "Iraqi Prime Minister …"). A role scores by how much of it the question names and
 * how much of the question it explains; question words ("say", "state") count only when the
 * role uses them ("Secretary of State"). Null below `minScore`.
 */
export function findByRole(index: KnowledgeIndex, questionWords: string[], minScore = 0.6): { entity: KnownEntity; role: string; score: number } | null {
  const words = questionWords.filter((w) => !STOPWORDS.has(w));
  if (words.length === 0) return null;
  let best: { entity: KnownEntity; role: string; score: number } | null = null;
  const canon = words.map((w) => ({ w, c: canonical(w) }));
  for (const { entity: e, role, terms } of index.roleTerms()) {
    const asked = new Set(canon.filter(({ w, c }) => !QUESTION_WORDS.has(w) || terms.has(c)).map(({ c }) => c));
    let hit = 0;
    for (const t of asked) if (terms.has(t)) hit++;
    if (hit === 0) continue;
    const score = 0.6 * (hit / terms.size) + 0.4 * (hit / asked.size);
    if (!best || score > best.score) best = { entity: e, score, role };
  }
  return best && best.score >= minScore ? best : null;
}
