// The choice of a page's publish and modified dates among the candidates its metadata offers
// (JSON-LD, <meta>, <time>, the URL, a visible dateline), each with a weight for how much its
// source is trusted alone. Rules, in order:
//  1. Sanity: a candidate before 1995 (no news site is older) or after `now` (plus a day for time
//     zones) is dropped.
//  2. Modified: the heaviest remaining modified candidate.
//  3. Published: candidates later than the modified date are dropped (a page cannot be published
//     after its last update); each remaining candidate scores twice its weight plus the weights
//     of the candidates that agree with it (same day, or a day apart when one of them has no
//     time or zone, or the same month for a month-precision URL date), so three weaker sources
//     that agree outvote one strong source that disagrees. Ties go to the heavier source.
//  4. The winner is replaced by the most precise candidate of the same day (a time and a zone
//     beat a bare date), so a URL date agreeing with a JSON-LD timestamp yields the timestamp.
//  5. If no published candidate is left before the modified date, the modified date is dropped
//     instead (it is the inconsistent one more often: templates stamp it on every render).
// O(n^2) in the number of candidates (a handful per page); thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/date.h"

namespace corroborate {

struct DateCandidate {
  Timestamp timestamp;
  std::string source;  // "json-ld datePublished", "meta article:published_time", "url", …
  int weight = 1;
  bool modified = false;  // a last-modified/updated date rather than a publish date
};

struct DateChoice {
  Timestamp published;
  std::string published_source;
  Timestamp modified;
  std::string modified_source;
};

// now_unix_seconds: the crawl or current time; dates after it are impossible.
DateChoice ChooseDates(const std::vector<DateCandidate>& candidates, int64_t now_unix_seconds);

// Year 1995 or later, not after now (+1 day), with at least month precision.
bool PlausibleDate(const Timestamp& t, int64_t now_unix_seconds);

}  // namespace corroborate
