// Quote alignment: the same statement carried by several outlets, trimmed, quoted in part or
// translated differently ("we are ready right now" / ready "right now"; "useful and meaningful" /
// "very useful, constructive and substantive"), becomes one AccountQuote with evidence in each
// article. Speakers are resolved to entities (surname, pronoun in the attribution, title) or
// kept as descriptions ("a U.S. official"): quote_occurrences.h. Two wordings align on shared
// words (exact or contiguous), or, for one resolved speaker, on shared concepts: stems, a small
// table of evaluative synonyms, negative prefixes ("unconstructive" = not constructive):
// quote_similarity.h, quote_wording.h. Cost: near linear in the number of quotes (candidate
// pairs through selective keys). Thread-safe.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "model/account.h"
#include "reconcile/entities.h"
#include "reconcile/quote_occurrences.h"
#include "reconcile/quote_wording.h"
#include "reconcile/story_input.h"

namespace corroborate {

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
