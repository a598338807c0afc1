// Quote alignment: the same statement carried by several outlets, trimmed or quoted in part
// ("we are ready right now" / ready "right now"), becomes one AccountQuote with evidence in each
// article. Speakers are resolved to entities (surname, pronoun in the attribution, title).
#pragma once

#include <vector>

#include "model/account.h"
#include "reconcile/entities.h"
#include "reconcile/story_input.h"

namespace corroborate {

std::vector<AccountQuote> AlignQuotes(const StoryInput& story, const ResolvedEntities& entities);

}  // namespace corroborate
