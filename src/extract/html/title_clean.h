// Page titles without the site's name ("Talks stall over grain corridor | The Harbour Times",
// "Harbour Times: Talks stall …", "Talks stall … - Harbour Times - World"), and the choice of
// one headline among the page's title sources by agreement. A segment is removed only when it
// names the site (one of its known names, or its host) or, after a " | ", when it is a short
// trailing label such as a section and the headline stays long: a dash inside a real headline
// ("Kyiv - a city waits") is never cut on shape alone. O(length); thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

struct CleanedTitle {
  std::string title;      // what remains, trimmed
  std::string site_part;  // the removed segment that named the site ("The Harbour Times"), or ""
};

// What a segment is compared with, computed once per page: the keys (extract/metadata/outlet.h
// OutletKey) of the outlet's names known from metadata (og:site_name, publisher, …) and the name
// part of the page's host ("www.harbour-times.co.uk" -> "harbourtimes").
struct SiteKeys {
  std::vector<std::string> name_keys;
  std::string host_key;
};
SiteKeys MakeSiteKeys(const std::vector<std::string>& site_names, std::string_view host);

CleanedTitle StripSiteName(std::string_view title, const SiteKeys& site);
CleanedTitle StripSiteName(std::string_view title, const std::vector<std::string>& site_names,
                           std::string_view host);

// True when `segment` names the site: equal keys with one of the names (case, punctuation,
// "The" and corporate suffixes ignored, or one the start of the other: "BBC" ~ "BBC News"), or
// the host's name ("harbourtimes" ~ "Harbour Times").
bool NamesSite(std::string_view segment, const SiteKeys& site);

struct TitleCandidate {
  std::string text;    // already cleaned
  std::string source;  // "json-ld", "og:title", …
  int weight = 1;      // how much the source is trusted on its own
};

// Index of the chosen candidate (candidates.size() when none is usable). Each candidate scores
// its weight plus the weights of the others that agree with it (same TitleKey; a truncated copy
// counts as agreeing); the best score wins, earlier candidates on ties. A truncated winner
// ("…") is replaced by the agreeing candidate that has the full text.
size_t PickTitle(const std::vector<TitleCandidate>& candidates);

}  // namespace corroborate
