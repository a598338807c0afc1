// Splits a decoded text scrape into its non-blank lines: white space collapsed, a leading bullet
// glyph stripped (the item text stays), each line with its shape. Where the raw line had a wide
// gap (2+ spaces or a tab) between words is kept: menus scraped without their separators
// ("News   Politics   Economy") are told apart from prose by it. O(text length).
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
  // Byte offsets in `text` of the single spaces that stand for wide gaps in the raw line.
  std::vector<size_t> wide_gaps;
};

// The line cut at its wide gaps: "Sign in   Register" -> {"Sign in", "Register"}; one item when
// the raw line had none.
std::vector<std::string_view> GapItems(const ScrapeLine& line);

std::vector<ScrapeLine> SplitScrape(std::string_view text);

// Strips a leading bullet glyph ("•", "▪", "*", "- " …) and the space after it; returns true if
// there was one.
bool StripBullet(std::string* line);

}  // namespace corroborate
