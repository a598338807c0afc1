#include "extract/metadata/byline.h"

#include <array>

#include "core/strings.h"
#include "extract/text/line_shape.h"

namespace corroborate {
namespace {

constexpr std::array<std::string_view, 6> kPrefixes = {"by ",      "written by ", "words by ",
                                                       "author: ", "authors: ",   "story by "};

// Separators between the names and a date or outlet: "|", "•", "·", " — ", " - ".
constexpr std::array<std::string_view, 5> kSeparators = {"|", "\xE2\x80\xA2", "\xC2\xB7",
                                                         " \xE2\x80\x94 ", " - "};

// Lower-case words a list of names may contain.
bool IsNameConnector(std::string_view w) {
  return w == "and" || w == "&" || w == "de" || w == "van" || w == "von" || w == "der" ||
         w == "da" || w == "di" || w == "del" || w == "la" || w == "le" || w == "bin" ||
         w == "al" || w == "el";
}

bool LooksLikeNames(std::string_view names) {
  const LineShape s = ShapeOf(names);
  if (s.words < 1 || s.words > 12 || s.chars > 100 || s.digits > 0 || !s.starts_upper) {
    return false;
  }
  if (names.find_first_of("!?;:\"") != std::string_view::npos) return false;
  int lower_non_connectors = 0;
  for (std::string_view w : Split(names, ' ')) {
    std::string_view word = Trim(w);
    if (word.empty()) continue;
    const LineShape ws = ShapeOf(word);
    if (ws.starts_lower && !IsNameConnector(word)) ++lower_non_connectors;
  }
  return lower_non_connectors == 0;
}

}  // namespace

std::optional<ParsedByline> ParseByline(std::string_view line) {
  line = Trim(line);
  if (line.size() > 200) return std::nullopt;
  size_t prefix = 0;
  for (std::string_view p : kPrefixes) {
    if (IStartsWith(line, p)) {
      prefix = p.size();
      break;
    }
  }
  if (prefix == 0) return std::nullopt;
  std::string_view rest = Trim(line.substr(prefix));
  ParsedByline out;
  // Split off a trailing date or outlet after a separator.
  size_t cut = std::string_view::npos;
  size_t sep_len = 0;
  for (std::string_view sep : kSeparators) {
    size_t at = rest.find(sep);
    if (at != std::string_view::npos && at < cut) {
      cut = at;
      sep_len = sep.size();
    }
  }
  std::string_view names = rest;
  if (cut != std::string_view::npos) {
    names = Trim(rest.substr(0, cut));
    std::string_view tail = rest.substr(cut + sep_len);
    // Each later part may be a date ("Updated Dec 2, 2025 | 14:05 GMT" stays whole if it parses).
    if (auto date = ParseDateline(tail)) {
      out.date = date;
    } else {
      for (std::string_view part : Split(tail, '|')) {
        if (auto d = ParseDateline(part)) {
          out.date = d;
          break;
        }
      }
    }
  }
  // "By Jane Doe, Reuters": keep the whole comma list as written; names must still look like names.
  while (!names.empty() && (names.back() == ',' || names.back() == '.')) {
    if (names.size() >= 3 && names.substr(names.size() - 3) == "Jr.") break;
    names.remove_suffix(1);
  }
  if (!LooksLikeNames(names)) return std::nullopt;
  out.names = std::string(names);
  return out;
}

}  // namespace corroborate
