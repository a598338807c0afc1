#include "reconcile/org_short_names.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/strings.h"
#include "reconcile/demonyms.h"
#include "reconcile/entities.h"  // NameKey

namespace corroborate {
namespace {

// Words of a name key (keys are single-space separated).
std::vector<std::string_view> Words(std::string_view key) { return Split(key, ' '); }

// One-word short forms that name a kind of body, not one body: "the ministry" is resolved by
// the description rules (entity_descriptions.h), never by sharing a word with a full name.
bool IsGenericWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kGeneric = {
      "ministry",  "government", "committee",  "agency",      "council",       "party",
      "army",      "court",      "office",     "department",  "commission",    "union",
      "bank",      "group",      "company",    "service",     "news",          "press",
      "daily",     "times",      "post",       "national",    "international", "federal",
      "state",     "university", "police",     "forces",      "parliament",    "assembly",
      "authority", "institute",  "foundation", "association", "center",        "centre",
      "house",     "media",      "network",    "radio",       "television",    "tv"};
  return kGeneric.count(w) > 0;
}

// "SPORTS" style all-capital surfaces of 2-6 letters are read as initials.
bool IsInitialism(std::string_view surface) {
  if (surface.size() < 2 || surface.size() > 6) return false;
  for (char c : surface) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// The initials of a written name's capitalised words ("International Committee of the Red
// Cross" -> "ICRC"; "The Daily Courier" -> "DC", leading "The" dropped).
std::string Initials(std::string_view surface) {
  std::string out;
  bool first = true;
  size_t i = 0;
  while (i < surface.size()) {
    while (i < surface.size() && (surface[i] == ' ' || surface[i] == '-')) ++i;
    size_t j = i;
    while (j < surface.size() && surface[j] != ' ' && surface[j] != '-') ++j;
    std::string_view w = surface.substr(i, j - i);
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && !(first && (w == "The" || w == "THE"))) {
      out.push_back(w[0]);
    }
    first = false;
    i = j;
  }
  return out;
}

// Whether `shorter` (words) occurs as a contiguous run inside `longer`.
bool ContainsRun(const std::vector<std::string_view>& longer,
                 const std::vector<std::string_view>& shorter) {
  if (shorter.empty() || shorter.size() >= longer.size()) return false;
  for (size_t s = 0; s + shorter.size() <= longer.size(); ++s) {
    bool all = true;
    for (size_t k = 0; k < shorter.size() && all; ++k) all = longer[s + k] == shorter[k];
    if (all) return true;
  }
  return false;
}

bool IsStateForm(std::string_view w) {
  return w == "federation" || w == "republic" || w == "kingdom" || w == "confederation" ||
         w == "commonwealth" || w == "principality" || w == "emirate" || w == "sultanate";
}

// The words of an organisation key as a sorted bag, its owner written as its place ("#3") and
// "of"/"the" left out; "" when no word names a place of the story (no owner, no variants).
std::string OwnerWordBag(const std::vector<std::string_view>& words,
                         const std::unordered_map<std::string, size_t>& place_by_key,
                         const std::unordered_map<std::string, size_t>& place_by_demonym) {
  std::vector<std::string> bag;
  bool owner = false;
  for (std::string_view w : words) {
    if (w == "of" || w == "the") continue;
    const std::string word(w);
    auto find = [](const std::unordered_map<std::string, size_t>& m, const std::string& k) {
      auto it = m.find(k);
      return it == m.end() ? static_cast<int64_t>(-1) : static_cast<int64_t>(it->second);
    };
    int64_t place = find(place_by_key, word);
    if (place < 0) place = find(place_by_demonym, word);
    if (place < 0 && word.size() > 3 && word.back() == 's') {
      place = find(place_by_key, word.substr(0, word.size() - 1));  // "varnias" (possessive)
    }
    if (place >= 0) {
      bag.push_back("#" + std::to_string(place));
      owner = true;
    } else {
      bag.push_back(word == "defense" ? "defence" : word);  // the two spellings of one word
    }
  }
  if (!owner || bag.size() < 2) return {};
  std::sort(bag.begin(), bag.end());
  std::string out;
  for (const std::string& w : bag) out += w + ' ';
  return out;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> LinkShortNames(
    const std::vector<ShortNameCandidate>& names) {
  std::vector<std::pair<size_t, size_t>> links;
  std::vector<std::vector<std::string_view>> words;
  words.reserve(names.size());
  for (const ShortNameCandidate& n : names) words.push_back(Words(n.key));
  // One-word places, and each key's first word read as a demonym of one of them ("varnian"
  // -> "varnia"; reconcile/demonyms.h).
  std::unordered_map<std::string, size_t> place_by_key;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].place && words[i].size() == 1) place_by_key.emplace(names[i].key, i);
  }
  std::unordered_map<std::string, size_t> place_by_demonym;
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string first(words[i][0]);
    if (words[i].size() < 2 || place_by_demonym.count(first)) continue;
    for (const std::string& base : DemonymBases(first)) {
      auto it = place_by_key.find(NameKey(base));
      if (it != place_by_key.end()) {
        place_by_demonym.emplace(first, it->second);
        break;
      }
    }
  }
  // (place, rest of the name) -> the key "DEMONYM rest" ("varnian defence ministry").
  std::map<std::pair<size_t, std::string>, size_t> by_demonym_and_rest;
  for (size_t i = 0; i < names.size(); ++i) {
    auto it = place_by_demonym.find(std::string(words[i][0]));
    if (it == place_by_demonym.end()) continue;
    by_demonym_and_rest.emplace(std::make_pair(it->second, names[i].key.substr(words[i][0].size())),
                                i);
  }

  // One body under its word orders: "ministry of defence of varnia", "varnian ministry of
  // defence", "varnias defence ministry" and "varnian defense ministry" share one bag of words
  // once the owner (demonym, possessive or name) becomes its place.
  std::unordered_map<std::string, size_t> first_with_bag;
  for (size_t i = 0; i < names.size(); ++i) {
    if (!names[i].organization || names[i].place || words[i].size() < 2) continue;
    const std::string bag = OwnerWordBag(words[i], place_by_key, place_by_demonym);
    if (bag.empty()) continue;
    auto [it, inserted] = first_with_bag.emplace(bag, i);
    if (!inserted) links.emplace_back(i, it->second);
  }

  for (size_t s = 0; s < names.size(); ++s) {
    const ShortNameCandidate& sn = names[s];
    // A place's formal state name: "russian federation" / "republic of varnia" -> the place.
    if (sn.place && words[s].size() == 1) continue;  // handled from the long side below
    const std::vector<std::string_view>& w = words[s];
    if (w.size() == 2 && IsStateForm(w[1])) {
      auto it = place_by_demonym.find(std::string(w[0]));
      if (it != place_by_demonym.end()) links.emplace_back(it->second, s);
      continue;
    }
    if (w.size() == 3 && IsStateForm(w[0]) && w[1] == "of") {
      auto it = place_by_key.find(std::string(w[2]));
      if (it != place_by_key.end()) links.emplace_back(it->second, s);
      continue;
    }
    // "varnias defence ministry" -> "varnian defence ministry".
    if (w.size() >= 2 && w[0].size() > 2 && w[0].back() == 's') {
      auto place = place_by_key.find(std::string(w[0].substr(0, w[0].size() - 1)));
      if (place != place_by_key.end()) {
        auto it = by_demonym_and_rest.find({place->second, sn.key.substr(w[0].size())});
        if (it != by_demonym_and_rest.end() && it->second != s) {
          links.emplace_back(s, it->second);
          continue;
        }
      }
    }
    // Initials, or a run of the long name's words; exactly one organisation may fit. Initials
    // need not be typed (the recognisers often leave "KNA" untyped); a run of words must be.
    const bool initials = w.size() == 1 && IsInitialism(sn.surface);
    if (sn.place || (!initials && !sn.organization)) continue;
    if (!initials && w.size() == 1 && IsGenericWord(w[0])) continue;
    size_t found = names.size();
    int fits = 0;
    for (size_t l = 0; l < names.size() && fits < 2; ++l) {
      if (l == s || !names[l].organization || words[l].size() < 2) continue;
      bool fit = initials ? Initials(names[l].surface) == sn.surface : ContainsRun(words[l], w);
      if (fit) found = l, ++fits;
    }
    if (fits == 1) links.emplace_back(s, found);
  }
  return links;
}

bool IsShortFormOf(const ShortNameCandidate& short_name, const std::string& full) {
  const std::vector<std::string_view> w = Words(short_name.key);
  if (w.size() != 1 || short_name.place) return false;
  if (IsInitialism(short_name.surface)) return Initials(full) == short_name.surface;
  const std::string full_key = NameKey(full);
  return !IsGenericWord(w[0]) && ContainsRun(Words(full_key), w);
}

}  // namespace corroborate
