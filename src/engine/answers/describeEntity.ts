import { contentTerms } from "../../analysis/text.ts";
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
 * Iraq" → "Iraqi Prime Minister …"). Every word asked should be in the role; a shorter role
 * holding all of them fits better. Null below `minScore`.
 */
export function findByRole(index: KnowledgeIndex, asked: string[], minScore = 0.6): { entity: KnownEntity; role: string; score: number } | null {
  const wanted = new Set(asked);
  if (wanted.size === 0) return null;
  let best: { entity: KnownEntity; role: string; score: number } | null = null;
  for (const e of index.entities.values()) {
    if (e.kind !== "person") continue;
    for (const role of [...e.roles, ...e.aliases.filter((a) => a.includes(" "))]) {
      const terms = new Set(contentTerms(role));
      const hit = [...wanted].filter((t) => terms.has(t)).length;
      const score = hit / wanted.size - (terms.size - hit) * 0.01;
      if (hit > 0 && (!best || score > best.score)) best = { entity: e, score, role };
    }
  }
  return best && best.score >= minScore ? best : null;
}
