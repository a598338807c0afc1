// Headline helpers: whether a scrape line has the shape of a headline, and the key two titles
// are compared by (Unicode lower case, letters and digits only, so "US-Russia Talks Stall" and
// "US_Russia_Talks_Stall" match). O(line length); thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "extract/text/scrape_lines.h"

namespace corroborate {

// 3-30 words, starts with an upper-case letter, digit or quote, no final full stop (a short
// question or exclamation is fine), not a cut-off teaser.
bool IsTitleLike(const ScrapeLine& line);

// A short fragment that may sit above a headline: a caption, a brand, a section label.
bool IsHeadFragment(const ScrapeLine& line);

std::string TitleKey(std::string_view text);

}  // namespace corroborate
