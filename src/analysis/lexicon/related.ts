// Related words: "a question's word A may stand for an article's word B", a SOFT relation.
//
// Unlike SYNONYM_GROUPS (words.ts), which merges whole groups into one matching form, these pairs
// are meant to be used at partial weight by the alignment code: "posed no safety hazard" may
// answer "was there a danger?", "evading duty" may answer "how much duty did he dodge?", but a
// match through a related word counts for less than the same word. The relation is symmetric and
// not transitive (src/analysis/relatedWords.ts builds the lookup on matching forms).
//
// Where the pairs come from: proposed offline from WordNet 3.1 (a throwaway script, not part of
// the project and never run at build, test or run time) for common words only (a word whose most
// frequent sense has a WordNet sense-tag count of 3 or more): the other one-word lemmas of its
// most frequent synsets, and its derivationally related forms and pertainyms ("decide" /
// "decision", "evade" / "evasion"). No hypernyms, hyponyms or antonyms. Of about 5,750 proposed
// pairs (after dropping pairs the stemmer already joins), every one was read by hand and about
// 1,835 kept: only pairs a reader of news would accept as saying the same thing in the usual news
// sense. Dropped: rare senses ("time" / "clip", "house" / "firm"), slang ("guy" / "cat"), pairs
// whose usual senses differ ("test" / "trial", "escape" / "flight", "primary" / "principal"), one
// word far broader than the other ("ability" / "power"), and every pair with a light verb (be,
// have, make, get, take, give, go, ...) or a stopword. A pair is dropped too where one word
// belongs to a SYNONYM_GROUPS group that would carry the relation to unrelated words ("hit" /
// "strike" would relate "hit" to "kill").
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
// Format: "head: word word; head: word" — each head is related to each word after it (and each
// word back to its head). Base forms, lowercase; inflections are left to the stemmer.
// A second source, pairs proposed from word vectors and kept by hand, is in relatedFromVectors.ts.
// Imported through src/analysis/lexicon.ts.
import { FROM_WORD_VECTORS } from "./relatedFromVectors.ts";

/** Pairs proposed from WordNet 3.1 and kept by hand (see above). */
const FROM_WORDNET = `
abandonment: desertion; abdomen: abdominal belly; abolish: abolition; abroad: overseas; abruptly: suddenly
absence: absent; absently: absentmindedly; absolutely: utterly; absorb: absorption; academia: academic
accelerate: quicken; accept: consent; acceptable: satisfactory; acceptance: adoption; accident: accidental
accomplish: achieve attain fulfil fulfill; accomplished: completed; accomplishment: achievement
accord: agreement treaty; accordingly: consequently; accumulate: collect compile gather; accumulation: collection
acquiesce: assent; acquire: acquisition; act: action behave enactment; adapt: accommodate adjust conform
addition: add increase; adhere: cling; adjourn: recess; adjustment: modification; administer: administrative
admit: acknowledge admission; admonition: admonish warning; adolescent: teen teenage teenager; adorn: decorate
adult: adulthood grownup; advance: progress progression promote; advertise: publicize
advise: advisory counsel suggest; advocate: preach recommend; aesthetic: esthetic; affection: fondness
affectionate: fond; affirm: assert confirm corroborate swear; affluence: affluent; affront: insult; africa: african
agency: bureau office; agenda: schedule; aggravate: exacerbate; aggressive: belligerent; aggressor: attacker
agony: agonize suffering torment torture; agriculture: farming; aid: assist assistance help; ailment: complaint ill
aim: intent intention objective purpose; airplane: plane; akin: kindred; alarm: alert consternation dismay
alaska: alaskan; alibi: excuse; alien: foreign foreigner stranger; alleviate: relieve; allocation: allotment
allot: assign distribute; allow: grant; allude: allusion; almost: nearly virtually; alone: unaccompanied
aloud: loudly; alteration: adjustment change revision; alternative: substitute
altogether: completely entirely totally wholly; amateur: unpaid; amaze: astound; amazed: astonished stunned
amazement: astonishment; amazing: astonishing; ambition: ambitious aspiration; amend: improve remedy; amiable: genial
ammo: ammunition; amorphous: shapeless; amount: quantity sum total; amuse: divert; amusement: entertainment
analysis: analytic analytical analyze; ancestry: lineage; anemia: anemic; animal: beast creature; announce: declare
annoy: annoyance irritate; annoyance: irritation; answer: reply respond response; antipathy: distaste
apparently: evidently seemingly; applaud: acclaim clap; applause: clapping; apply: applicable application employ
appointment: designation; apportion: allocate apportionment; appraise: assess evaluate survey; appreciate: treasure
apprehend: arrest; apprentice: apprenticeship; approve: sanction; approximately: roughly; architect: designer
ardor: zeal; argue: contend; argument: argue contention controversy debate; art: artistic
articulate: formulate pronounce; ascend: ascension ascent; ascribe: attribute impute; assail: assault attack
assign: designate; assistant: helper; assume: assumption presume; assurance: confidence; assure: guarantee
astonished: stunned; atomic: nuclear; attack: onslaught; attain: achieve reach; attempt: effort endeavor seek
attorney: lawyer; aug: august; australia: australian; author: writer; authorities: government; auto: automobile car
automobile: car; avert: avoid; await: expect wait; awake: awaken wake; awaken: wake; award: honor laurels prize
aware: mindful; awareness: consciousness; awfully: horribly terribly; baby: infant; backward: rearward
bacterial: bacteria bacterium; ballot: vote voting; bandage: bind; baptism: baptize; barbaric: savage
barely: hardly scarcely; basement: cellar; basically: essentially fundamentally; bathtub: tub
battle: combat conflict fight struggle; beg: implore; behavior: demeanor; belief: believe feeling; beloved: darling
benefit: beneficial; betray: betrayal; bewilder: puzzle; bible: biblical scripture; biblical: scriptural; big: large
bigger: larger; bill: measure; biographical: biography; biology: biologic biological; bitterness: resentment
bizarre: eccentric; bleed: hemorrhage; blend: fuse mix; block: blockade blockage halt hinder obstruct; bloom: blossom
blow: setback; blur: blurry; boast: brag; boost: hike; boss: chief; boy: son; brain: mind; breach: violate
breadth: width; breakthrough: discovery; breakup: separation; brilliant: magnificent superb; broad: wide
broadcast: disseminate; brook: creek; bucket: pail; budget: budgetary; build: construct; building: construction
bulk: bulky; bunch: cluster; bureau: office; bureaucracy: bureaucratic; burial: bury; cab: taxi
calamity: catastrophe disaster tragedy; calculate: compute reckon; calculation: computation; caliber: quality
california: californian; calm: quiet; calmness: composure; camp: encamp; campaign: crusade; canada: canadian
canvass: poll; capability: capacity; capitalism: capitalist; captive: prisoner; care: concern; career: vocation
carefully: cautiously; cargo: freight; carpet: rug; carving: sculpture; catastrophe: disaster tragedy; catch: grab
category: categorize class; causation: cause; cavort: frolic romp; cease: cessation discontinue end stop
celebrate: fete; celebration: festivity; cemetery: graveyard; centimeter: cm; central: fundamental key
certainly: sure surely; certify: certificate certification; chairman: chairmanship; chance: opportunity
change: alter modify; chaos: chaotic; chart: graph; cheap: inexpensive; chemical: chemistry
chide: berate rebuke reprimand scold; chiefly: mainly primarily principally; child: childhood; childish: infantile
choice: alternative select selection; choral: chorus; chore: task; christ: jesus; cite: citation; citizen: citizenship
city: civic urban; clarification: clarify; clarity: clearness; classification: classify; classroom: schoolroom
clearly: distinctly; client: customer; climax: culminate; climb: mount; close: closure shut; closet: cupboard
cloth: fabric textile; clumsy: ungainly; clutch: grip seize; coast: coastal; code: codify; collaborate: cooperate
collapse: founder; colleague: co-worker; collect: compile gather; collide: collision; colossal: stupendous
combat: fighting; comedy: comic comical; comfort: consolation solace soothe; comic: comedian; comment: commentary
commerce: commercial; commission: committee; commit: perpetrate; commonly: normally ordinarily usually
commotion: disturbance; compact: compress; comparatively: relatively; compare: comparison equate
compel: compulsion oblige; compensate: counterbalance; compete: competition competitive vie; competition: contest
competitor: rival; complaint: complain; completely: entirely totally wholly; complex: complicated
compliment: complimentary; comply: compliance compliant; component: constituent element factor
compose: composition write; comprehend: comprehension; comprise: constitute; conceal: hide
concede: concession grant yield; concentrate: focus; conclude: conclusion; concur: agree coincide concurrence
concurrent: simultaneous; condemn: reprobate; condescending: patronizing; confide: entrust
confirm: corroborate substantiate; conflict: struggle; congratulate: congratulatory; congressman: representative
conjecture: hypothesize speculate; consecutive: successive; consequence: effect result; conservatism: conservative
consider: regard; considerably: substantially; consolation: solace; conspiracy: conspiratorial conspire
constant: invariant; constantly: invariably; construe: interpret; consumption: consume intake
contemporary: present-day; contempt: contemptuous disdain scorn; contend: contest; contention: controversy
continent: continental; contour: shape; contradict: belie contradictory; contrary: opposite; contribute: contributory
contribution: donation; conversion: convert; convey: express; coordinate: organize; cope: grapple manage
core: nucleus; corroborate: substantiate; counsel: guidance; countless: infinite myriad; country: nation; couple: pair
crazy: mad; create: creation; crime: criminal; critical: crisis vital; crushing: devastating; cry: weep
cryptic: mysterious; cuba: cuban; cuddle: snuggle; curb: curtail; cure: curative heal remedy; curiously: oddly
custom: customary tradition; cycle: cyclic; dad: daddy papa; daily: day; damp: moist; danish: denmark; daughter: girl
dealer: trader; debris: junk; decay: decompose disintegrate; deceive: deception deceptive; decency: decent
deceptive: misleading; decide: decision decisive resolve; decompose: rot; decree: fiat; dedicate: devote
deduce: deduction infer; deduct: subtract; defend: defence defense defensive; defer: postpone; defiant: defy
deficiency: lack; define: definition; definitely: decidedly unquestionably; deformation: distortion; deity: divinity
demand: requirement; democracy: democratic; denial: deny; depart: departure; depict: portray; depression: slump
deputize: deputy; deride: derision; descend: descent; describe: depict description report; desert: forsake
deserve: merit; desolate: devastate; despair: desperation; despairing: desperate; despatch: dispatch
despotism: dictatorship tyranny; destroy: destruction destructive demolish raze; detached: isolated; detailed: elaborate
detect: discover; detectable: noticeable; devotee: fan; diagnosis: diagnose diagnostic; diarrhea: diarrhoea
diary: journal; dictatorship: tyranny; die: perish; diet: dietary; differentiate: difference distinguish
differently: otherwise; difficult: hard; dimension: dimensional; diminish: decrease diminution lessen
diminished: lessened; diminutive: tiny; disability: handicap; disabled: handicapped; disagree: differ dissent
disagreement: discrepancy; disappear: vanish; disappointed: frustrated; disapproval: dislike; discard: dispose
disclose: disclosure expose reveal; discontinue: quit; discourse: converse discuss discussion; disdain: despise scorn
disgrace: shame; disobedient: disobey; display: exhibit; displease: displeasure; dispute: challenge quarrel
disregard: dismiss ignore; disrupt: interrupt; dissent: protest; dissolution: dissolve; dissuade: dissuasion
distinct: discrete distinguishable; distinction: differentiation distinguish; distressing: disturbing
distribute: dispense; distrust: mistrust suspect; disturb: upset; disturbed: worried; dive: plunge; diversity: variety
divest: divestiture; divide: division separate split; doctor: physician; document: documentary; dogma: dogmatic
dominate: predominate; dosage: dose; double: twofold; doubt: uncertainty; doubtful: dubious; doubtless: undoubtedly
drain: drainage; drama: dramatic; dramatist: playwright; drape: drapery; dreadful: awful frightening terrible
dress: garment; drown: submerge; drugstore: pharmacy; drunk: drunkard; dusk: nightfall twilight; dust: dusty
dutch: netherlands; duty: obligation responsibility; dweller: inhabitant; dwelling: home
earnings: profit profits salary wage; earthquake: quake; ease: alleviate facilitate relief; east: eastward
economy: economic economical; ecstasy: ecstatic rapture; education: instruction teaching; effect: result
effective: efficient; effluent: wastewater; effort: endeavor exertion; elapse: pass; elderly: older senior
element: ingredient; elevate: promote raise upgrade; elevation: height; embark: venture; embed: imbed
emblematic: symbolic; embody: personify; embrace: hug; emission: emit; emphasis: emphatic
emphasize: emphasis stress underline underscore; empire: imperial; employ: employment hire; enact: ordain
enactment: passage; enclose: enclosure; encroachment: intrusion invasion; end: finish terminate
endanger: jeopardize menace threaten; endeavor: strive; endless: eternal interminable; endorse: support
endure: bear last suffer survive tolerate; enemy: foe; energetic: energy; enhance: heighten
enjoy: enjoyment relish savor; enlargement: expansion; enormous: tremendous; enormously: tremendously
enraged: furious maddened; enroll: recruit; ensure: assure guarantee insure; enterprise: initiative
enthusiasm: enthusiastic; entirely: totally wholly; entrepreneur: entrepreneurial; envelop: wrap
environment: environmental; envision: foresee visualize; epitomize: typify; epoch: era; equip: outfit; erase: erasure
erect: upright; eschew: shun; especially: particularly; essential: indispensable; essentially: fundamentally
establishment: institution; esteem: admiration respect; estimate: approximate approximation guess judge
europe: european; evade: dodge elude evasion sidestep skirt; evaluate: assess value; evaluation: rating
evidence: attest prove testify; evident: apparent manifest; evidently: obviously; evoke: elicit
evolve: develop evolution; exact: accurate precise; examine: probe; example: illustration instance
exceedingly: extremely; except: exclude; excess: extra surplus; excessive: exceed extravagant
exchange: interchange switch; exclaim: exclamation; exclusive: sole; exclusively: solely; exercise: workout
exhausted: fatigued; exhibition: exposition; expand: expansive; expectation: outlook prospect; expel: expulsion oust
expend: expenditure expensive spend; experiment: experimental experimentation; expert: proficient
expiration: termination; explain: explanation; explode: burst detonate explosion; explore: exploratory search
explosive: volatile; expose: exposure reveal; express: utter; extend: extension; extenuate: mitigate; extra: spare
extravagant: exuberant; fabric: textile; facade: frontage; factory: mill; faculty: staff; fail: failure
faint: feeble vague; fake: bogus phony; falsification: falsify; falter: stumble waver
famed: famous illustrious notable; family: familial household; famous: fame notable; fantasize: fantasy
far-off: faraway; fathom: penetrate; fatigue: tire weariness; fault: blame defect faulty flaw; fear: dread fright
feasible: practicable workable; feb: february; fellow: colleague companion comrade; fervent: fervency fiery
fiction: fictitious; fierce: vehement; fight: combat conflict struggle; finally: eventually ultimately
finance: financial fiscal; financial: fiscal; finish: complete; firearm: small-arm; fireplace: hearth
firmly: steadfastly; fix: mend repair; flinch: recoil wince; flood: swamp; flourish: thrive; following: next
forbid: proscribe; forest: wood woods; forestall: preclude prevent; forfeit: sacrifice; form: formation
formally: officially; former: onetime previous; formulate: formula; fort: fortress; fortify: fortification strengthen
foyer: lobby vestibule; fragile: delicate frail; fragment: fragmentary; france: french; frankly: honestly
frequency: frequent; frequently: often; friend: friendship; fright: scare; frightened: scared terrified
frightening: fearful; frightful: horrible; frog: toad; frustrate: thwart; full: entire fully total; function: role
fundamental: key; funeral: funerary; fur: pelt; furnish: supply; furrow: wrinkle; furthermore: moreover
fury: frenzy furious rage; fuse: fusion; fusion: merger; g: gram; gaiety: merriment; gain: benefit increase win
gang: mob; gaunt: emaciated haggard; gaze: stare; geometrical: geometry; german: germany; germinate: sprout
gesticulate: gesture; gift: talent; giggle: titter; globe: global world; glorification: glorify; glorious: glory
glycerine: glycerol; govern: regulate; grandeur: splendor; grandma: grandmother granny; grandmother: granny
gratification: gratify satisfaction; grave: serious solemn; graze: pasture; greatcoat: overcoat; greece: greek
grievance: grudge; grin: smile; groan: moan; growth: grow growing; guardian: guardianship; guidance: counseling
guilt: guilty; habit: habitual; handbag: purse; happen: occur; hardly: scarcely; harm: damage injury
harvest: crop reap; haste: hasty hurry rush; hasten: hurry rush speed; hate: detest hatred; haul: drag haulage
haunt: obsess; hawaii: hawaiian; hazard: jeopardy; health: healthy; hear: learn; heat: thermal warmth; heed: listen
help: assist assistance; hence: therefore thus; heretofore: hitherto; heroism: valor; hill: hilly; hinder: impede
hint: clue; history: historic historical; hoarse: husky; holiday: vacation; honor: respect; housing: lodging
however: nevertheless nonetheless; howl: wail; huge: immense vast; hurry: rush; hurt: pain
hypothesis: possibility theory; hypothesize: theorize; hysteria: hysterical; icebox: refrigerator
identification: identify; idiot: imbecile; ill: sick; illness: malady sickness; imagine: envisage
imitate: copy simulate; immediately: directly instantly; immense: vast; immensely: vastly; impact: affect wallop
important: crucial significant; impose: enforce imposition inflict levy; imprison: jail; impudent: insolent
inappropriate: unfitting; increasingly: progressively; india: indian; indignation: outrage; individual: person someone
individually: separately; indolent: lazy; inescapable: unavoidable; inevitably: inevitable necessarily
infamous: notorious; infest: overrun; influence: influential; inhabit: populate; innovation: invention
inquire: investigate; inquiry: inquire query question research; inscription: lettering; inside: interior
inspire: instigate; instant: moment; instantly: straightaway; instead: rather; instruction: teaching
instructor: teacher; instrument: tool; insulate: isolate; intake: uptake; intelligible: understandable
intensely: profoundly; intensification: intensify; interlace: intertwine; interrelation: interrelationship
intervene: interfere intervention; intervention: interference; introduction: debut introduce; invasion: invade
investigate: investigatory; investigator: detective researcher; involvement: participation; ireland: irish
irony: ironic; italian: italy; jan: january; jeer: flout scoff; jest: joke; journalism: journalistic
jubilant: exultant gleeful triumphant; judge: judicial justice; jump: leap; justification: justify; justly: rightly
kidnap: snatch; king: kingdom; label: tag; laden: loaded; language: linguistic; laos: laotian; last: final
lasting: permanent; lately: recently; later: afterward afterwards subsequently; lather: suds; laugh: laughter
law: legal; lb: pound; legend: legendary; legislature: legislate legislative; lend: loan; lesion: wound
lessen: decrease subside; lexicon: vocabulary; liberate: liberty release; likewise: besides similarly
limit: boundary confine; limitation: restriction; link: connect connection linkage; literary: literature
little: slight; load: burden cargo freight shipment; locate: situate; located: situated; longing: yearning
lot: plenty; luck: chance fortune lucky; lumber: timber; lunar: moon; machine: machinery; madman: maniac
magnificent: splendid; magnify: amplify exaggerate magnification; main: principal; mainly: primarily principally
maintenance: upkeep; maker: creator manufacturer; malady: sickness; mama: ma mommy; mammal: mammalian
mandate: authorization mandatory; mandatory: required; maneuver: tactic; manner: fashion way; manufacturer: producer
market: marketplace; marry: marriage wed; marshal: mobilize; martyr: martyrdom; marvelous: wonderful
matter: affair issue subject; maximum: maximal maximize; maybe: perhaps possibly; medication: medicine
meditate: contemplate ponder; melt: thaw; menace: threat threaten; mention: cite note remark
merge: blend coalesce fuse unify; merry: jolly jovial; metropolis: metropolitan; mexican: mexico
middle: center midway; midway: halfway; mighty: powerful; migrate: migratory; millennial: millennium; milliliter: ml
minister: parson pastor; miracle: miraculous; misbehavior: misdeed; miscellaneous: sundry; mischief: mischievous
misconstrue: misunderstand; miserable: wretched; missile: projectile; mistake: err error; mix: mixture
modify: alter modification; moisture: wet; molecular: molecule; monetary: money; monopoly: monopolistic monopolize
monotony: sameness; moroccan: morocco; mostly: generally largely; motion: movement; movie: film flick
multiplication: multiply; murmur: mutter; muscle: muscular; mutely: silently; mystery: mystify secret; naked: nude
nationalism: nationalistic patriotism; naval: navy; nazi: nazism; nearly: virtually; necessitate: need
necessity: necessary requirement; necrosis: necrotic; neglect: disregard negligent omit overlook
nervous: anxious uneasy; nevertheless: nonetheless; newspaper: paper; nightfall: twilight; noise: noisy
normally: ordinarily usually; northerner: yankee; note: observe; notice: notify observe; notify: notification
nourish: nutrient sustain; nov: november; nudge: prod; obey: obedience obedient; obligation: responsibility
obstacle: obstruction; obviously: plainly; occupant: resident; occupation: job occupy; oct: october; odor: scent
offer: proffer; officer: policeman; omit: omission; opera: operatic; operational: usable; opponent: antagonist oppose
oppose: opposition; opposition: resistance; optimal: optimum; ordinarily: usually; organization: organizational
originate: arise initiate; outcome: consequence effect result resultant; outlook: prospect; outset: beginning kickoff
outstanding: prominent; overcome: defeat overpower overwhelm surmount; overpay: overpayment; override: overturn
owner: proprietor; ownership: possession; pacify: appease pacification; package: pack packet parcel
palestine: palestinian; panic: terror; parcel: tract; parent: parenthood; paris: parisian; parish: parochial
part: partial partially piece portion; partially: partly; particular: special; path: route; patrol: police
pavement: sidewalk; pay: payment salary wage; peace: serenity; peaceable: peaceful; penalize: penalty punish
penalty: punishment; perceive: perception; percent: percentage; perhaps: possibly; peripheral: periphery
permit: allow license permission; person: someone; perspiration: sweat; persuade: persuasion sway
pertain: pertinent relate; pervade: permeate pervasive; petition: request; phase: stage; philosophical: philosophy
photograph: photography; pile: heap stack; place: placement position spot; plague: beset blight; planet: planetary
plunder: ransack; poet: poetic; poetry: verse; ponder: reflect; portray: portrayal; practicable: workable
practice: drill rehearse; precarious: perilous unstable; precaution: precautionary safeguard; preclude: prevent
prefer: choose favor; prejudice: prejudicial; preparatory: prepare; prescribe: prescription; preserve: save
presidential: presidency president; prestige: prestigious; pretend: pretense; prevail: persist prevalence prevalent
primarily: principally; priority: precedence prior; probably: likely probable; probe: investigation
problem: problematic trouble; proclamation: announcement proclaim; produce: product production; product: merchandise
prohibit: forbid proscribe veto; prolonged: extended lengthy; promote: encourage; prompt: incite motivate
pronounce: pronunciation; propaganda: propagandistic; propel: propulsion; prophecy: prophetic; proposition: suggestion
protest: objection; proverb: proverbial; provide: furnish provision supply; province: provincial
provisional: tentative; provoke: evoke provocation provocative; publication: publish; punish: punitive; pupil: student
purely: strictly; pursuit: chase pursue; qualification: qualify; query: question; quick: speedy
quickly: promptly rapidly speedily; quotation: quote; railroad: railway; rain: rainy; rapidly: speedily
rarely: seldom; ratification: ratify; re-emerge: reappear; react: reaction; reasonable: sensible
rebellion: insurrection rebel rebellious revolt uprising; rebuff: snub; rebuild: reconstruct
rebuke: berate reprimand scold; rebut: rebuttal refute; recall: recollect remember; recede: retreat; receipts: revenue
receive: reception recipient; recency: recent; recognition: recognize; recollect: remember; recollection: remembrance
recommend: urge; recover: regain retrieve; recur: recurrence recurrent; recurrent: repeated; redeem: redemption
reexamine: review; refuse: reject; regain: retrieve; regret: repent; regulation: rule; reiterate: restate
relation: relative; release: free; relent: soften; reliable: authentic dependable; reliance: trust
religion: faith religious; relinquish: resign; remainder: residue rest; rend: rip; rent: lease rental
repay: refund repayment; repeat: recur reiterate repetition repetitive restate; repel: repulse
replace: supersede supplant; reply: respond response; reproduce: reproduction; require: demand necessitate need
required: needed; rescind: repeal rescission; rescue: saving; residence: abode residential; resist: withstand
resolve: resolution settle; respond: react; response: reaction; restrain: restraint
restrict: confine curb curtail limit; resultant: consequent; retain: retention; retaliation: revenge; retire: withdraw
retribution: vengeance; reveal: revelation; revere: worship; reversion: revert
revolt: insurrection revolution uprising; revolution: revolutionary; revolve: rotate; revulsion: horror repulsion
rid: riddance; ridiculous: absurd preposterous silly; rigorous: strict; risk: danger hazard jeopardy risky
roam: wander; rob: robbery; rock: stone; romance: romantic; ruin: ruinous; salary: wage; salience: salient
salvo: volley; sarcasm: irony sarcastic satire; satisfaction: satisfy; scan: skim; scare: frighten
scatter: disperse dissipate; scold: berate reprimand; scorn: despise; scour: scrub; scream: shout shriek yell
scrutiny: examination scrutinize; secede: secession; secretary: secretaryship; seep: seepage; seize: seizure
self-determination: self-government; self-sufficient: self-sustaining; senior: elder older; separate: split
sepsis: septic; sept: september; serpent: snake; settle: settlement; several: various
severely: badly gravely seriously; sew: stitch; sex: sexual; shine: gleam glitter; shipment: cargo freight ship
shipping: transport; shiver: shudder; shivering: trembling; shout: yell; shove: thrust; shrub: shrubby; shut: closed
siberia: siberian; sidestep: dodge elude skirt; sign: signature; significance: implication meaning
significant: substantial; silence: silent; simplification: simplify; sincerely: truly; sleep: slumber; slender: slim
slightly: somewhat; slope: gradient incline; smother: suffocate; so-called: supposed; soap: soapy; soar: surge
sofa: couch lounge; softly: gently quietly; solid: solidify; solitary: lone lonely; solution: solve
sovereign: independent monarch; spare: surplus; spark: trigger; speak: speech talk
specify: define specification stipulate; spectacle: spectacular; speculate: theorize; speed: accelerate velocity
spine: backbone spinal; splendid: excellent; spouse: partner spousal; squad: team; squirm: wriggle
staircase: stairway; stammer: stutter; standpoint: viewpoint; starve: hunger starvation; statesman: statesmanship
statute: statutory; stimulus: stimulate stimulation; stop: discontinue halt stoppage; storage: store storehouse
store: shop; storm: stormy; story: narrative tale; stout: sturdy; strange: unusual; strangle: strangulation
strategic: strategy; stress: strain tension; study: analyse analyze examine survey; subdue: conquer suppress
subject: theme topic; submission: submit; subsequently: afterward afterwards; subsidize: subsidy
substantial: substance; suburban: suburb suburbia; subway: underground; suffering: distress
suffice: sufficiency sufficient; suggest: hint propose; suitable: suited; sum: summate total; summarize: summary
superbly: wonderfully; supersede: supplant; superstition: superstitious; supervise: supervisory
supplement: supplementary; suppose: conjecture guess imagine speculate; supremacy: domination mastery; sure: certain
suspect: suspicion; suspend: suspension; suspicion: suspicious; sustain: prolong; sweden: swedish; swerve: veer
swiss: switzerland; symmetric: symmetry; sympathy: sympathetic sympathize; symphonic: symphony; tackle: undertake
taut: tight; tax: taxable taxation; teen: teenage teenager; television: tv; tempt: lure temptation
tendency: disposition inclination tend; terrible: awful severe; territory: district dominion
testify: attest testimony; testimonial: tribute; texan: texas; theme: topic; theological: theology
theory: theoretical; therapy: therapeutic therapeutical; therefore: thus; threaten: jeopardize; tidal: tide
toilet: bathroom lavatory; tolerate: bear suffer; topple: tumble; torment: anguish torture; torso: trunk
totally: wholly; toxic: toxin; tragedy: tragic; transform: transmute; transformation: transmutation
transit: transportation; transmit: communicate convey transmission; treatment: handling treat; triumph: victory
triumphant: exultant triumph; trouble: difficulty; tubercular: tuberculosis; tumult: tumultuous uproar
turmoil: upheaval; unambiguously: unequivocally; unclean: dirty soiled; underline: underscore
undermine: sabotage weaken; unify: unification unite; unite: combine union; unquestionably: unquestionable
urge: urgency; usage: utilization; value: valuable; vary: variable variation; vehicle: vehicular; verification: verify
vicinity: locality neighborhood; violence: violent; viral: virus; virtue: virtuous; war: warfare; waver: hesitate
way: means; wealth: wealthy; weight: weighty; whiskey: whisky; widow: widowhood; wool: woolen; workman: workmanship
worth: worthy; wreck: crash wreckage; yearn: hanker; yield: generate output
`;

/** Pairs WordNet does not propose (it links neither "asleep" to "sleep" nor "succeed" to "success"), added by hand. */
const ADDED_BY_HAND = `
asleep: sleep sleeping; baggage: luggage; ban: forbid; contaminate: pollute; danger: hazard peril
enlist: recruit; pledge: promise; position: stance; succeed: success
find: detect discover detection discovery
announce: reveal unveil disclose
vote: election; interfere: meddle interference; meddle: interfering; inaugurate: open opening inauguration; suspend: halt
greet: welcome; vessel: boat ship; illegal: ban outlaw prohibit; gay: homosexual
allegedly: supposedly; alias: pseudonym nickname; hunt: search; run: operate manage
`;

/** The pairs of a "head: word word; head: word" table: each head with each word after it. */
export function pairsOf(table: string): Array<readonly [string, string]> {
  return table
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .flatMap((entry) => {
      const [head, others = ""] = entry.split(":");
      return others.trim().split(/\s+/).map((word) => [head!.trim(), word] as const);
    });
}

/** Every related pair, each once, in no particular direction. */
export const RELATED_WORDS: ReadonlyArray<readonly [string, string]> = [...pairsOf(FROM_WORDNET), ...pairsOf(ADDED_BY_HAND), ...pairsOf(FROM_WORD_VECTORS)];
