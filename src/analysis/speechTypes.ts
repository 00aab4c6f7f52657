// The values speech attribution produces and keeps between sentences, apart so that finding a
// sentence's speaker (speechSubject.ts) and attributing its speech share them without a circle.

/** Something said, reported or expected, attributed to one entity. */
export interface Statement {
  speaker: string;
  /** The reporting verb as written ("said", "noted", "according to"). */
  verb: string;
  /** The words inside quotation marks that this speaker said, or null for reported speech. */
  quote: string | null;
  /** What was said: the quotation, or the reported clause after the verb. */
  content: string;
  /** How the speaker was named here: "name", "pronoun", "role", "continuation". */
  via: "name" | "pronoun" | "role" | "continuation" | "group";
  /** What was said is the verb's object, not a clause ("condemned the attack as cowardly", "called for calm"): an answer keeps them together, with no "that". */
  stance?: true;
}

/** What attribution remembers from sentence to sentence within one article. */
export interface DiscourseState {
  /** Persons in order of mention, most recent last. */
  persons: string[];
  /** The speaker of the last statement and the paragraph it was in. */
  lastSpeaker: { id: string; paragraph: number } | null;
  /** Names of organisations and countries that began a sentence as its subject, most recent last ("it" may stand for them). */
  actors?: string[];
  /** An organisation or country that opened a sentence as its subject since anyone last spoke: "The mine's owner, Tarn Mining, closed it. It said …" is the company. */
  actorSince?: { name: string; paragraph: number };
  /** The paragraph whose opening first-person sentence was taken as the last speaker's unmarked words. */
  lastParagraphQuoted?: number;
  /** A speaker whose words a colon announced ("X tweeted:"), with the verb used. */
  announced?: { id: string; verb: string; paragraph: number } | null;
  /**
   * The last speaker when the article did not name them but called them one person ("a
   * spokesman for the council", "one official"), with how many persons the article had named
   * then: a "he" or "she" right after, with no one named since, is that speaker.
   */
  unnamed?: { id: string; paragraph: number; persons: number } | null;
  /** A woman or man the last sentence told of without naming, after everyone it named: a "she" or "he" next is them. */
  unnamedOf?: { gender: "female" | "male"; persons: number } | null;
  /**
   * The person the last sentences were about as their subject ("Ann Lee went to the palace.",
   * "She called on Bob Roe …", "“…,” Ann Lee said."), with the paragraph: a "she" or "he" next is
   * her before anyone named since only as an object ("greeted by Bob Roe", "Roe's story").
   */
  topic?: { id: string; paragraph: number } | null;
  /** The last document someone issued ("The guild issued a statement"), which "the statement read" then means. */
  issued?: { id: string; noun: string; paragraph: number } | null;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}
