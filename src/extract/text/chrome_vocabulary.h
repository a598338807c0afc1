// The vocabulary of site chrome: the few hundred words and phrases that web templates put around
// every article (menus, search and comment widgets, share buttons, "read more" and related-story
// boxes, newsletter and cookie prompts, copyright and syndication lines). Matching is ASCII
// case-insensitive on whole lines or line prefixes; O(line length) per call, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace corroborate {

// What a chrome line says about the lines after it.
enum class EndMarker {
  kNone,      // chrome, but the story may go on after it
  kRelated,   // a related-stories or read-more box: what follows is other stories
  kComments,  // a comment form or comment section
  kEnd,       // the article is over (syndication notice, tags)
};

struct ChromeMatch {
  std::string reason;
  EndMarker end = EndMarker::kNone;
};

// Matches a whole line (collapsed, bullet already stripped) against the vocabulary. `words` is
// the line's word count; long lines only match the phrases that are sentence-shaped chrome.
std::optional<ChromeMatch> MatchChromeVocabulary(std::string_view line, int words);

// The key lines are compared by: ASCII lower case, curly apostrophes made straight, trailing
// punctuation, arrows and asterisks removed.
std::string ChromeKey(std::string_view line);

}  // namespace corroborate
