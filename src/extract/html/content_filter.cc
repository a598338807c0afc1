#include "extract/html/content_filter.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "core/strings.h"
#include "extract/metadata/dateline.h"
#include "extract/text/chrome_vocabulary.h"
#include "extract/text/line_classifier.h"

namespace corroborate {
namespace {

using html::Document;
using html::NodeId;
using html::Tag;

// Text outside links that makes a link-heavy block a paragraph of its own.
constexpr uint32_t kMinOwnChars = 40;
// The header lines (byline, date line) are short.
constexpr uint32_t kMaxHeaderLineChars = 150;
// How far from the end sign-off prompts are looked for.
constexpr size_t kTailBlocks = 4;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int CountWords(std::string_view text) {
  int words = text.empty() ? 0 : 1;
  for (char c : text) words += c == ' ';
  return words;
}

// Ad labels in the languages news sites most often print them in.
bool IsAdLabel(std::string_view text) {
  static constexpr std::string_view kLabels[] = {
      "advert",  "advertisement", "advertising", "ad",        "ads",        "sponsored",
      "anzeige", "werbung",       "publicidad",  "publicité", "pubblicità", "publicidade",
      "reklama", "реклама",       "advertentie", "annons"};
  const std::string key = ChromeKey(text);
  for (std::string_view label : kLabels) {
    if (key == label) return true;
  }
  return false;
}

// "Image 3 of 12", "Photo 2/5", "Slide 4 of 9": a gallery counter.
bool IsGalleryCounter(std::string_view text) {
  static constexpr std::string_view kWords[] = {"image ", "photo ", "picture ",
                                                "slide ", "foto ",  "bild "};
  for (std::string_view w : kWords) {
    if (!IStartsWith(text, w)) continue;
    std::string_view rest = text.substr(w.size());
    size_t i = 0;
    while (i < rest.size() && IsDigit(rest[i])) ++i;
    if (i == 0) return false;
    rest.remove_prefix(i);
    if (StartsWith(rest, " of "))
      rest.remove_prefix(4);
    else if (StartsWith(rest, "/"))
      rest.remove_prefix(1);
    else
      return false;
    i = 0;
    while (i < rest.size() && IsDigit(rest[i])) ++i;
    return i > 0 && i == rest.size();
  }
  return false;
}

// A link printed as its address ("www.theatre.example", "https://…"): a reference the article
// gives, not a headline teaser.
bool IsSpelledOutUrl(std::string_view text) {
  return text.find(' ') == std::string_view::npos &&
         (IStartsWith(text, "http://") || IStartsWith(text, "https://") ||
          IStartsWith(text, "www."));
}

bool KeepBlock(const TextBlock& b) {
  // Mostly links and little else: "Read more: <headline>", a row of share links. A paragraph
  // with a sentence of its own around its links stays.
  if (b.link_chars * 2 > b.chars && b.chars - b.link_chars < kMinOwnChars &&
      !IsSpelledOutUrl(b.block.text)) {
    return false;
  }
  if (b.chars <= 20 && IsAdLabel(b.block.text)) return false;
  if (b.chars <= 24 && IsGalleryCounter(b.block.text)) return false;
  const int words = CountWords(b.block.text);
  // Photo credits and copyright lines ("installation views, photos © Studio X, 2018").
  if (IsCopyrightLine(b.block.text, words)) return false;
  // A syndication notice stays: it tells story/sourcing that the article is a copy.
  if (auto m = MatchChromeVocabulary(b.block.text, words); m && m->reason != "syndication notice") {
    return false;
  }
  return true;
}

// Lower case ASCII, single spaces: for comparing a heading with the page title.
std::string Normalized(std::string_view text) { return AsciiLower(CollapseWhitespace(text)); }

std::string PageTitle(const Document& doc) {
  const NodeId title =
      doc.FindFirst(Tag::kTitle, doc.head() == html::kNoNode ? Document::kRoot : doc.head());
  return title == html::kNoNode ? std::string() : Normalized(doc.TextContent(title));
}

bool IsTitleRepeat(std::string_view text, const std::string& title) {
  if (title.empty() || text.size() < 10) return false;
  return title.find(Normalized(text)) != std::string::npos;
}

bool IsBylineLine(std::string_view text) {
  static constexpr std::string_view kPrefixes[] = {
      "by ", "por ", "par ", "von ", "door ", "di ", "av ", "posted by ", "written by "};
  if (CountWords(text) > 12) return false;
  for (std::string_view p : kPrefixes) {
    if (IStartsWith(text, p)) return true;
  }
  return false;
}

// "05/10/2018", "2019-11-19", "19.11.2019": digits, a separator, digits, the same separator.
bool HasNumericDate(std::string_view text) {
  for (size_t i = 0; i + 5 < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    size_t j = i;
    while (j < text.size() && IsDigit(text[j])) ++j;
    if (j - i > 4 || j >= text.size()) continue;
    const char sep = text[j];
    if (sep != '/' && sep != '.' && sep != '-') continue;
    size_t k = j + 1;
    while (k < text.size() && IsDigit(text[k])) ++k;
    if (k - j - 1 < 1 || k - j - 1 > 2 || k >= text.size() || text[k] != sep) continue;
    size_t m = k + 1;
    while (m < text.size() && IsDigit(text[m])) ++m;
    if (m - k - 1 >= 2 && m - k - 1 <= 4) return true;
  }
  return false;
}

// A year (1990-2039) and a clock time: "segunda-feira, 22 de janeiro de 2018 às 0:13",
// "Mi., 20.11.2019, 17:27" in any language.
bool HasYearAndTime(std::string_view text) {
  bool year = false, time = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    size_t j = i;
    while (j < text.size() && IsDigit(text[j])) ++j;
    const std::string_view digits = text.substr(i, j - i);
    if (digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20"))) {
      const int y = (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 +
                    (digits[3] - '0');
      year = year || (y >= 1990 && y <= 2039);
    }
    if (digits.size() <= 2 && j + 2 < text.size() && text[j] == ':' && IsDigit(text[j + 1]) &&
        IsDigit(text[j + 2])) {
      time = true;
    }
  }
  return year && time;
}

bool IsDateLine(std::string_view text) {
  return ParseDateline(text).has_value() || HasNumericDate(text) || HasYearAndTime(text);
}

// A block that starts the story proper: a paragraph with a sentence in it.
bool IsStoryParagraph(const ContentBlock& b, uint32_t chars) {
  if (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kQuote) return false;
  if (chars >= 120) return true;
  const std::string_view t = b.text;
  return chars >= 40 && !t.empty() &&
         (t.back() == '.' || t.back() == '!' || t.back() == '?' || EndsWith(t, "。") ||
          EndsWith(t, ".”") || EndsWith(t, ".\""));
}

// Inside the header zone (before the first story paragraph): the headline again (any <h1>, or
// a heading repeating the page title), the byline, the date line.
bool IsHeaderBlock(const Document& doc, const TextBlock& b, const std::string& title) {
  if (b.block.kind == BlockKind::kHeading) {
    return (b.owner != html::kNoNode && doc.node(b.owner).tag == Tag::kH1) ||
           IsTitleRepeat(b.block.text, title);
  }
  if (b.chars > kMaxHeaderLineChars) return false;
  return IsTitleRepeat(b.block.text, title) || IsBylineLine(b.block.text) ||
         IsDateLine(b.block.text);
}

bool HasWord(std::string_view text, std::string_view lower_word) {
  for (size_t pos = 0; pos + lower_word.size() <= text.size(); ++pos) {
    if (!IStartsWith(text.substr(pos), lower_word)) continue;
    const bool starts = pos == 0 || !std::isalnum(static_cast<unsigned char>(text[pos - 1]));
    const size_t end = pos + lower_word.size();
    const bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

// After the story: "Follow us on Twitter @…", "Email the author at name@site.com or follow her
// @handle", the sign-offs that close many articles.
bool IsFollowOrContactPrompt(std::string_view text) {
  if (CountWords(text) > 40) return false;
  const bool handle = text.find('@') != std::string_view::npos;
  if (HasWord(text, "follow")) {
    return handle || IContains(text, "twitter") || IContains(text, "facebook") ||
           IContains(text, "instagram") || IContains(text, "linkedin");
  }
  return handle && (HasWord(text, "email") || HasWord(text, "e-mail") || HasWord(text, "contact"));
}

}  // namespace

uint32_t FilterBlocks(const Document& doc, std::vector<TextBlock> blocks,
                      std::vector<ContentBlock>* out) {
  const std::string title = PageTitle(doc);
  bool in_header = true;
  uint32_t kept_chars = 0;
  for (TextBlock& b : blocks) {
    if (in_header && IsStoryParagraph(b.block, b.chars)) in_header = false;
    if (in_header && IsHeaderBlock(doc, b, title)) continue;
    if (!KeepBlock(b)) continue;
    kept_chars += b.chars - b.link_chars;
    out->push_back(std::move(b.block));
  }
  // The tail: sign-off prompts and headings left with nothing under them.
  for (size_t checked = 0; !out->empty() && checked < kTailBlocks; ++checked) {
    const ContentBlock& last = out->back();
    if (last.kind != BlockKind::kHeading && !IsFollowOrContactPrompt(last.text)) break;
    kept_chars -= std::min<uint32_t>(kept_chars, CountText(last.text).chars);
    out->pop_back();
  }
  return kept_chars;
}

}  // namespace corroborate
