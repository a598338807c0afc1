// Speaker facts for quote alignment: name and honorific gender, unnamed sources, definite
// descriptions (see quote_speakers.h).
#include "reconcile/quote_speakers.h"

#include <string>
#include <unordered_set>

#include "core/strings.h"

namespace corroborate {
namespace {

using NameSet = std::unordered_set<std::string_view>;

// Common first names whose gender is not in doubt, across the languages news reports name
// people in. A name missing here stays kUnknown, which agrees with any pronoun.
const NameSet& MaleNames() {
  static const NameSet k = {
      "aaron",     "abdul",     "adam",      "ahmed",       "alan",     "albert",     "aleksandr",
      "alexander", "alexandr",  "alexei",    "alexey",      "ali",      "anders",     "andrei",
      "andrew",    "andrey",    "andriy",    "andrzej",     "anthony",  "antonio",    "anton",
      "arseniy",   "benjamin",  "bernard",   "bill",        "bogdan",   "boris",      "brian",
      "carlos",    "charles",   "chris",     "christopher", "daniel",   "david",      "denis",
      "dmitri",    "dmitriy",   "dmitry",    "donald",      "edward",   "emmanuel",   "emmanuil",
      "eric",      "evgeny",    "fedor",     "francois",    "frank",    "friedrich",  "fyodor",
      "george",    "gerhard",   "giorgi",    "giuseppe",    "gregory",  "hans",       "henry",
      "hryhoriy",  "ibrahim",   "igor",      "ihor",        "ilya",     "ivan",       "jacob",
      "james",     "jan",       "jared",     "javier",      "jean",     "jens",       "joe",
      "johann",    "john",      "jonathan",  "jorge",       "jose",     "joseph",     "juan",
      "karl",      "keir",      "kevin",     "kirill",      "klaus",    "konstantin", "lars",
      "leonid",    "lloyd",     "luis",      "marco",       "mark",     "martin",     "matteo",
      "matthew",   "maxim",     "michael",   "mikhail",     "mohammed", "muhammad",   "mykhailo",
      "mykola",    "nicolas",   "nikolai",   "nikolay",     "olaf",     "oleg",       "oleksandr",
      "oleksiy",   "pavel",     "pedro",     "peter",       "petro",    "pierre",     "rafael",
      "recep",     "richard",   "robert",    "roman",       "rustem",   "sergei",     "sergey",
      "serhiy",    "stanislav", "stefan",    "stephen",     "steve",    "steven",     "taras",
      "thomas",    "timothy",   "vadim",     "valery",      "vasily",   "viktor",     "vitali",
      "vitaliy",   "vladimir",  "vladislav", "volodymyr",   "wang",     "william",    "wolfgang",
      "xavier",    "yaroslav",  "yevgeny",   "yuri",        "yuriy",    "yury",       "zbigniew",
      "tom",       "tomas",     "jonas",     "jakob",       "lukas",    "erik",       "sven",
      "nils",      "mats",      "olav",      "paul",        "paolo",    "marek",      "tomasz",
      "piotr",     "krzysztof", "janusz",    "miroslav",    "milan",    "dusan"};
  return k;
}
const NameSet& FemaleNames() {
  static const NameSet k = {
      "agnieszka", "alexandra", "alice",     "alina",     "alla",      "amelia",    "ana",
      "angela",    "anna",      "anne",      "annalena",  "antonia",   "barbara",   "beata",
      "carla",     "caroline",  "catherine", "charlotte", "christine", "claudia",   "daria",
      "elena",     "elizabeth", "ella",      "ellen",     "elvira",    "emily",     "emma",
      "eva",       "galina",    "giorgia",   "hanna",     "helen",     "ines",      "inna",
      "irina",     "iryna",     "isabel",    "jacinda",   "jane",      "janet",     "jennifer",
      "jessica",   "julia",     "kaja",      "kamala",    "karen",     "kate",      "katarina",
      "katherine", "kateryna",  "laura",     "lena",      "liudmyla",  "ludmila",   "lyudmila",
      "margaret",  "maria",     "marie",     "marina",    "marta",     "mary",      "maya",
      "melania",   "mette",     "michelle",  "nadia",     "nancy",     "natalia",   "natalya",
      "nataliya",  "nina",      "oksana",    "olena",     "olga",      "olha",      "patricia",
      "rachel",    "rebecca",   "roberta",   "ruth",      "sandra",    "sanna",     "sarah",
      "sophie",    "svetlana",  "tatiana",   "tatyana",   "teresa",    "ulrike",    "ursula",
      "valentina", "vera",      "victoria",  "viktoria",  "yelena",    "yulia",     "yuliia",
      "zelda",     "zoe",       "ingrid",    "astrid",    "karin",     "ilse",      "lisa",
      "sara",      "julie",     "emilia",    "ewa",       "katarzyna", "magdalena", "malgorzata",
      "jana",      "petra",     "monika",    "hanne",     "kirsten",   "solveig"};
  return k;
}

std::string FirstWordLower(std::string_view name) {
  name = Trim(name);
  size_t sp = name.find(' ');
  return AsciiLower(name.substr(0, sp));
}

std::string LastWordLower(std::string_view name) {
  name = Trim(name);
  size_t sp = name.rfind(' ');
  return AsciiLower(sp == std::string_view::npos ? name : name.substr(sp + 1));
}

}  // namespace

Gender NameGender(std::string_view full_name) {
  std::string first = FirstWordLower(full_name);
  if (MaleNames().count(first)) return Gender::kMale;
  if (FemaleNames().count(first)) return Gender::kFemale;
  // A single word is a surname or an organisation: its ending says nothing reliable.
  if (Trim(full_name).find(' ') == std::string_view::npos) return Gender::kUnknown;
  std::string last = LastWordLower(full_name);
  for (std::string_view f : {"ova", "eva", "ina", "ska", "cka", "skaya", "kaya"}) {
    if (last.size() > f.size() + 2 && EndsWith(last, f)) return Gender::kFemale;
  }
  for (std::string_view m : {"ov", "ev", "in", "sky", "ski", "skiy", "skyi"}) {
    if (last.size() > m.size() + 2 && EndsWith(last, m)) return Gender::kMale;
  }
  return Gender::kUnknown;
}

Gender HonorificGender(std::string_view before) {
  before = Trim(before);
  size_t sp = before.find_last_of(" \n\t");
  std::string w = AsciiLower(sp == std::string_view::npos ? before : before.substr(sp + 1));
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w == "mr" || w == "sir" || w == "lord") return Gender::kMale;
  if (w == "ms" || w == "mrs" || w == "miss" || w == "madam" || w == "lady" || w == "dame") {
    return Gender::kFemale;
  }
  return Gender::kUnknown;
}

Gender PronounGender(std::string_view lower) {
  if (lower == "he" || lower == "him" || lower == "his") return Gender::kMale;
  if (lower == "she" || lower == "her") return Gender::kFemale;
  return Gender::kUnknown;
}

bool IsAnonymousDescription(std::string_view description) {
  std::string d = AsciiLower(Trim(description));
  if (d.empty()) return false;
  std::string first = FirstWordLower(d);
  static const NameSet kIndefinite = {"a",         "an",        "one",      "two",    "three",
                                      "four",      "several",   "some",     "many",   "senior",
                                      "other",     "few",       "sources",  "source", "people",
                                      "officials", "diplomats", "insiders", "someone"};
  if (kIndefinite.count(first)) return true;
  // "Western officials", "Varnian diplomats": a plural of sources without a name.
  static const NameSet kSourceWords = {"source",   "sources",   "official", "officials",
                                       "diplomat", "diplomats", "insider",  "insiders",
                                       "people",   "person",    "aides",    "advisers"};
  for (size_t at = 0; at < d.size();) {
    size_t sp = d.find(' ', at);
    std::string_view w = std::string_view(d).substr(at, sp == std::string::npos ? d.npos : sp - at);
    if (kSourceWords.count(w) && first != "the") return true;
    if (sp == std::string::npos) break;
    at = sp + 1;
  }
  return false;
}

std::string_view DefiniteHead(std::string_view description) {
  description = Trim(description);
  if (description.size() < 5) return {};
  if (!(StartsWith(description, "the ") || StartsWith(description, "The "))) return {};
  std::string_view rest = description.substr(4);
  size_t sp = rest.find(' ');
  if (sp != std::string_view::npos) {
    // Two words at most ("the foreign ministry"): the head is the last.
    std::string_view second = rest.substr(sp + 1);
    if (second.find(' ') != std::string_view::npos) return {};
    rest = second;
  }
  for (char c : rest) {
    if (!(c >= 'a' && c <= 'z')) return {};
  }
  return rest;
}

bool IsOrganisationHead(std::string_view head) {
  static const NameSet k = {"company",  "firm",     "corporation", "group",       "bank",
                            "producer", "operator", "carrier",     "insurer",     "manufacturer",
                            "airline",  "agency",   "ministry",    "broadcaster", "newspaper"};
  return k.count(head) > 0;
}

}  // namespace corroborate
