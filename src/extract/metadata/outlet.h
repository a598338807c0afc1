// Where an article comes from: readable site names from URLs ("https://www.reuters.com/x" ->
// "reuters.com"), and the pieces of an input uri that ids and site keys are built from
// ("dir/feed.jsonl:17" -> folder "dir", stem "feed", line "17"), and the normal form of a
// publisher name (corporate suffixes off). Pure string functions.
#pragma once

#include <string>
#include <string_view>

namespace corroborate {

// Lower-case host without "www."/"m."/"amp." and port; "" when `url` has no scheme and host.
std::string SiteFromUrl(std::string_view url);

struct UriParts {
  std::string folder;  // "" for a bare file name or "-"
  std::string stem;    // file name without extension
  std::string line;    // JSONL line number, "" when the uri names a whole file
};

UriParts SplitUri(std::string_view uri);

// A publisher name without its corporate suffixes: "Lakeshore Gazette Media Group" ->
// "Lakeshore Gazette", "Daily Courier Media Ltd" -> "Daily Courier". Never strips to nothing.
std::string StripCorporateSuffix(std::string_view name);

// The key two spellings of one outlet share: ASCII lower case, letters and digits only, without
// a leading "The" and corporate suffixes ("THE DAILY COURIER" ~ "Daily Courier Media Ltd.").
std::string OutletKey(std::string_view name);

}  // namespace corroborate
