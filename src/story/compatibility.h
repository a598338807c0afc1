// Whether two reports can be of one event in time and place: the days between them (similarity
// fades beyond a window, so the same people meeting months later are another event) and the
// place-and-day rule (a report leading with another place, first published on another day, is
// the story's next event). Shared by the streaming pass and batch refinement.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "story/story_features.h"

namespace corroborate {

// Days between [first_a, last_a] and [first_b, last_b]; 0 when they overlap or one is unknown.
int64_t DayGap(int32_t first_a, int32_t last_a, int32_t first_b, int32_t last_b);
// Whether an article of `day` may join an event seen on [first, last] (unknown days always may).
bool DaysCompatible(int32_t day, int32_t first, int32_t last, int window);
// 1 within window days, then 1 / (1 + (days beyond the window / decay)^3), and 0 beyond the
// horizon (or when decay is 0).
float TimeFactor(int64_t gap, int window, float decay, int horizon);

// True when `places` (counts of main places, most first) is not empty and gives `place` under
// a quarter of its top count.
bool PlaceForeign(uint32_t place, const std::vector<TermCount>& places);
// Adds an article's main places to an event's counts, keeping the `keep` most counted.
void CountPlaces(const std::vector<uint32_t>& article_places, size_t keep,
                 std::vector<TermCount>* places);
// moved_penalty when the place moved between two known, different first days, else 1.
float MovedFactor(bool place_moved, int32_t first_day_a, int32_t first_day_b, float penalty);

}  // namespace corroborate
