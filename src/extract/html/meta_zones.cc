#include "extract/html/meta_zones.h"

#include <array>
#include <string_view>

namespace corroborate {
namespace {

constexpr std::array<std::string_view, 30> kExcludedWords = {
    "comment", "comments",      "commentlist", "disqus",          "replies",
    "respond", "related",       "recommended", "recommendations", "recommend",
    "recirc",  "recirculation", "trending",    "popular",         "mostread",
    "sidebar", "outbrain",      "taboola",     "newsletter",      "footer",
    "nav",     "navigation",    "menu",        "breadcrumb",      "breadcrumbs",
    "ticker",  "rail",          "widget",      "teasers",         "promo"};

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return IsLowerAscii(c) || IsUpperAscii(c); }

// Case-insensitive equality with a lower-case word.
bool WordIs(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = IsUpperAscii(w[i]) ? static_cast<char>(w[i] + 32) : w[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// kExcludedWords grouped by length, so a word is compared only with words of its length.
struct WordsByLength {
  static constexpr size_t kMaxLength = 16;
  std::array<std::array<std::string_view, kExcludedWords.size()>, kMaxLength> words{};
  std::array<size_t, kMaxLength> counts{};
  constexpr WordsByLength() {
    for (std::string_view w : kExcludedWords) words[w.size()][counts[w.size()]++] = w;
  }
};
constexpr WordsByLength kByLength;

bool IsExcludedWord(std::string_view w) {
  if (w.size() >= WordsByLength::kMaxLength) return false;
  const auto& candidates = kByLength.words[w.size()];
  for (size_t i = 0; i < kByLength.counts[w.size()]; ++i) {
    if (WordIs(w, candidates[i])) return true;
  }
  return false;
}

// "most read", "more stories", "read next", "you may (also like)": excluded as word pairs.
bool IsExcludedPair(std::string_view first, std::string_view second) {
  if (WordIs(first, "most")) {
    return WordIs(second, "read") || WordIs(second, "popular") || WordIs(second, "viewed") ||
           WordIs(second, "shared");
  }
  if (WordIs(first, "more")) {
    return WordIs(second, "stories") || WordIs(second, "news") || WordIs(second, "articles") ||
           WordIs(second, "from");
  }
  return (WordIs(first, "read") && WordIs(second, "next")) ||
         (WordIs(first, "you") && WordIs(second, "may"));
}

// Splits an attribute into words at punctuation, digits and camelCase ("relatedStories" ->
// related, Stories) without allocating, and tells whether any word (or pair) is excluded.
bool HasExcludedWord(std::string_view attr) {
  std::string_view previous;
  size_t i = 0;
  while (i < attr.size()) {
    if (!IsLetter(attr[i])) {
      ++i;
      continue;
    }
    const size_t start = i++;
    while (i < attr.size() && IsLetter(attr[i]) &&
           !(IsUpperAscii(attr[i]) && IsLowerAscii(attr[i - 1]))) {
      ++i;
    }
    const std::string_view word = attr.substr(start, i - start);
    if (IsExcludedWord(word) || (!previous.empty() && IsExcludedPair(previous, word))) {
      return true;
    }
    previous = word;
  }
  return false;
}

}  // namespace

bool IsExcludedElement(const html::Document& doc, html::NodeId id) {
  const html::Node& n = doc.node(id);
  if (n.kind != html::NodeKind::kElement) return false;
  switch (n.tag) {
    case html::Tag::kNav:
    case html::Tag::kAside:
    case html::Tag::kFooter:
    case html::Tag::kTemplate:
    case html::Tag::kNoscript:
    case html::Tag::kScript:
    case html::Tag::kStyle:
    case html::Tag::kIframe:
    case html::Tag::kSvg:
    case html::Tag::kTextarea:
      return true;
    default:
      break;
  }
  for (const html::Attribute& a : doc.attributes(id)) {
    if ((a.name == "class" || a.name == "id") && HasExcludedWord(a.value)) return true;
  }
  return false;
}

bool InExcludedZone(const html::Document& doc, html::NodeId id) {
  for (html::NodeId at = id; at != html::kNoNode && at != html::Document::kRoot;
       at = doc.node(at).parent) {
    if (IsExcludedElement(doc, at)) return true;
  }
  return false;
}

bool ZoneCache::InExcludedZone(html::NodeId id) {
  if (state_.empty()) state_.assign(doc_.size(), -1);
  // Walk up to the first node with a known answer, then write the answer down the path.
  html::NodeId path[512];
  size_t depth = 0;
  html::NodeId at = id;
  int8_t answer = 0;
  while (at != html::kNoNode && at != html::Document::kRoot) {
    if (state_[at] >= 0) {
      answer = state_[at];
      break;
    }
    if (IsExcludedElement(doc_, at)) {
      answer = 1;
      state_[at] = 1;
      break;
    }
    if (depth < sizeof path / sizeof path[0]) path[depth++] = at;
    at = doc_.node(at).parent;
  }
  for (size_t i = 0; i < depth; ++i) state_[path[i]] = answer;
  return answer == 1;
}

}  // namespace corroborate
