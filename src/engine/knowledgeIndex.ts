// The index is a stage of its own (src/index/); the answerers import it from here until their
// imports are moved there.
export { KnowledgeIndex, compareText, type IndexedSentence, type KnownEntity, type TimelineEvent } from "../index/knowledgeIndex.ts";
