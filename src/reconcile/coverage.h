// Coverage: per article of a story, the facts it reports and the facts it leaves out — those
// at least two independent outlets report (confirmed or contested) that it does not. Linear in
// the evidence. Pure function; thread-safe.
#pragma once

#include <vector>

#include "model/account.h"
#include "reconcile/facts.h"
#include "reconcile/story_input.h"

namespace corroborate {

std::vector<Coverage> BuildCoverage(const StoryInput& story, const FactTable& facts);

}  // namespace corroborate
