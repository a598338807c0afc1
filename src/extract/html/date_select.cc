#include "extract/html/date_select.h"

#include <cstdlib>

#include "extract/html/date_parse.h"

namespace corroborate {
namespace {

constexpr int kEarliestYear = 1995;

bool HasTime(const Timestamp& t) { return t.hour >= 0; }
bool HasZone(const Timestamp& t) { return t.hour >= 0 && t.utc_offset_minutes.has_value(); }

// Whether two candidates name the same publication moment as far as their precision allows.
bool Agree(const Timestamp& a, const Timestamp& b) {
  if (!a.date.has_day() || !b.date.has_day()) {
    // A month-precision URL date agrees with any day in its month.
    return a.date.year == b.date.year && a.date.month == b.date.month;
  }
  const int64_t diff = std::llabs(a.date.ToDays() - b.date.ToDays());
  if (diff == 0) return true;
  // "2025-12-03T02:00Z" and a local "2025-12-02": one day apart across zones.
  return diff == 1 && !(HasZone(a) && HasZone(b));
}

// The same day, by the date as written.
bool SameDay(const Timestamp& a, const Timestamp& b) {
  return a.date.has_day() && b.date.has_day() && a.date == b.date;
}

int Precision(const Timestamp& t) {
  return (t.date.has_day() ? 1 : 0) + (HasTime(t) ? 1 : 0) + (HasZone(t) ? 1 : 0);
}

// a is not after b (to the minute when both have times, else by day).
bool NotAfter(const Timestamp& a, const Timestamp& b) {
  if (!a.date.has_day() || !b.date.has_day()) {
    return a.date.year * 12 + a.date.month <= b.date.year * 12 + b.date.month;
  }
  if (HasTime(a) && HasTime(b)) return ApproxUnixMinutes(a) <= ApproxUnixMinutes(b);
  // One of them is a bare date: allow a day for the zone the date was written in.
  return a.date.ToDays() <= b.date.ToDays() + 1;
}

const DateCandidate* ChoosePublished(const std::vector<const DateCandidate*>& pool) {
  const DateCandidate* best = nullptr;
  int best_score = -1;
  for (const DateCandidate* c : pool) {
    int score = 2 * c->weight;
    for (const DateCandidate* d : pool) {
      if (d != c && Agree(c->timestamp, d->timestamp)) score += d->weight;
    }
    if (score > best_score || (score == best_score && c->weight > best->weight)) {
      best = c;
      best_score = score;
    }
  }
  if (best == nullptr) return nullptr;
  // The most precise statement of the winning day.
  const DateCandidate* precise = best;
  for (const DateCandidate* d : pool) {
    if (SameDay(d->timestamp, best->timestamp) &&
        (Precision(d->timestamp) > Precision(precise->timestamp) ||
         (Precision(d->timestamp) == Precision(precise->timestamp) &&
          d->weight > precise->weight))) {
      precise = d;
    }
  }
  return precise;
}

}  // namespace

bool PlausibleDate(const Timestamp& t, int64_t now_unix_seconds) {
  if (t.date.precision < DatePrecision::kMonth || t.date.year < kEarliestYear) return false;
  const Timestamp now = TimestampFromUnixSeconds(now_unix_seconds);
  if (!t.date.has_day()) {
    return t.date.year * 12 + t.date.month <= now.date.year * 12 + now.date.month;
  }
  // A day of slack: a date written in a zone east of UTC is "tomorrow" before UTC gets there.
  return ApproxUnixMinutes(t) <= now_unix_seconds / 60 + 24 * 60;
}

DateChoice ChooseDates(const std::vector<DateCandidate>& candidates, int64_t now_unix_seconds) {
  DateChoice out;
  std::vector<const DateCandidate*> published;
  const DateCandidate* modified = nullptr;
  for (const DateCandidate& c : candidates) {
    if (!PlausibleDate(c.timestamp, now_unix_seconds)) continue;
    if (!c.modified) {
      published.push_back(&c);
    } else if (c.timestamp.date.has_day() && (modified == nullptr || c.weight > modified->weight)) {
      modified = &c;
    }
  }
  const DateCandidate* chosen = nullptr;
  if (modified != nullptr) {
    std::vector<const DateCandidate*> before;
    for (const DateCandidate* c : published) {
      if (NotAfter(c->timestamp, modified->timestamp)) before.push_back(c);
    }
    chosen = ChoosePublished(before);
    if (chosen == nullptr && !published.empty()) modified = nullptr;  // rule 5
  }
  if (chosen == nullptr) chosen = ChoosePublished(published);
  if (chosen != nullptr) {
    out.published = chosen->timestamp;
    out.published_source = chosen->source;
  }
  if (modified != nullptr) {
    out.modified = modified->timestamp;
    out.modified_source = modified->source;
  }
  return out;
}

}  // namespace corroborate
