// Speech: the verbs that report what someone said, and those a question asks about it with.
// None of these lists names a person, number or phrase of any one article: they describe
// how news is written and how questions are asked. Imported through src/analysis/lexicon.ts.

/** Verbs that introduce what someone said, reported or believes. Base and inflected forms. */
export const REPORTING_VERBS = new Set(
  ("said says say told tells added adds noted notes stated states replied replies responded responds " +
    "answered answers explained explains expected expects reported reports announced announces warned warns " +
    "insisted insists claimed claims argued argues stressed stresses emphasized emphasised emphasizes " +
    "confirmed confirms denied denies declared declares wrote writes tweeted tweets urged urges " +
    "predicted predicts acknowledged acknowledges admitted admits estimated estimates suggested suggests " +
    "believes believed pledged pledges promised promises vowed vows cautioned cautions disclosed revealed " +
    "maintained maintains contended observed remarked recalled concluded indicated indicates " +
    "reiterated reiterates underscored conceded called calls commented comments asserted asserts " +
    "described describes recommended recommends " +
    // Plural subjects take the bare form: "They claim that …", "Critics argue that …".
    "claim argue insist allege contend " +
    // … and, only before "that" or a quotation (ONLY_BEFORE_THAT), the bare forms that are also nouns or
    // other verbs elsewhere ("state media", "to note"): "Critics warn that …".
    "suggest confirm note warn stress predict explain admit acknowledge " +
    // Views told like speech, only before "that" or a quotation (ONLY_BEFORE_THAT): "She feels that “…”".
    "feels felt thinks " +
    // Less common verbs of communication ("Strand complained that …", "“…,” she countered").
    "complained complains countered counters alleged alleges " +
    // Testimony and telling ("she testified that …", "he recounted …", "“…,” he quipped").
    "testified testifies recounted recounts recalls quipped quips joked jokes mentioned mentions lamented laments " +
    "exclaimed affirmed affirms boasted boasts " +
    // Verbs of saying that also mean something else ("threatened to leave", "protested outside",
    // "informed the police"): only before "that" or a quotation (ONLY_BEFORE_THAT).
    "retorted retorts proclaimed proclaims reaffirmed reaffirms speculated speculates hinted hints implied implies " +
    "threatened threatens protested objected demanded reasoned assured assures informed advised highlighted underlined").split(" "),
);

/**
 * Verbs that carry someone's words only right before a quotation or a colon, or right after a
 * quotation: "Kern asked: “…”", "X posted a message: “…”", "the statement read: “…”", "“…,” she
 * continued". Elsewhere they mean something else ("asked the court to …", "posted a loss",
 * "read the report", "continued to grow"). Attribution also needs a speaker before them.
 */
export const VERBS_ONLY_BEFORE_A_QUOTE = new Set(
  ("asked asks posted posts blogged blogs read reads continued continues " +
    // Words chanted, shouted or sung are the words of whoever does it ("Marchers chanted “…”").
    "chanted chant chants shouted shout shouts yelled yells screamed screams whispered whispers muttered mutters texted emailed").split(" "),
);

/** Verbs that read oddly when a reply repeats them ("The union reads: …", "Lund went on: …"): said plainly. */
export const PLAIN_SAYING_VERB: Record<string, string> = { read: "said", reads: "says", "went on": "said", "goes on": "says" };

/** Two-word verbs of saying, by their first word and the particle that must follow it: "pointed out that …", "went on: “…”". */
export const PHRASAL_SAYING_VERBS: Record<string, string> = { pointed: "out", points: "out", went: "on", goes: "on" };

/** Verbs that report speech after "went on to": "X went on to say / add that …" (X said it). */
export const WENT_ON_TO_VERBS = new Set("say add warn explain claim insist note argue suggest describe call predict stress".split(" "));

/**
 * Documents and channels that carry a body's or a person's words: "X's press release states",
 * "a letter from X said", "a message on X's website reads". Their owner is the speaker.
 */
export const SPEECH_CHANNELS = "statement statements message letter release post posts video tweet tweets email website site page blog note notice memo announcement communique".split(" ");

/**
 * What someone says, as a noun their possessive pronoun can own: "his remarks described …",
 * "their statement said …". Such a subject is the pronoun's referent speaking, never a group
 * called "his remarks". With SPEECH_CHANNELS.
 */
export const UTTERANCE_NOUNS = "remarks remark comments comment responses response answers answer words reply replies testimony speech speeches account evidence interview".split(" ");

/** Spoken channels someone gives ("his weekly broadcast saying …"); with SPEECH_CHANNELS and UTTERANCE_NOUNS, what a participle of saying may follow (`speechVerbAt`). */
export const BROADCASTS = "broadcast broadcasts address podcast".split(" ");

/**
 * Prepositions after a noun inside a subject: "residents in the area said", "his remarks at the
 * meeting described". The noun before them heads the subject. Not "of", "for" or "from":
 * "the head of the agency", "a spokesman for the union" are read elsewhere.
 */
export const SUBJECT_PREPOSITIONS = "in at on near across around inside outside throughout".split(" ");

/** Prepositions whose object a later "he" or "she" does not stand for first ("greeted by Ann Lee", "called on Bob Roe"); see `resolveSpeaker`. */
export const OBJECT_PREPOSITIONS = "by with alongside to for from of at on about against than like behind toward towards among between beside without".split(" ");

/** What a body's numbers or findings come in, after "according to": "the council's figures", "data from the agency". Their owner is the source. */
export const DATA_SOURCES = "figures data estimates estimate report survey study statistics records count tally".split(" ");

/** Whom something is told, when it is no name: "told reporters the talks failed", "told the court that …". */
export const ADDRESSEES = "reporters journalists press media court jury inquiry committee hearing parliament lawmakers audience supporters listeners viewers".split(" ");

/**
 * Where or how something was said, after "on" / "in" / "at": "What did X say on its website / in an
 * interview / at the briefing?" names the medium, not what was said about, so the statement need not hold it.
 */
export const SPEECH_MEDIA = (
  "site website webpage page blog account twitter facebook instagram channel show programme program interview statement " +
  "statements conference briefing speech broadcast podcast radio television tv newspaper column op-ed letter post posts video " +
  "release hearing meeting rally sermon address tweet tweets message email"
).split(" ");

/** Those who speak for a body: "What did the hospital spokesman / officials / the NIH scientists say?" is the body, when none is named. */
export const SPEAKING_FOR_A_BODY =
  "spokesman spokeswoman spokesperson spokespeople official officials representative representatives press office statement scientists researchers experts staff".split(" ");

/** Nouns for what someone said, in questions: "What were Pell's comments?", "What was the mayor's reaction?" */
export const RESPONSE_NOUNS = "comment comments remark remarks words response reaction".split(" ");

/** Nouns that name an event told before, in other words: "X called the decision a disgrace" after "The council voted to close the pool". */
export const EVENT_ANAPHORS = ("decision move ruling verdict vote announcement deal agreement plan plans proposal measure measures step closure attack incident accident " +
  // Violence told before, named again by what it was ("condemns this aggression" after the air strikes).
  "attacks aggression violence strikes bombing bombings killing killings shooting raid raids offensive crackdown").split(" ");

/** Topics that are the time to come, not a word of the statement: "What did X say about the future / her plans / what comes next?". */
export const FUTURE_TOPICS = "future next plans plan prospects outlook ahead".split(" ");

/** Topics that are a cause, not a word of the statement: "What did X say was the reason / about why …?" (a cause cue answers them). */
export const REASON_TOPICS = "reason reasons why cause causes".split(" ");

/** Words by which a statement speaks of what will be: "will", "would", "going to", "plans to" ("we'll" is read apart). */
export const FUTURE_MARKERS = ["will", "would", "shall", "going to", "plans? to", "planning to", "intends? to", "aims? to", "expects? to"];

/**
 * Nouns for some side of a person or thing: "What did X say about Gloria's condition / the
 * company's future / the role of the police?" asks what X said about Gloria, the company, the police.
 */
export const ASPECT_NOUNS = (
  "condition situation state status health plight fate future role response reaction view views position stance case circumstances"
).split(" ");

/** Verbs a question uses to ask what someone said, after "did X" or "has X": "What did X say / tweet / write …?", "What has X stated?". */
export const ASKED_SAYING_VERBS = (
  "say said says tell told tweet tweeted write wrote state stated note noted add added report reported expect expected think thought " +
  "claim claimed announce announced reply replied want wanted warn warned caution predict promise argue insist suggest reveal propose " +
  "stress confirm deny urge pledge believe comment commented allege alleged admit admitted acknowledge acknowledged explain explained " +
  "concede conceded respond responded react reacted post posted blog blogged counter countered complain complained remark remarked " +
  "assert asserted declare declared emphasise emphasised emphasize emphasized stress stressed insist insisted describe described ask asked point pointed"
).split(" ");

/** Verb forms a question uses to ask who said something: "Who warned …?", "Which agency reported …?". */
export const ASKED_SAID_FORMS = (
  "said says say told stated claimed warned noted added reported reports expect expects expected predicted believe believes believed " +
  "think thinks thought announced wrote tweeted quoting citing replied promised quoted called cautioned argued insisted confirmed " +
  "denied urged pledged vowed described commented asserted"
).split(" ");

/** Reporting verbs that are also plural nouns: after "his", "the", "their" they are nouns ("his urgent calls"). */
export const NOUN_LIKE_REPORTING_VERBS = new Set(
  "calls claims reports notes states tweets promises answers estimates replies comments pledges vows warns descriptions claim".split(" "),
);

/** Reporting verbs that also mean doing something else ("observed the drill", "recalled the envoy", "concluded the talks"): speech only before "that" or a quotation. */
export const ONLY_BEFORE_THAT = new Set([
  "observed", "recalled", "concluded", "maintained", "indicated", "acknowledged", "disclosed", "revealed", "recommended", "recommends", "feels", "felt", "thinks",
  // Bare forms for a plural subject ("Officials warn that …"), elsewhere nouns or infinitives ("state media", "a note").
  "suggest", "confirm", "note", "warn", "stress", "predict", "explain", "admit", "acknowledge",
  "threatened", "threatens", "protested", "objected", "demanded", "reasoned", "assured", "assures", "informed", "advised",
  "highlighted", "underlined", "hinted", "hints", "implied", "implies", "speculated", "speculates", "reaffirmed", "reaffirms",
]);

/**
 * Verbs of taking a stand in public (judging, reacting, blaming, apologising) that news reports like
 * speech: "The mayor condemned the attack as cowardly" answers "What did the mayor say about the
 * attack?" and "How did the mayor react?". What was said is the object after the verb. Read only
 * with a subject before them (`speechVerbAt`): "the troops were welcomed" says nothing.
 * Left out: "defended" (titles), "rejected" (bills, appeals), "thanks" ("thanks to"; "thanked" is in), "dismissed" (cases, staff).
 */
export const STANCE_VERBS = new Set(
  ("welcomed welcomes condemned condemns accused accuses criticized criticised criticizes criticises praised " +
    "hailed denounced denounces slammed applauded blamed blames congratulated apologised apologized " +
    "lauded deplored decried thanked").split(" "),
);

/**
 * Feelings one "expresses" in words: "expressed regret over the decision" is a statement, "expressed
 * the parcel" is none. The noun right after "expressed" (or "expresses") decides.
 */
export const EXPRESSED_FEELINGS = new Set(
  ("regret concern concerns sympathy condolences support hope disappointment outrage surprise shock " +
    "gratitude satisfaction doubt doubts opposition anger dismay sorrow sadness frustration optimism " +
    "confidence solidarity reservations fears fear alarm").split(" "),
);

/**
 * Verbs of judging something, after which a participle of saying without a comma is still the
 * subject's words: "Karzai criticized the attack saying …", "The union welcomed the ruling saying …"
 * (a document's participle, "a report saying …", says the document's).
 */
export const REACTION_VERBS = new Set(
  ("criticized criticised praised welcomed condemned defended slammed hailed dismissed rejected blamed " +
    "thanked applauded questioned denounced").split(" "),
);

/**
 * Verbs of saying in "-ing" after a comma, with the past form a statement keeps: "The mayor
 * closed the beach, saying …", "…, adding that …" — the words of the clause's subject.
 */
export const SAYING_PARTICIPLES: Record<string, string> = {
  saying: "said", adding: "added", noting: "noted", warning: "warned", stating: "stated", explaining: "explained",
  claiming: "claimed", arguing: "argued", insisting: "insisted", telling: "told", urging: "urged", stressing: "stressed",
  announcing: "announced", suggesting: "suggested", predicting: "predicted", describing: "described", calling: "called",
  accusing: "accused", acknowledging: "acknowledged", admitting: "admitted", confirming: "confirmed", denying: "denied",
  promising: "promised", vowing: "vowed", pledging: "pledged",
};

/** What a study, report or poll "found" or "showed": a finding, reported like speech when "that" follows. */
export const FINDING_NOUNS = ["study", "studies", "report", "survey", "poll", "research", "analysis", "review", "inquiry", "investigation", "audit", "paper", "census", "trial"];
export const FINDING_VERBS = new Set("found finds find showed shows show concluded concludes conclude revealed reveals reveal indicated indicates".split(" "));

/** Verbs that give a thing its name ("a robot named “Bright Idea”", "a periodical called Nameh"): no one speaks. */
export const NAMING_VERBS = new Set("named called titled entitled dubbed nicknamed".split(" "));
