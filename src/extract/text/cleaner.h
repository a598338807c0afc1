// Cleans one text scrape: finds the headline, the story (from the first to the last body
// paragraph), the head (byline, dateline, standfirst) and the tail (related stories, comment
// forms), and decides for every line whether it stays. Removed lines are returned with a
// specific reason. Uses the batch's SiteProfile read-only, so documents clean in parallel.
// O(lines + text length).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/metadata/dateline.h"
#include "extract/text/scrape_lines.h"
#include "extract/text/site_profile.h"
#include "model/article.h"

namespace corroborate {

struct CleanedScrape {
  std::vector<std::string> kept;  // the article's lines, headline first when there is one
  std::vector<RemovedLine> removed;
  std::string headline;  // "" when the scrape has none
  std::string byline;
  std::optional<ParsedDateline> dateline;
  std::string brand;         // a site name the chrome reveals
  std::string brand_source;  // "copyright line" or "repeated brand line"
};

// `title` is the container's title (may be empty): when given, the line that matches it is
// the headline.
CleanedScrape CleanScrape(const std::vector<ScrapeLine>& lines, const std::string& title,
                          const SiteKey& site, const SiteProfile& profile);

}  // namespace corroborate
