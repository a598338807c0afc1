// Quote alignment: the same statement carried by several outlets, trimmed, quoted in part or
// translated differently ("we are ready right now" / ready "right now"; "useful and meaningful" /
// "very useful, constructive and substantive"), becomes one AccountQuote with evidence in each
// article. Speakers are resolved to entities (surname, pronoun in the attribution, title) or
// kept as descriptions ("a U.S. official"). Two wordings align on shared words (exact or
// contiguous), or, for one resolved speaker, on shared concepts: stems, a small table of
// evaluative synonyms, negative prefixes ("unconstructive" = not constructive). Cost: near
// linear in the number of quotes (candidate pairs through selective keys). Thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/account.h"
#include "reconcile/entities.h"
#include "reconcile/story_input.h"

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

// One quote as one article carries it.
struct QuoteOccurrence {
  size_t doc = 0;  // index into StoryInput::docs
  TextSpan text;
  bool direct = true;
  uint32_t sentence = 0;
  int32_t entity = -1;          // resolved speaker, -1 when unresolved
  std::string description;      // "a U.S. official" when the speaker is not a named entity
  bool anonymous = false;       // the description is an unnamed source: never merged with a
                                // named person's quote
  std::string speaker_written;  // the attribution as written ("he", "Kremlin aide Yuri Ushakov")
  std::string cue;              // "said", "according to" (lower case); may be empty
  std::vector<uint64_t> words;  // normalised word hashes, in order
  std::vector<uint64_t> set;    // sorted unique words
  QuoteWording wording;
};

struct QuoteAlignment {
  std::vector<AccountQuote> quotes;
  std::vector<QuoteOccurrence> occurrences;
  std::vector<std::vector<uint32_t>> members;  // per quote: its occurrences, in text order
  // Pairs of quotes (indices into quotes) with the same words but different resolved speakers.
  std::vector<std::pair<uint32_t, uint32_t>> same_words_other_speaker;
};

QuoteAlignment AlignQuoteOccurrences(const StoryInput& story, const ResolvedEntities& entities);
std::vector<AccountQuote> AlignQuotes(const StoryInput& story, const ResolvedEntities& entities);

}  // namespace corroborate
