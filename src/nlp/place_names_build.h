// Builds the place-name table (place_names.h) from the open data in ../shared/data/gazetteer:
//   geonames-cities1000/cities1000.txt  GeoNames populated places (CC BY 4.0): for each place
//                                       with at least min_population people, and each capital
//                                       and first- or second-level administrative seat (PPLC,
//                                       PPLA, PPLA2), its name, ASCII name and those alternate
//                                       names that read as names in running text
//   world-countries/countries.json      mledoze/countries (ODbL 1.0): country names, so that a
//                                       story naming "Ukraine" is evidence for Ukrainian towns
// Alternate names are kept only when IsPlausiblePlaceName: Latin or Cyrillic, capitalised, no
// digits, no codes ("IEV"), no URLs, no lowercase romanisations ("bo ke luo fu si ke").
// The key function's fingerprint goes into the provenance as "name_key" (place_names.h: Load
// refuses a table made with another key). Deterministic: the same files give the same bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/place_names.h"

namespace corroborate::nlp {

struct PlaceNamesBuildOptions {
  uint32_t min_population = 10000;
  // Names shared by more places are dropped (they tell nothing about which is meant).
  uint32_t max_shared = 8;
  // The lookup key of a name (reconcile's NameKey); required.
  std::function<std::string(std::string_view)> key;
};

// True for a name that news text could spell: Latin or Cyrillic letters with spaces,
// hyphens, apostrophes and abbreviation dots, starting with a capital, not an all-capitals
// code of up to five letters.
bool IsPlausiblePlaceName(std::string_view name);

// Builds from dir (../shared/data/gazetteer). Appends to provenance the files read with their
// CRC-32 and licence, and the counts kept. Errors name the file and line.
Result<PlaceNames> BuildPlaceNames(const std::string& dir, const PlaceNamesBuildOptions& options,
                                   std::vector<std::pair<std::string, std::string>>* provenance);

}  // namespace corroborate::nlp
