// Text clean-up and comparison keys for metadata values: white space collapsed (ASCII and the
// Unicode spaces pages use: no-break, thin, ideographic …) in one byte pass without decoding UTF-8,
// and character references decoded in values that arrive still encoded (JSON-LD strings often carry
// "&amp;"). O(length); thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace corroborate {

// Runs of white space to one ASCII space, trimmed.
std::string CollapseSpaces(std::string_view s);

// Character references decoded, then CollapseSpaces.
std::string CleanMetaText(std::string_view s);

// The key two spellings of a headline share: extract/metadata/title.h TitleKey (letters and
// digits, lower case), with a fast path for ASCII text, which most titles are.
std::string TextKey(std::string_view s);

// The key two spellings of an outlet's name share, as extract/metadata/outlet.h OutletKey
// (ASCII lower case, letters and digits, other scripts as written, without a leading "The" and
// trailing corporate words: "The Harbour Times Media Ltd." -> "harbourtimes") in one pass
// without allocating per word.
std::string MetaNameKey(std::string_view s);

}  // namespace corroborate
