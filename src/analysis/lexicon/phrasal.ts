// Phrasal verbs read as the one verb they mean ("went up" is "rose"): a table proposed offline
// from WordNet 3.1 and checked by hand. Imported through src/analysis/lexicon.ts.

/**
 * Phrasal verbs read as the one verb they mean in news text ("prices went up" is "prices rose"),
 * built into patterns with every form of the first verb (src/analysis/phrasalVerbs.ts) and applied
 * after PHRASAL_VERBS. Proposed offline from WordNet 3.1 (the most common one-word verb of the
 * phrasal verb's synset, by sense-tag count) and each checked by hand: kept only when, in news, the
 * phrase almost always means that verb. Ambiguous ones ("make up", "take off", "pick up", "go on",
 * "take over") are left out. `notBefore` lists the next words after which the phrase means
 * something else ("broke out of jail" is an escape, not an outbreak); `onlyBefore` the next words
 * it needs. WordNet 3.1 © 2011 Princeton University, used under the WordNet licence (permissive,
 * notice kept): https://wordnet.princeton.edu/license-and-commercial-use
 */
export const PHRASAL_VERB_MEANINGS: ReadonlyArray<PhrasalMeaning> = [
  // Three words first: "put up with" before any "put up".
  ["put up with", "tolerate"],
  ["get rid of", "remove"],
  ["shy away from", "avoid"],
  ["take into account", "consider"],
  ["cut down on", "reduce"],
  ["make off with", "steal"],
  // Change in amount or state.
  ["go up", "rise"],
  ["go down", "fall"],
  ["come down", "fall", { notBefore: "to on with hard from" }],
  ["pile up", "accumulate"],
  ["scale back", "reduce"],
  ["scale down", "reduce"],
  ["speed up", "accelerate"],
  ["slow down", "slow"],
  ["step up", "intensify", { notBefore: "to as" }],
  ["turn into", "become"],
  ["turn out", "prove", { onlyBefore: "to be" }],
  ["fall apart", "collapse"],
  ["pass away", "die"],
  // Starting, causing, ending.
  ["take part", "participate", { notBefore: "of" }],
  ["kick off", "begin"],
  ["start out", "begin"],
  ["come about", "happen"],
  ["bring about", "cause"],
  ["break out", "erupt", { notBefore: "of" }],
  ["set off", "trigger", { notBefore: "for to from on toward towards across in at" }],
  ["touch off", "trigger"],
  ["blow up", "explode", { notBefore: "with" }],
  ["shut down", "close"],
  ["close down", "close"],
  ["tear down", "demolish"],
  ["wipe out", "destroy"],
  ["give up", "abandon"],
  ["step down", "resign"],
  ["drop out", "withdraw"],
  // "walked away from the deal" withdrew from it; "walked away with a prize" won it.
  ["walk away", "withdraw", { onlyBefore: "from" }],
  // A band or a couple that broke up split.
  ["break up", "split"],
  ["lay off", "dismiss"],
  // A player sent off was dismissed; not "sent off to the front", "sent off for repairs".
  ["send off", "dismiss", { notBefore: "to for" }],
  ["step in", "intervene", { notBefore: "front line" }],
  ["rule out", "exclude"],
  ["stave off", "avert"],
  // Going and coming back.
  ["come back", "return"],
  ["go back", "return", { notBefore: "on" }],
  ["give back", "return"],
  ["pay back", "repay"],
  ["get away", "escape"],
  ["go missing", "vanish"],
  ["run away", "flee"],
  ["show up", "appear"],
  ["wake up", "wake"],
  // Handling and helping.
  ["hand out", "distribute"],
  ["give in", "yield", { onlyBefore: "to" }],
  ["bail out", "rescue"],
  ["bear out", "support"],
  ["bring up", "raise"],
  ["pick out", "choose"],
  ["track down", "find"],
  ["look for", "seek"],
  ["call for", "demand"],
  ["put forward", "propose"],
  ["sum up", "summarize", { notBefore: "front" }],
  // A report, a ruling, an album that came out was released; not "came out of hospital", "came out against the plan", "came out as gay".
  ["come out", "release", { notBefore: "of against as ahead to for with from" }],
  // "talks about" is mostly the noun ("talks about trade"): only the verb's other forms are read.
  ["talk about", "discuss", { notForms: "talks" }],
];

/** One phrasal verb and the verb it means; the optional context narrows where the phrase is read so. */
export type PhrasalMeaning = readonly [phrase: string, verb: string, context?: { notBefore?: string; onlyBefore?: string; notForms?: string }];
