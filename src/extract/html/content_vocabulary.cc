#include "extract/html/content_vocabulary.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace corroborate {
namespace {

struct Word {
  std::string_view text;
  uint16_t signal;
  bool prefix;  // also matches words that start with it ("comment" -> "comments", "commentlist")
};

constexpr uint16_t kPos = kNamePositive;
constexpr uint16_t kHint = kNameBodyHint | kNamePositive;
constexpr uint16_t kBoil = kNameBoilerplate;
constexpr uint16_t kComm = kNameComments | kNameBoilerplate;
constexpr uint16_t kWeak = kNameWeak;
constexpr uint16_t kCap = kNameCaption;

// Sorted by text (ClassifyWord binary-searches it; checked at compile time below).
constexpr std::array kWords = {
    Word{"actions", kWeak, false},
    Word{"ad", kBoil, false},
    Word{"ads", kBoil, false},
    Word{"adslot", kBoil, true},
    Word{"adunit", kBoil, true},
    Word{"adv", kBoil, false},
    Word{"advert", kBoil, true},
    Word{"affiliate", kBoil, true},
    Word{"article", kPos, false},
    Word{"articlebody", kHint, false},
    Word{"articlecontent", kHint, false},
    Word{"articletext", kHint, false},
    Word{"aside", kWeak, false},
    Word{"author", kWeak, true},
    Word{"banner", kWeak, false},
    Word{"bio", kBoil, false},
    Word{"biography", kBoil, false},
    Word{"bios", kBoil, false},
    Word{"blog", kPos, false},
    Word{"body", kPos, false},
    Word{"bodytext", kHint, false},
    Word{"breadcrumb", kBoil, true},
    Word{"byline", kWeak, true},
    Word{"caption", kCap, true},
    Word{"carousel", kWeak, true},
    Word{"comment", kComm, true},
    Word{"consent", kBoil, true},
    Word{"content", kPos, false},
    Word{"contentbody", kHint, false},
    Word{"cookie", kBoil, true},
    Word{"copy", kPos, false},
    Word{"credit", kCap, true},
    Word{"cta", kBoil, false},
    Word{"date", kWeak, false},
    Word{"dates", kWeak, false},
    Word{"dfp", kBoil, true},
    Word{"disqus", kComm, true},
    Word{"embed", kNameEmbed, true},
    Word{"entry", kPos, false},
    Word{"entrycontent", kHint, false},
    Word{"extra", kWeak, false},
    Word{"figcaption", kCap, false},
    Word{"footer", kWeak, true},
    Word{"gdpr", kBoil, true},
    Word{"header", kWeak, false},
    Word{"hentry", kPos, false},
    Word{"kicker", kWeak, false},
    Word{"lightbox", kBoil, true},
    Word{"login", kBoil, false},
    Word{"masthead", kBoil, false},
    Word{"menu", kBoil, true},
    Word{"meta", kWeak, false},
    Word{"modal", kBoil, true},
    Word{"mostpopular", kBoil, false},
    Word{"mostread", kBoil, false},
    Word{"nav", kBoil, true},
    Word{"newsletter", kBoil, true},
    Word{"next", kWeak, false},
    Word{"outbrain", kBoil, true},
    Word{"overlay", kBoil, false},
    Word{"pager", kBoil, false},
    Word{"pagination", kBoil, false},
    Word{"paywall", kBoil, true},
    Word{"popular", kBoil, false},
    Word{"popup", kBoil, true},
    Word{"post", kPos, false},
    Word{"postbody", kHint, false},
    Word{"postcontent", kHint, false},
    Word{"prev", kWeak, false},
    Word{"previous", kWeak, false},
    Word{"promo", kBoil, true},
    Word{"promo", kBoil, true},
    Word{"prose", kPos, false},
    Word{"rail", kBoil, false},
    Word{"recirc", kBoil, true},
    Word{"recommend", kBoil, true},
    Word{"related", kBoil, true},
    Word{"replies", kComm, false},
    Word{"respond", kComm, false},
    Word{"rss", kBoil, false},
    Word{"search", kBoil, false},
    Word{"share", kBoil, true},
    Word{"sharing", kBoil, false},
    Word{"sidebar", kBoil, true},
    Word{"signup", kBoil, false},
    Word{"sitemap", kBoil, false},
    Word{"skip", kBoil, false},
    Word{"social", kBoil, true},
    Word{"sponsor", kBoil, true},
    Word{"story", kPos, false},
    Word{"storybody", kHint, false},
    Word{"storycontent", kHint, false},
    Word{"storytext", kHint, false},
    Word{"subscri", kBoil, true},
    Word{"taboola", kBoil, true},
    Word{"tag", kBoil, false},
    Word{"tagcloud", kBoil, false},
    Word{"taglist", kBoil, false},
    Word{"tags", kBoil, false},
    Word{"teaser", kBoil, true},
    Word{"text", kPos, false},
    Word{"timestamp", kWeak, false},
    Word{"toolbar", kBoil, false},
    Word{"tools", kWeak, false},
    Word{"topbar", kBoil, false},
    Word{"trending", kBoil, false},
    Word{"utility", kWeak, false},
    Word{"widget", kBoil, true},
};

static_assert(std::is_sorted(kWords.begin(), kWords.end(),
                             [](const Word& a, const Word& b) { return a.text < b.text; }));

// Two adjacent words that together name chrome ("most-read", "read-more", "sr-only") or the
// article body ("article-body", "entry_content", "storyText").
struct Pair {
  std::string_view first, second;
  uint16_t signal;
};

constexpr std::array kPairs = {
    Pair{"about", "author", kBoil},   Pair{"about", "the", kBoil},
    Pair{"also", "like", kBoil},      Pair{"also", "read", kBoil},
    Pair{"author", "bio", kBoil},     Pair{"author", "box", kBoil},
    Pair{"author", "card", kBoil},    Pair{"author", "info", kBoil},
    Pair{"author", "profile", kBoil}, Pair{"further", "reading", kBoil},
    Pair{"more", "articles", kBoil},  Pair{"more", "from", kBoil},
    Pair{"more", "news", kBoil},      Pair{"more", "on", kBoil},
    Pair{"more", "stories", kBoil},   Pair{"most", "commented", kBoil},
    Pair{"most", "emailed", kBoil},   Pair{"most", "popular", kBoil},
    Pair{"most", "read", kBoil},      Pair{"most", "shared", kBoil},
    Pair{"most", "viewed", kBoil},    Pair{"news", "letter", kBoil},
    Pair{"read", "also", kBoil},      Pair{"read", "more", kBoil},
    Pair{"read", "next", kBoil},      Pair{"sign", "in", kBoil},
    Pair{"sign", "up", kBoil},        Pair{"top", "stories", kBoil},
    Pair{"up", "next", kBoil},        Pair{"you", "may", kBoil},
    Pair{"you", "might", kBoil},
};

bool IsBodyNoun(std::string_view w) {
  return w == "body" || w == "content" || w == "text" || w == "copy";
}
bool IsBodyOwner(std::string_view w) {
  return w == "article" || w == "story" || w == "post" || w == "entry" || w == "news" ||
         w == "blog" || w == "body" || w == "content";
}

// kWords and kPairs are sorted, so the entries starting with one letter are contiguous:
// [begin, end).
struct LetterRange {
  uint8_t begin = 0, end = 0;
};
template <class Entries, class FirstWord>
constexpr std::array<LetterRange, 26> IndexByLetter(const Entries& entries, FirstWord first) {
  std::array<LetterRange, 26> index{};
  for (size_t i = 0; i < entries.size(); ++i) {
    LetterRange& r = index[static_cast<size_t>(first(entries[i])[0] - 'a')];
    if (r.begin == r.end) r.begin = static_cast<uint8_t>(i);
    r.end = static_cast<uint8_t>(i + 1);
  }
  return index;
}
constexpr std::array<LetterRange, 26> kByLetter =
    IndexByLetter(kWords, [](const Word& w) { return w.text; });
static_assert(std::is_sorted(kPairs.begin(), kPairs.end(),
                             [](const Pair& a, const Pair& b) { return a.first < b.first; }));
constexpr std::array<LetterRange, 26> kPairsByLetter =
    IndexByLetter(kPairs, [](const Pair& p) { return p.first; });

uint16_t ClassifyWord(std::string_view w) {
  // "commentary" and "commentator" are article genres, not comment sections.
  if (w.size() > 8 && w[0] == 'c' && w.substr(0, 8) == "commenta") return kNameNone;
  const LetterRange r = kByLetter[static_cast<size_t>(w[0] - 'a')];
  uint16_t signal = kNameNone;
  for (size_t i = r.begin; i < r.end; ++i) {
    const Word& entry = kWords[i];
    if (entry.text.size() > w.size()) continue;
    if (entry.text.size() == w.size()) {
      if (entry.text == w) return entry.signal;
    } else if (entry.prefix && w.substr(0, entry.text.size()) == entry.text) {
      signal |= entry.signal;
    }
  }
  return signal;
}

bool IsClassSeparator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// a == lower, ignoring ASCII case in a (lower is lowercase, as long as a).
bool IEqualsLower(std::string_view a, std::string_view lower) {
  for (size_t i = 0; i < a.size(); ++i) {
    const char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// Whole class names that hide an element ("field-label-hidden" hides a label, not the field, so
// words inside names do not count).
bool HiddenClass(std::string_view classes) {
  constexpr std::string_view kHiddenClasses[] = {
      "hidden",         "hide",    "is-hidden",          "element-hidden", "visually-hidden",
      "visuallyhidden", "sr-only", "screen-reader-text", "screenreader",   "offscreen",
      "invisible",      "d-none",  "u-hidden",           "a11y-hidden",    "hidden-visually"};
  size_t i = 0;
  while (i < classes.size()) {
    while (i < classes.size() && IsClassSeparator(classes[i])) ++i;
    size_t j = i;
    while (j < classes.size() && !IsClassSeparator(classes[j])) ++j;
    const std::string_view name = classes.substr(i, j - i);
    for (std::string_view h : kHiddenClasses) {
      if (name.size() == h.size() && (name[0] | 0x20) == h[0] && IEqualsLower(name, h)) {
        return true;
      }
    }
    i = j;
  }
  return false;
}

constexpr size_t kMaxWords = 24;
constexpr size_t kMaxWordLength = 32;

// Splits one attribute value into lowercase words, appending views into `buffer`.
class WordSplitter {
 public:
  void Split(std::string_view value) {
    size_t start = used_;
    bool previous_lower = false;
    auto finish = [&] {
      if (used_ > start && count_ < kMaxWords) {
        start_[count_] = static_cast<uint16_t>(start);
        length_[count_] = static_cast<uint16_t>(used_ - start);
        ++count_;
      }
      start = used_;
    };
    for (char c : value) {
      const bool upper = c >= 'A' && c <= 'Z';
      const bool lower = c >= 'a' && c <= 'z';
      if (!upper && !lower) {  // punctuation, digits, spaces, non-ASCII: a word boundary
        finish();
        previous_lower = false;
        continue;
      }
      if (upper && previous_lower) finish();  // camelCase
      if (used_ - start < kMaxWordLength && used_ < sizeof buffer_) {
        buffer_[used_++] = upper ? static_cast<char>(c - 'A' + 'a') : c;
      }
      previous_lower = lower;
    }
    finish();
  }
  size_t count() const { return count_; }
  std::string_view word(size_t i) const { return {buffer_ + start_[i], length_[i]}; }

 private:
  char buffer_[512];
  size_t used_ = 0;
  // Word i is buffer_[start_[i], start_[i] + length_[i]); plain arrays, left uninitialised
  // past count_ (this runs for every element of every page).
  uint16_t start_[kMaxWords];
  uint16_t length_[kMaxWords];
  size_t count_ = 0;
};

}  // namespace

uint16_t ClassifyNames(std::string_view class_attr, std::string_view id_attr) {
  if (class_attr.empty() && id_attr.empty()) return kNameNone;
  uint16_t signal = HiddenClass(class_attr) ? kNameHidden : kNameNone;
  WordSplitter words;
  words.Split(class_attr.substr(0, 400));
  words.Split(id_attr.substr(0, 100));
  for (size_t i = 0; i < words.count(); ++i) {
    const std::string_view w = words.word(i);
    signal |= ClassifyWord(w);
    if (i + 1 < words.count()) {
      const std::string_view next = words.word(i + 1);
      const LetterRange r = kPairsByLetter[static_cast<size_t>(w[0] - 'a')];
      for (size_t k = r.begin; k < r.end; ++k) {
        if (kPairs[k].first == w && kPairs[k].second == next) signal |= kPairs[k].signal;
      }
      if (IsBodyOwner(w) && IsBodyNoun(next) && w != next) signal |= kHint;
    }
  }
  // An embedded post ("social-media-embed", "embedded-tweet") is quoted content, not chrome.
  if ((signal & kNameEmbed) && !(signal & kNameComments)) signal &= ~kNameBoilerplate;
  return signal;
}

}  // namespace corroborate
