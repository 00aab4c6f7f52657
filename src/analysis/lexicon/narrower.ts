// Narrower words: "an article's word A says a question's word B" though B is broader, one level up
// ("fined" says "penalized", "murder" says "killing", "arrested" says "detained"), and words that
// share one common news sense WordNet does not rank first for both ("equalled" / "matched",
// "commemorate" / "mark"). A soft relation like RELATED_WORDS (related.ts), read only where a yes/no
// question's word is looked for in a sentence, and only from the narrower word to the broader: "Was
// he penalized?" is told by "fined", "Was he fined?" is not told by "penalized".
//
// Where the pairs come from: proposed offline from WordNet 3.1 (a throwaway script, not part of the
// project and never run at build, test or run time) for common words only: a verb (or an event
// noun, one with a verb derived from it) whose sense is one of its three most frequent with a
// WordNet sense-tag count of 5 or more, in the lexicographer files of news events (verbs of
// communication, competition, contact, creation, motion, possession and social life; nouns of acts
// and events; also verbs of cognition, perception, change, body, stative and weather), paired with the lemmas of that sense's direct hypernym (one level, never two) that
// are themselves common and hold that sense among their three most frequent, and with the other
// lemmas of that sense (the synonyms related.ts lacks because the sense is not the word's first).
// Every proposed pair was read by hand and kept only where a news reader would accept the narrower
// word as a Yes to a question asked with the broader one. Dropped: rare senses, hypernyms too broad
// to tell anything ("act", "change", "move", "get"), pairs with a light verb, and pairs already in
// related.ts. Phrasal verbs are units through PHRASAL_VERB_MEANINGS (phrasal.ts): "sent off" is read
// "dismissed" before any word is matched.
//
// WordNet licence (the text shipped with the WordNet 3.1 database files, "WordNet Release 3.0"):
// Permission to use, copy, modify and distribute this software and database and its
// documentation for any purpose and without fee or royalty is hereby granted, provided that you
// agree to comply with the following copyright notice and statements, including the disclaimer,
// and that the same appear on ALL copies of the software, database and documentation, including
// modifications that you make for internal use or for distribution.
// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
// THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
// REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
// PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
// ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
// NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
// The name of Princeton University or Princeton may not be used in advertising or publicity
// pertaining to distribution of the software and/or database. Title to copyright in this
// software, database and any associated documentation shall at all times remain with Princeton
// University and LICENSEE agrees to preserve same.
//
// Format: "narrower: broader broader; narrower: broader" (NARROWER_*), "word: word word" (SENSE_*,
// both ways). Base forms, lowercase; inflections are left to the stemmer. Imported through
// src/analysis/lexicon.ts.

import { pairsOf } from "./related.ts";

/** Narrower verbs and event nouns, proposed from WordNet 3.1 (one hypernym level) and kept by hand. */
const NARROWER_FROM_WORDNET = `
abandon: leave; accomplish: complete finish; agree: accept; aid: support; announce: state; arrest: seize
assert: declare; assist: support; authorize: permit allow; back: approve; beg: plead request; benefit: help
blame: accuse; build: create; buy: acquire; check: examine; climb: rise; command: order; comment: note mention
compose: create; concede: admit; conduct: perform; construct: create; contend: claim; convince: persuade
declare: state assert; deliver: hand; demand: request; develop: create; dismiss: reject; drag: pull; drop: fall
elect: choose select; erect: build construct; escape: flee; establish: open; examine: investigate; expand: grow
fire: shoot; finance: pay; fulfill: complete; gain: obtain acquire; generate: create; govern: control; grab: seize
help: support; instruct: order; investigate: examine study; kick: hit; knock: strike; land: arrive; launch: open
manage: succeed; march: walk; murder: kill killing; name: appoint; negotiate: discuss; obtain: acquire; pass: enact
play: compete; proclaim: declare; promote: support; protest: complain; purchase: acquire; pursue: seek
question: challenge; raise: express; reach: arrive; recommend: propose suggest advise; replace: succeed
report: announce; resist: oppose; retire: quit; review: evaluate; rule: control; schedule: plan; secure: obtain
shoot: fire; slam: hit; sponsor: support; stop: prevent; submit: propose; test: evaluate check; threaten: warn
tumble: fall; urge: advise; warn: advise; battle: fighting; trip: journey
compare: examine analyze study; cut: decrease; reduce: decrease; raise: increase; swell: increase; mount: increase
grow: increase; rise: grow; emerge: appear; demonstrate: confirm; prove: confirm; explore: investigate; witness: watch
intend: plan; persist: continue; resume: continue; pick: choose select; review: examine study; scan: examine
suffer: experience; uphold: maintain; consider: think; grasp: understand; choose: decide; conclude: end
comprise: include; contain: include; reverse: change; adjust: change; transform: change; convert: change
`;

/** Words sharing a common news sense that is not the first of both, proposed from WordNet 3.1 and kept by hand. */
const SENSE_FROM_WORDNET = `
equal: match; commemorate: mark; buy: purchase; back: support; confront: face; continue: proceed; encounter: meet
guide: lead; handle: manage; identify: name; issue: publish; lift: raise; mention: refer; own: possess
decline: refuse reject; search: seek; govern: rule; establish: launch; assemble: gather; represent: symbolize
cite: refer; comment: remark; enter: participate; contain: control
analyze: examine; anticipate: expect; appear: seem; associate: link connect; begin: commence; commence: start
believe: think; suppose: think; cut: reduce; demonstrate: prove; detect: observe notice; discover: learn
calculate: estimate; remain: stay; realize: understand; suffer: sustain; view: watch; obtain: receive; fulfill: satisfy
`;

/** Pairs WordNet does not propose (it puts "fine" under "book", "observe" a silence nowhere near "hold"), added by hand. */
const NARROWER_BY_HAND = `
fine: penalize punish; jail: penalize punish; imprison: penalize punish; observe: hold; commemorate: observe
airlift: fly; confiscate: lose
`;

/** Shared senses WordNet ranks too low or files apart (a player "booked" was "cautioned"), added by hand. */
const SENSE_BY_HAND = `
book: caution; comply: follow
`;

/** Every [narrower, broader] pair: the first word, said in a sentence, says the second asked in a yes/no question. */
export const NARROWER_WORDS: ReadonlyArray<readonly [string, string]> = [...pairsOf(NARROWER_FROM_WORDNET), ...pairsOf(NARROWER_BY_HAND)];

/** Pairs that say each other in one common sense (read both ways, as NARROWER_WORDS is read one way). */
export const SENSE_SYNONYMS: ReadonlyArray<readonly [string, string]> = [...pairsOf(SENSE_FROM_WORDNET), ...pairsOf(SENSE_BY_HAND)];
