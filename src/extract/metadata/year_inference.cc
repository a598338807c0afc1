#include "extract/metadata/year_inference.h"

#include <chrono>
#include <cstdlib>
#include <set>

namespace corroborate {

int InferYearFromBatch(int month, int day, const std::vector<CivilDate>& known) {
  std::set<int> candidates;
  for (const CivilDate& d : known) {
    if (!d.has_day()) continue;
    for (int y = d.year - 1; y <= d.year + 1; ++y) candidates.insert(y);
  }
  int best_year = 0;
  int64_t best_cost = 0;
  for (int year : candidates) {
    if (!IsValidDay(year, month, day)) continue;
    const int64_t days = CivilDate::Day(year, month, day).ToDays();
    int64_t cost = 0;
    for (const CivilDate& d : known) {
      if (d.has_day()) cost += std::llabs(days - d.ToDays());
    }
    // Ties go to the later year: news is read soon after it is written.
    if (best_year == 0 || cost <= best_cost) {
      best_year = year;
      best_cost = cost;
    }
  }
  return best_year;
}

int InferYearFromClock(int month, int day, const CivilDate& today) {
  int year = today.year;
  // 29 February in a non-leap year: step back to the last leap year.
  for (int i = 0; i < 8 && !IsValidDay(year, month, day); ++i) --year;
  if (!IsValidDay(year, month, day)) return today.year;
  if (CivilDate::Day(year, month, day).ToDays() > today.ToDays() + 1) {
    --year;
    for (int i = 0; i < 8 && !IsValidDay(year, month, day); ++i) --year;
  }
  return year;
}

CivilDate TodayUtc() {
  const auto now = std::chrono::system_clock::now();
  const int64_t days =
      std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24;
  return CivilDate::FromDays(days);
}

}  // namespace corroborate
