// "Who is Ann Roe?" of an article that gives her no title or appositive, only what she does or
// did: "Ann Roe, 72, lost her two sons in the fighting", "Ann Roe, who has led the union since
// 2010, …". The verb phrase of the clause she is the subject of describes her, cut before its
// first preposition or clause break so it says the act, not its circumstances.
import { REPORTING_VERBS, STOPWORDS } from "../../analysis/lexicon.ts";
import { tagWords } from "../../analysis/partsOfSpeech.ts";
import { escapeRegExp } from "../../analysis/text.ts";

/** Words that end the act's phrase: prepositions and the words that open another clause. */
const ENDS = new Set("in on at for since after before during from with by to of when while as and but or that which who where because until".split(" "));
/** Auxiliaries that may open the verb phrase. */
const AUXILIARIES = /^(?:has|have|had|was|is|were|will|would|can|could)$/;
/** At most this many words after the verb. */
const MAX_OBJECT_WORDS = 4;

/** The act a sentence says its subject `name` did or does ("lost her two sons"), or null when the name is not the subject of a verb of its own. */
export function predicateDescription(text: string, name: string): string | null {
  // The name, then an age (", 72,") or a relative "who" clause's opening.
  const m = new RegExp(`(?:^|[\\s"“(])${escapeRegExp(name)}(?:,\\s*\\d{1,3},)?(?:,\\s*who)?\\s+(.+)$`, "u").exec(text);
  if (!m) return null;
  const tagged = tagWords(m[1]!).filter((t) => t.pos !== "PUNCT" || /^[,.;:!?]$/.test(t.text));
  const out: string[] = [];
  let verb = false;
  let verbAt = 0;
  for (const t of tagged) {
    const word = t.text.toLowerCase();
    if (!verb) {
      if (AUXILIARIES.test(word) || (word === "been" && out.length)) {
        out.push(t.text);
        continue;
      }
      // A verb of saying tells what was said, not who she is.
      if (t.pos !== "VERB" || REPORTING_VERBS.has(word)) return null;
      verbAt = out.length;
      out.push(t.text);
      verb = true;
      continue;
    }
    // "plays for Vell Rovers", "was charged with murder": a verb with nothing after it but a preposition takes that phrase.
    const bare = out.length === verbAt + 1 && t.pos === "ADP";
    if (t.pos === "PUNCT" || (ENDS.has(word) && !bare) || out.length >= verbAt + 1 + MAX_OBJECT_WORDS) break;
    out.push(t.text);
  }
  if (!verb) return null;
  // "has been" alone, or a verb with only stopwords after it ("is the"), describes nothing.
  while (out.length > 1 && STOPWORDS.has(out.at(-1)!.toLowerCase())) out.pop();
  return out.length >= 2 ? out.join(" ") : null;
}
