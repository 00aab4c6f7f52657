import type { KnowledgeIndex, KnownEntity } from "../knowledgeIndex.ts";
import type { IndexedSentence } from "../knowledgeIndex.ts";

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
