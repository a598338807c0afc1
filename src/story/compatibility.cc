#include "story/compatibility.h"

#include <algorithm>

namespace corroborate {

int64_t DayGap(int32_t first_a, int32_t last_a, int32_t first_b, int32_t last_b) {
  if (first_a == kNoDay || first_b == kNoDay) return 0;
  if (last_a < first_b) return static_cast<int64_t>(first_b) - last_a;
  if (last_b < first_a) return static_cast<int64_t>(first_a) - last_b;
  return 0;
}

bool DaysCompatible(int32_t day, int32_t first, int32_t last, int window) {
  return DayGap(day, day, first, last) <= window;
}

float TimeFactor(int64_t gap, int window, float decay, int horizon) {
  if (gap <= window) return 1.0f;
  if (decay <= 0 || gap > horizon) return 0.0f;
  float x = static_cast<float>(gap - window) / decay;
  return 1.0f / (1.0f + x * x * x);
}

bool PlaceForeign(uint32_t place, const std::vector<TermCount>& places) {
  if (place == 0 || places.empty()) return false;
  float top = places.front().count, mine = 0;
  for (const TermCount& p : places) {
    if (p.term == place) mine = p.count;
  }
  return mine < 0.25f * top;
}

void CountPlaces(const std::vector<uint32_t>& article_places, size_t keep,
                 std::vector<TermCount>* places) {
  for (uint32_t place : article_places) {
    auto it = std::find_if(places->begin(), places->end(),
                           [&](const TermCount& p) { return p.term == place; });
    if (it != places->end()) {
      it->count += 1;
    } else {
      places->push_back({place, 1});
    }
  }
  std::stable_sort(places->begin(), places->end(),
                   [](const TermCount& a, const TermCount& b) { return a.count > b.count; });
  if (places->size() > keep) places->resize(keep);
}

float MovedFactor(bool place_moved, int32_t first_day_a, int32_t first_day_b, float penalty) {
  if (!place_moved || first_day_a == kNoDay || first_day_b == kNoDay) return 1.0f;
  return first_day_a == first_day_b ? 1.0f : penalty;
}

}  // namespace corroborate
