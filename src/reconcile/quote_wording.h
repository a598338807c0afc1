// What a quote's wording means for comparison across outlets: its content concepts in order,
// which of them are negated ("not useful", "unconstructive", "neither closer nor further"),
// and the numbers it gives. Concepts fold stems, a small table of evaluative synonyms (the way
// one source word comes out in different translations) and negative prefixes, so that two
// translations of one statement share concepts even when they share few words. Used by quote
// alignment (quotes.h) and quote conflicts (quote_conflicts.h). Pure functions; thread-safe.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace corroborate {

// What a wording means for comparison: content concepts, which of them are negated, numbers.
struct QuoteWording {
  std::vector<uint64_t> sequence;  // concept of each content word, in order
  std::vector<uint64_t> concepts;  // sorted unique
  std::vector<uint64_t> negated;   // sorted unique: concepts under a negation ("not useful",
                                   // "unconstructive", "neither closer nor further")
  std::vector<uint64_t> affirmed;  // sorted unique: concepts seen without a negation
  std::vector<double> numbers;     // sorted unique: "12", "twelve", "1,200"
};

// negated_before: a negation written just before the quote marks ("were not “productive”").
QuoteWording AnalyzeWording(std::string_view text, bool negated_before = false);

// The concept of one lower-case word ("meaningful" and "substantive" share one; "talks" ->
// "talk"), and whether the word itself negates it ("unconstructive", "useless").
uint64_t ConceptOf(std::string_view lower, bool* negative = nullptr);

// Whether a negation stands just before a partial quote opening at `begin`, in the same clause
// (the talks were not “productive”): the quote's words alone do not show it.
bool NegatedBefore(std::string_view text, uint32_t begin);

// The sorted unique form every word and concept set of a quote is kept in, so that sets
// intersect in linear time.
std::vector<uint64_t> SortedUnique(std::vector<uint64_t> v);

// Whether a sorted unique set holds x.
inline bool SetHas(const std::vector<uint64_t>& sorted, uint64_t x) {
  return std::binary_search(sorted.begin(), sorted.end(), x);
}

}  // namespace corroborate
