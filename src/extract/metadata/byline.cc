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

// Words that make a comma part a job title or an organisation, not a person:
// "By Jane Doe, Senior Correspondent", "By Jane Doe, Northern Press Agency".
bool IsRoleOrOrgWord(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "correspondent", "editor",   "reporter", "writer",  "columnist", "journalist",
      "contributor",   "producer", "analyst",  "staff",   "bureau",    "chief",
      "agency",        "press",    "news",     "media",   "times",     "post",
      "herald",        "gazette",  "journal",  "tribune", "daily",     "radio",
      "television",    "network",  "service",  "wire",    "desk",      "magazine"};
  const std::string w = AsciiLower(word);
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Drops the parts of "Jane Doe, Diplomatic Correspondent" or "Jane Doe, Northern Press Agency"
// after the first comma that name a role or an organisation; people stay ("Jane Doe, Omar
// Farouk and Li Wei").
std::string_view DropRolesAndOrgs(std::string_view names) {
  size_t keep_end = names.size();
  size_t start = 0;
  bool first = true;
  for (;;) {
    const size_t comma = names.find(',', start);
    std::string_view part = Trim(names.substr(
        start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (!first) {
      const std::vector<std::string_view> words = Split(part, ' ');
      // "Reuters": a single word after a comma is no person ("Jr." is part of one).
      bool role = words.size() <= 1 && !IStartsWith(part, "jr") && !IStartsWith(part, "sr");
      for (std::string_view w : words) role = role || IsRoleOrOrgWord(Trim(w));
      if (role && !(words.size() == 1 && IsNameConnector(part))) {
        keep_end = start - 1;  // cut before the comma
        break;
      }
    }
    first = false;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return Trim(names.substr(0, keep_end));
}

// "Jane Doe in Velbridge": the reporter's location after " in " and a capitalised place.
std::string_view DropLocation(std::string_view names) {
  const size_t at = names.rfind(" in ");
  if (at == std::string_view::npos || at == 0) return names;
  const LineShape place = ShapeOf(names.substr(at + 4));
  if (place.words < 1 || place.words > 4 || !place.starts_upper) return names;
  return Trim(names.substr(0, at));
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
  // "By Jane Doe, Reuters", "By Jane Doe in Velbridge": only the people stay.
  names = DropRolesAndOrgs(DropLocation(names));
  while (!names.empty() && (names.back() == ',' || names.back() == '.')) {
    if (names.size() >= 3 && names.substr(names.size() - 3) == "Jr.") break;
    names.remove_suffix(1);
  }
  if (!LooksLikeNames(names)) return std::nullopt;
  out.names = std::string(names);
  return out;
}

}  // namespace corroborate
