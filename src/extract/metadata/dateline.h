// Parsing publish dates as news sites write them, in lines that are nothing but a date:
//   "December 2, 2025"   "Dec. 2, 2025"   "2 December 2025"   "3 December 04:53"
//   "WASHINGTON — DECEMBER 3 , 8 AM EDT"   "Tuesday, 2 December 2025 14:05 GMT"
//   "Published: Dec 2, 2025 at 8:30 p.m. ET"   "2025-12-03"   "2025-12-03T08:00:00+03:00"
//   "03.12.2025"   "12/25/2025" (numeric day/month only when unambiguous)
// A place before a dash is allowed and returned. A date without a year comes back with year 0
// and has_year == false (the caller infers it). Anything else in the line (words that are not
// month, weekday, zone or filler) makes it not a dateline. O(line length); thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"

namespace corroborate {

struct ParsedDateline {
  Timestamp timestamp;  // date.year == 0 when !has_year
  bool has_year = false;
  bool has_time = false;
  std::string place;  // "WASHINGTON" in "WASHINGTON — DECEMBER 3"
};

std::optional<ParsedDateline> ParseDateline(std::string_view line);

// Month number for a month name or abbreviation in English ("Dec", "dec.", "DECEMBER",
// "Sept"), 0 when it is none.
int MonthFromName(std::string_view word);

}  // namespace corroborate
