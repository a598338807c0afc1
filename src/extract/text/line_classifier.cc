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

// The items of a list-shaped line: cut at " | " (or "|"), " · ", " • ", or at the raw line's
// wide gaps. One item when the line is not a list.
std::vector<std::string_view> ListItems(const ScrapeLine& line, std::string_view text) {
  std::vector<std::string_view> items;
  if (text.find('|') != std::string_view::npos) {
    for (std::string_view item : Split(text, '|')) items.push_back(Trim(item));
    return items;
  }
  for (std::string_view sep : {" \xC2\xB7 ", " \xE2\x80\xA2 "}) {
    if (text.find(sep) == std::string_view::npos) continue;
    size_t start = 0;
    for (size_t at = text.find(sep); at != std::string_view::npos; at = text.find(sep, start)) {
      items.push_back(Trim(text.substr(start, at - start)));
      start = at + sep.size();
    }
    items.push_back(Trim(text.substr(start)));
    return items;
  }
  if (text.size() == line.text.size() && !line.wide_gaps.empty()) return GapItems(line);
  items.push_back(text);
  return items;
}

// A menu item: 1-3 words, no figures or sentence punctuation.
bool IsMenuItem(std::string_view item, bool* capitalised) {
  const LineShape s = ShapeOf(item);
  *capitalised = s.starts_upper;
  return s.words >= 1 && s.words <= 3 && s.chars <= 25 && s.digits == 0 && !s.ends_sentence &&
         !s.ends_colon && item.find_first_of(",;\"") == std::string_view::npos;
}

// Classifies an item list: every item a chrome word ("Facebook | X | Email", "Sign in
// Register") takes that reason; three or more short capitalised items are a menu.
std::optional<ChromeMatch> ClassifyItems(const std::vector<std::string_view>& items) {
  if (items.size() < 2) return std::nullopt;
  std::optional<ChromeMatch> first_match;
  bool all_chrome = true;
  int menu_items = 0, capitalised = 0;
  for (std::string_view item : items) {
    if (item.empty()) return std::nullopt;
    bool cap = false;
    if (IsMenuItem(item, &cap)) ++menu_items;
    capitalised += cap ? 1 : 0;
    if (!all_chrome) continue;
    auto m = MatchChromeVocabulary(item, ShapeOf(item).words);
    if (!m) {
      all_chrome = false;
    } else if (!first_match) {
      first_match = std::move(m);
    }
  }
  if (all_chrome && first_match) return ChromeMatch{first_match->reason};
  const int n = static_cast<int>(items.size());
  if (n >= 3 && menu_items == n && capitalised >= n - 1) return ChromeMatch{"menu"};
  return std::nullopt;
}

// "Share this article: Facebook | X | Email": a chrome label, a colon, then an item list.
std::optional<ChromeMatch> ClassifyLabelledList(const ScrapeLine& line) {
  const size_t colon = line.text.find(':');
  if (colon == std::string::npos || colon == 0) return std::nullopt;
  std::string_view label = Trim(std::string_view(line.text).substr(0, colon));
  std::string_view rest = Trim(std::string_view(line.text).substr(colon + 1));
  auto m = MatchChromeVocabulary(label, ShapeOf(label).words);
  if (!m || rest.empty()) return std::nullopt;
  const std::vector<std::string_view> items = ListItems(line, rest);
  if (items.size() < 2) return std::nullopt;
  for (std::string_view item : items) {
    bool cap = false;
    if (!IsMenuItem(item, &cap)) return std::nullopt;
  }
  return ChromeMatch{m->reason};
}

// "Delegates arrive in the capital. AGENCY/Jane Doe": a caption ending in a photo credit, an
// upper-case agency code, a slash and a capitalised name.
bool EndsWithPhotoCredit(const ScrapeLine& line) {
  if (line.shape.words < 4 || line.shape.words > 60) return false;
  const std::string& t = line.text;
  const size_t slash = t.rfind('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 >= t.size()) return false;
  size_t start = slash;
  while (start > 0 && t[start - 1] != ' ') --start;
  std::string_view agency = std::string_view(t).substr(start, slash - start);
  if (agency.size() < 2 || agency.size() > 8) return false;
  for (char c : agency) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  // What follows is a name: 1-4 capitalised words, nothing else.
  std::string_view name = std::string_view(t).substr(slash + 1);
  const LineShape s = ShapeOf(name);
  return s.words >= 1 && s.words <= 4 && s.capitalized_words == s.words && s.digits == 0 &&
         !s.ends_sentence && start > 0 && t[start - 1] == ' ' && start >= 2 &&
         (t[start - 2] == '.' || t[start - 2] == ')');
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
         IContains(line, "all rights reserved") || IStartsWith(line, "(c) ") ||
         IContains(line, "protected by copyright");
}

namespace {

bool IsCopyrightWord(std::string_view word) {
  return word.empty() || word == kCopyrightSign || IEquals(word, "copyright") ||
         IEquals(word, "(c)") || word == "-" || word == "|" || word == "\xE2\x80\x94" ||
         word == "\xE2\x80\x93";
}

// The brand in one sentence of a copyright line: its words without the sign, "Copyright" and
// years; "" when too long to be a name.
std::string BrandInSegment(std::string_view segment) {
  std::vector<std::string> kept;
  for (std::string_view w : Split(segment, ' ')) {
    std::string_view word = Trim(w);
    while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == '|')) {
      word.remove_suffix(1);
    }
    if (IsCopyrightWord(word)) continue;
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

}  // namespace

std::string BrandFromCopyright(std::string_view line) {
  if (!IsCopyrightLine(line, static_cast<int>(Split(line, ' ').size()))) return "";
  std::string text(line);
  // Cut "All rights reserved" and anything after it.
  const std::string lower = AsciiLower(text);
  size_t arr = lower.find("all rights reserved");
  if (arr != std::string::npos) text.resize(arr);
  if (std::string brand = BrandInSegment(text); !brand.empty()) return brand;
  // "Daily Meridian. All materials are protected by copyright. Reprints …": the brand is the
  // sentence that is a short name, not the one about copyright.
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(". ", start);
    if (end == std::string::npos) end = text.size();
    std::string_view segment = Trim(std::string_view(text).substr(start, end - start));
    const LineShape s = ShapeOf(segment);
    if (!IContains(segment, "copyright") && s.words <= 6 && s.capitalized_words == s.words &&
        s.digits == 0) {
      std::string brand = BrandInSegment(segment);
      if (!brand.empty()) return brand;
    }
    start = end + 2;
  }
  return "";
}

std::optional<ChromeMatch> ClassifyLine(const ScrapeLine& line) {
  if (auto m = MatchChromeVocabulary(line.text, line.shape.words)) return m;
  if (IsCopyrightLine(line.text, line.shape.words)) return ChromeMatch{"copyright line"};
  std::string reason;
  if (IsSlugOrLink(line, &reason)) return ChromeMatch{reason};
  if (IsGluedMenu(line)) return ChromeMatch{"category menu"};
  if (IsBreadcrumb(line)) return ChromeMatch{"breadcrumb"};
  if (line.shape.chars < 200 && !IsSentence(line.shape)) {
    if (auto m = ClassifyItems(ListItems(line, line.text))) return m;
  }
  if (line.shape.chars < 200) {
    if (auto m = ClassifyLabelledList(line)) return m;
  }
  if (EndsWithPhotoCredit(line)) return ChromeMatch{"image caption"};
  return std::nullopt;
}

}  // namespace corroborate
