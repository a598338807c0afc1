// FindTimes (declared in analyze.h): time expressions in an article's text, resolved to
// calendar dates against AnnotatedDoc::reference_date — "December 2, 2025", "Dec. 2",
// "2 December", "November 2025", "in 2022", weekdays ("late Tuesday", "Tuesday’s meeting"),
// "yesterday", "last week" (a Monday–Sunday range), "last month", "this year",
// "over the weekend". Vague spans ("a few weeks earlier", "recent weeks") are skipped.
// Cost: O(n) in the text size. Thread-safety: pure function of the doc.
#pragma once

#include "analyze/analyze.h"
#include "model/date.h"

namespace corroborate {

// The year that puts month/day nearest to reference (a "December 30" read on 2 January is
// the previous year). Invalid when reference has no year or the day does not exist.
CivilDate NearestMonthDay(const CivilDate& reference, int month, int day);

// The weekday (0 = Monday) nearest reference in the given direction: the reference day itself
// when it is that weekday, else the most recent one before it (future=false) or the next one
// after it (future=true). Needs a day-precision reference.
CivilDate ResolveWeekday(const CivilDate& reference, int weekday, bool future);

}  // namespace corroborate
