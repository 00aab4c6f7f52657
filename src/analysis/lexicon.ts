// Every word list of the project, once: general English and news-writing lists the analysis and
// the engine rely on, split by topic under lexicon/. Regexes are built from these lists where
// they are used; no other file types a month, a number word or a verb of saying again.
export * from "./lexicon/words.ts";
export * from "./lexicon/times.ts";
export * from "./lexicon/names.ts";
export * from "./lexicon/speech.ts";
export * from "./lexicon/numbers.ts";
export * from "./lexicon/statements.ts";
export * from "./lexicon/related.ts";
export * from "./lexicon/phrasal.ts";
export * from "./lexicon/narrower.ts";
