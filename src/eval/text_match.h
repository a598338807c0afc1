// Forgiving text matching for the evaluation: a gold key phrase is found in a system item's text
// whatever the case, punctuation or quote marks, as whole words. Gold files write short key
// phrases, not exact sentences, so the scores measure the system, not the annotator's wording.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corroborate::eval {

// Case-folded words separated by single spaces, padded with one space on each side
// (" the u s envoy "): any character that is not a letter or digit separates words.
std::string NormalizeForMatch(std::string_view text);

// A name for comparison: normalized as above, without a leading "the".
std::string NormalizeName(std::string_view name);

// True when `key` occurs as whole words in `normalized_text` (from NormalizeForMatch). A key may
// list alternatives separated by '|' ("six hours|6 hours"): any one is enough.
bool ContainsKey(const std::string& normalized_text, std::string_view key);

// True when every key of `keys` is found (see ContainsKey).
bool ContainsAllKeys(const std::string& normalized_text, const std::vector<std::string>& keys);

// Number of words in a key's longest alternative ("a b|c" → 2).
size_t KeyWordCount(std::string_view key);

}  // namespace corroborate::eval
