// Timeline: the story's dated events in date order. Each fact gives one entry per date its
// sentences give an event (usually one; "a truce brokered in December collapsed last month"
// gives two), with its statement as the event and, as evidence, the sentences carrying that
// date. A range keeps its precision (`until`: "last week" is Monday to Sunday). Not dates of
// events: a relative date inside a direct quote (the speaker's "tomorrow"), the current week,
// month or year as a frame ("this week's diplomacy"), a dateline; entries that only tell of the
// coverage ("did not respond to requests for comment") are dropped. Entries of one date whose
// facts are near-duplicates, or name the same kind of event ("talks", "truce") among shared
// actors, merge; a coarser telling ("leaked last month") joins the entry of the finer date it
// holds ("the Nov. 20 leak"); bare-year entries are dropped unless several outlets date the fact
// so. Cost: linear in the facts plus a small bounded pairwise pass per date. Pure function;
// thread-safe.
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
