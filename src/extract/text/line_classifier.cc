#include "extract/text/line_classifier.h"

#include <array>
#include <cctype>

#include "core/strings.h"
#include "core/utf8.h"

namespace corroborate {
namespace {

constexpr std::string_view kCopyrightSign = "\xC2\xA9";  // ©

bool IsSlugOrLink(const ScrapeLine& line, std::string* reason) {
  const std::string& t = line.text;
  if (line.shape.has_space || line.shape.chars < 10) return false;
  if (IStartsWith(t, "http://") || IStartsWith(t, "https://") || IStartsWith(t, "www.")) {
    *reason = "link";
    return true;
  }
  size_t underscores = 0, hyphens = 0;
  for (char c : t) {
    underscores += c == '_';
    hyphens += c == '-';
  }
  // "US_Russia_Talks_Stall", "img_2041.jpg", "putin-meets-envoys-in-moscow".
  if (underscores >= 1 || (hyphens >= 3 && line.shape.capitalized_words == 0)) {
    *reason = "file slug";
    return true;
  }
  return false;
}

// A token with two or more lower→upper breaks, "LatestPakistanTop": menu items whose separators
// the scraper dropped. Brand names have at most one ("LinkedIn", "YouTube").
bool IsGluedMenu(const ScrapeLine& line) {
  if (line.shape.camel_breaks < 2 || line.shape.words > 8 || line.shape.chars >= 100 ||
      IsSentence(line.shape)) {
    return false;
  }
  for (std::string_view token : Split(line.text, ' ')) {
    if (ShapeOf(token).camel_breaks >= 2) return true;
  }
  return false;
}

// "Home News", "Home » World » Europe", "News | Politics | World".
bool IsBreadcrumb(const ScrapeLine& line) {
  const LineShape& s = line.shape;
  if (s.words > 8 || s.ends_sentence || s.chars >= 80) return false;
  if (IStartsWith(line.text, "home ") && s.capitalized_words == s.words && s.words <= 3) {
    return true;
  }
  int separators = 0;
  for (std::string_view sep : {" \xC2\xBB ", " \xE2\x80\xBA ", " / ", " | ", " > "}) {
    size_t pos = 0;
    while ((pos = line.text.find(sep, pos)) != std::string::npos) {
      ++separators;
      pos += sep.size();
    }
  }
  return separators >= 2 && s.capitalized_words * 2 >= s.words;
}

constexpr std::array<std::string_view, 14> kRoleWords = {
    "editor",    "author",       "reporter",    "correspondent", "journalist",
    "columnist", "writer",       "contributor", "producer",      "editor-in-chief",
    "anchor",    "photographer", "analyst",     "staff"};

}  // namespace

bool IsRoleLine(std::string_view line) {
  const std::vector<std::string_view> words = Split(Trim(line), ' ');
  if (words.empty() || words.size() > 3) return false;
  std::string last = AsciiLower(words.back());
  while (!last.empty() && (last.back() == '.' || last.back() == ',')) last.pop_back();
  for (std::string_view role : kRoleWords) {
    if (last == role) return true;
  }
  return false;
}

bool IsPersonNameLine(const ScrapeLine& line) {
  const LineShape& s = line.shape;
  if (s.words < 1 || s.words > 4 || s.digits > 0 || s.ends_sentence || s.ends_colon ||
      s.chars > 50) {
    return false;
  }
  if (s.capitalized_words != s.words) return false;
  return line.text.find_first_of(",;:!?()[]{}\"|/@#") == std::string::npos;
}

bool IsCopyrightLine(std::string_view line, int words) {
  if (words > 25) return false;
  return line.find(kCopyrightSign) != std::string_view::npos || IStartsWith(line, "copyright") ||
         IContains(line, "all rights reserved") || IStartsWith(line, "(c) ");
}

std::string BrandFromCopyright(std::string_view line) {
  if (!IsCopyrightLine(line, static_cast<int>(Split(line, ' ').size()))) return "";
  std::string text(line);
  // Cut "All rights reserved" and anything after it.
  const std::string lower = AsciiLower(text);
  size_t arr = lower.find("all rights reserved");
  if (arr != std::string::npos) text.resize(arr);
  std::vector<std::string> kept;
  for (std::string_view w : Split(text, ' ')) {
    std::string_view word = Trim(w);
    while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == '|')) {
      word.remove_suffix(1);
    }
    if (word.empty() || word == kCopyrightSign || IEquals(word, "copyright") ||
        IEquals(word, "(c)") || word == "-" || word == "|" || word == "\xE2\x80\x94" ||
        word == "\xE2\x80\x93") {
      continue;
    }
    if (StartsWith(word, kCopyrightSign)) word.remove_prefix(kCopyrightSign.size());
    // Years and year ranges: "2025", "2010-2025".
    bool year = !word.empty();
    for (char c : word) year = year && (std::isdigit(static_cast<unsigned char>(c)) || c == '-');
    if (year || word.empty()) continue;
    kept.emplace_back(word);
  }
  if (kept.empty() || kept.size() > 6) return "";
  return Join(kept, " ");
}

std::optional<ChromeMatch> ClassifyLine(const ScrapeLine& line) {
  if (auto m = MatchChromeVocabulary(line.text, line.shape.words)) return m;
  if (IsCopyrightLine(line.text, line.shape.words)) return ChromeMatch{"copyright line"};
  std::string reason;
  if (IsSlugOrLink(line, &reason)) return ChromeMatch{reason};
  if (IsGluedMenu(line)) return ChromeMatch{"category menu"};
  if (IsBreadcrumb(line)) return ChromeMatch{"breadcrumb"};
  return std::nullopt;
}

}  // namespace corroborate
