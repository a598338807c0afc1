// UTF-8 helpers. Internally every span is a byte offset into UTF-8 text; the output contract
// speaks in Unicode code points, so CodepointIndex converts once per text in O(1) per lookup.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate::utf8 {

// Decodes the code point starting at text[*pos] and advances *pos. Invalid bytes yield U+FFFD
// and advance by one, so every loop over untrusted bytes terminates.
char32_t Next(std::string_view text, size_t* pos);

// Decodes the code point ending just before text[*pos] and moves *pos back to its start.
char32_t Prev(std::string_view text, size_t* pos);

void Append(char32_t cp, std::string* out);

bool IsValid(std::string_view text);

// Replaces invalid sequences with U+FFFD.
std::string Sanitize(std::string_view text);

size_t CodepointCount(std::string_view text);

// Moves a byte offset back to the start of the code point that contains it.
size_t FloorBoundary(std::string_view text, size_t pos);

// Cuts text to at most max_bytes without splitting a code point.
std::string_view Truncate(std::string_view text, size_t max_bytes);

// The first / last n code points of text (all of it when shorter): affix features.
std::string_view FirstCodepoints(std::string_view text, size_t n);
std::string_view LastCodepoints(std::string_view text, size_t n);

// Maps byte offsets of one text to code-point offsets. Build: O(n); lookup: O(1).
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);
  // byte_offset must lie on a code-point boundary (or equal the text size).
  uint32_t ToCodepoint(size_t byte_offset) const;

 private:
  // Code-point count before each 64-byte block, plus the text for the remainder.
  std::vector<uint32_t> block_counts_;
  uint32_t total_ = 0;
  std::string_view text_;
};

}  // namespace corroborate::utf8
