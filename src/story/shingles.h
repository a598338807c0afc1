// Word shingles for near-duplicate detection: a text becomes the set of 64-bit hashes of its
// word n-grams, where a word is a run of ASCII letters/digits or non-ASCII bytes, ASCII-lowercased
// (so punctuation, quote styles and spacing differences between outlets do not matter).
// Cost: O(length of text) plus a sort of the shingles. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

inline constexpr int kShingleWords = 5;

// The words of text, lowercased (ASCII), in order.
std::vector<std::string_view> ShingleWords(std::string_view text);

// Sorted, de-duplicated hashes of the word n-grams of text. A text with fewer than n words (but
// at least one) yields a single shingle of all its words.
std::vector<uint64_t> Shingles(std::string_view text, int n = kShingleWords);

// |a ∩ b| for sorted, de-duplicated sets.
size_t IntersectionSize(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

// |a ∩ b| / |a|; 0 when a is empty.
double Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace corroborate
