// Capitals, seats of government and "both sides" (reconcile/positions_metonymy.h).
#include "reconcile/positions_metonymy.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "core/strings.h"
#include "nlp/place_names.h"

namespace corroborate::positions {
namespace {

// Seats of government used for the government itself in news writing, by NameKey of the name
// without "the". General knowledge (heads of state or government), not story-specific.
const std::unordered_map<std::string, std::string_view>& Seats() {
  static const auto* seats = [] {
    auto* m = new std::unordered_map<std::string, std::string_view>;
    const std::pair<std::string_view, std::string_view> kSeats[] = {
        {"Kremlin", "RU"},         {"White House", "US"}, {"Downing Street", "GB"},
        {"Number 10", "GB"},       {"Elysee", "FR"},      {"Elysee Palace", "FR"},
        {"Bankova", "UA"},         {"Zhongnanhai", "CN"}, {"Blue House", "KR"},
        {"Palazzo Chigi", "IT"},   {"Moncloa", "ES"},     {"Kantei", "JP"},
        {"Casa Rosada", "AR"},     {"Planalto", "BR"},    {"Rashtrapati Bhavan", "IN"},
        {"Bundeskanzleramt", "DE"}};
    for (const auto& [name, code] : kSeats) m->emplace(NameKey(name), code);
    return m;
  }();
  return *seats;
}

std::string_view WithoutThe(std::string_view name) {
  if (name.size() > 4 && IStartsWith(name, "the ")) name.remove_prefix(4);
  return name;
}

// The table's country code for a name: of a country when kind_country, else of the most
// populous city whose own name it is. "" when the table does not know it.
std::string TableCountry(const nlp::PlaceNames& places, std::string_view name,
                         nlp::PlaceKind want) {
  std::string best;
  uint32_t best_people = 0;
  for (uint32_t entry : places.Find(NameKey(name))) {
    nlp::PlaceInfo info = places.place(entry);
    if (info.kind != want) continue;
    if (want == nlp::PlaceKind::kCity && !nlp::PlaceNames::IsOwnName(entry)) continue;
    if (best.empty() || info.population > best_people) {
      best.assign(info.country, 2);
      best_people = info.population;
    }
  }
  return best;
}

}  // namespace

std::string_view SeatCountry(std::string_view name) {
  auto it = Seats().find(NameKey(WithoutThe(name)));
  return it == Seats().end() ? std::string_view() : it->second;
}

std::pair<int32_t, std::string> SeatStates::StateOfName(std::string_view name) const {
  std::string code(SeatCountry(name));
  if (code.empty() && places != nullptr) code = TableCountry(*places, name, nlp::PlaceKind::kCity);
  if (code.empty()) return {-1, ""};
  auto it = country_entity.find(code);
  if (it != country_entity.end()) return {std::max(it->second, -1), ""};
  auto named = country_name.find(code);
  if (named != country_name.end() && NameKey(named->second) != NameKey(name)) {
    return {-1, named->second};
  }
  return {-1, ""};
}

SeatStates StateOfSeats(const StoryInput& story, const ResolvedEntities& entities,
                        const ClaimSet& claims) {
  const auto& ents = entities.entities;
  SeatStates out;
  out.places = story.places;
  std::vector<int32_t>& state = out.by_entity;
  state.assign(ents.size(), -1);
  // The story's countries by code; -2 when two entities claim one code.
  std::map<std::string, int32_t>& country_entity = out.country_entity;
  std::vector<std::string> city_code(ents.size());
  for (size_t e = 0; e < ents.size(); ++e) {
    // A one-word "person" may be a mistyped place (rules-only runs); full names never are.
    const bool one_word = ents[e].name.find(' ') == std::string::npos;
    if ((ents[e].type == EntityType::kPerson && !one_word) || story.places == nullptr) continue;
    std::string code = TableCountry(*story.places, ents[e].name, nlp::PlaceKind::kCountry);
    for (size_t v = 0; code.empty() && v < ents[e].variants.size(); ++v) {
      code = TableCountry(*story.places, ents[e].variants[v], nlp::PlaceKind::kCountry);
    }
    if (!code.empty()) {
      auto [it, fresh] = country_entity.emplace(code, static_cast<int32_t>(e));
      if (!fresh && it->second != static_cast<int32_t>(e)) it->second = -2;
      continue;
    }
    // Rules-only runs may type a city "other"; the table knows it is a city.
    if (ents[e].type == EntityType::kPlace || ents[e].type == EntityType::kOther ||
        ents[e].type == EntityType::kPerson) {
      city_code[e] = TableCountry(*story.places, ents[e].name, nlp::PlaceKind::kCity);
    }
  }
  auto country_of = [&](std::string_view code) {
    auto it = country_entity.find(std::string(code));
    return it == country_entity.end() ? -1 : std::max(it->second, -1);
  };
  for (size_t e = 0; e < ents.size(); ++e) {
    if (ents[e].type == EntityType::kPerson && ents[e].name.find(' ') != std::string::npos) {
      continue;
    }
    std::string_view seat = SeatCountry(ents[e].name);
    for (size_t v = 0; seat.empty() && v < ents[e].variants.size(); ++v) {
      seat = SeatCountry(ents[e].variants[v]);
    }
    int32_t target = -1;
    if (!seat.empty()) {
      // Seats need no table: the story's country is found by its code when the table is
      // loaded; without it, by nothing (stays as written).
      target = country_of(seat);
    } else if (!city_code[e].empty()) {
      target = country_of(city_code[e]);
    }
    if (target != static_cast<int32_t>(e)) state[e] = target;
  }
  // Country names no entity carries: capitalised words the table knows as a country.
  for (size_t d = 0;
       story.places != nullptr && d < story.docs.size() && d + 1 < claims.doc_begin.size(); ++d) {
    if (story.docs[d] == nullptr) continue;
    const std::string_view text = story.docs[d]->text();
    for (uint32_t c = claims.doc_begin[d]; c < claims.doc_begin[d + 1]; ++c) {
      for (const ClaimToken& tok : claims.claims[c].tokens) {
        std::string_view raw = tok.span.Of(text);
        if (tok.punct || tok.entity >= 0 || raw.size() < 3 || raw[0] < 'A' || raw[0] > 'Z') {
          continue;
        }
        std::string code = TableCountry(*story.places, raw, nlp::PlaceKind::kCountry);
        if (!code.empty() && !country_entity.count(code)) out.country_name.emplace(code, raw);
      }
    }
  }
  return out;
}

std::pair<int32_t, int32_t> MainParties(const ClaimSet& claims, const ResolvedEntities& entities) {
  std::map<std::pair<int32_t, int32_t>, int> pairs;
  auto party = [&](int32_t e) {
    return e >= 0 && entities.entities[static_cast<size_t>(e)].type != EntityType::kPerson;
  };
  for (const Claim& claim : claims.claims) {
    const std::vector<ClaimToken>& t = claim.tokens;
    // "X and (the) Y": two different entities joined by "and" ("between X and Y" too).
    for (size_t i = 0; i + 2 < t.size(); ++i) {
      if (!party(t[i].entity) || (i + 1 < t.size() && t[i + 1].entity == t[i].entity)) continue;
      size_t j = i + 1;
      if (t[j].lower != "and") continue;
      ++j;
      if (j < t.size() && t[j].lower == "the") ++j;
      if (j >= t.size() || !party(t[j].entity) || t[j].entity == t[i].entity) continue;
      int32_t a = t[i].entity, b = t[j].entity;
      ++pairs[{std::min(a, b), std::max(a, b)}];
    }
  }
  std::pair<int32_t, int32_t> best{-1, -1};
  int best_n = 0, second_n = 0;
  for (const auto& [pair, n] : pairs) {
    if (n > best_n) {
      second_n = best_n;
      best_n = n;
      best = pair;
    } else if (n > second_n) {
      second_n = n;
    }
  }
  // Clear only when one pair dominates: named together at least twice, and at least twice as
  // often as any other pair.
  if (best_n < 2 || best_n < 2 * second_n) return {-1, -1};
  return best;
}

}  // namespace corroborate::positions
