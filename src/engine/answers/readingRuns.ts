// The runs of sentences a yes/no question's candidate sentence is read in: alone, with the
// sentence it points back to, and with the one that names what its "the <noun>" refers to.
import { DEICTIC_PERIODS } from "../../analysis/lexicon.ts";
import type { IndexedSentence, KnowledgeIndex } from "../../index/knowledgeIndex.ts";
import { tuning } from "../../tuning.ts";
import { clausesOf, sameForm } from "./alignStatement.ts";
import { saysDefinite } from "./matchAsked.ts";
import type { Reading } from "./readYesNo.ts";

/** Sentences that begin by pointing back ("This is a decrease…") are read with the sentence before; "This year, …" names its own time. */
const POINTS_BACK = new RegExp(`^(this|that|these|those|it|they|such|he|she)\\b(?!\\s+(?:${DEICTIC_PERIODS.join("|")})\\b)`, "i");
/**
 * "Jones rejected such calls": "such" before a noun points back wherever it stands, to what the
 * sentence before said ("Others called for a boycott."). Not "such as" (a list follows) nor
 * "such a" ("such a great pity" says how much).
 */
const SUCH_NOUN = /\bsuch\s+(?!as\b|an?\b)[a-z]/i;

export interface Run {
  sentences: IndexedSentence[];
  /** For a sentence read with the one before only for what its "the <noun>" leaves unsaid: that sentence. */
  definite?: IndexedSentence;
}

/**
 * The runs of sentences a candidate sentence can be read in: alone, with the one it points back
 * to, and — when it says an asked noun as "the event" — with the sentence before in its paragraph,
 * which may give the words the question puts before the noun ("the esports event").
 */
export function windows(index: KnowledgeIndex, s: IndexedSentence, reading: Reading): Run[] {
  const doc = index.sentencesOf(s.doc);
  const out: Run[] = [{ sentences: [s] }];
  const previous = doc[s.position - 1];
  const definite = reading.asked.filter((a) => a.modifies && clausesOf(s.text).some((c) => saysDefinite(c, a.modifies!)));
  if (previous && (POINTS_BACK.test(s.text) || SUCH_NOUN.test(s.text))) out.push({ sentences: [previous, s] });
  else if (previous && previous.paragraph === s.paragraph && definite.length) out.push({ sentences: [previous, s], definite: s });
  // Further back in the paragraph, only a sentence that writes the modifier before the noun ("travel ban" … "the ban").
  for (let k = 2; definite.length && k <= tuning.yesNo.definiteReach; k++) {
    const earlier = doc[s.position - k];
    if (!earlier || earlier.paragraph !== s.paragraph) break;
    if (definite.some((a) => clausesOf(earlier.text).some((c) => c.tokens.some((t, i) => sameForm(t.form, a.forms[0]!) && sameForm(c.tokens[i + 1]?.form ?? "", a.modifies!))))) {
      out.push({ sentences: [earlier, s], definite: s });
      break;
    }
  }
  const next = doc[s.position + 1];
  if (next && POINTS_BACK.test(next.text)) out.push({ sentences: [s, next] });
  return out;
}
