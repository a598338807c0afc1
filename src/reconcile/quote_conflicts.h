// Quote conflicts: outlets that carry one statement (aligned by reconcile/quotes.h) so that its
// meaning or its speaker changes. Flagged when two articles' wordings of one aligned quote
// differ by a negation on a shared word ("will sign" / "will not sign"; "constructive" /
// "unconstructive", "useful" / "useless"), by a number (12 points / 14 points), or when the same
// words are attributed to different people by different outlets. Trimming, partial quotes and
// translation variance (synonyms, dropped intensifiers) are not conflicts. Cost: pairs within
// one aligned quote only (capped), so linear in the number of quote occurrences. Pure; thread-safe.
#pragma once

#include <vector>

#include "reconcile/conflicts.h"
#include "reconcile/quotes.h"

namespace corroborate {

// Conflicts of kind kQuote; ids and facts are filled by NumberConflicts(). A number change
// between two sentences that one of `updates` already holds (a count rising from one day's
// report to the next) is that update, not a conflict.
std::vector<FoundConflict> FindQuoteConflicts(const ConflictContext& ctx,
                                              const QuoteAlignment& quotes,
                                              const std::vector<FoundUpdate>& updates = {});

}  // namespace corroborate
