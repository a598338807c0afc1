// Byline lines: "By Jane Doe", "By Jane Doe and Omar Farouk", "Written by Jane Doe",
// "Author: Jane Doe", "By Jane Doe | December 2, 2025" (the date part is returned too).
// Only the people are kept: "By Jane Doe in Velbridge", "By Jane Doe, Senior Correspondent" and
// "By Jane Doe, Northern Press Agency" all give "Jane Doe".
// O(line length); thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/metadata/dateline.h"

namespace corroborate {

struct ParsedByline {
  std::string names;                   // as written, without "By"
  std::optional<ParsedDateline> date;  // when the line also carries a date
};

std::optional<ParsedByline> ParseByline(std::string_view line);

}  // namespace corroborate
