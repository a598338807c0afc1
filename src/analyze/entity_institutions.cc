// Vocabulary of lower-case state institutions; see entity_institutions.h.
#include "analyze/entity_institutions.h"

#include <unordered_map>
#include <unordered_set>

namespace corroborate {

InstitutionHead InstitutionHeadOf(std::string_view word) {
  static const std::unordered_map<std::string_view, InstitutionHead> kHeads = {
      {"ministry", InstitutionHead::kFree},    {"parliament", InstitutionHead::kFree},
      {"government", InstitutionHead::kFree},  {"army", InstitutionHead::kFree},
      {"navy", InstitutionHead::kFree},        {"military", InstitutionHead::kFree},
      {"embassy", InstitutionHead::kFree},     {"consulate", InstitutionHead::kFree},
      {"police", InstitutionHead::kFree},      {"cabinet", InstitutionHead::kFree},
      {"presidency", InstitutionHead::kFree},  {"legislature", InstitutionHead::kFree},
      {"senate", InstitutionHead::kFree},      {"judiciary", InstitutionHead::kFree},
      {"bank", InstitutionHead::kBound},       {"staff", InstitutionHead::kBound},
      {"force", InstitutionHead::kBound},      {"forces", InstitutionHead::kBound},
      {"court", InstitutionHead::kBound},      {"guard", InstitutionHead::kBound},
      {"service", InstitutionHead::kBound},    {"office", InstitutionHead::kBound},
      {"commission", InstitutionHead::kBound}, {"prosecutor", InstitutionHead::kBound},
  };
  auto it = kHeads.find(word);
  return it == kHeads.end() ? InstitutionHead::kNone : it->second;
}

bool IsInstitutionModifier(std::string_view word) {
  static const std::unordered_set<std::string_view> kModifiers = {
      "foreign",         "defence",      "defense",
      "interior",        "finance",      "economy",
      "economic",        "justice",      "health",
      "education",       "energy",       "agriculture",
      "emergencies",     "emergency",    "culture",
      "trade",           "transport",    "environment",
      "digital",         "central",      "supreme",
      "constitutional",  "state",        "national",
      "federal",         "general",      "border",
      "coast",           "security",     "intelligence",
      "armed",           "air",          "naval",
      "electoral",       "election",     "tax",
      "customs",         "migration",    "veterans",
      "information",     "prosecutor's", "prosecutor-general's",
      "anti-corruption", "civil",
  };
  return kModifiers.count(word) > 0;
}

bool IsAdjectivalHead(std::string_view word) { return word == "military"; }

}  // namespace corroborate
