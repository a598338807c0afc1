#include "extract/html/meta_language.h"

#include <array>

#include "core/strings.h"

namespace corroborate {
namespace {

struct LanguageName {
  std::string_view code;    // ISO 639-1
  std::string_view alpha3;  // ISO 639-2/T (and /B where different, below)
  std::string_view alpha3b;
  std::string_view english;
};

// The languages news pages in this project's inputs are written in; others pass through as
// their two-letter code when they are one.
constexpr std::array<LanguageName, 30> kLanguages = {{
    {"en", "eng", "eng", "english"},   {"fr", "fra", "fre", "french"},
    {"de", "deu", "ger", "german"},    {"es", "spa", "spa", "spanish"},
    {"it", "ita", "ita", "italian"},   {"pt", "por", "por", "portuguese"},
    {"nl", "nld", "dut", "dutch"},     {"ru", "rus", "rus", "russian"},
    {"uk", "ukr", "ukr", "ukrainian"}, {"pl", "pol", "pol", "polish"},
    {"tr", "tur", "tur", "turkish"},   {"ar", "ara", "ara", "arabic"},
    {"he", "heb", "heb", "hebrew"},    {"fa", "fas", "per", "persian"},
    {"zh", "zho", "chi", "chinese"},   {"ja", "jpn", "jpn", "japanese"},
    {"ko", "kor", "kor", "korean"},    {"hi", "hin", "hin", "hindi"},
    {"sv", "swe", "swe", "swedish"},   {"no", "nor", "nor", "norwegian"},
    {"da", "dan", "dan", "danish"},    {"fi", "fin", "fin", "finnish"},
    {"el", "ell", "gre", "greek"},     {"cs", "ces", "cze", "czech"},
    {"ro", "ron", "rum", "romanian"},  {"hu", "hun", "hun", "hungarian"},
    {"bg", "bul", "bul", "bulgarian"}, {"sr", "srp", "srp", "serbian"},
    {"ka", "kat", "geo", "georgian"},  {"id", "ind", "ind", "indonesian"},
}};

bool AllAlpha(std::string_view s) {
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return !s.empty();
}

}  // namespace

std::string NormalizeLanguage(std::string_view tag) {
  tag = Trim(tag);
  // "en-US, fr": the first of a list.
  const size_t comma = tag.find_first_of(",;");
  if (comma != std::string_view::npos) tag = Trim(tag.substr(0, comma));
  const size_t sep = tag.find_first_of("-_");
  const std::string primary = AsciiLower(sep == std::string_view::npos ? tag : tag.substr(0, sep));
  if (!AllAlpha(primary)) return {};
  if (primary.size() == 2) return primary;
  for (const LanguageName& l : kLanguages) {
    if (primary == l.alpha3 || primary == l.alpha3b || primary == l.english) {
      return std::string(l.code);
    }
  }
  return {};
}

}  // namespace corroborate
