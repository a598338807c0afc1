// Speaker facts for quote alignment: name and honorific gender, unnamed sources, definite
// descriptions (see quote_speakers.h).
#include "reconcile/quote_speakers.h"

#include <string>
#include <unordered_set>

#include "analyze/given_names.h"
#include "core/strings.h"

namespace corroborate {
namespace {

using NameSet = std::unordered_set<std::string_view>;

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
  // One first-name table for the whole project (analyze/given_names.h).
  if (Gender g = GivenNameGender(FirstWordLower(full_name)); g != Gender::kUnknown) return g;
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
