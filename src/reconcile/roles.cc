#include "reconcile/roles.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/strings.h"
#include "reconcile/entities.h"
#include "reconcile/name_key.h"
#include "reconcile/place_aliases.h"

namespace corroborate {
namespace {

struct RoleWord {
  std::string lower;  // lowercase, possessive stripped
  TextSpan span;      // in the role text
  bool capital = false;
  bool possessive = false;
};

// Words of a role phrase; hyphenated compounds stay one word ("son-in-law", "then-minister").
std::vector<RoleWord> Words(std::string_view text) {
  std::vector<RoleWord> out;
  size_t i = 0;
  auto is_word_byte = [](unsigned char c) {
    return c >= 0x80 || std::isalnum(c) || c == '-' || c == '.' || c == '\'';
  };
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!is_word_byte(c)) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i]);
      // Of the punctuation in U+2000..U+206F only the right single quote (a possessive's
      // apostrophe) belongs to a word; dashes and double quotes end it.
      if (d == 0xE2 && text.substr(i, 3) != "\u2019") break;
      if (!is_word_byte(d)) break;
      ++i;
    }
    if (i == b) {  // a dash or a double quote
      i += 3;
      continue;
    }
    std::string_view raw = text.substr(b, i - b);
    while (!raw.empty() && raw.back() == '-') raw.remove_suffix(1);
    // A final period is punctuation, except in an abbreviation with inner periods ("U.S.").
    if (!raw.empty() && raw.back() == '.' && raw.find('.') == raw.size() - 1) raw.remove_suffix(1);
    if (raw.empty()) continue;
    RoleWord w;
    std::string_view stripped = StripPossessive(raw);
    w.possessive = stripped.size() != raw.size();
    w.lower = AsciiLower(stripped);
    w.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(b + stripped.size())};
    w.capital = std::isupper(static_cast<unsigned char>(raw[0])) != 0 ||
                static_cast<unsigned char>(raw[0]) >= 0x80;
    out.push_back(std::move(w));
  }
  return out;
}

// Countries and their demonyms -> one key.
const std::unordered_map<std::string_view, std::string_view>& Countries() {
  static const auto* kMap =
      new std::unordered_map<std::string_view, std::string_view>{{"us", "united states"},
                                                                 {"u.s.", "united states"},
                                                                 {"u.s", "united states"},
                                                                 {"usa", "united states"},
                                                                 {"american", "united states"},
                                                                 {"america", "united states"},
                                                                 {"russia", "russia"},
                                                                 {"russian", "russia"},
                                                                 {"ukraine", "ukraine"},
                                                                 {"ukrainian", "ukraine"},
                                                                 {"uk", "united kingdom"},
                                                                 {"u.k.", "united kingdom"},
                                                                 {"britain", "united kingdom"},
                                                                 {"british", "united kingdom"},
                                                                 {"germany", "germany"},
                                                                 {"german", "germany"},
                                                                 {"france", "france"},
                                                                 {"french", "france"},
                                                                 {"poland", "poland"},
                                                                 {"polish", "poland"},
                                                                 {"china", "china"},
                                                                 {"chinese", "china"},
                                                                 {"israel", "israel"},
                                                                 {"israeli", "israel"},
                                                                 {"iran", "iran"},
                                                                 {"iranian", "iran"},
                                                                 {"turkey", "turkey"},
                                                                 {"turkish", "turkey"},
                                                                 {"india", "india"},
                                                                 {"indian", "india"},
                                                                 {"japan", "japan"},
                                                                 {"japanese", "japan"},
                                                                 {"italy", "italy"},
                                                                 {"italian", "italy"},
                                                                 {"spain", "spain"},
                                                                 {"spanish", "spain"},
                                                                 {"canada", "canada"},
                                                                 {"canadian", "canada"},
                                                                 {"belarus", "belarus"},
                                                                 {"belarusian", "belarus"},
                                                                 {"finland", "finland"},
                                                                 {"finnish", "finland"},
                                                                 {"estonia", "estonia"},
                                                                 {"estonian", "estonia"},
                                                                 {"latvia", "latvia"},
                                                                 {"latvian", "latvia"},
                                                                 {"lithuania", "lithuania"},
                                                                 {"lithuanian", "lithuania"},
                                                                 {"sweden", "sweden"},
                                                                 {"swedish", "sweden"},
                                                                 {"norway", "norway"},
                                                                 {"norwegian", "norway"},
                                                                 {"netherlands", "netherlands"},
                                                                 {"dutch", "netherlands"},
                                                                 {"hungary", "hungary"},
                                                                 {"hungarian", "hungary"},
                                                                 {"qatar", "qatar"},
                                                                 {"qatari", "qatar"},
                                                                 {"egypt", "egypt"},
                                                                 {"egyptian", "egypt"},
                                                                 {"syria", "syria"},
                                                                 {"syrian", "syria"},
                                                                 {"saudi", "saudi arabia"},
                                                                 {"australia", "australia"},
                                                                 {"australian", "australia"},
                                                                 {"mexico", "mexico"},
                                                                 {"mexican", "mexico"},
                                                                 {"brazil", "brazil"},
                                                                 {"brazilian", "brazil"},
                                                                 {"korea", "korea"},
                                                                 {"korean", "korea"},
                                                                 {"pakistan", "pakistan"},
                                                                 {"pakistani", "pakistan"},
                                                                 {"georgia", "georgia"},
                                                                 {"georgian", "georgia"},
                                                                 {"moldova", "moldova"},
                                                                 {"moldovan", "moldova"},
                                                                 {"romania", "romania"},
                                                                 {"romanian", "romania"},
                                                                 {"greece", "greece"},
                                                                 {"greek", "greece"},
                                                                 {"austria", "austria"},
                                                                 {"austrian", "austria"},
                                                                 {"ireland", "ireland"},
                                                                 {"irish", "ireland"},
                                                                 {"denmark", "denmark"},
                                                                 {"danish", "denmark"},
                                                                 {"belgium", "belgium"},
                                                                 {"belgian", "belgium"},
                                                                 {"czech", "czech republic"},
                                                                 {"slovakia", "slovakia"},
                                                                 {"slovak", "slovakia"},
                                                                 {"serbia", "serbia"},
                                                                 {"serbian", "serbia"},
                                                                 {"croatia", "croatia"},
                                                                 {"croatian", "croatia"}};
  return *kMap;
}

// Office phrases (lowercase word sequences) -> normalised office. Longest phrases first.
const std::vector<std::pair<std::vector<std::string_view>, std::string_view>>& Offices() {
  using Row = std::pair<std::vector<std::string_view>, std::string_view>;
  static const auto* kRows = [] {
    auto* rows = new std::vector<Row>{
        {{"minister", "of", "foreign", "affairs"}, "foreign_minister"},
        {{"foreign", "affairs", "minister"}, "foreign_minister"},
        {{"secretary", "of", "state"}, "foreign_minister"},
        {{"foreign", "minister"}, "foreign_minister"},
        {{"foreign", "secretary"}, "foreign_minister"},
        {{"top", "diplomat"}, "foreign_minister"},
        {{"chief", "diplomat"}, "foreign_minister"},
        {{"secretary", "of", "defense"}, "defence_minister"},
        {{"secretary", "of", "defence"}, "defence_minister"},
        {{"secretary", "of", "war"}, "defence_minister"},
        {{"minister", "of", "defense"}, "defence_minister"},
        {{"minister", "of", "defence"}, "defence_minister"},
        {{"defense", "secretary"}, "defence_minister"},
        {{"defence", "secretary"}, "defence_minister"},
        {{"war", "secretary"}, "defence_minister"},
        {{"defense", "minister"}, "defence_minister"},
        {{"defence", "minister"}, "defence_minister"},
        {{"national", "security", "adviser"}, "national_security_adviser"},
        {{"national", "security", "advisor"}, "national_security_adviser"},
        {{"prime", "minister"}, "prime_minister"},
        {{"vice", "president"}, "vice_president"},
        {{"vice-president"}, "vice_president"},
        {{"head", "of", "state"}, "president"},
        {{"press", "secretary"}, "spokesperson"},
        {{"chief", "of", "staff"}, "chief_of_staff"},
        {{"secretary", "general"}, "secretary_general"},
        {{"secretary-general"}, "secretary_general"},
        {{"commander", "in", "chief"}, "commander_in_chief"},
        {{"commander-in-chief"}, "commander_in_chief"},
        {{"special", "representative"}, "envoy"},
        {{"premier"}, "prime_minister"},
        {{"president"}, "president"},
        {{"spokesman"}, "spokesperson"},
        {{"spokeswoman"}, "spokesperson"},
        {{"spokesperson"}, "spokesperson"},
        {{"envoy"}, "envoy"},
        {{"emissary"}, "envoy"},
        {{"adviser"}, "adviser"},
        {{"advisor"}, "adviser"},
        {{"aide"}, "adviser"},
        {{"counsellor"}, "adviser"},
        {{"counselor"}, "adviser"},
        {{"chancellor"}, "chancellor"},
        {{"ambassador"}, "ambassador"},
    };
    std::stable_sort(rows->begin(), rows->end(),
                     [](const Row& a, const Row& b) { return a.first.size() > b.first.size(); });
    return rows;
  }();
  return *kRows;
}

// Nouns that head a role phrase.
const std::unordered_set<std::string_view>& Heads() {
  static const auto* kSet =
      new std::unordered_set<std::string_view>{"spokesman",    "spokeswoman",
                                               "spokesperson", "envoy",
                                               "emissary",     "minister",
                                               "secretary",    "president",
                                               "premier",      "chancellor",
                                               "adviser",      "advisor",
                                               "aide",         "counsellor",
                                               "counselor",    "diplomat",
                                               "ambassador",   "commander",
                                               "chief",        "head",
                                               "director",     "official",
                                               "leader",       "chairman",
                                               "chairwoman",   "negotiator",
                                               "analyst",      "expert",
                                               "commentator",  "lawmaker",
                                               "mp",           "senator",
                                               "governor",     "mayor",
                                               "general",      "representative",
                                               "son-in-law",   "daughter-in-law",
                                               "officer",      "economist",
                                               "professor",    "editor",
                                               "founder",      "ceo",
                                               "executive",    "king",
                                               "queen",        "judge",
                                               "prosecutor",   "spokespeople",
                                               "deputy",       "strategist",
                                               "researcher",   "correspondent",
                                               "envoys",       "mediator",
                                               "chair",        "commissioner",
                                               "admiral",      "colonel"};
  return *kSet;
}

bool IsQualifier(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "former",   "ex",        "outgoing", "incoming", "acting",          "interim",
      "future",   "late",      "retired",  "previous", "erstwhile",       "onetime",
      "one-time", "designate", "would-be", "then",     "president-elect", "elect"};
  if (kSet.count(w)) return true;
  return StartsWith(w, "ex-") || StartsWith(w, "then-") || EndsWith(w, "-elect") ||
         EndsWith(w, "-designate");
}

bool IsRank(std::string_view w) {
  return w == "deputy" || w == "vice" || w == "assistant" || w == "under" ||
         StartsWith(w, "under-") || StartsWith(w, "deputy-");
}

// Relations, not employment: "Trump's son-in-law" names a family, not a principal.
bool IsRelation(std::string_view office) {
  static const std::unordered_set<std::string_view> kSet = {
      "son-in-law", "daughter-in-law", "wife",  "husband", "son",  "daughter", "brother", "sister",
      "father",     "mother",          "widow", "friend",  "ally", "critic",   "rival"};
  return kSet.count(office) > 0;
}

// Capitalised words that never name the organisation of a role.
bool IsTitleLike(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "secretary", "state",   "minister", "president",    "foreign", "special", "envoy",
      "chief",     "general", "prime",    "deputy",       "vice",    "senior",  "top",
      "the",       "a",       "an",       "of",           "for",     "to",      "and",
      "affairs",   "defense", "defence",  "presidential", "new",     "head",    "former",
      "acting",    "first",   "national", "security",     "adviser", "advisor", "mr",
      "mrs",       "ms"};
  return kSet.count(w) > 0 || Heads().count(w) > 0;
}

bool IsAdministrationAdjective(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "presidential", "federal",  "regional", "local",   "city",     "state",
      "military",     "civil",    "new",      "current", "previous", "last",
      "next",         "incoming", "outgoing", "the",     "a",        "an"};
  return kSet.count(w) > 0;
}

std::string LastWordOf(const std::string& key) {
  size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

}  // namespace

bool IsRoleHead(std::string_view lower_word) { return Heads().count(lower_word) > 0; }

bool PersonKeySet::Contains(const std::string& key, const void* self) {
  const auto* set = static_cast<const PersonKeySet*>(self);
  return set->keys.count(key) > 0 || set->keys.count(LastWordOf(key)) > 0;
}

PersonKeySet PersonKeysOf(const std::vector<AccountEntity>& entities) {
  PersonKeySet out;
  for (const AccountEntity& e : entities) {
    if (e.type != EntityType::kPerson) continue;
    std::string key = NameKey(e.name);
    out.keys.insert(LastWordOf(key));
    out.keys.insert(std::move(key));
  }
  return out;
}

RoleFacets ParseRole(std::string_view role, IsPersonKey is_person, const void* ctx) {
  RoleFacets f;
  std::vector<RoleWord> ws = Words(role);
  std::vector<bool> used(ws.size(), false);
  auto person = [&](const std::string& key) {
    return is_person != nullptr && !key.empty() && is_person(key, ctx);
  };
  for (size_t i = 0; i < ws.size(); ++i) {
    if (IsQualifier(ws[i].lower)) f.qualified = true;
  }
  // Office: the first (longest) office phrase; else the last head noun.
  for (size_t i = 0; i < ws.size() && f.office.empty(); ++i) {
    for (const auto& [phrase, office] : Offices()) {
      if (i + phrase.size() > ws.size()) continue;
      bool match = true;
      for (size_t k = 0; k < phrase.size() && match; ++k) match = ws[i + k].lower == phrase[k];
      if (!match) continue;
      f.office = std::string(office);
      for (size_t k = 0; k < phrase.size(); ++k) used[i + k] = true;
      break;
    }
  }
  if (f.office.empty()) {
    for (size_t i = ws.size(); i-- > 0;) {
      if (IsRoleHead(ws[i].lower) && ws[i].lower != "deputy") {
        f.office = ws[i].lower;
        used[i] = true;
        break;
      }
    }
  }
  for (size_t i = 0; i < ws.size(); ++i) {
    if (used[i]) continue;
    const std::string& w = ws[i].lower;
    if (IsRank(w) && f.office != "vice_president") {
      f.rank = "deputy";
      used[i] = true;
    } else if (w == "first" && i + 1 < ws.size() && IsRank(ws[i + 1].lower)) {
      used[i] = true;
    }
  }
  // Principal from "<Name> administration" / "<Name> government".
  for (size_t i = 1; i < ws.size() && f.principal.empty(); ++i) {
    if (ws[i].lower != "administration") continue;
    size_t b = i;
    while (b > 0 && ws[b - 1].capital && !IsAdministrationAdjective(ws[b - 1].lower) &&
           !Countries().count(ws[b - 1].lower) && !IsTitleLike(ws[b - 1].lower)) {
      --b;
    }
    if (b == i) continue;
    f.principal = NameKey(role.substr(ws[b].span.begin, ws[i - 1].span.end - ws[b].span.begin));
    f.principal_span = {ws[b].span.begin, ws[i].span.end};
    f.administration = true;
    for (size_t k = b; k <= i; ++k) used[k] = true;
  }
  // Principal from a person named before the head ("Putin aide", "Trump's special envoy") or
  // after "to" ("adviser to Zelensky").
  for (size_t i = 0; i < ws.size() && f.principal.empty(); ++i) {
    if (used[i] || !ws[i].capital || Countries().count(ws[i].lower)) continue;
    size_t e = i;
    while (e < ws.size() && ws[e].capital && !used[e] && !IsTitleLike(ws[e].lower) &&
           !Countries().count(ws[e].lower)) {
      ++e;
      if (ws[e - 1].possessive) break;
    }
    if (e == i) continue;
    std::string key = NameKey(role.substr(ws[i].span.begin, ws[e - 1].span.end - ws[i].span.begin));
    if (!person(key)) continue;
    f.principal = key;
    f.principal_span = {ws[i].span.begin, ws[e - 1].span.end};
    for (size_t k = i; k < e; ++k) used[k] = true;
  }
  // Country and organisation among the remaining capitalised words.
  std::string org;
  for (size_t i = 0; i < ws.size(); ++i) {
    if (used[i]) continue;
    auto c = Countries().find(ws[i].lower);
    if (c != Countries().end()) {
      if (f.country.empty()) f.country = std::string(c->second);
      used[i] = true;
      continue;
    }
    if (ws[i].capital && !IsTitleLike(ws[i].lower) && !IsQualifier(ws[i].lower)) {
      if (!org.empty()) org += ' ';
      org += ws[i].lower;
      used[i] = true;
    }
  }
  if (!org.empty()) {
    std::string key = CanonicalAliasKey(NameKey(org));
    // An organisation that is a country by another name ("United States") is the country.
    auto c = Countries().find(key);
    if (key == "united states" || key == "united kingdom" || c != Countries().end()) {
      if (f.country.empty()) f.country = c != Countries().end() ? std::string(c->second) : key;
    } else {
      f.org = key;
    }
  }
  static const std::unordered_set<std::string_view> kStop = {"the", "a",  "an", "of", "to",
                                                             "for", "at", "in", "and"};
  for (size_t i = 0; i < ws.size(); ++i) {
    if (!kStop.count(ws[i].lower)) f.modifiers.push_back(ws[i].lower);
  }
  if (!f.principal.empty() && IsRelation(f.office)) f.principal.clear();
  return f;
}

TextSpan FindAppositionRole(std::string_view text, uint32_t name_end) {
  size_t i = name_end;
  if (i >= text.size()) return {};
  // Opening separator.
  std::string_view close_any;
  size_t p = i;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p >= text.size()) return {};
  enum { kComma, kDash, kParen } kind;
  if (text[p] == ',') {
    kind = kComma;
    ++p;
  } else if (text[p] == '(') {
    kind = kParen;
    ++p;
  } else if (text.substr(p, 3) == "\u2014" || text.substr(p, 3) == "\u2013") {
    kind = kDash;
    p += 3;
  } else if (text[p] == '-' && p > i && p + 1 < text.size() && text[p + 1] == ' ') {
    kind = kDash;
    ++p;
  } else {
    return {};
  }
  while (p < text.size() && text[p] == ' ') ++p;
  const size_t begin = p;
  // Closing: the matching separator, or the clause's end for a comma.
  size_t end = std::string_view::npos;
  constexpr size_t kMaxBytes = 140;
  for (size_t q = begin; q < text.size() && q < begin + kMaxBytes; ++q) {
    char c = text[q];
    if (c == '\n' || c == '"' || c == ';') {
      if (kind == kComma && c != '"') end = q;
      break;
    }
    if (text.substr(q, 3) == "\u201C" || text.substr(q, 3) == "\u201D") break;
    if (kind == kParen && c == ')') {
      end = q;
      break;
    }
    if (kind == kDash && (text.substr(q, 3) == "\u2014" || text.substr(q, 3) == "\u2013" ||
                          (c == '-' && q > 0 && text[q - 1] == ' ') || c == ',')) {
      end = q;
      break;
    }
    if (kind == kComma && (c == ',' || c == ')')) {
      end = q;
      break;
    }
    if (c == '.' && (q + 1 >= text.size() || text[q + 1] == ' ' || text[q + 1] == '\n')) {
      // "U.S. Secretary" is not a sentence end: a period after a single capital is an initial.
      if (q >= 1 && std::isupper(static_cast<unsigned char>(text[q - 1])) &&
          (q < 2 || !std::isalpha(static_cast<unsigned char>(text[q - 2])) || text[q - 2] == '.')) {
        continue;
      }
      if (kind == kComma) end = q;
      break;
    }
  }
  if (end == std::string_view::npos || end <= begin) return {};
  std::string_view phrase = Trim(text.substr(begin, end - begin));
  std::vector<RoleWord> ws = Words(phrase);
  if (ws.empty() || ws.size() > 12) return {};
  // It must read as a noun phrase: "the …", "a …", "Russia's …", or a role word first.
  const RoleWord& first = ws.front();
  bool opener = first.lower == "the" || first.lower == "a" || first.lower == "an" ||
                first.possessive || IsRoleHead(first.lower) || IsQualifier(first.lower) ||
                Countries().count(first.lower) > 0;
  if (!opener) return {};
  static const std::unordered_set<std::string_view> kClauseWords = {
      "said", "says",  "say",    "told", "has",   "have", "had",  "was", "were", "is",
      "are",  "will",  "would",  "who",  "which", "that", "and",  "but", "when", "while",
      "as",   "after", "before", "if",   "he",    "she",  "they", "it",  "we",   "i"};
  bool head = false;
  for (size_t k = 0; k < ws.size(); ++k) {
    if (kClauseWords.count(ws[k].lower)) return {};
    // The head comes before any complement ("head of the fund", "aide to the president").
    if (IsRoleHead(ws[k].lower) && k < 8) head = true;
  }
  if (!head) return {};
  uint32_t b = static_cast<uint32_t>(begin + (phrase.data() - text.substr(begin).data()));
  return {b, static_cast<uint32_t>(b + phrase.size())};
}

bool RolesConflict(const RoleFacets& a, const RoleFacets& b, std::string* why) {
  if (a.qualified || b.qualified) return false;
  auto say = [&](const char* slot) {
    if (why != nullptr) *why = slot;
    return true;
  };
  if (!a.principal.empty() && !b.principal.empty() &&
      LastWordOf(a.principal) != LastWordOf(b.principal)) {
    return say(a.administration || b.administration ? "administration" : "principal");
  }
  const bool same_office = !a.office.empty() && a.office == b.office;
  if (same_office && !a.country.empty() && !b.country.empty() && a.country != b.country) {
    return say("country");
  }
  if (same_office && !a.org.empty() && !b.org.empty() && a.org != b.org &&
      a.org.find(b.org) == std::string::npos && b.org.find(a.org) == std::string::npos) {
    return say("organisation");
  }
  if (same_office && a.rank != b.rank) return say("rank");
  // Offices one person cannot hold at once in one country.
  static const std::unordered_set<std::string_view> kExclusive = {
      "president", "vice_president", "prime_minister", "foreign_minister", "defence_minister"};
  if (!same_office && kExclusive.count(a.office) && kExclusive.count(b.office) && a.rank.empty() &&
      b.rank.empty() && (a.country.empty() || b.country.empty() || a.country == b.country)) {
    return say("office");
  }
  return false;
}

}  // namespace corroborate
