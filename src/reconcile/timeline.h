// Timeline: the story's dated facts in date order. One entry per fact with a valid date (day,
// month or year precision), its statement as the event and, as evidence, the fact's sentences
// that carry that date. Entries of one day whose facts are near-duplicates, or name the same kind
// of event ("talks", "meeting") among shared actors, merge; bare-year entries are dropped unless
// several outlets date the fact so. Cost: linear in the facts plus a small pairwise pass per
// date. Pure function; thread-safe.
#pragma once

#include <vector>

#include "model/account.h"
#include "reconcile/claims.h"
#include "reconcile/facts.h"
#include "reconcile/story_input.h"

namespace corroborate {

std::vector<TimelineEntry> BuildTimeline(const StoryInput& story, const ClaimSet& claims,
                                         const FactTable& facts);

}  // namespace corroborate
