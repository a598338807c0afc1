// Synthetic corpus: stories -> articles -> scraped pages. See corpus_generator.h.
#include "corpus_generator.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "model/date.h"

namespace corroborate::bench {
namespace {

// SplitMix64: tiny, fast, and the same sequence everywhere (unlike std distributions).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<size_t>(hi - lo + 1)));
  }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  template <class T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }

 private:
  uint64_t state_;
};

constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};
constexpr std::array<const char*, 7> kWeekdays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                  "Friday", "Saturday", "Sunday"};

std::string NumberWord(int n) {
  static const std::vector<std::string> kWords = {
      "zero",  "one",  "two", "three",  "four",   "five",     "six",      "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"};
  if (n >= 0 && static_cast<size_t>(n) < kWords.size()) return kWords[static_cast<size_t>(n)];
  return std::to_string(n);
}

// "Every prisoner counts." -> "Every prisoner counts," (a quote followed by "she said").
std::string WithComma(std::string q) {
  if (!q.empty() && q.back() == '.') q.back() = ',';
  return q;
}

// 4900 -> "4,900".
std::string WithCommas(int n) {
  std::string digits = std::to_string(n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<size_t>(i), ",");
  }
  return digits;
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

std::string ReplaceAll(std::string s, std::string_view from, std::string_view to) {
  if (from.empty()) return s;
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
  return s;
}

// ---- The invented world ------------------------------------------------------------------

struct Country {
  const char* name;
  const char* demonym;
  const char* capital;
  const char* capital_local;  // the capital's other name, "" when it has one name only
};

const std::vector<Country>& Countries() {
  static const std::vector<Country> kCountries = {
      {"Varnia", "Varnian", "Orlen", ""},
      {"Kestria", "Kestrian", "Tarsk", "Tarsko"},
      {"Caldoria", "Caldorian", "Velgrad", "Velhorod"},
      {"Ostrevia", "Ostrevian", "Miravel", "Mirawel"},
      {"Dravonia", "Dravonian", "Koszta", "Kosta"},
      {"Marovia", "Marovian", "Lesk", "Lesko"},
      {"Altenia", "Altenian", "Brodsk", "Brodzk"},
      {"Veloria", "Velorian", "Istrana", ""},
      {"Korsenia", "Korsenian", "Dalvik", ""},
      {"Pellavia", "Pellavian", "Sorn", "Sørn"},
      {"Eskaria", "Eskarian", "Nimbrava", ""},
      {"Rhovania", "Rhovanian", "Kelmar", "Kelmarow"},
      {"Zemlaria", "Zemlarian", "Vorsk", "Vorskaya"},
      {"Ilvania", "Ilvanian", "Parsa", ""},
  };
  return kCountries;
}

struct FirstName {
  const char* usual;
  const char* other;  // another transliteration
  bool female;
};

const std::vector<FirstName>& FirstNames() {
  static const std::vector<FirstName> kNames = {
      {"Yuriy", "Yuri", false},      {"Oleksiy", "Aleksei", false},   {"Mykola", "Nikolai", false},
      {"Edvin", "Edwin", false},     {"Daria", "Darya", true},        {"Miren", "Miren", true},
      {"Aurel", "Aurel", false},     {"Ilona", "Ilona", true},        {"Tomas", "Tomáš", false},
      {"Andriy", "Andrei", false},   {"Katarina", "Katharina", true}, {"Serhiy", "Sergei", false},
      {"Mikhail", "Mihail", false},  {"Yelena", "Jelena", true},      {"Petra", "Petra", true},
      {"Vasyl", "Vasily", false},    {"Anneli", "Anneli", true},      {"Hanna", "Anna", true},
      {"Radomir", "Radomir", false}, {"Zofia", "Sofia", true},        {"Dmytro", "Dmitri", false},
      {"Ksenia", "Xenia", true},
  };
  return kNames;
}

// Surname = root + ending; the other spelling transliterates the root and swaps the ending.
const std::vector<const char*>& SurnameRoots() {
  static const std::vector<const char*> kRoots = {
      "Chernet", "Volod",   "Zhelezn", "Koval",    "Marchen", "Dravit",  "Bohusl",  "Lysen",
      "Hrab",    "Petrash", "Kalin",   "Shevchen", "Ostrov",  "Yaremch", "Tkach",   "Khoruzh",
      "Savel",   "Zhuk",    "Rudnit",  "Chaban",   "Sarkan",  "Solov",   "Melnich", "Hordi"};
  return kRoots;
}

struct Ending {
  const char* usual;
  const char* other;
};
const std::vector<Ending>& SurnameEndings() {
  static const std::vector<Ending> kEndings = {{"sky", "ski"},   {"skiy", "sky"}, {"ov", "off"},
                                               {"enko", "enko"}, {"uk", "ouk"},   {"ich", "itch"},
                                               {"ey", "ei"},     {"yn", "in"},    {"a", "a"}};
  return kEndings;
}

std::string TransliterateRoot(std::string root) {
  root = ReplaceAll(std::move(root), "Ch", "Tch");
  root = ReplaceAll(std::move(root), "Zh", "J");
  root = ReplaceAll(std::move(root), "zh", "j");
  root = ReplaceAll(std::move(root), "Kh", "Ch");
  root = ReplaceAll(std::move(root), "sh", "sch");
  root = ReplaceAll(std::move(root), "Y", "I");
  root = ReplaceAll(std::move(root), "Hr", "Gr");
  return root;
}

struct Person {
  std::string first, first_other, surname, surname_other;
  std::string title;  // written before the name: "Kestrian Foreign Minister"
  std::string role;   // written after it: "Kestrian foreign minister"
  bool female = false;
  std::string Full(bool other) const {
    return (other ? first_other : first) + " " + (other ? surname_other : surname);
  }
  std::string Surname(bool other) const { return other ? surname_other : surname; }
};

Person MakePerson(Rng& rng, std::string title, std::string role) {
  Person p;
  const FirstName& f = rng.Pick(FirstNames());
  const std::string root = SurnameRoots()[rng.Below(SurnameRoots().size())];
  const Ending& e = rng.Pick(SurnameEndings());
  p.first = f.usual;
  p.first_other = f.other;
  p.female = f.female;
  p.surname = root + e.usual;
  p.surname_other = TransliterateRoot(root) + e.other;
  p.title = std::move(title);
  p.role = std::move(role);
  return p;
}

const std::vector<std::string>& Towns() {
  static const std::vector<std::string> kTowns = {
      "Brodnitsa", "Halvik",  "Zarechny", "Ostrel",   "Mirnograd", "Selvo",  "Krasnolesk",
      "Dubrava",   "Perevil", "Lanskoye", "Vesnyany", "Korval",    "Tisova", "Bilograd"};
  return kTowns;
}
const std::vector<std::string>& Rivers() {
  static const std::vector<std::string> kRivers = {"Vel",   "Orna",  "Drava Minor", "Sulna",
                                                   "Tesva", "Lomna", "Bystra"};
  return kRivers;
}
const std::vector<std::string>& Organisations() {
  static const std::vector<std::string> kOrgs = {
      "Council of Northern States", "Eastern Cooperation Forum", "League of River States",
      "Organisation for Regional Security", "International Red Cross Committee"};
  return kOrgs;
}

// ---- Outlets and their chrome -----------------------------------------------------------

struct Outlet {
  std::string name;
  std::string menu, cookie, newsletter, section, related_heading, copyright, back_to_top;
  std::string share_buttons, caption_credit;
  int dateline_style = 0;
  bool comments = true;
  bool other_spelling = false;  // transliterates names the other way
  bool byline = true;
};

std::vector<Outlet> MakeOutlets(Rng& rng) {
  static const std::vector<std::string> kFirst = {
      "Northern",    "Eastern",   "Daily",   "Evening", "Coastal", "Metropolitan",
      "Continental", "Lakeshore", "Capital", "Morning", "Western", "Riverside"};
  static const std::vector<std::string> kSecond = {"Ledger",   "Courier", "Observer",  "Herald",
                                                   "Gazette",  "Post",    "Chronicle", "Times",
                                                   "Dispatch", "Tribune", "Sentinel"};
  static const std::vector<std::vector<std::string>> kMenus = {
      {"Home", "World", "Politics", "Business", "Opinion", "Culture", "Sport"},
      {"News", "Local", "World", "Sports", "Obituaries", "Classifieds", "e-Edition"},
      {"Top News", "World", "Markets", "Business", "Sport", "Pictures", "Video"},
      {"Home", "News", "World", "Politics", "Money", "Opinion", "Video", "Puzzles"},
      {"News", "Politics", "Economy", "World", "Opinion", "Multimedia", "Search"}};
  static const std::vector<std::string> kSeparators = {" | ", "   ", " · ", " / "};
  static const std::vector<std::string> kCookies = {
      "We use cookies to give you the best experience on our website. By continuing to browse, "
      "you agree to our Cookie Policy. Accept",
      "This site uses cookies. Read our privacy policy to find out more. [OK]",
      "We value your privacy. This website uses cookies and similar technologies. Manage "
      "preferences | Accept all",
      "Accept cookies? We and our partners use cookies to personalise content and ads. Yes, I "
      "accept | Manage settings",
      "This website uses cookies to ensure you get the best experience. Got it!"};
  static const std::vector<std::string> kRelated = {
      "Related", "More from World News", "Trending now", "Most read", "Popular", "Read more"};
  std::vector<Outlet> outlets;
  for (const std::string& first : kFirst) {
    for (const std::string& second : kSecond) {
      if (!rng.Chance(0.25)) continue;
      Outlet o;
      o.name = (rng.Chance(0.6) ? "The " : "") + first + " " + second;
      const auto& items = rng.Pick(kMenus);
      const std::string& sep = rng.Pick(kSeparators);
      for (size_t i = 0; i < items.size(); ++i) o.menu += (i ? sep : "") + items[i];
      o.cookie = rng.Pick(kCookies);
      o.newsletter = rng.Chance(0.7) ? "Subscribe to our newsletter"
                                     : "Get the " + second +
                                           " Briefing in your inbox every "
                                           "morning. Subscribe to our newsletter";
      o.section = rng.Chance(0.5) ? "World" : "WORLD NEWS";
      o.related_heading = rng.Pick(kRelated);
      o.copyright = "© 2026 " + o.name + (rng.Chance(0.5) ? ". All rights reserved." : "");
      o.back_to_top = rng.Chance(0.7) ? "Back to top" : "Back to top button";
      o.share_buttons = rng.Chance(0.5) ? "Facebook | X | LinkedIn | Email"
                                        : "Facebook  Twitter  WhatsApp  Email  Print";
      o.caption_credit = rng.Chance(0.5) ? "(Photo: Staff photographer/" + o.name + ")"
                                         : "Photograph: " + second + " Pictures";
      o.dateline_style = static_cast<int>(rng.Below(6));
      o.comments = rng.Chance(0.6);
      o.other_spelling = rng.Chance(0.4);
      o.byline = rng.Chance(0.85);
      outlets.push_back(std::move(o));
    }
  }
  return outlets;
}

// ---- Stories ------------------------------------------------------------------------------

enum class Kind { kTalks, kFlood };

struct Story {
  Kind kind = Kind::kTalks;
  const Country* a = nullptr;
  const Country* b = nullptr;
  const Country* host = nullptr;
  std::string town, river, org;
  CivilDate day;
  int hours = 0, alt_hours = 0, count = 0, alt_count = 0, points = 0, km = 0, deaths = 0;
  int next_gap_days = 14, small = 0, small2 = 0, war_year = 2024, war_month = 4;
  std::vector<Person> people;  // 0: side A, 1: side B, 2: host/mediator, 3: B's spokesperson
  std::string quote0, quote1, quote1_other, quote2, denial;
  std::vector<size_t> articles;  // indices of its generated articles (for syndication)
};

std::string FillQuote(Rng& rng, const std::vector<std::string>& pool, const Story& s) {
  std::string q = rng.Pick(pool);
  q = ReplaceAll(std::move(q), "{GAP}", NumberWord(rng.Between(2, 9)));
  q = ReplaceAll(std::move(q), "{TOWN}", s.town);
  q = ReplaceAll(std::move(q), "{CITY}", s.host->capital);
  return q;
}

Story MakeStory(Rng& rng) {
  Story s;
  s.kind = rng.Chance(0.65) ? Kind::kTalks : Kind::kFlood;
  const auto& cs = Countries();
  size_t ia = rng.Below(cs.size());
  size_t ib = (ia + 1 + rng.Below(cs.size() - 1)) % cs.size();
  size_t ih = ia;
  while (ih == ia || ih == ib) ih = rng.Below(cs.size());
  s.a = &cs[ia];
  s.b = &cs[ib];
  s.host = s.kind == Kind::kTalks ? &cs[ih] : &cs[ia];
  s.town = rng.Pick(Towns());
  s.river = rng.Pick(Rivers());
  s.org = rng.Pick(Organisations());
  s.day = CivilDate::Day(2026, rng.Between(1, 11), rng.Between(1, 28));
  s.hours = rng.Between(3, 9);
  s.alt_hours = s.hours + (rng.Chance(0.5) ? 2 : -2);
  s.count = rng.Between(6, 60) * 10;
  s.alt_count = s.count + rng.Between(1, 5) * 10;
  s.points = rng.Between(8, 20);
  s.km = rng.Between(5, 30);
  s.deaths = rng.Between(12, 95) * 100;
  s.small = rng.Between(2, 14);
  s.small2 = rng.Between(3, 40);
  s.next_gap_days = rng.Between(7, 21);
  s.war_year = rng.Between(2022, 2025);
  s.war_month = rng.Between(1, 12);
  auto add = [&](const std::string& demonym, const std::string& office) {
    std::string title = demonym + " " + office;
    std::string role = demonym + " " + office;
    for (size_t i = demonym.size(); i < title.size(); ++i) {
      if (title[i - 1] == ' ' && title[i] >= 'a' && title[i] <= 'z') title[i] -= 'a' - 'A';
    }
    s.people.push_back(MakePerson(rng, std::move(title), std::move(role)));
  };
  if (s.kind == Kind::kTalks) {
    add(s.a->demonym, "foreign minister");
    add(s.b->demonym, "foreign minister");
    add(s.host->demonym, "foreign minister");
    add(s.b->demonym, "foreign ministry spokesperson");
  } else {
    add(s.a->demonym, "interior minister");
    s.people.push_back(MakePerson(rng, "Governor", "governor of " + s.town + " province"));
    add(s.a->demonym, "rescue service chief");
    s.people.push_back(MakePerson(rng, "", "spokesperson for the regional water authority"));
  }
  static const std::vector<std::string> kTalkQuotes = {
      "This is not peace yet, but it is the first honest conversation we have had in {GAP} years.",
      "Nobody should leave {CITY} believing the hard part is over.",
      "We came here to listen, and we have listened. Now the other side has to show it is serious.",
      "Every prisoner who comes home is a reason to keep talking.",
      "We did not solve the question of {TOWN} today, and nobody expected us to."};
  static const std::vector<std::pair<std::string, std::string>> kTranslated = {
      {"We are ready to sign a ceasefire tomorrow if the shelling of our border towns stops.",
       "We are prepared to sign a truce as early as tomorrow, provided the shelling of our "
       "frontier towns comes to an end."},
      {"Our hand is extended, but it will not stay extended forever.",
       "We are offering our hand, though we cannot hold it out indefinitely."},
      {"The door to an agreement is open, and it is up to them to walk through it.",
       "The way to a deal is open; whether they take it is their decision."}};
  static const std::vector<std::string> kFloodQuotes = {
      "The water came faster than any of our models predicted.",
      "We will rebuild {TOWN}, but first we have to find everyone who is still missing.",
      "No family in {TOWN} will be left to face this alone.",
      "The embankments held for {GAP} days. Nobody could have asked more of them."};
  const auto& pool = s.kind == Kind::kTalks ? kTalkQuotes : kFloodQuotes;
  s.quote0 = FillQuote(rng, pool, s);
  s.quote2 = FillQuote(rng, pool, s);
  static const std::vector<std::pair<std::string, std::string>> kFloodTranslated = {
      {"Help is on its way to every village, and we will not stop until it arrives.",
       "Assistance is coming to each village; we will not rest until it gets there."},
      {"We are asking everyone near the river to leave their homes tonight.",
       "We urge all who live close to the river to evacuate this evening."}};
  const auto& tr = rng.Pick(s.kind == Kind::kTalks ? kTranslated : kFloodTranslated);
  s.quote1 = tr.first;
  s.quote1_other = tr.second;
  s.denial = s.kind == Kind::kTalks
                 ? std::string("It is wrong to say the minister walked out. ") +
                       (s.people[1].female ? "She" : "He") +
                       " left the room for a scheduled call and returned within the hour."
                 : "It is wrong to say the dam was opened without warning. The sirens sounded "
                   "two hours before the release.";
  return s;
}

// ---- Article text -------------------------------------------------------------------------

using Vars = std::map<std::string, std::string, std::less<>>;

// Replaces {KEY} placeholders; unknown keys stay as written (so a typo shows in the output).
std::string Expand(std::string_view tmpl, const Vars& vars) {
  std::string out;
  out.reserve(tmpl.size() + 64);
  size_t i = 0;
  while (i < tmpl.size()) {
    if (tmpl[i] == '{') {
      size_t close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        auto it = vars.find(tmpl.substr(i + 1, close - i - 1));
        if (it != vars.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += tmpl[i++];
  }
  return out;
}

std::string DayMonth(const CivilDate& d) {
  return std::string(kMonths[static_cast<size_t>(d.month - 1)]) + " " + std::to_string(d.day);
}

// The paragraph templates. {WHEN} is the event day as this article says it ("yesterday",
// "on Tuesday"); names come in the outlet's spelling.
const std::vector<std::string>& TalksLeads() {
  static const std::vector<std::string> k = {
      "{A} and {B} agreed {WHEN} to exchange {N} prisoners of war after {HOURS} hours of talks in "
      "{CITY_INTRO}, but failed to agree on a ceasefire line.",
      "Talks between {A} and {B} in {CITY_INTRO} ended {WHEN} without a ceasefire, although the "
      "two sides agreed to release {N} prisoners and to meet again on {NEXT_DATE}.",
      "The foreign ministers of {A} and {B} met face to face {WHEN} for the first time since the "
      "war began, in a {HOURS}-hour session in {CITY_INTRO} that produced a prisoner exchange "
      "but no truce."};
  return k;
}
const std::vector<std::string>& TalksBody() {
  static const std::vector<std::string> k = {
      "“{Q0,}” {P0T} {P0} told reporters as {P0HE} left the building shortly after {EXIT_HOUR} "
      "p.m.",
      "{P1}, the {P1R}, speaking to {b} state television after the talks, said: “{Q1}”",
      "Under the arrangement announced by {P2T} {P2}, each side will hand over {HALF} prisoners "
      "at a crossing point on {h} territory in the coming days, with the {ORG} verifying the "
      "lists.",
      "The two delegations will return to {CITY} on {NEXT_DATE} for a second round, which "
      "{P2S} said would deal with the line of contact and how a truce could be monitored.",
      "“{Q2,}” {P2S} said.",
      "Reports that {P1S} had walked out of the talks in the middle of the afternoon were "
      "rejected by {P1HIS} ministry. “{QD1,}” said {P3}, the {P3R}. “{QD2}”",
      "{H}, which has stayed neutral throughout the conflict, drafted a {POINTS}-point framework "
      "for the talks that both delegations accepted as a basis for discussion.",
      "The war over the {TOWN} district began in {WAR_MONTH} {WAR_YEAR}. {A} says more than "
      "{DEATHS} of its soldiers and civilians have been killed; {B} does not publish casualty "
      "figures.",
      "A truce brokered by the {ORG} collapsed last month after each side accused the other of "
      "shelling villages around {TOWN}.",
      "Fighting continued while the delegations met. {A}'s defence ministry said {SMALL} "
      "civilians were wounded by shelling near {TOWN} {WHEN}, hours before the talks began, and "
      "{B} said its air defences shot down {SMALL2} drones overnight.",
      "In {CAPA}, families of captured soldiers, who have protested outside the defence ministry "
      "for weeks, greeted the news of the exchange with cautious relief.",
      "Diplomats in {CITY} said the exchange was meant partly to build trust before the harder "
      "questions of territory and security guarantees, which neither minister addressed in "
      "public.",
      "{P0S} had said over the weekend that {A} would not accept any ceasefire that froze the "
      "current front line, which leaves most of the {TOWN} district under {b} control."};
  return k;
}
const std::vector<std::string>& FloodLeads() {
  static const std::vector<std::string> k = {
      "Floods along the river {RIVER} in {A} have killed at least {N} people and forced "
      "thousands from their homes, officials said {WHEN}, after {HOURS} days of torrential rain.",
      "Rescue teams in {A} searched {WHEN} for dozens of people still missing after the river "
      "{RIVER} burst its banks, in floods that have killed {N} people.",
      "The death toll from the floods in the {TOWN} region of {A} rose to {N} {WHEN}, as water "
      "levels on the {RIVER} began to fall for the first time in {HOURS} days."};
  return k;
}
const std::vector<std::string>& FloodBody() {
  static const std::vector<std::string> k = {
      "“{Q0,}” {P0T} {P0} told reporters in {TOWN}.",
      "{P1}, the {P1R}, said about {SMALL2} villages were still cut off and that helicopters were "
      "dropping food and water to families stranded on rooftops.",
      "“{Q1}” the {P1R}, {P1}, said in a video message.",
      "{P2}, the {P2R}, said {P2HE} had deployed {SMALL} additional teams and that the {ORG} had "
      "sent "
      "boats, pumps and field hospitals.",
      "“{Q2,}” {P2S} added.",
      "Residents accused the authorities of opening the {TOWN} dam without warning. “{QD1,}” "
      "said {P3}, the {P3R}. “{QD2}”",
      "The government has declared a state of emergency in {SMALL} provinces and promised "
      "compensation of up to {POINTS},000 for each household that lost its home.",
      "Meteorologists said {WAR_MONTH} rainfall in the {RIVER} basin was the highest since "
      "records began, and warned that more rain was expected over the weekend.",
      "Neighbouring {B} offered to send rescue teams, and {H} said it would release emergency "
      "funds from the {ORG}.",
      "In {CAPA}, volunteers filled sandbags along the embankments through the night as the "
      "crest of the flood moved downstream.",
      "Critics say {A} cut spending on flood defences last month, a charge the government "
      "rejects."};
  return k;
}
const std::vector<std::string>& Filler() {
  static const std::vector<std::string> k = {
      "Analysts cautioned that similar announcements in the past had not always been followed "
      "by action, and that the coming weeks would show whether the commitments hold.",
      "Opposition politicians in {CAPA} called for a full account of the government's "
      "decisions, saying the public had a right to know what had been agreed.",
      "The {ORG} said in a statement that it stood ready to help and urged all sides to keep "
      "civilians out of harm's way.",
      "Markets in {CAPA} reacted calmly, with the main share index closing {SMALL} points higher "
      "on the day.",
      "Officials said further details would be published once the relevant ministries had "
      "completed their assessments.",
      "Local media in {TOWN} reported long queues at petrol stations and shops as residents "
      "stocked up on essentials.",
      "The government's critics, who have accused it of acting too slowly, said they would "
      "raise the matter in parliament next week."};
  return k;
}
const std::vector<std::string>& Headlines(Kind kind) {
  static const std::vector<std::string> kTalks = {
      "{A} and {B} agree prisoner swap after {HOURS} hours of talks in {CITY}",
      "{A}, {B} agree to swap {N} prisoners; ceasefire still out of reach",
      "Prisoner exchange agreed as {A} and {B} hold first talks",
      "{P1S} Walked Out of {CITY} Talks, Delegates Say",
      "No truce in {CITY}, but {N} prisoners to go home"};
  static const std::vector<std::string> kFlood = {
      "{RIVER} floods kill {N} in {A} as rescuers search for missing",
      "Death toll from {A} floods rises to {N}",
      "{TOWN} under water: {A} declares emergency after record rain",
      "Dam opened without warning, say {TOWN} residents"};
  return kind == Kind::kTalks ? kTalks : kFlood;
}
const std::vector<std::string>& RelatedHeadlines() {
  static const std::vector<std::string> k = {"{CAPA} council approves new school budget",
                                             "Fuel prices to rise again, regulator warns",
                                             "Opinion: Quiet diplomacy deserves a chance",
                                             "Who is {P1}?",
                                             "{A} extends state of emergency for another 90 days",
                                             "Harbor bridge repairs to close two lanes",
                                             "Readers' Choice awards: voting opens",
                                             "{B} currency falls to record low on sanctions fears",
                                             "Families in {TOWN} still waiting for news"};
  return k;
}

struct Draft {
  std::string title;
  std::vector<std::string> paragraphs;
  CivilDate published;
  int hour = 0, minute = 0;
  size_t outlet = 0;
};

std::string RelativeDay(Rng& rng, const CivilDate& event, const CivilDate& published) {
  const int64_t diff = published.ToDays() - event.ToDays();
  const std::string weekday = kWeekdays[static_cast<size_t>(event.Weekday())];
  if (diff == 0) return rng.Chance(0.5) ? "on " + weekday : "today";
  if (diff == 1 && rng.Chance(0.6)) return "yesterday";
  return "on " + weekday;
}

Vars MakeVars(Rng& rng, const Story& s, const Outlet& outlet, const CivilDate& published,
              const std::vector<Outlet>& outlets) {
  Vars v;
  const bool other = outlet.other_spelling;
  v["A"] = s.a->name;
  v["B"] = s.b->name;
  v["H"] = s.host->name;
  v["a"] = s.a->demonym;
  v["b"] = s.b->demonym;
  v["h"] = s.host->demonym;
  v["CAPA"] = s.a->capital;
  const bool alias = *s.host->capital_local != '\0';
  const bool local_name = alias && other && rng.Chance(0.5);
  v["CITY"] = local_name ? s.host->capital_local : s.host->capital;
  if (alias && rng.Chance(0.4)) {
    v["CITY_INTRO"] =
        std::string(s.host->capital) + " (known locally as " + s.host->capital_local + ")";
  } else {
    v["CITY_INTRO"] = v["CITY"] + ", the " + s.host->demonym + " capital";
  }
  v["TOWN"] = s.town;
  v["RIVER"] = s.river;
  v["ORG"] = s.org;
  v["WHEN"] = RelativeDay(rng, s.day, published);
  const bool differs = rng.Chance(0.15);
  v["HOURS"] = NumberWord(differs ? s.alt_hours : s.hours);
  v["N"] = std::to_string(rng.Chance(0.1) ? s.alt_count : s.count);
  v["HALF"] = std::to_string(s.count / 2);
  v["POINTS"] = std::to_string(s.points);
  v["DEATHS"] = WithCommas(s.deaths);
  v["SMALL"] = NumberWord(s.small);
  v["SMALL2"] = std::to_string(s.small2);
  v["EXIT_HOUR"] = std::to_string(rng.Between(3, 7));
  v["NEXT_DATE"] = DayMonth(s.day.AddDays(s.next_gap_days));
  v["WAR_MONTH"] = kMonths[static_cast<size_t>(s.war_month - 1)];
  v["WAR_YEAR"] = std::to_string(s.war_year);
  v["Q0"] = s.quote0;
  v["Q0,"] = WithComma(s.quote0);
  v["Q1"] = other ? s.quote1_other : s.quote1;
  v["Q2,"] = WithComma(s.quote2);
  const size_t stop = s.denial.find(". ");
  v["QD1,"] = s.denial.substr(0, stop) + ",";
  v["QD2"] = stop == std::string::npos ? "" : s.denial.substr(stop + 2);
  v["OUTLET"] = outlet.name;
  v["OTHER"] = rng.Pick(outlets).name;
  for (size_t i = 0; i < s.people.size(); ++i) {
    const Person& p = s.people[i];
    const std::string k = "P" + std::to_string(i);
    v[k] = p.Full(other);
    v[k + "S"] = p.Surname(other);
    v[k + "T"] = p.title;
    v[k + "R"] = p.role;
    v[k + "HE"] = p.female ? "she" : "he";
    v[k + "HIS"] = p.female ? "her" : "his";
  }
  return v;
}

Draft WriteArticle(Rng& rng, const Story& s, size_t outlet_index,
                   const std::vector<Outlet>& outlets) {
  Draft d;
  d.outlet = outlet_index;
  d.published = s.day.AddDays(rng.Between(0, 2));
  d.hour = rng.Between(6, 22);
  d.minute = rng.Between(0, 59);
  Vars v = MakeVars(rng, s, outlets[outlet_index], d.published, outlets);
  const bool talks = s.kind == Kind::kTalks;
  d.title = Expand(rng.Pick(Headlines(s.kind)), v);
  d.paragraphs.push_back(Expand(rng.Pick(talks ? TalksLeads() : FloodLeads()), v));
  // A random subset of the body paragraphs in a mostly stable order, then filler.
  const auto& body = talks ? TalksBody() : FloodBody();
  for (const std::string& p : body) {
    if (rng.Chance(0.7)) d.paragraphs.push_back(Expand(p, v));
  }
  if (rng.Chance(0.15)) {  // a report citing another outlet
    d.paragraphs.push_back(Expand(
        "{P1S} left the negotiating table in the early afternoon, {a} media reported, citing "
        "{OTHER}.",
        v));
  }
  if (rng.Chance(0.1)) {  // a single-source claim
    d.paragraphs.push_back(Expand(
        "A source in the {a} delegation told {OUTLET} that {B} had offered to pull its heavy "
        "artillery back {POINTS} kilometres from the front line. Neither government has "
        "confirmed the offer.",
        v));
  }
  const size_t start = rng.Below(Filler().size());
  for (size_t i = 0, n = static_cast<size_t>(rng.Between(1, 4)); i < n; ++i) {
    d.paragraphs.push_back(Expand(Filler()[(start + i) % Filler().size()], v));
  }
  // Swap a few neighbouring paragraphs (never the lead) so no two reports read alike.
  for (size_t i = 2; i < d.paragraphs.size(); ++i) {
    if (rng.Chance(0.3)) std::swap(d.paragraphs[i], d.paragraphs[i - 1]);
  }
  return d;
}

// A light rewrite of someone else's wire copy: new headline, a paragraph dropped, the
// relative day made explicit.
Draft Syndicate(Rng& rng, const Draft& source, const Story& s, size_t outlet_index,
                const std::vector<Outlet>& outlets) {
  Draft d = source;
  d.outlet = outlet_index;
  d.published = source.published;
  d.hour = std::min(23, source.hour + 1);
  Vars v = MakeVars(rng, s, outlets[outlet_index], d.published, outlets);
  d.title = Expand(rng.Pick(Headlines(s.kind)), v);
  const std::string weekday = kWeekdays[static_cast<size_t>(s.day.Weekday())];
  for (std::string& p : d.paragraphs) p = ReplaceAll(std::move(p), "yesterday", "on " + weekday);
  if (d.paragraphs.size() > 4) {
    d.paragraphs.erase(d.paragraphs.begin() + 2 +
                       static_cast<std::ptrdiff_t>(rng.Below(d.paragraphs.size() - 3)));
  }
  const std::string& from = outlets[source.outlet].name;
  d.paragraphs.push_back(rng.Chance(0.5)
                             ? "This article originally appeared on " + from + "."
                             : "The post " + source.title + " appeared first on " + from + ".");
  return d;
}

std::string Two(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

std::string Dateline(const Draft& d, const Outlet& o, const Story& s) {
  const CivilDate& p = d.published;
  const std::string month = kMonths[static_cast<size_t>(p.month - 1)];
  const std::string day = std::to_string(p.day);
  const std::string year = std::to_string(p.year);
  const int h12 = d.hour % 12 == 0 ? 12 : d.hour % 12;
  const char* ampm = d.hour < 12 ? "AM" : "PM";
  switch (o.dateline_style) {
    case 0:
      return Upper(s.host->capital) + " — " + Upper(month) + " " + day + ", " +
             std::to_string(h12) + " " + ampm + " CET";
    case 1:
      return day + " " + month + " " + year + " " + Two(d.hour) + ":" + Two(d.minute);
    case 2:
      return month + " " + day + ", " + year;
    case 3:
      return day + " " + month + " " + Two(d.hour) + ":" + Two(d.minute);
    case 4:
      return std::string(kWeekdays[static_cast<size_t>(p.Weekday())]) + ", " + month + " " + day +
             ", " + year + " · " + std::to_string(h12) + ":" + Two(d.minute) + " " + ampm;
    default:
      return "Updated " + month + " " + day + ", " + year;
  }
}

std::string IsoPublished(const Draft& d) {
  return d.published.Iso() + "T" + Two(d.hour) + ":" + Two(d.minute) + ":00+01:00";
}

std::string RenderPage(Rng& rng, const Draft& d, const Outlet& o, const Story& s, const Vars& v) {
  std::string out;
  auto line = [&out](std::string_view l) {
    out += l;
    out += '\n';
  };
  line(o.name);
  line(o.menu);
  line(o.cookie);
  line(o.newsletter);
  line(o.section);
  line("");
  line(d.title);
  line("");
  if (o.byline) {
    const Person author = MakePerson(rng, "", "");
    line("By " + author.Full(false) + (rng.Chance(0.3) ? ", Diplomatic Correspondent" : ""));
  }
  line(Dateline(d, o, s));
  line("");
  line("Share this article");
  line("");
  for (size_t i = 0; i < d.paragraphs.size(); ++i) {
    line(d.paragraphs[i]);
    line("");
    if (i == 1) {
      line(Expand("{P0} arrives in {CITY}. ", v) + o.caption_credit);
      line("");
    }
  }
  line("Share this article");
  line(o.share_buttons);
  line("");
  line(o.related_heading);
  const auto& related = RelatedHeadlines();
  const size_t start = rng.Below(related.size());
  for (size_t i = 0, n = static_cast<size_t>(rng.Between(3, 5)); i < n; ++i) {
    const CivilDate when = d.published.AddDays(-rng.Between(0, 30));
    line(Expand(related[(start + i) % related.size()], v) + " — " + DayMonth(when) + ", " +
         std::to_string(when.year));
  }
  line("");
  if (o.comments) {
    line("Leave a Reply");
    line("Your email address will not be published. Required fields are marked *");
    line("Comment *");
    line("Name *");
    line("Email *");
    line("Post Comment");
    line("");
  }
  line("About us | Contact | Privacy | Terms | Advertise");
  line(o.copyright);
  line(o.back_to_top);
  return out;
}

// UTF-8 -> Windows-1252 for the characters the templates use; anything else becomes '?'.
std::string ToCp1252(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (i + len > s.size()) break;
    uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    switch (cp) {
      case 0x201C:
        out += '\x93';
        break;
      case 0x201D:
        out += '\x94';
        break;
      case 0x2018:
        out += '\x91';
        break;
      case 0x2019:
        out += '\x92';
        break;
      case 0x2014:
        out += '\x97';
        break;
      case 0x2013:
        out += '\x96';
        break;
      case 0x00B7:
        out += '\xB7';
        break;
      default:
        out += cp >= 0xA0 && cp <= 0xFF ? static_cast<char>(cp) : '?';
    }
  }
  return out;
}

}  // namespace

std::vector<RawDocument> GenerateCorpus(const CorpusOptions& options) {
  Rng rng(options.seed);
  const std::vector<Outlet> outlets = MakeOutlets(rng);
  const size_t story_count =
      options.stories ? options.stories : std::max<size_t>(1, options.articles / 10);
  std::vector<Story> stories;
  stories.reserve(story_count);
  for (size_t i = 0; i < story_count; ++i) stories.push_back(MakeStory(rng));

  std::vector<Draft> drafts;
  drafts.reserve(options.articles);
  std::vector<RawDocument> docs;
  docs.reserve(options.articles);
  size_t jsonl_line = 0;
  for (size_t i = 0; i < options.articles; ++i) {
    Story& s = stories[rng.Below(stories.size())];
    const size_t outlet_index = rng.Below(outlets.size());
    Draft d = !s.articles.empty() && rng.Chance(options.syndicated_share)
                  ? Syndicate(rng, drafts[s.articles[rng.Below(s.articles.size())]], s,
                              outlet_index, outlets)
                  : WriteArticle(rng, s, outlet_index, outlets);
    s.articles.push_back(i);
    const Outlet& o = outlets[outlet_index];
    RawDocument raw;
    raw.format = "text";
    if (rng.Chance(options.jsonl_share)) {
      ++jsonl_line;
      raw.uri = "bench-feed.jsonl:" + std::to_string(jsonl_line);
      raw.id = "feed-" + std::to_string(jsonl_line);
      raw.outlet = o.name;
      raw.title = d.title;
      raw.published = IsoPublished(d);
      raw.url = "https://news.example/" + std::to_string(i);
      for (size_t k = 0; k < d.paragraphs.size(); ++k) {
        raw.bytes += (k ? "\n" : "") + d.paragraphs[k];
      }
    } else {
      const Vars v = MakeVars(rng, s, o, d.published, outlets);
      raw.uri = "bench/" + std::to_string(i) + ".txt";
      raw.bytes = RenderPage(rng, d, o, s, v);
      if (rng.Chance(options.cp1252_share)) raw.bytes = ToCp1252(raw.bytes);
    }
    docs.push_back(std::move(raw));
    drafts.push_back(std::move(d));
  }
  return docs;
}

const std::vector<RawDocument>& SharedCorpus(size_t articles) {
  static std::map<size_t, std::vector<RawDocument>> cache;
  auto it = cache.find(articles);
  if (it == cache.end()) {
    CorpusOptions options;
    options.articles = articles;
    it = cache.emplace(articles, GenerateCorpus(options)).first;
  }
  return it->second;
}

size_t TotalBytes(const std::vector<RawDocument>& docs) {
  size_t total = 0;
  for (const RawDocument& d : docs) total += d.bytes.size();
  return total;
}

}  // namespace corroborate::bench
