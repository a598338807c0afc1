#include "reconcile/place_aliases.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/strings.h"
#include "nlp/place_names.h"
#include "reconcile/entities.h"

namespace corroborate {
namespace {

// Each row: the preferred name first, then other names for the same thing.
const std::initializer_list<std::initializer_list<std::string_view>> kAliases = {
    // Countries, unions and international bodies.
    {"United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America"},
    {"United Kingdom", "UK", "U.K.", "Britain", "Great Britain"},
    {"European Union", "EU", "E.U."},
    {"United Nations", "UN", "U.N."},
    {"Russia", "Russian Federation"},
    {"China", "People's Republic of China", "PRC"},
    {"North Korea", "DPRK", "Democratic People's Republic of Korea"},
    {"South Korea", "Republic of Korea", "ROK"},
    {"United Arab Emirates", "UAE", "U.A.E."},
    {"Czech Republic", "Czechia"},
    {"Turkey", "Türkiye", "Turkiye"},
    {"Netherlands", "Holland", "The Netherlands"},
    {"Myanmar", "Burma"},
    {"Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"},
    {"Eswatini", "Swaziland"},
    {"North Macedonia", "Macedonia"},
    {"Belarus", "Byelorussia"},
    {"Moldova", "Moldavia"},
    {"Kyrgyzstan", "Kirghizia"},
    {"Democratic Republic of the Congo", "DRC", "DR Congo"},
    {"Vatican", "Holy See", "Vatican City"},
    {"NATO", "North Atlantic Treaty Organization", "North Atlantic Alliance"},
    {"World Health Organization", "WHO"},
    {"International Monetary Fund", "IMF"},
    {"International Atomic Energy Agency", "IAEA"},
    {"Organization for Security and Co-operation in Europe", "OSCE"},
    {"International Criminal Court", "ICC"},
    {"World Trade Organization", "WTO"},
    {"African Union", "AU"},
    {"Association of Southeast Asian Nations", "ASEAN"},
    {"Organization of the Petroleum Exporting Countries", "OPEC"},
    // Cities: renamings and exonyms.
    {"Kyiv", "Kiev"},
    {"Kharkiv", "Kharkov"},
    {"Odesa", "Odessa"},
    {"Lviv", "Lvov", "Lwow", "Lemberg"},
    {"Mykolaiv", "Nikolaev", "Nikolayev"},
    {"Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporozhe"},
    {"Dnipro", "Dnepr", "Dnipropetrovsk", "Dnepropetrovsk"},
    {"Chernihiv", "Chernigov"},
    {"Luhansk", "Lugansk"},
    {"Vinnytsia", "Vinnitsa"},
    {"Rivne", "Rovno"},
    {"Chisinau", "Kishinev"},
    {"Vilnius", "Vilna"},
    {"Tbilisi", "Tiflis"},
    {"Almaty", "Alma-Ata"},
    {"Astana", "Nur-Sultan"},
    {"Ashgabat", "Ashkhabad"},
    {"Beijing", "Peking"},
    {"Guangzhou", "Canton"},
    {"Mumbai", "Bombay"},
    {"Chennai", "Madras"},
    {"Kolkata", "Calcutta"},
    {"Yangon", "Rangoon"},
    {"Ho Chi Minh City", "Saigon"},
    {"Gdansk", "Danzig"},
    {"Cologne", "Köln", "Koln"},
    {"Munich", "München", "Munchen"},
    {"Vienna", "Wien"},
    {"Prague", "Praha"},
    {"Warsaw", "Warszawa"},
    {"Moscow", "Moskva"},
    {"Saint Petersburg", "St. Petersburg", "St Petersburg", "Leningrad"},
    {"Volgograd", "Stalingrad"},
    {"Istanbul", "Constantinople"},
    {"Jerusalem", "Al-Quds"},
};

const std::unordered_map<std::string, std::string>& Table() {
  static const std::unordered_map<std::string, std::string>* table = [] {
    auto* t = new std::unordered_map<std::string, std::string>();
    for (const auto& row : kAliases) {
      std::string preferred = NameKey(*row.begin());
      for (std::string_view name : row) t->emplace(NameKey(name), preferred);
    }
    return t;
  }();
  return *table;
}

}  // namespace

namespace {

bool IsNameStart(unsigned char c) { return (c >= 'A' && c <= 'Z') || c >= 0x80; }

// A run of capitalised words starting at p (at most four): "Pokrovsk", "Nur-Sultan", "Lwów".
size_t NameRunEnd(std::string_view text, size_t p) {
  size_t end = p;
  for (int w = 0; w < 4 && p < text.size() && IsNameStart(static_cast<unsigned char>(text[p]));
       ++w) {
    size_t e = p;
    while (e < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[e]);
      if (c == 0xE2) break;  // dashes, quotes
      if (!(std::isalnum(c) || c == '-' || c == '\'' || c >= 0x80)) break;
      ++e;
    }
    if (e == p) break;
    end = e;
    if (e + 1 >= text.size() || text[e] != ' ' ||
        !IsNameStart(static_cast<unsigned char>(text[e + 1]))) {
      break;
    }
    p = e + 1;
  }
  return end;
}

bool IsLanguageWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kLangs = {
      "Russian",    "Ukrainian", "Polish",   "German",  "Belarusian", "Romanian", "Hungarian",
      "Turkish",    "Arabic",    "Hebrew",   "Persian", "French",     "Italian",  "Spanish",
      "Greek",      "Yiddish",   "Tatar",    "Crimean", "Chinese",    "Japanese", "Korean",
      "Lithuanian", "Latvian",   "Estonian", "Finnish", "Georgian",   "Armenian", "Azerbaijani"};
  return kLangs.count(w) > 0;
}

}  // namespace

TextSpan FindDeclaredAlias(std::string_view text, uint32_t name_end) {
  size_t p = name_end;
  if (p + 3 >= text.size()) return {};
  const bool paren = text.substr(p, 2) == " (";
  const bool comma = text.substr(p, 2) == ", ";
  if (!paren && !comma) return {};
  p += 2;
  auto word_at = [&](size_t at) {
    size_t e = at;
    while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    return text.substr(at, e - at);
  };
  auto result = [&](size_t b) -> TextSpan {
    size_t e = NameRunEnd(text, b);
    if (e <= b) return {};
    if (paren) {  // the parenthesis must close right after the name, or after "in <Language>"
      std::string_view rest = text.substr(e);
      if (!StartsWith(rest, ")") && !StartsWith(rest, " in ") && !StartsWith(rest, ",") &&
          !StartsWith(rest, ";")) {
        return {};
      }
    }
    return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  };
  // "(Lang: Y)"
  std::string_view w = word_at(p);
  if (paren && IsLanguageWord(w) && text.substr(p + w.size(), 2) == ": ") {
    return result(p + w.size() + 2);
  }
  // Optional adverbs, then "known [in X] as", "called", "named", "formerly [known as]".
  for (std::string_view adv : {"also ", "now ", "locally ", "officially ", "widely ", "once "}) {
    if (text.substr(p, adv.size()) == adv) p += adv.size();
  }
  w = word_at(p);
  if (w == "known" || w == "called" || w == "named" || w == "renamed") {
    size_t q = p + w.size();
    // Up to four words before "as": "known in Ukraine as", "known to Russians as".
    for (int k = 0; k < 5 && q < text.size(); ++k) {
      if (text.substr(q, 4) == " as ") return result(q + 4);
      if (w != "known" && text[q] == ' ' && IsNameStart(static_cast<unsigned char>(text[q + 1]))) {
        return result(q + 1);  // "called Y", "renamed Y"
      }
      size_t next = text.find(' ', q + 1);
      if (next == std::string_view::npos || next > q + 24) break;
      q = next;
    }
    return {};
  }
  if (w == "formerly" || w == "previously" || (paren && w == "or")) {
    size_t q = p + w.size() + 1;
    if (text.substr(q, 9) == "known as ") q += 9;
    if (text.substr(q, 7) == "called ") q += 7;
    return result(q);
  }
  // "(Y in Lang)"
  if (paren && IsNameStart(static_cast<unsigned char>(text[p]))) {
    size_t e = NameRunEnd(text, p);
    if (e > p && text.substr(e, 4) == " in ") {
      std::string_view lang = word_at(e + 4);
      if (IsLanguageWord(lang) && text.substr(e + 4 + lang.size(), 1) == ")") {
        return {static_cast<uint32_t>(p), static_cast<uint32_t>(e)};
      }
    }
  }
  return {};
}

std::string CanonicalAliasKey(const std::string& key) {
  const auto& table = Table();
  auto it = table.find(key);
  return it == table.end() ? key : it->second;
}

namespace {

std::string CountryOf(const nlp::PlaceNames& places, uint32_t place) {
  return places.place(place).country;
}

// The one country all of a key's places lie in, or "" (none, or several).
std::string SingleCountry(const nlp::PlaceNames& places, std::span<const uint32_t> cands) {
  std::string country;
  for (uint32_t p : cands) {
    std::string c = CountryOf(places, p);
    if (c.empty() || (!country.empty() && c != country)) return "";
    country = c;
  }
  return country;
}

}  // namespace

std::vector<int64_t> ResolvePlaceKeys(const nlp::PlaceNames& places,
                                      const std::vector<PlaceKeyInDoc>& keys) {
  std::vector<int64_t> out(keys.size(), -1);
  std::vector<std::span<const uint32_t>> cands(keys.size());
  // Countries the story's places evidently lie in: each name whose places all lie in one
  // country ("Ukraine", "Kharkiv") is evidence for it in the story; towns (not countries, which
  // are named as actors: "Russia said") are evidence in their own article too.
  std::unordered_set<std::string> story_countries;
  std::unordered_map<size_t, std::unordered_set<std::string>> doc_countries;
  for (size_t k = 0; k < keys.size(); ++k) {
    cands[k] = places.Find(keys[k].key);
    std::string c = SingleCountry(places, cands[k]);
    if (c.empty()) continue;
    story_countries.insert(c);
    bool towns = true;
    for (uint32_t p : cands[k]) towns = towns && places.place(p).kind == nlp::PlaceKind::kCity;
    if (towns) doc_countries[keys[k].doc].insert(c);
  }
  // The candidates in the article's evidenced countries, else in the story's, else all.
  auto in_countries = [&](size_t k, const std::unordered_set<std::string>& countries) {
    std::vector<uint32_t> kept;
    for (uint32_t p : cands[k]) {
      if (countries.count(CountryOf(places, p))) kept.push_back(p);
    }
    return kept;
  };
  std::vector<std::vector<uint32_t>> likely(keys.size());
  for (size_t k = 0; k < keys.size(); ++k) {
    likely[k] = in_countries(k, doc_countries[keys[k].doc]);
    if (likely[k].empty()) likely[k] = in_countries(k, story_countries);
    if (likely[k].empty()) likely[k].assign(cands[k].begin(), cands[k].end());
  }
  // 1. Names of one place, or of one place in the evidenced countries, or of several of which
  //    one bears it as its own name ("Pokrovsk", which is also an old name of Engels).
  std::unordered_set<uint32_t> named_alone;
  for (size_t k = 0; k < keys.size(); ++k) {
    int64_t pick = likely[k].size() == 1 ? static_cast<int64_t>(likely[k][0]) : -1;
    if (likely[k].size() > 1) {
      int own = 0;
      for (uint32_t e : likely[k]) {
        if (nlp::PlaceNames::IsOwnName(e)) pick = e, ++own;
      }
      if (own != 1) pick = -1;
    }
    if (pick < 0) continue;
    out[k] = nlp::PlaceNames::PlaceOf(static_cast<uint32_t>(pick));
    named_alone.insert(static_cast<uint32_t>(out[k]));
  }
  // 2. A name of several places of which exactly one is named alone elsewhere in the story:
  //    the story names that place twice ("Krasnoarmeysk" beside "Pokrovsk").
  for (size_t k = 0; k < keys.size(); ++k) {
    if (out[k] >= 0 || likely[k].size() < 2) continue;
    int64_t anchor = -1;
    int anchors = 0;
    for (uint32_t e : likely[k]) {
      if (named_alone.count(nlp::PlaceNames::PlaceOf(e)))
        anchor = nlp::PlaceNames::PlaceOf(e), ++anchors;
    }
    if (anchors == 1) out[k] = anchor;
  }
  return out;
}

}  // namespace corroborate
