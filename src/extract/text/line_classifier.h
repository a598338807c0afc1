// Classifies one scrape line on its own (no context): the chrome vocabulary plus shape rules for
// copyright lines, file slugs and links, glued category menus ("LatestWorldTop News"),
// breadcrumbs ("Home » World") and editor sign-offs. Context rules (position, repetition) live
// in cleaner.h. O(line length) per call; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/text/chrome_vocabulary.h"
#include "extract/text/scrape_lines.h"

namespace corroborate {

std::optional<ChromeMatch> ClassifyLine(const ScrapeLine& line);

// "Editor", "Senior Correspondent", "Staff Writer": the role line under a signature.
bool IsRoleLine(std::string_view line);

// 1-4 capitalised words (any script), no digits or sentence punctuation: "Jane Q. Doe".
bool IsPersonNameLine(const ScrapeLine& line);

// The brand in a copyright line ("Daily Meridian © 2025", "© 2025 Daily Meridian. All rights
// reserved."), or "" when the line is not one or names no brand.
std::string BrandFromCopyright(std::string_view line);

bool IsCopyrightLine(std::string_view line, int words);

}  // namespace corroborate
