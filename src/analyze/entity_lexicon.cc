#include "analyze/entity_lexicon.h"

#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace corroborate {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Countries, capitals, major cities, regions and continents.
constexpr std::string_view kPlaces[] = {
    // Countries and common short forms.
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Herzegovina",
    "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia",
    "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo",
    "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia", "Czech Republic", "Denmark",
    "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Eritrea",
    "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
    "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana",
    "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
    "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho",
    "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi",
    "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova",
    "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia",
    "Nauru", "Nepal", "Netherlands", "Holland", "New Zealand", "Nicaragua", "Niger", "Nigeria",
    "North Korea", "South Korea", "Korea", "North Macedonia", "Macedonia", "Norway", "Oman",
    "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa",
    "San Marino", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone",
    "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Sudan", "Spain",
    "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
    "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkey", "Türkiye", "Turkmenistan",
    "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "UAE", "United Kingdom", "UK",
    "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
    "United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America",
    "Uruguay", "Uzbekistan", "Vanuatu", "Vatican", "Venezuela", "Vietnam", "Yemen", "Zambia",
    "Zimbabwe", "Greenland", "Puerto Rico", "Hong Kong", "Macau", "Tibet", "Chechnya",
    "Transnistria", "Abkhazia", "Gaza", "Gaza Strip", "West Bank", "Golan Heights",
    // Capitals and major cities.
    "Kabul", "Tirana", "Algiers", "Buenos Aires", "Yerevan", "Canberra", "Sydney",
    "Melbourne", "Vienna", "Baku", "Manama", "Dhaka", "Minsk", "Brussels", "Sarajevo",
    "Brasilia", "Brasília", "Rio de Janeiro", "Sao Paulo", "São Paulo", "Sofia", "Phnom Penh",
    "Ottawa", "Toronto", "Montreal", "Vancouver", "Santiago", "Beijing", "Shanghai",
    "Hong Kong", "Shenzhen", "Bogota", "Bogotá", "Zagreb", "Havana", "Nicosia", "Prague",
    "Copenhagen", "Quito", "Cairo", "Alexandria", "Tallinn", "Addis Ababa", "Helsinki", "Paris",
    "Marseille", "Lyon", "Tbilisi", "Berlin", "Munich", "Hamburg", "Frankfurt", "Cologne",
    "Accra", "Athens", "Budapest", "Reykjavik", "New Delhi", "Delhi", "Mumbai", "Kolkata",
    "Jakarta", "Tehran", "Baghdad", "Mosul", "Basra", "Dublin", "Jerusalem", "Tel Aviv",
    "Rome", "Milan", "Naples", "Tokyo", "Osaka", "Amman", "Astana", "Almaty", "Nairobi",
    "Pristina", "Kuwait City", "Bishkek", "Vientiane", "Riga", "Beirut", "Tripoli", "Vilnius",
    "Kuala Lumpur", "Valletta", "Mexico City", "Chisinau", "Chișinău", "Ulaanbaatar",
    "Podgorica", "Rabat", "Casablanca", "Yangon", "Kathmandu", "Amsterdam", "The Hague",
    "Rotterdam", "Wellington", "Auckland", "Managua", "Abuja", "Lagos", "Pyongyang", "Seoul",
    "Skopje", "Oslo", "Muscat", "Islamabad", "Karachi", "Lahore", "Ramallah", "Lima",
    "Manila", "Warsaw", "Krakow", "Kraków", "Lisbon", "Porto", "Doha", "Bucharest", "Moscow",
    "St. Petersburg", "Saint Petersburg", "Kigali", "Riyadh", "Jeddah", "Mecca", "Dakar",
    "Belgrade", "Bratislava", "Ljubljana", "Mogadishu", "Pretoria", "Johannesburg",
    "Cape Town", "Juba", "Madrid", "Barcelona", "Colombo", "Khartoum", "Stockholm", "Bern",
    "Geneva", "Zurich", "Zürich", "Davos", "Damascus", "Aleppo", "Idlib", "Taipei", "Dushanbe",
    "Dodoma", "Dar es Salaam", "Bangkok", "Tunis", "Ankara", "Istanbul", "Ashgabat", "Kampala",
    "Kyiv", "Kiev", "Abu Dhabi", "Dubai", "London", "Manchester", "Birmingham", "Edinburgh",
    "Glasgow", "Belfast", "Washington", "New York", "New York City", "Los Angeles", "Chicago",
    "Houston", "Miami", "Boston", "San Francisco", "Seattle", "Atlanta", "Philadelphia",
    "Dallas", "Detroit", "Las Vegas", "Palm Beach", "Mar-a-Lago", "Anchorage", "Montevideo",
    "Tashkent", "Samarkand", "Caracas", "Hanoi", "Ho Chi Minh City", "Sanaa", "Aden", "Lusaka",
    "Harare", "Kinshasa", "Luanda", "Bamako", "Niamey", "Tirana", "Strasbourg",
    "Luxembourg City", "Monaco", "Nice", "Bordeaux", "Gdansk", "Gdańsk", "Odesa", "Odessa",
    "Kharkiv", "Kharkov", "Lviv", "Dnipro", "Zaporizhzhia", "Zaporizhia", "Kherson",
    "Mykolaiv", "Donetsk", "Luhansk", "Mariupol", "Bakhmut", "Avdiivka", "Sumy", "Chernihiv",
    "Poltava", "Vinnytsia", "Crimea", "Sevastopol", "Donbas", "Donbass", "Kursk", "Belgorod",
    "Bryansk", "Rostov", "Rostov-on-Don", "Volgograd", "Novosibirsk", "Yekaterinburg", "Kazan",
    "Nizhny Novgorod", "Sochi", "Murmansk", "Kaliningrad", "Vladivostok", "Grozny",
    "Siberia", "Gomel", "Grodno", "Gaza City", "Rafah", "Khan Younis", "Tehran", "Isfahan",
    "Herat", "Kandahar", "Karabakh", "Nagorno-Karabakh", "Taiwan Strait", "Kashmir", "Punjab",
    // US states and other regions.
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming", "Bavaria",
    "Catalonia", "Quebec", "Ontario", "Siberia", "Balkans", "Baltics", "Caucasus",
    "Scandinavia", "Middle East", "Near East", "Far East", "Central Asia", "Southeast Asia",
    "East Asia", "South Asia", "Latin America", "South America", "North America",
    "Central America", "Caribbean", "Sahel", "Horn of Africa", "Persian Gulf", "Gulf",
    "Black Sea", "Baltic Sea", "Red Sea", "Mediterranean", "Arctic", "Antarctica", "Pacific",
    "Atlantic", "Indo-Pacific", "Europe", "Asia", "Africa", "Oceania", "Eurasia",
    "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe",
};

// Well-known organizations, institutions and news outlets.
constexpr std::string_view kOrganizations[] = {
    "NATO", "EU", "UN", "U.N.", "European Union", "United Nations", "Kremlin", "White House",
    "Pentagon", "State Department", "Congress", "Senate", "House of Representatives",
    "Parliament", "Duma", "State Duma", "Federation Council", "Bundestag", "Knesset",
    "Verkhovna Rada", "Rada", "Sejm", "Downing Street", "Élysée", "Elysee", "Élysée Palace",
    "Elysee Palace", "Security Council", "European Commission", "European Parliament",
    "European Council", "IMF", "World Bank", "WHO", "WTO", "OPEC", "OSCE", "IAEA", "ICC",
    "ICJ", "G7", "G20", "BRICS", "ASEAN", "African Union", "Arab League", "Interpol",
    "Europol", "Red Cross", "Amnesty International", "Human Rights Watch", "FBI", "CIA", "NSA",
    "DHS", "DOJ", "KGB", "FSB", "SVR", "GRU", "SBU", "MI5", "MI6", "Mossad", "Hamas",
    "Hezbollah", "Taliban", "Houthis", "Wagner", "ISIS", "Islamic State", "al-Qaeda",
    "Al-Qaeda", "Supreme Court", "Federal Reserve", "Fed", "ECB", "Vatican", "Gazprom",
    "Rosneft", "Lukoil", "Rosatom", "Naftogaz", "Ukrenergo", "Google", "Apple", "Microsoft",
    "Meta", "Facebook", "Instagram", "Telegram", "WhatsApp", "YouTube", "TikTok", "Twitter",
    "Amazon", "Tesla", "SpaceX", "Starlink", "OpenAI", "Boeing", "Airbus", "Reuters", "AP",
    "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "TASS", "Interfax",
    "RIA Novosti", "Ukrinform", "Xinhua", "Al Jazeera", "BBC", "CNN", "NBC", "CBS", "ABC",
    "NPR", "PBS", "MSNBC", "Fox News", "Sky News", "Politico", "Axios", "Kommersant",
    "Izvestia", "Pravda", "The Guardian", "Guardian", "The Times", "The New York Times",
    "New York Times", "Washington Post", "The Washington Post", "Wall Street Journal",
    "The Wall Street Journal", "Financial Times", "The Economist", "Der Spiegel", "Le Monde",
    "Euronews", "Deutsche Welle", "Democrats", "Republicans", "Democratic Party",
    "Republican Party", "Labour", "Conservatives", "Tories", "Bundeswehr", "Navy",
    "Air Force", "Marine Corps", "National Guard", "Coast Guard", "OSINT", "Kyiv Independent",
    "Kyiv Post", "Meduza", "Novaya Gazeta", "Carnegie Endowment", "Brookings Institution",
    "RAND", "Chatham House", "Atlantic Council", "Institute for the Study of War", "ISW",
};

// Nationality and group words (singular adjective and plural noun).
constexpr std::string_view kGroups[] = {
    "Russian", "Russians", "Ukrainian", "Ukrainians", "American", "Americans", "European",
    "Europeans", "British", "Britons", "English", "Scottish", "Welsh", "Irish", "German",
    "Germans", "French", "Italian", "Italians", "Spanish", "Spaniards", "Portuguese", "Dutch",
    "Belgian", "Belgians", "Swiss", "Austrian", "Austrians", "Polish", "Poles", "Czech",
    "Czechs", "Slovak", "Slovaks", "Hungarian", "Hungarians", "Romanian", "Romanians",
    "Bulgarian", "Bulgarians", "Serbian", "Serbs", "Croatian", "Croats", "Bosnian", "Bosnians",
    "Slovenian", "Slovenians", "Albanian", "Albanians", "Greek", "Greeks", "Turkish", "Turks",
    "Cypriot", "Cypriots", "Maltese", "Danish", "Danes", "Swedish", "Swedes", "Norwegian",
    "Norwegians", "Finnish", "Finns", "Icelandic", "Icelanders", "Estonian", "Estonians",
    "Latvian", "Latvians", "Lithuanian", "Lithuanians", "Belarusian", "Belarusians",
    "Moldovan", "Moldovans", "Georgian", "Georgians", "Armenian", "Armenians", "Azerbaijani",
    "Azerbaijanis", "Kazakh", "Kazakhs", "Uzbek", "Uzbeks", "Chechen", "Chechens", "Tatar",
    "Tatars", "Chinese", "Japanese", "Korean", "Koreans", "Vietnamese", "Thai", "Indian",
    "Indians", "Pakistani", "Pakistanis", "Afghan", "Afghans", "Iranian", "Iranians",
    "Iraqi", "Iraqis", "Syrian", "Syrians", "Lebanese", "Israeli", "Israelis", "Palestinian",
    "Palestinians", "Jordanian", "Jordanians", "Saudi", "Saudis", "Emirati", "Emiratis",
    "Qatari", "Qataris", "Yemeni", "Yemenis", "Egyptian", "Egyptians", "Libyan", "Libyans",
    "Tunisian", "Tunisians", "Algerian", "Algerians", "Moroccan", "Moroccans", "Sudanese",
    "Ethiopian", "Ethiopians", "Somali", "Somalis", "Kenyan", "Kenyans", "Nigerian",
    "Nigerians", "South African", "South Africans", "Canadian", "Canadians", "Mexican",
    "Mexicans", "Brazilian", "Brazilians", "Argentine", "Argentinian", "Argentinians",
    "Chilean", "Chileans", "Colombian", "Colombians", "Venezuelan", "Venezuelans", "Cuban",
    "Cubans", "Peruvian", "Peruvians", "Australian", "Australians", "New Zealander",
    "Indonesian", "Indonesians", "Filipino", "Filipinos", "Malaysian", "Malaysians",
    "Taiwanese", "Kurd", "Kurds", "Kurdish", "Arab", "Arabs", "Jewish", "Jews", "Muslim",
    "Muslims", "Christian", "Christians", "Catholic", "Catholics", "Orthodox", "Sunni",
    "Shia", "Shiite", "Baltic", "Nordic", "Slavic", "Soviet", "Crimean", "Donbas",
};

// Capitalized words that are never a name on their own.
constexpr std::string_view kNotEntities[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.",
    "Nov.", "Dec.", "God", "Mr.", "Mrs.", "Ms.", "Dr.", "OK", "TV", "AM", "PM", "a.m.", "p.m.",
    "CEO", "GDP", "COVID", "AI", "Christmas", "Easter", "Thanksgiving", "Ramadan", "Western",
    "Eastern", "Northern", "Southern", "West", "East", "North", "South", "Internet",
    "Republican", "Democrat", "Democratic", "Communist", "Socialist", "Liberal",
    "Conservative", "Prime", "Sir", "Dame", "Lord", "Lady", "Saint", "St.",
};

constexpr std::string_view kTitleWords[] = {
    "president", "vice-president", "premier", "chancellor", "minister", "secretary",
    "spokesperson", "spokesman", "spokeswoman", "envoy", "ambassador", "diplomat", "adviser",
    "advisor", "aide", "official", "officer", "commander", "commander-in-chief", "general",
    "admiral", "colonel", "lieutenant", "captain", "sergeant", "major", "marshal", "chief",
    "head", "leader", "director", "chairman", "chairwoman", "chair", "governor", "mayor",
    "senator", "sen.", "congressman", "congresswoman", "representative", "rep.", "lawmaker",
    "legislator", "deputy", "mp", "speaker", "king", "queen", "prince", "princess", "pope",
    "emperor", "sultan", "emir", "sheikh", "judge", "justice", "prosecutor", "attorney",
    "lawyer", "analyst", "expert", "researcher", "professor", "prof.", "dr.", "mr.", "mrs.",
    "ms.", "gen.", "gov.", "lt.", "col.", "capt.", "sgt.", "adm.", "maj.", "pres.", "rev.",
    "commentator", "journalist", "correspondent", "reporter", "editor", "columnist",
    "economist", "strategist", "negotiator", "mediator", "coordinator", "representative",
    "ceo", "founder", "co-founder", "owner", "executive", "manager", "president-elect",
    "candidate", "nominee", "activist", "blogger", "pastor", "patriarch", "bishop", "cardinal",
    "rabbi", "imam", "cleric", "spy", "son-in-law", "daughter-in-law", "wife", "husband",
    "son", "daughter", "brother", "sister", "father", "mother", "mp.", "colleague", "counterpart",
    "successor", "predecessor", "tsar", "czar", "dictator", "autocrat", "strongman", "premier",
    "superintendent", "inspector", "detective", "sheriff", "councillor", "councilor",
    "alderman", "counsel",
};

constexpr std::string_view kRoleModifiers[] = {
    "foreign", "defense", "defence", "interior", "finance", "economy", "justice", "health",
    "energy", "trade", "state", "deputy", "vice", "special", "senior", "top", "former", "ex",
    "acting", "interim", "prime", "first", "chief", "general", "national", "security",
    "presidential", "armed", "forces", "military", "political", "press", "executive",
    "assistant", "associate", "principal", "lead", "high", "supreme", "grand", "joint",
    "staff", "of", "for", "affairs", "intelligence", "regional", "federal", "late", "new",
    "incoming", "outgoing", "longtime", "veteran", "retired", "then", "pro-kremlin",
    "pro-russian", "pro-western", "opposition", "government", "defence", "cabinet", "army",
    "navy", "air", "force", "peace", "chief", "policy", "communications", "white", "house",
    "economic", "development", "administration", "kremlin", "russian", "ukrainian", "u.s.",
    "us", "european", "american", "british", "german", "french", "polish", "nato", "un", "eu",
};

constexpr std::string_view kSpeechVerbs[] = {
    "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "stressed",
    "insisted", "insists", "argued", "argues", "noted", "notes", "wrote", "writes", "asked",
    "stated", "states", "urged", "urges", "claimed", "claims", "called", "confirmed",
    "confirms", "denied", "denies", "emphasized", "emphasised", "explained", "responded",
    "replied", "tweeted", "posted", "announced", "announces", "acknowledged", "admitted",
    "declared", "suggested", "suggests", "believes", "believed", "thinks", "thought",
    "predicted", "reiterated", "underscored", "cautioned", "characterized", "characterised",
    "described", "accused", "praised", "criticized", "criticised", "hinted", "pledged",
    "promised", "vowed", "threatened", "demanded", "rejected", "dismissed", "welcomed",
    "recalled", "observed", "remarked", "commented", "continued", "concluded", "reported",
    "revealed", "disclosed", "estimated", "estimates", "countered", "objected", "conceded",
    "agreed", "disagreed", "wants", "wanted", "hopes", "hoped", "met", "visited", "spoke",
    "speaks", "signed", "ordered", "appointed", "resigned", "flew", "arrived", "headed",
};

constexpr std::string_view kPlacePrepositions[] = {
    "in", "to", "from", "near", "around", "outside", "into", "toward", "towards", "across",
    "inside", "throughout", "via", "within",
};

constexpr std::string_view kPlaceNouns[] = {
    "region", "regions", "province", "provinces", "oblast", "city", "town", "village",
    "district", "county", "state", "republic", "area", "capital", "port", "peninsula",
    "island", "islands", "valley", "river", "border", "settlement", "municipality",
    "governorate", "prefecture", "territory", "krai", "raion", "suburb", "enclave",
};

constexpr std::string_view kCaptureVerbs[] = {
    "captured", "capture", "capturing", "seized", "seize", "seizing", "took", "take",
    "taking", "liberated", "liberate", "liberating", "retook", "retake", "retaking",
    "recaptured", "encircled", "occupied", "occupy", "shelled", "bombed", "struck",
    "attacked", "entered", "surrounded", "besieged", "evacuated", "stormed", "visited",
    "leaving", "left", "reach", "reached", "fled",
};

constexpr std::string_view kConnectors[] = {
    "of", "de", "del", "della", "di", "da", "dos", "das", "du", "des", "la", "le", "von",
    "van", "der", "den", "ter", "al", "el", "bin", "ibn", "bint", "y", "&",
};

constexpr std::string_view kDeterminers[] = {"a", "an", "the"};

constexpr std::string_view kOrgSuffixes[] = {
    "Ministry", "Council", "Fund", "Agency", "Party", "Group", "Center", "Centre",
    "University", "Bank", "Commission", "Committee", "Army", "Forces", "Company", "Corp",
    "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "AG", "SA", "GmbH",
    "News", "Post", "Times", "Journal", "Institute", "Institution", "Foundation",
    "Association", "Union", "Organization", "Organisation", "Office", "Department",
    "Service", "Services", "Court", "Parliament", "Assembly", "Congress", "Senate", "Cabinet",
    "Administration", "Authority", "Board", "Bureau", "Directorate", "Command", "Navy",
    "Guard", "Police", "Federation", "League", "Alliance", "Front", "Movement", "Brigade",
    "Battalion", "Regiment", "Division", "Corps", "Academy", "College", "School", "Hospital",
    "Network", "Broadcasting", "Media", "Press", "Gazette", "Herald", "Tribune", "Telegraph",
    "Review", "Magazine", "Daily", "Airlines", "Airways", "Group", "Holdings", "Industries",
    "Energy", "Motors", "Bloc", "Coalition", "Secretariat", "Endowment", "Trust", "Society",
    "Club", "Team", "Television", "Radio", "TV", "Exchange", "Reserve", "Treasury",
    "Prosecutor's", "Staff", "Kremlin", "Palace",
};

constexpr std::string_view kOrgHeads[] = {
    "Ministry", "University", "Bank", "Department", "Office", "Council", "Institute",
    "Academy", "Church", "House", "Court", "Commission", "Committee", "Federation", "Union",
    "Organization", "Organisation", "Party", "Order", "Board", "Bureau", "Agency", "Center",
    "Centre", "College", "School", "Association", "League", "Fund",
};

constexpr std::string_view kGivenNames[] = {
    "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Mark", "Donald", "Steven", "Steve", "Paul",
    "Andrew", "Joshua", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason",
    "Jeffrey", "Ryan", "Jacob", "Gary", "Eric", "Jonathan", "Stephen", "Larry", "Justin",
    "Scott", "Brandon", "Frank", "Benjamin", "Gregory", "Samuel", "Raymond", "Patrick",
    "Alexander", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Henry", "Peter", "Adam",
    "Nathan", "Zachary", "Kyle", "Walter", "Harold", "Jeremy", "Ethan", "Keith", "Roger",
    "Marco", "Mike", "Joe", "Bill", "Tom", "Tony", "Jim", "Bob", "Ted", "Jared", "Kamala",
    "Hillary", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
    "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley",
    "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie",
    "Rebecca", "Laura", "Helen", "Anna", "Ann", "Anne", "Emma", "Olivia", "Sophie", "Julia",
    "Maria", "Marie", "Claire", "Catherine", "Kate", "Jane", "Rachel", "Ruth", "Grace",
    "Vladimir", "Dmitry", "Dmitri", "Sergei", "Sergey", "Alexei", "Alexey", "Aleksei",
    "Andrei", "Andrey", "Mikhail", "Nikolai", "Ivan", "Yuri", "Yury", "Boris", "Igor", "Oleg",
    "Pavel", "Viktor", "Victor", "Kirill", "Maxim", "Anton", "Evgeny", "Yevgeny", "Konstantin",
    "Gennady", "Leonid", "Valery", "Ramzan", "Tatiana", "Tatyana", "Olga", "Natalia",
    "Natalya", "Elena", "Yelena", "Irina", "Svetlana", "Ekaterina", "Yekaterina", "Maria",
    "Volodymyr", "Oleksandr", "Olexander", "Andrii", "Andriy", "Dmytro", "Mykola",
    "Oleksii", "Oleksiy", "Serhiy", "Serhii", "Yulia", "Iryna", "Kyrylo", "Vitali", "Vitaliy",
    "Petro", "Taras", "Bohdan", "Denys", "Yuliia", "Olena", "Emmanuel", "Olaf", "Friedrich",
    "Angela", "Ursula", "Johann", "Johannes", "Hans", "Karl", "Klaus", "Jürgen", "Wolfgang",
    "Jean", "Pierre", "François", "Francois", "Jacques", "Michel", "Giorgia", "Giuseppe",
    "Mario", "Matteo", "Pedro", "Carlos", "José", "Jose", "Juan", "Luis", "Antonio", "Manuel",
    "Javier", "Luiz", "Keir", "Rishi", "Boris", "Theresa", "Yvette", "Kaja", "Mette", "Jens",
    "Donald", "Recep", "Xi", "Narendra", "Benjamin", "Mohammed", "Muhammad", "Ahmed", "Ali",
    "Hassan", "Hussein", "Omar", "Abdullah", "Ibrahim", "Khalid", "Yusuf", "Mahmoud", "Ayatollah",
    "Radosław", "Radoslaw", "Andrzej", "Donald", "Viktor",
    "Mark", "Antony", "Jake", "Lloyd", "Pete", "Marco", "Keith", "Steve", "Elon", "Jeff",
    "Sam", "Christine", "Kristalina", "António", "Antonio", "Charles", "Felipe", "Ilham",
    "Nikol", "Alexander", "Aleksandr", "Sergiy", "Kyrylo", "Valerii", "Valeriy",
};

struct Lexicon {
  std::unordered_map<std::string_view, LexiconClass> names;
  WordSet titles, modifiers, speech, place_preps, place_nouns, capture, connectors,
      determiners, org_suffixes, org_heads, given_names;

  Lexicon() {
    // Later inserts do not overwrite: order sets precedence (organizations before places, so
    // "Vatican" and "EU" are organizations; "Monaco" is a place).
    for (std::string_view s : kOrganizations) names.emplace(s, LexiconClass::kOrganization);
    for (std::string_view s : kPlaces) names.emplace(s, LexiconClass::kPlace);
    for (std::string_view s : kGroups) names.emplace(s, LexiconClass::kGroup);
    for (std::string_view s : kNotEntities) names.emplace(s, LexiconClass::kNotEntity);
    titles.insert(std::begin(kTitleWords), std::end(kTitleWords));
    modifiers.insert(std::begin(kRoleModifiers), std::end(kRoleModifiers));
    speech.insert(std::begin(kSpeechVerbs), std::end(kSpeechVerbs));
    place_preps.insert(std::begin(kPlacePrepositions), std::end(kPlacePrepositions));
    place_nouns.insert(std::begin(kPlaceNouns), std::end(kPlaceNouns));
    capture.insert(std::begin(kCaptureVerbs), std::end(kCaptureVerbs));
    connectors.insert(std::begin(kConnectors), std::end(kConnectors));
    determiners.insert(std::begin(kDeterminers), std::end(kDeterminers));
    org_suffixes.insert(std::begin(kOrgSuffixes), std::end(kOrgSuffixes));
    org_heads.insert(std::begin(kOrgHeads), std::end(kOrgHeads));
    given_names.insert(std::begin(kGivenNames), std::end(kGivenNames));
  }
};

const Lexicon& Lex() {
  static const Lexicon* const kLexicon = new Lexicon();  // never destroyed: safe at exit
  return *kLexicon;
}

// ASCII-lowercases word into buf; returns an empty view when it does not fit (no entry is
// that long) so lookups never allocate.
std::string_view LowerKey(std::string_view word, char (&buf)[40]) {
  if (word.empty() || word.size() > sizeof(buf)) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::string_view(buf, word.size());
}

bool InLower(const WordSet& set, std::string_view word) {
  char buf[40];
  std::string_view key = LowerKey(word, buf);
  return !key.empty() && set.count(key) > 0;
}

}  // namespace

LexiconClass LookupName(std::string_view name) {
  const auto& names = Lex().names;
  auto it = names.find(name);
  return it == names.end() ? LexiconClass::kNone : it->second;
}

bool IsTitleWord(std::string_view w) { return InLower(Lex().titles, w); }
bool IsRoleModifier(std::string_view w) { return InLower(Lex().modifiers, w); }
bool IsSpeechVerb(std::string_view w) { return InLower(Lex().speech, w); }
bool IsPlacePreposition(std::string_view w) { return InLower(Lex().place_preps, w); }
bool IsPlaceNoun(std::string_view w) { return InLower(Lex().place_nouns, w); }
bool IsCaptureVerb(std::string_view w) { return InLower(Lex().capture, w); }
bool IsNameConnector(std::string_view w) { return Lex().connectors.count(w) > 0; }
bool IsDeterminer(std::string_view w) { return InLower(Lex().determiners, w); }
bool IsOrgSuffix(std::string_view w) { return Lex().org_suffixes.count(w) > 0; }
bool IsOrgHead(std::string_view w) { return Lex().org_heads.count(w) > 0; }
bool IsGivenName(std::string_view w) { return Lex().given_names.count(w) > 0; }

}  // namespace corroborate
