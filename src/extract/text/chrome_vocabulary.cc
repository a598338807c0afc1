#include "extract/text/chrome_vocabulary.h"

#include <array>
#include <cctype>
#include <unordered_map>

#include "core/strings.h"

namespace corroborate {
namespace {

struct Phrase {
  std::string_view key;
  std::string_view reason;
  EndMarker end;
};

constexpr std::string_view kNav = "site navigation";
constexpr std::string_view kRelatedReason = "related headlines";
constexpr std::string_view kReadMore = "read-more link";
constexpr std::string_view kComment = "comment form";
constexpr std::string_view kShare = "share buttons";
constexpr std::string_view kAd = "advertisement";
constexpr std::string_view kTop = "back-to-top link";

// Whole-line labels (after ChromeKey).
constexpr std::array kWholeLine = {
    Phrase{"no result", kNav, EndMarker::kNone},
    Phrase{"no results", kNav, EndMarker::kNone},
    Phrase{"no results found", kNav, EndMarker::kNone},
    Phrase{"view all result", kNav, EndMarker::kNone},
    Phrase{"view all results", kNav, EndMarker::kNone},
    Phrase{"search", kNav, EndMarker::kNone},
    Phrase{"search for", kNav, EndMarker::kNone},
    Phrase{"type your search", kNav, EndMarker::kNone},
    Phrase{"menu", kNav, EndMarker::kNone},
    Phrase{"main menu", kNav, EndMarker::kNone},
    Phrase{"open menu", kNav, EndMarker::kNone},
    Phrase{"close menu", kNav, EndMarker::kNone},
    Phrase{"toggle navigation", kNav, EndMarker::kNone},
    Phrase{"skip to content", kNav, EndMarker::kNone},
    Phrase{"skip to main content", kNav, EndMarker::kNone},
    Phrase{"home", kNav, EndMarker::kNone},
    Phrase{"sections", kNav, EndMarker::kNone},
    Phrase{"load more", kNav, EndMarker::kNone},
    Phrase{"show more", kNav, EndMarker::kNone},
    Phrase{"next post", kNav, EndMarker::kNone},
    Phrase{"previous post", kNav, EndMarker::kNone},
    Phrase{"next article", kNav, EndMarker::kNone},
    Phrase{"previous article", kNav, EndMarker::kNone},
    Phrase{"sign in", kNav, EndMarker::kNone},
    Phrase{"log in", kNav, EndMarker::kNone},
    Phrase{"login", kNav, EndMarker::kNone},
    Phrase{"register", kNav, EndMarker::kNone},
    Phrase{"back to top", kTop, EndMarker::kNone},
    Phrase{"back to top button", kTop, EndMarker::kNone},
    Phrase{"scroll to top", kTop, EndMarker::kNone},
    Phrase{"go to top", kTop, EndMarker::kNone},
    Phrase{"top", kTop, EndMarker::kNone},
    Phrase{"read more", kReadMore, EndMarker::kRelated},
    Phrase{"read next", kReadMore, EndMarker::kRelated},
    Phrase{"reading now", kReadMore, EndMarker::kRelated},
    Phrase{"continue reading", kReadMore, EndMarker::kNone},
    Phrase{"read full article", kReadMore, EndMarker::kNone},
    Phrase{"read the full story", kReadMore, EndMarker::kNone},
    Phrase{"keep reading", kReadMore, EndMarker::kNone},
    Phrase{"see more", kReadMore, EndMarker::kRelated},
    Phrase{"read also", kReadMore, EndMarker::kNone},
    Phrase{"also read", kReadMore, EndMarker::kNone},
    Phrase{"related", kRelatedReason, EndMarker::kRelated},
    Phrase{"related articles", kRelatedReason, EndMarker::kRelated},
    Phrase{"related posts", kRelatedReason, EndMarker::kRelated},
    Phrase{"related stories", kRelatedReason, EndMarker::kRelated},
    Phrase{"related news", kRelatedReason, EndMarker::kRelated},
    Phrase{"related content", kRelatedReason, EndMarker::kRelated},
    Phrase{"related coverage", kRelatedReason, EndMarker::kRelated},
    Phrase{"more stories", kRelatedReason, EndMarker::kRelated},
    Phrase{"more news", kRelatedReason, EndMarker::kRelated},
    Phrase{"more from", kRelatedReason, EndMarker::kRelated},
    Phrase{"more on this story", kRelatedReason, EndMarker::kRelated},
    Phrase{"you may also like", kRelatedReason, EndMarker::kRelated},
    Phrase{"you might also like", kRelatedReason, EndMarker::kRelated},
    Phrase{"recommended", kRelatedReason, EndMarker::kRelated},
    Phrase{"recommended for you", kRelatedReason, EndMarker::kRelated},
    Phrase{"trending", kRelatedReason, EndMarker::kRelated},
    Phrase{"trending now", kRelatedReason, EndMarker::kRelated},
    Phrase{"most read", kRelatedReason, EndMarker::kRelated},
    Phrase{"most popular", kRelatedReason, EndMarker::kRelated},
    Phrase{"popular posts", kRelatedReason, EndMarker::kRelated},
    Phrase{"latest news", kRelatedReason, EndMarker::kRelated},
    Phrase{"latest stories", kRelatedReason, EndMarker::kRelated},
    Phrase{"latest posts", kRelatedReason, EndMarker::kRelated},
    Phrase{"editor's picks", kRelatedReason, EndMarker::kRelated},
    Phrase{"what to read next", kRelatedReason, EndMarker::kRelated},
    Phrase{"don't miss", kRelatedReason, EndMarker::kRelated},
    Phrase{"leave a reply", kComment, EndMarker::kComments},
    Phrase{"leave a comment", kComment, EndMarker::kComments},
    Phrase{"post a comment", kComment, EndMarker::kComments},
    Phrase{"add a comment", kComment, EndMarker::kComments},
    Phrase{"add comment", kComment, EndMarker::kComments},
    Phrase{"comments", kComment, EndMarker::kComments},
    Phrase{"comment", kComment, EndMarker::kComments},
    Phrase{"join the conversation", kComment, EndMarker::kComments},
    Phrase{"show comments", kComment, EndMarker::kComments},
    Phrase{"view comments", kComment, EndMarker::kComments},
    Phrase{"post comment", kComment, EndMarker::kNone},
    Phrase{"submit comment", kComment, EndMarker::kNone},
    Phrase{"cancel reply", kComment, EndMarker::kNone},
    Phrase{"reply", kComment, EndMarker::kNone},
    Phrase{"name", kComment, EndMarker::kNone},
    Phrase{"email", kComment, EndMarker::kNone},
    Phrase{"website", kComment, EndMarker::kNone},
    Phrase{"share", kShare, EndMarker::kNone},
    Phrase{"share this", kShare, EndMarker::kNone},
    Phrase{"share this article", kShare, EndMarker::kNone},
    Phrase{"share this story", kShare, EndMarker::kNone},
    Phrase{"share via", kShare, EndMarker::kNone},
    Phrase{"copy link", kShare, EndMarker::kNone},
    Phrase{"tweet", kShare, EndMarker::kNone},
    Phrase{"print", kShare, EndMarker::kNone},
    Phrase{"facebook", kShare, EndMarker::kNone},
    Phrase{"twitter", kShare, EndMarker::kNone},
    Phrase{"whatsapp", kShare, EndMarker::kNone},
    Phrase{"linkedin", kShare, EndMarker::kNone},
    Phrase{"telegram", kShare, EndMarker::kNone},
    Phrase{"pinterest", kShare, EndMarker::kNone},
    Phrase{"reddit", kShare, EndMarker::kNone},
    Phrase{"follow us", kShare, EndMarker::kNone},
    Phrase{"advertisement", kAd, EndMarker::kNone},
    Phrase{"advertisements", kAd, EndMarker::kNone},
    Phrase{"sponsored", kAd, EndMarker::kNone},
    Phrase{"sponsored content", kAd, EndMarker::kNone},
    Phrase{"ad", kAd, EndMarker::kNone},
    Phrase{"story continues below advertisement", kAd, EndMarker::kNone},
    Phrase{"article continues below", kAd, EndMarker::kNone},
    Phrase{"scroll to continue", kAd, EndMarker::kNone},
    Phrase{"popular", kRelatedReason, EndMarker::kRelated},
    Phrase{"popular now", kRelatedReason, EndMarker::kRelated},
    Phrase{"most viewed", kRelatedReason, EndMarker::kRelated},
    Phrase{"most shared", kRelatedReason, EndMarker::kRelated},
    Phrase{"breaking news", "section label", EndMarker::kNone},
    Phrase{"breaking", "section label", EndMarker::kNone},
    Phrase{"x", kShare, EndMarker::kNone},
    Phrase{"e-mail", kShare, EndMarker::kNone},
    Phrase{"sign up", kNav, EndMarker::kNone},
    Phrase{"subscribe", kNav, EndMarker::kNone},
    Phrase{"log out", kNav, EndMarker::kNone},
    Phrase{"my account", kNav, EndMarker::kNone},
    Phrase{"tags", "tag list", EndMarker::kEnd},
    Phrase{"topics", "tag list", EndMarker::kEnd},
};

// Line prefixes; these may be sentences, so they match lines of any shape up to kMaxWords.
constexpr std::array kPrefixes = {
    Phrase{"your email address will not be published", kComment, EndMarker::kComments},
    Phrase{"required fields are marked", kComment, EndMarker::kComments},
    Phrase{"save my name, email", kComment, EndMarker::kNone},
    Phrase{"you must be logged in to post", kComment, EndMarker::kComments},
    Phrase{"notify me of", kComment, EndMarker::kNone},
    Phrase{"comments are closed", kComment, EndMarker::kComments},
    Phrase{"sign up for", "newsletter prompt", EndMarker::kNone},
    Phrase{"sign up to", "newsletter prompt", EndMarker::kNone},
    Phrase{"subscribe to", "newsletter prompt", EndMarker::kNone},
    Phrase{"subscribe now", "newsletter prompt", EndMarker::kNone},
    Phrase{"join our newsletter", "newsletter prompt", EndMarker::kNone},
    Phrase{"get the latest", "newsletter prompt", EndMarker::kNone},
    Phrase{"follow us on", kShare, EndMarker::kNone},
    Phrase{"share on ", kShare, EndMarker::kNone},
    Phrase{"click here", "promotion", EndMarker::kNone},
    Phrase{"download our app", "promotion", EndMarker::kNone},
    Phrase{"download the app", "promotion", EndMarker::kNone},
    Phrase{"tags:", "tag list", EndMarker::kEnd},
    Phrase{"topics:", "tag list", EndMarker::kEnd},
    Phrase{"filed under", "tag list", EndMarker::kEnd},
    Phrase{"posted in ", "category label", EndMarker::kNone},
    Phrase{"photo:", "image caption", EndMarker::kNone},
    Phrase{"photo by ", "image caption", EndMarker::kNone},
    Phrase{"photo credit", "image caption", EndMarker::kNone},
    Phrase{"image:", "image caption", EndMarker::kNone},
    Phrase{"image credit", "image caption", EndMarker::kNone},
    Phrase{"picture:", "image caption", EndMarker::kNone},
    Phrase{"file photo", "image caption", EndMarker::kNone},
    Phrase{"reporting by ", "contributor credit", EndMarker::kNone},
    Phrase{"(reporting by ", "contributor credit", EndMarker::kNone},
    Phrase{"(additional reporting by ", "contributor credit", EndMarker::kNone},
    Phrase{"(writing by ", "contributor credit", EndMarker::kNone},
    Phrase{"(editing by ", "contributor credit", EndMarker::kNone},
    Phrase{"read also:", kReadMore, EndMarker::kNone},
    Phrase{"also read:", kReadMore, EndMarker::kNone},
    Phrase{"read more:", kReadMore, EndMarker::kNone},
    Phrase{"see also:", kReadMore, EndMarker::kNone},
    Phrase{"related:", kRelatedReason, EndMarker::kNone},
    Phrase{"our standards:", "editorial policy link", EndMarker::kNone},
    Phrase{"additional reporting by ", "contributor credit", EndMarker::kNone},
    Phrase{"editing by ", "contributor credit", EndMarker::kNone},
    Phrase{"this article originally appeared", "syndication notice", EndMarker::kEnd},
    Phrase{"this article was originally published", "syndication notice", EndMarker::kEnd},
    Phrase{"this story was originally published", "syndication notice", EndMarker::kEnd},
    Phrase{"this story originally appeared", "syndication notice", EndMarker::kEnd},
    Phrase{"originally published", "syndication notice", EndMarker::kEnd},
    Phrase{"the post ", "", EndMarker::kEnd},  // checked below: "... appeared first on ..."
};

constexpr int kMaxPrefixWords = 40;

// Prefixes of short labels only (a heading naming the box: "More from World News").
constexpr int kMaxLabelWords = 6;
constexpr std::array kLabelPrefixes = {
    Phrase{"more from ", kRelatedReason, EndMarker::kRelated},
    Phrase{"more in ", kRelatedReason, EndMarker::kRelated},
    Phrase{"more on ", kRelatedReason, EndMarker::kRelated},
    Phrase{"latest from ", kRelatedReason, EndMarker::kRelated},
};

// Words that make a cookie mention a consent banner rather than news about biscuits.
constexpr std::array<std::string_view, 12> kCookieCues = {
    "we use", "uses cookies", "use cookies", "accept",      "consent",         "policy",
    "got it", "[ok]",         "i agree",     "preferences", "manage settings", "experience"};

// Newsletter products: "Get the Daily Briefing every morning."
constexpr std::array<std::string_view, 5> kNewsletterWords = {"newsletter", "briefing", "digest",
                                                              "bulletin", "email alerts"};

// Line suffixes of credits: "X and Y contributed to this report."
constexpr std::array<std::string_view, 5> kCreditSuffixes = {
    "contributed to this report", "contributed reporting", "contributed to this article",
    "contributed to this story", "contributed to this reporting"};

bool IsTrailingJunk(unsigned char c) {
  return c == '.' || c == ':' || c == '*' || c == '!' || c == '>' || c == ' ' || c == '|' ||
         c == '-' || c == '+';
}

// `word` in `key` with no letter directly before or after it.
bool ContainsWord(std::string_view key, std::string_view word) {
  for (size_t pos = key.find(word); pos != std::string_view::npos; pos = key.find(word, pos + 1)) {
    const size_t end = pos + word.size();
    const bool left = pos == 0 || !std::isalpha(static_cast<unsigned char>(key[pos - 1]));
    const bool right = end == key.size() || !std::isalpha(static_cast<unsigned char>(key[end]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace

std::string ChromeKey(std::string_view line) {
  std::string key;
  key.reserve(line.size());
  for (size_t i = 0; i < line.size(); ++i) {
    // Curly apostrophe U+2019 (E2 80 99) becomes '\''.
    if (i + 2 < line.size() && static_cast<unsigned char>(line[i]) == 0xE2 &&
        static_cast<unsigned char>(line[i + 1]) == 0x80 &&
        static_cast<unsigned char>(line[i + 2]) == 0x99) {
      key.push_back('\'');
      i += 2;
      continue;
    }
    key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(line[i]))));
  }
  // Trailing arrows "»", "›", "→" (all start with 0xC2/0xE2 and end the line) and junk.
  for (;;) {
    if (!key.empty() && IsTrailingJunk(static_cast<unsigned char>(key.back()))) {
      key.pop_back();
    } else if (EndsWith(key, "\xC2\xBB") || EndsWith(key, "\xE2\x80\xBA")) {
      key.resize(key.size() - (EndsWith(key, "\xC2\xBB") ? 2 : 3));
    } else if (EndsWith(key, "\xE2\x86\x92")) {
      key.resize(key.size() - 3);
    } else {
      break;
    }
  }
  return key;
}

std::optional<ChromeMatch> MatchChromeVocabulary(std::string_view line, int words) {
  const std::string key = ChromeKey(line);
  if (key.empty()) return std::nullopt;
  if (words <= 6) {
    // Built once (thread-safe static initialisation); one hash lookup per line.
    static const auto* const kIndex = [] {
      auto* index = new std::unordered_map<std::string_view, const Phrase*>;
      for (const Phrase& p : kWholeLine) index->emplace(p.key, &p);
      return index;
    }();
    if (auto it = kIndex->find(key); it != kIndex->end()) {
      return ChromeMatch{std::string(it->second->reason), it->second->end};
    }
    // "12 comments", "0 Comments".
    size_t d = 0;
    while (d < key.size() && std::isdigit(static_cast<unsigned char>(key[d]))) ++d;
    if (d > 0 && (key.substr(d) == " comments" || key.substr(d) == " comment")) {
      return ChromeMatch{std::string(kComment), EndMarker::kComments};
    }
    // "Comments (0)", "Comments (12)".
    if (StartsWith(key, "comments (") && key.back() == ')' && key.size() > 11) {
      bool digits = true;
      for (size_t i = 10; i + 1 < key.size(); ++i) {
        digits = digits && std::isdigit(static_cast<unsigned char>(key[i]));
      }
      if (digits) return ChromeMatch{std::string(kComment), EndMarker::kComments};
    }
    for (const Phrase& p : kLabelPrefixes) {
      if (words <= kMaxLabelWords && StartsWith(key, p.key)) {
        return ChromeMatch{std::string(p.reason), p.end};
      }
    }
    // "Weather: 4°C, light rain": a widget, not a subheading (those carry no figures).
    if (StartsWith(key, "weather:") && key.find_first_of("0123456789") != std::string::npos) {
      return ChromeMatch{"weather widget", EndMarker::kNone};
    }
  }
  if (words > kMaxPrefixWords) return std::nullopt;
  for (const Phrase& p : kPrefixes) {
    if (!StartsWith(key, p.key)) continue;
    if (p.key == "the post ") {
      if (key.find(" appeared first on ") != std::string::npos) {
        return ChromeMatch{"syndication notice", EndMarker::kEnd};
      }
      continue;
    }
    return ChromeMatch{std::string(p.reason), p.end};
  }
  for (std::string_view suffix : kCreditSuffixes) {
    if (EndsWith(key, suffix)) return ChromeMatch{"contributor credit", EndMarker::kNone};
  }
  if (words <= 25) {
    if (key.find("cookie") != std::string::npos) {
      for (std::string_view cue : kCookieCues) {
        if (key.find(cue) != std::string::npos) {
          return ChromeMatch{"cookie notice", EndMarker::kNone};
        }
      }
    }
    if (words <= 15 && !ContainsWord(key, "said") && !ContainsWord(key, "says") &&
        (StartsWith(key, "get the ") || StartsWith(key, "get our ") ||
         StartsWith(key, "sign up "))) {
      for (std::string_view w : kNewsletterWords) {
        if (ContainsWord(key, w)) return ChromeMatch{"newsletter prompt", EndMarker::kNone};
      }
    }
    if (key.find("photograph:") != std::string::npos || key.find("(photo:") != std::string::npos ||
        key.find(" photo: ") != std::string::npos) {
      return ChromeMatch{"image caption", EndMarker::kNone};
    }
    if (key.find("newsletter") != std::string::npos && !ContainsWord(key, "said") &&
        !ContainsWord(key, "says") &&
        (ContainsWord(key, "sign up") || ContainsWord(key, "subscribe") ||
         ContainsWord(key, "inbox"))) {
      return ChromeMatch{"newsletter prompt", EndMarker::kNone};
    }
    if (key.find("getty images") != std::string::npos ||
        key.find("(ap photo") != std::string::npos || key.find("/ap photo") != std::string::npos ||
        key.find("/afp via") != std::string::npos) {
      return ChromeMatch{"image caption", EndMarker::kNone};
    }
  }
  return std::nullopt;
}

}  // namespace corroborate
