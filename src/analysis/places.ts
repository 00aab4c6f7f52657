// Names of places a reader expects to be recognised as places: countries, the states and
// provinces of the federations news most often reports on, continents and large regions.
// General geography, not any article's: it lets "Which state …?" / "Where …?" tell a place
// from a person or an organisation with the same capitals. Lowercase.

export const PLACE_NAMES = new Set(
  [
    // Countries (short forms as news writes them).
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan",
    "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia",
    "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "costa rica", "croatia", "cuba", "cyprus",
    "czech republic", "czechia", "denmark", "djibouti", "dominica", "dominican republic", "ecuador", "egypt",
    "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia",
    "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras",
    "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan",
    "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho",
    "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
    "mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco",
    "mozambique", "myanmar", "burma", "namibia", "nepal", "netherlands", "holland", "new zealand", "nicaragua",
    "niger", "nigeria", "north korea", "south korea", "korea", "north macedonia", "macedonia", "norway", "oman",
    "pakistan", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal",
    "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia", "senegal", "serbia",
    "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa", "south sudan",
    "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
    "tanzania", "thailand", "timor-leste", "east timor", "togo", "tonga", "trinidad and tobago", "tunisia", "turkey",
    "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates", "uae", "united kingdom", "uk", "britain",
    "great britain", "england", "scotland", "wales", "northern ireland", "united states", "us", "usa", "america",
    "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
    // Continents and large regions.
    "africa", "asia", "europe", "antarctica", "oceania", "middle east", "latin america", "north america",
    "south america", "central america", "caribbean", "balkans", "scandinavia", "gulf", "pacific", "atlantic",
    "arctic", "mediterranean", "siberia", "kurdistan", "gaza", "west bank", "crimea", "kashmir", "tibet",
    // US states.
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    // Australian states and territories, Canadian provinces.
    "new south wales", "victoria", "queensland", "south australia", "western australia", "tasmania",
    "northern territory", "australian capital territory", "ontario", "quebec", "british columbia", "alberta",
    "manitoba", "saskatchewan", "nova scotia", "new brunswick", "newfoundland",
  ],
);

/** Nouns that make a capitalised phrase a place: "Yeoncheon County", "the town of X". */
export const PLACE_HEADS = new Set(
  ("city town village county province state states region district island islands river valley mountain mountains " +
    "lake sea ocean bay coast peninsula border capital airport base street avenue square park center centre " +
    "headquarters hospital school campus museum gallery stadium hall").split(" "),
);
