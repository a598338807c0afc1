// Year inference for datelines that give a day and month but no year ("3 December 04:53").
// The batch decides: the year that puts the date nearest to the batch's other dated articles.
// With no evidence in the batch, the current year from the clock, stepping back a year when
// that would put the date in the future. O(candidates × dates); pure functions.
#pragma once

#include <vector>

#include "model/date.h"

namespace corroborate {

// `known` are the batch's dates that carry a year (day precision). Returns 0 when no candidate
// year makes month/day a valid date near them (the caller then falls back to the clock).
int InferYearFromBatch(int month, int day, const std::vector<CivilDate>& known);

// The year from the clock's `today`: today's year, or the year before when month/day would
// otherwise lie more than a day ahead of today (a day of slack for time zones).
int InferYearFromClock(int month, int day, const CivilDate& today);

// Today's UTC date from the system clock.
CivilDate TodayUtc();

}  // namespace corroborate
