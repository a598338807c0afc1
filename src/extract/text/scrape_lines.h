// Splits a decoded text scrape into its non-blank lines: white space collapsed, a leading bullet
// glyph stripped (the item text stays), each line with its shape. O(text length).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/line_shape.h"

namespace corroborate {

struct ScrapeLine {
  std::string text;  // collapsed, bullet stripped, never empty
  LineShape shape;
  uint64_t hash = 0;  // of text, exact (case-sensitive): repetition evidence
  bool bullet = false;
};

std::vector<ScrapeLine> SplitScrape(std::string_view text);

// Strips a leading bullet glyph ("•", "▪", "*", "- " …) and the space after it; returns true if
// there was one.
bool StripBullet(std::string* line);

}  // namespace corroborate
