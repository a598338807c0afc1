// Framing: the loaded or evaluative words each outlet uses ("so-called peace talks", "Russian
// dictator", "regime", "propaganda", "special military operation"), from a lexicon of general
// evaluative English (no story's names), plus scare quotes: a single word in quote marks in the
// outlet's own voice ('the "capture" of the town'), not a quote of someone. A term inside a
// direct quote is the speaker's, not the outlet's: it is kept with voice "quoted" and the
// speaker's name. Cost: linear in the story's text. Pure function.
#pragma once

#include <vector>

#include "model/account.h"
#include "reconcile/story_input.h"

namespace corroborate {

// quotes: the story's aligned quotes (their evidence spans name each quote's speaker). Terms
// are in article order, then text order.
std::vector<FramingTerm> FindFraming(const StoryInput& story,
                                     const std::vector<AccountQuote>& quotes);

}  // namespace corroborate
