// Time-zone abbreviations as written in datelines ("EDT", "MSK", "CEST") mapped to UTC offsets.
// Ambiguous abbreviations (IST: India, Israel or Irish) are known but carry no offset, so the
// zone text is kept and no offset is guessed. Lookup is case-sensitive (zones are upper case);
// O(table size), thread-safe.
#pragma once

#include <optional>
#include <string_view>

namespace corroborate {

struct ZoneInfo {
  bool known = false;
  std::optional<int> offset_minutes;
};

ZoneInfo LookupZone(std::string_view abbreviation);

}  // namespace corroborate
