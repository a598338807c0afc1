// Reconcile: the cross-check of one story. Resolves entities across outlets, aligns the same
// fact and the same quote across articles, counts independent support, finds conflicts
// (denials, differing numbers, dates and attributes), and builds the timeline and per-outlet
// coverage. Pure function of its inputs.
#pragma once

#include <string>

#include "model/account.h"
#include "reconcile/story_input.h"

namespace corroborate {

// story_id: "s1"…; articles: the whole account's articles (for titles and outlets).
StoryAccount Reconcile(const StoryInput& story, const std::vector<Article>& articles,
                       const std::string& story_id);

}  // namespace corroborate
